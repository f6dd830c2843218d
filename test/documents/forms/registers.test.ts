import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CIRCULAR_01_2018, renderControlSlipForm, renderTrackingBookForm, templateSetOn } from '../../../src/documents/index.js';
import { extractPdfText, pdfInfo, pdfPageCount, pdfPageSizes } from '../../support/pdf.js';
import { DOSSIER_CODE, RECEIVED_AT, controlSlipView, dossierCode, trackingBookView } from './fixtures.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');
const set = templateSetOn(RECEIVED_AT);

describe('the processing control slip', () => {
  it('2025 set (form 06): each hand-over with its units, time in Vietnam and result', async () => {
    const bytes = await renderControlSlipForm(set, controlSlipView());
    const text = flat(await extractPdfText(bytes));
    for (const expected of [
      'Mẫu số 06',
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${DOSSIER_CODE}`,
      'Kèm theo hồ sơ của: Nguyễn Thị Hoà',
      'Thời gian nhận hồ sơ: 13/02/2026 16:15',
      'Thời gian hẹn trả kết quả: 06/03/2026 10:00',
      'TÊN CƠ QUAN THỜI GIAN GIAO, NHẬN HỒ SƠ KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn) GHI CHÚ',
      '1. Giao: Bộ phận Một cửa 2. Nhận: Văn phòng Đăng ký đất đai - Chi nhánh Biên Hòa 23/02/2026 08:05 Đúng hạn Chuyển qua bưu điện',
      '2. Nhận: Chi cục Thuế khu vực Đồng Nai 27/02/2026 14:40 Trước hạn',
      '2. Nhận: Bộ phận Một cửa 05/03/2026 16:20',
      'Quyết định số 45/2016/QĐ-TTg',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
    assert.deepEqual(await pdfPageSizes(bytes), [{ width: 420, height: 595 }]);
    assert.equal((await pdfInfo(bytes)).title, `Phiếu kiểm soát quá trình giải quyết hồ sơ ${DOSSIER_CODE}`);
  });

  it('2018 set: the same slip is form 05', async () => {
    const text = flat(await extractPdfText(await renderControlSlipForm(CIRCULAR_01_2018, controlSlipView())));
    assert.ok(text.includes('Mẫu số 05'));
    assert.ok(text.includes('Mẫu số 05 · Thông tư 01/2018/TT-VPCP'));
  });
});

describe('the tracking book', () => {
  const view = trackingBookView(80);
  const rendered = renderTrackingBookForm(set, view);
  const HEADER = 'TT Mã hồ sơ Tên TTHC Số lượng hồ sơ (bộ) Tên cá nhân, tổ chức Địa chỉ, số điện thoại Cơ quan chủ trì giải quyết Ngày nhận hồ sơ';

  it('80 dossiers run over several A4 landscape pages, each headed by the columns, and none is lost', async () => {
    const bytes = await rendered;
    const pages = await pdfPageCount(bytes);
    assert.ok(pages >= 2, `expected several pages, got ${pages}`);
    assert.deepEqual(await pdfPageSizes(bytes), Array.from({ length: pages }, () => ({ width: 842, height: 595 })));
    const text = flat(await extractPdfText(bytes));
    for (let n = 1; n <= 80; n += 1) assert.ok(text.includes(`${n} ${dossierCode(n)} `), `row ${n} (${dossierCode(n)}) lost`);
    assert.equal(text.split(HEADER).length - 1, pages, 'the header heads every page');
    assert.ok(text.includes(`Trang ${pages}/${pages}`));
  });

  it('has the form number, the agency, the period and the days in Vietnam', async () => {
    const text = flat(await extractPdfText(await rendered));
    for (const expected of [
      'Mẫu số 07',
      'SỔ THEO DÕI HỒ SƠ',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG TRẤN BIÊN',
      'Từ ngày 01/02/2026 đến ngày 28/02/2026',
      'Ngày chuyển hồ sơ đến cơ quan giải quyết',
      'Ngày trả kết quả cho cá nhân, tổ chức Ghi chú',
      // Row 1: received 13/02, due 06/03, forwarded at 18:30 UTC on 23/02, which is already 24/02 in Vietnam.
      `1 ${dossierCode(1)} Đăng ký khai sinh 1 Nguyễn Thị Hoà`,
      '13/02/2026 06/03/2026 24/02/2026 05/03/2026 06/03/2026 Trả qua bưu điện',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
    assert.ok(!text.includes('23/02/2026'), 'a day is the day in Vietnam, not in UTC');
  });

  it('2018 set: the book is form 06', async () => {
    const bytes = await renderTrackingBookForm(CIRCULAR_01_2018, trackingBookView(3));
    const text = flat(await extractPdfText(bytes));
    assert.ok(text.includes('Mẫu số 06'));
    assert.ok(text.includes(dossierCode(3)));
    assert.deepEqual(await pdfPageSizes(bytes), [{ width: 842, height: 595 }]);
  });
});
