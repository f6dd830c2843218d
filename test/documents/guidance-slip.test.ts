import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderGuidanceSlip } from '../../src/documents/index.js';
import { decodePdfCodes, extractPdfText, pdfInfo, pdfPageCount } from '../support/pdf.js';
import { guidanceSlipView } from './fixtures.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

const view = guidanceSlipView();
const rendered = renderGuidanceSlip(view);

test('the guidance slip names the applicant, the procedure, the post office, the staff member and the time', async () => {
  const text = await extractPdfText(await rendered);
  for (const expected of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'PHIẾU HƯỚNG DẪN BỔ SUNG HỒ SƠ',
    'BƯU CỤC TRẤN BIÊN',
    'Người gửi hồ sơ: Nguyễn Thị Hoà',
    'Thời gian: 13/02/2026 16:15',
    'Bưu cục: Bưu cục Trấn Biên',
    'Trần Văn Đức',
  ]) {
    assert.ok(text.includes(expected), `missing "${expected}"`);
  }
  assert.ok(flat(text).includes(`Thủ tục hành chính: ${view.procedure.name} (mã 1.012345)`));
});

test('it lists every missing document and says the dossier was not taken in and what to do', async () => {
  const text = flat(await extractPdfText(await rendered));
  assert.ok(text.includes('Hồ sơ còn thiếu các giấy tờ sau:'));
  for (const missing of view.missing) assert.ok(text.includes(missing), `missing document "${missing}" not listed`);
  assert.ok(text.includes('Bưu điện chưa tiếp nhận hồ sơ của Ông/Bà'));
  assert.ok(text.includes('Phiếu này không có giá trị xác nhận đã nộp hồ sơ.'));
});

test('it is one A5 page with no codes, titled in the metadata', async () => {
  const bytes = await rendered;
  assert.equal(await pdfPageCount(bytes), 1);
  assert.deepEqual(await decodePdfCodes(bytes), []);
  assert.equal((await pdfInfo(bytes)).title, 'Phiếu hướng dẫn bổ sung hồ sơ');
  // A5 portrait: 148 × 210 mm.
  assert.match(bytes.toString('latin1'), /\/MediaBox \[0 0 419\.5\d* 595\.2\d*\]/);
});

test('a slip with nothing missing is refused', async () => {
  await assert.rejects(renderGuidanceSlip(guidanceSlipView({ missing: [] })), RangeError);
});
