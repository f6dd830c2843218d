/**
 * The administrator's screens' own logic, without a browser: which screen a path opens, the
 * new-tariff form's amounts as typed, the calendar groups the screen sends, the type declared
 * for an uploaded file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SAMPLE_TARIFF_DA_NANG_2021 } from '../../src/domain/tariff/sample-da-nang-2021.js';
import { planTariffVersion } from '../../src/domain/tariff/new-version.js';
import { scheduleBody } from '../../src/web/staff/admin/calendar-api.js';
import { mediaTypeOf } from '../../src/web/staff/admin/file-upload.js';
import { adminRoute, newTariffPath, procedureAdminPath, sectionPath } from '../../src/web/staff/admin/routes.js';
import { draftFrom, parseAmount, tableFrom } from '../../src/web/staff/admin/tariff-draft.js';

describe("the administrator's paths", () => {
  test('each section, a procedure and the new-tariff form have a path that opens them', () => {
    assert.deepEqual(adminRoute([]), { id: 'home' });
    assert.equal(sectionPath('calendar'), '/can-bo/lich-nghi');
    assert.deepEqual(adminRoute(['lich-nghi']), { id: 'calendar' });
    assert.equal(procedureAdminPath('1.001193'), '/can-bo/thu-tuc/1.001193');
    assert.deepEqual(adminRoute(['thu-tuc', '1.001193']), { id: 'procedure', code: '1.001193' });
    assert.equal(newTariffPath(), '/can-bo/bang-cuoc/moi');
    assert.deepEqual(adminRoute(['bang-cuoc', 'moi']), { id: 'newTariff' });
  });

  test('anything else is not found', () => {
    for (const segments of [['khong-co'], ['bang-cuoc', 'cu'], ['lich-nghi', '2027'], ['thu-tuc', '1.001193', 'tep']]) assert.deepEqual(adminRoute(segments), { id: 'notFound' }, segments.join('/'));
  });
});

describe('the new-tariff form', () => {
  test('amounts are read as typed, with the Vietnamese thousands dot; anything else is not a number', () => {
    assert.equal(parseAmount('26000'), 26_000);
    assert.equal(parseAmount(' 26.000 '), 26_000);
    assert.ok(Number.isNaN(parseAmount('26,5')));
    assert.ok(Number.isNaN(parseAmount('-1')));
    assert.ok(Number.isNaN(parseAmount('')));
  });

  test('a copy of the table in force, unchanged, is a valid new version from the chosen day', () => {
    const table = tableFrom({ ...draftFrom(SAMPLE_TARIFF_DA_NANG_2021, '2027-01-01'), source: 'QĐ 1/QĐ-BĐ' });
    assert.deepEqual(table.rates, SAMPLE_TARIFF_DA_NANG_2021.rates);
    assert.equal(table.feeCollectionSurcharge, SAMPLE_TARIFF_DA_NANG_2021.feeCollectionSurcharge);
    assert.deepEqual(planTariffVersion([SAMPLE_TARIFF_DA_NANG_2021], table, '2026-11-29'), { ok: true, closes: [{ id: 'sample-da-nang-2021', validTo: '2026-12-31' }] });
  });

  test('a price typed wrong reaches the rule as an invalid amount at its own path', () => {
    const draft = draftFrom(SAMPLE_TARIFF_DA_NANG_2021, '2027-01-01');
    const first = draft.rates[0];
    assert.ok(first !== undefined);
    draft.rates[0] = { ...first, tiers: first.tiers.map((t, i) => (i === 1 ? { ...t, price: 'abc' } : t)) };
    const plan = planTariffVersion([], tableFrom({ ...draft, source: 'x' }), '2026-11-29');
    assert.deepEqual(plan.ok ? [] : plan.problems.map((p) => p.path), ['rates.0.tiers.1.price']);
  });
});

describe('the calendar groups the screen sends', () => {
  test('only groups entered or edited, each with all its days, make-up days apart', () => {
    const days = [
      { date: '2027-01-01', kind: 'holiday' as const, group: 'new-year' as const, name: 'Tết Dương lịch', nameEn: "New Year's Day" },
      { date: '2027-02-06', kind: 'makeup-workday' as const, group: 'tet' as const, name: 'Làm bù', nameEn: 'Make-up day' },
      { date: '2027-02-08', kind: 'swapped' as const, group: 'tet' as const, name: 'Nghỉ hoán đổi', nameEn: 'Swapped' },
    ];
    assert.deepEqual(scheduleBody(' TB 1 ', days, new Set(['tet'] as const)), {
      source: 'TB 1',
      groups: [
        {
          group: 'tet',
          daysOff: [{ date: '2027-02-08', kind: 'swapped', name: 'Nghỉ hoán đổi', nameEn: 'Swapped' }],
          makeupWorkdays: [{ date: '2027-02-06', name: 'Làm bù', nameEn: 'Make-up day' }],
        },
      ],
    });
  });
});

describe('the type declared for an uploaded file', () => {
  test("the browser's type when it is one of ours, else the extension's; other files none", () => {
    assert.equal(mediaTypeOf({ name: 'mau.pdf', type: 'application/pdf' }), 'application/pdf');
    assert.equal(mediaTypeOf({ name: 'To khai.DOCX', type: '' }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(mediaTypeOf({ name: 'anh.jpeg', type: 'image/jpeg' }), 'image/jpeg');
    assert.equal(mediaTypeOf({ name: 'trang.html', type: 'text/html' }), null);
    assert.equal(mediaTypeOf({ name: 'khong-duoi', type: 'application/pdf' }), null);
  });
});
