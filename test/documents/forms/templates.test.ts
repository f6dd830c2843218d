import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CIRCULAR_01_2018,
  CIRCULAR_03_2025,
  FORM_KINDS,
  FormTemplateError,
  TEMPLATE_SETS,
  type FormKind,
  type TemplateSet,
  formTemplate,
  renderProcessingStoppedForm,
  renderReceiptForm,
  templateSetOn,
} from '../../../src/documents/index.js';
import { fill } from '../../../src/documents/forms/fill.js';
import { addDays, parsePlainDate } from '../../../src/domain/time/plain-date.js';
import { extractPdfText } from '../../support/pdf.js';
import { processingStoppedView, receiptView } from './fixtures.js';

const numbers = (set: TemplateSet): Partial<Record<FormKind, string>> =>
  Object.fromEntries(FORM_KINDS.flatMap((kind) => (set.forms[kind] === undefined ? [] : [[kind, set.forms[kind].number]])));

describe('template sets over time', () => {
  it('picks Circular 01/2018 from its entry into force (06/01/2019) and Circular 03/2025 from 15/09/2025', () => {
    assert.equal(templateSetOn('2019-01-06').id, CIRCULAR_01_2018.id);
    assert.equal(templateSetOn('2024-06-01').id, CIRCULAR_01_2018.id);
    // Decree 61/2018 gave way to Decree 118/2025 on 01/07/2025; the 2018 forms stay until the new circular's.
    assert.equal(templateSetOn('2025-07-01').id, CIRCULAR_01_2018.id);
    assert.equal(templateSetOn('2025-09-14').id, CIRCULAR_01_2018.id);
    assert.equal(templateSetOn('2025-09-15').id, CIRCULAR_03_2025.id);
    assert.equal(templateSetOn(new Date('2026-03-16T02:00:00Z')).id, CIRCULAR_03_2025.id);
  });

  it('reads an instant as the day it falls on in Vietnam', () => {
    // 17:30 UTC on 14 September is 00:30 on 15 September in Vietnam.
    assert.equal(templateSetOn(new Date('2025-09-14T17:30:00Z')).id, CIRCULAR_03_2025.id);
    assert.equal(templateSetOn(new Date('2025-09-14T16:59:59Z')).id, CIRCULAR_01_2018.id);
  });

  it('refuses a day before any set, and a string that is not a date', () => {
    assert.throws(() => templateSetOn('2019-01-05'), FormTemplateError);
    assert.throws(() => templateSetOn('2026-02-30'), FormTemplateError);
    assert.throws(() => templateSetOn('13/02/2026'), FormTemplateError);
  });

  it('follow one another without gap or overlap, the last still in force', () => {
    for (let i = 1; i < TEMPLATE_SETS.length; i += 1) {
      const previous = TEMPLATE_SETS[i - 1];
      const current = TEMPLATE_SETS[i];
      assert.ok(previous !== undefined && current !== undefined && previous.validTo !== null);
      assert.equal(addDays(parsePlainDate(previous.validTo), 1), current.validFrom, `${previous.id} → ${current.id}`);
    }
    assert.equal(TEMPLATE_SETS.at(-1)?.validTo, null);
  });

  it('2018: six forms numbered 01–06 after Art. 9; 2025: seven, unconfirmed, with "processing stopped" as 05', () => {
    assert.deepEqual(numbers(CIRCULAR_01_2018), {
      receipt: '01',
      'supplement-request': '02',
      refusal: '03',
      'delay-apology': '04',
      'control-slip': '05',
      'tracking-book': '06',
    });
    assert.equal(CIRCULAR_01_2018.unconfirmed, false);
    assert.deepEqual(numbers(CIRCULAR_03_2025), {
      receipt: '01',
      'supplement-request': '02',
      refusal: '03',
      'delay-apology': '04',
      'processing-stopped': '05',
      'control-slip': '06',
      'tracking-book': '07',
    });
    assert.equal(CIRCULAR_03_2025.unconfirmed, true);
    assert.equal(formTemplate(CIRCULAR_01_2018, 'control-slip').title, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    assert.equal(formTemplate(CIRCULAR_01_2018, 'tracking-book').title, 'SỔ THEO DÕI HỒ SƠ');
  });

  it('every form is A5 except the tracking book, printed A4 landscape (Art. 9(2))', () => {
    for (const set of TEMPLATE_SETS) {
      for (const kind of FORM_KINDS) {
        const form = set.forms[kind];
        if (form === undefined) continue;
        assert.equal(form.paper, kind === 'tracking-book' ? 'A4-landscape' : 'A5', `${set.id} ${kind}`);
      }
    }
  });

  it('asking the 2018 set for the "processing stopped" notice fails clearly, and so does rendering it', async () => {
    assert.throws(() => formTemplate(CIRCULAR_01_2018, 'processing-stopped'), {
      name: 'FormTemplateError',
      message: 'Thông tư 01/2018/TT-VPCP (tt-01-2018-vpcp) has no form "processing-stopped"',
    });
    await assert.rejects(renderProcessingStoppedForm(CIRCULAR_01_2018, processingStoppedView()), FormTemplateError);
  });

  it('a new circular is new data: a set with other words renders them with the same code', async () => {
    const receipt = formTemplate(CIRCULAR_03_2025, 'receipt');
    const futureSet: TemplateSet = {
      ...CIRCULAR_03_2025,
      id: 'tt-99-2027-vpcp',
      shortName: 'Thông tư 99/2027/TT-VPCP',
      validFrom: '2027-01-01',
      forms: { ...CIRCULAR_03_2025.forms, receipt: { ...receipt, number: '1A', title: 'BIÊN NHẬN HỒ SƠ ĐIỆN TỬ', receivedAt: 'Giờ nhận' } },
    };
    const text = await extractPdfText(await renderReceiptForm(futureSet, receiptView()));
    assert.ok(text.includes('Mẫu số 1A'));
    assert.ok(text.includes('BIÊN NHẬN HỒ SƠ ĐIỆN TỬ'));
    assert.ok(text.includes('Giờ nhận: 13/02/2026 16:15'));
    assert.ok(text.includes('Thông tư 99/2027/TT-VPCP'));
  });
});

describe('filling template sentences', () => {
  it('puts each value in its placeholder', () => {
    assert.equal(fill('{agency} tiếp nhận hồ sơ của', { agency: 'Trung tâm' }), 'Trung tâm tiếp nhận hồ sơ của');
    assert.equal(fill('Từ ngày {from} đến ngày {to}', { from: '01/02/2026', to: '28/02/2026' }), 'Từ ngày 01/02/2026 đến ngày 28/02/2026');
  });

  it('refuses a placeholder it has no value for, rather than printing it', () => {
    assert.throws(() => fill('{agecny} tiếp nhận', { agency: 'Trung tâm' }), /No value for \{agecny\}/);
    assert.throws(() => fill('{constructor}', {}), FormTemplateError);
  });
});
