import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHandoverManifest } from '../../src/documents/index.js';
import { decodePdfCodes, extractPdfText, pdfImageSizes, pdfInfo, pdfPageCount } from '../support/pdf.js';
import { itemNumber, manifestView, signaturePng } from './fixtures.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

const TABLE_HEADER = 'STT Số hiệu bưu gửi Thủ tục Người nộp Phí, lệ phí thu hộ';

// 60 items: several pages, every item accounted for.
const large = manifestView(60);
const largeRendered = renderHandoverManifest(large);

test('a 60-item manifest runs over several pages, repeats the table header on each, and loses no item', async () => {
  const bytes = await largeRendered;
  const pages = await pdfPageCount(bytes);
  assert.ok(pages >= 2, `expected several pages, got ${pages}`);
  const text = flat(await extractPdfText(bytes));
  for (const item of large.items) assert.ok(text.includes(item.itemNumber), `${item.itemNumber} lost`);
  // Each page that holds part of the table starts it with the header.
  const headers = text.split(TABLE_HEADER).length - 1;
  assert.ok(headers >= 2 && headers <= pages, `${headers} headers on ${pages} pages`);
  assert.ok(text.includes(`Trang ${pages}/${pages}`));
  assert.ok(text.includes('Số lượng bưu gửi: 60'));
});

test('the manifest states both parties, the time, each item with its fees, and the total in figures and words', async () => {
  const text = await extractPdfText(await largeRendered);
  for (const expected of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'BIÊN BẢN GIAO NHẬN HỒ SƠ',
    'Số: BBGN-2026-000045',
    'Bên giao: Bưu cục Trấn Biên',
    'Bên nhận: Trung tâm Phục vụ hành chính công Phường Trấn Biên',
    'Thời gian lập biên bản: 13/02/2026 16:15',
    '2 RR473120019VN Đăng ký khai sinh Trần Văn Đức 251.000 đ',
    '4 RR473120036VN Cấp lại Giấy phép lái xe bị mất Phạm Quốc Việt 0 đ',
    'Tổng cộng 60 bưu gửi 11.200.000 đ',
    'Bằng chữ: Mười một triệu hai trăm nghìn đồng',
    'Bên nhận chưa ký xác nhận biên bản.',
  ]) {
    assert.ok(text.includes(expected), `missing "${expected}"`);
  }
  assert.equal(large.feesTotal, 11_200_000);
});

test('the manifest number is printed as a Code 128 bar code that scans back', async () => {
  assert.deepEqual(await decodePdfCodes(await largeRendered), [{ format: 'CODE_128', text: 'BBGN-2026-000045' }]);
  assert.equal((await pdfInfo(await largeRendered)).title, 'Biên bản giao nhận hồ sơ BBGN-2026-000045');
});

test('once signed, the dossier manifest gives the signature time as the legal filing time and the count of each outcome', async () => {
  const view = manifestView(4, {
    acknowledgement: {
      signedAt: new Date('2026-02-13T10:02:00Z'),
      received: [itemNumber(47312000), itemNumber(47312001)],
      missing: [itemNumber(47312002)],
      extra: [itemNumber(47399999)],
      damaged: [itemNumber(47312003)],
    },
    signatures: { sender: signaturePng(), receiver: signaturePng(100, 30) },
  });
  const bytes = await renderHandoverManifest(view);
  const text = flat(await extractPdfText(bytes));
  assert.ok(text.includes('Thời điểm ký nhận: 13/02/2026 17:02'));
  assert.ok(text.includes('thời điểm tiếp nhận hồ sơ'));
  assert.ok(text.includes('tính thời hạn giải quyết'));
  assert.ok(text.includes(`Đã nhận (2): ${itemNumber(47312000)}, ${itemNumber(47312001)}`));
  assert.ok(text.includes(`Thiếu (có trong biên bản, không nhận được) (1): ${itemNumber(47312002)}`));
  assert.ok(text.includes(`Thừa (nhận được, không có trong biên bản) (1): ${itemNumber(47399999)}`));
  assert.ok(text.includes(`Hư hỏng (1): ${itemNumber(47312003)}`));
  assert.ok(!text.includes('chưa ký xác nhận'));
  assert.deepEqual((await pdfImageSizes(bytes)).slice(1), [
    { width: 120, height: 40 },
    { width: 100, height: 30 },
  ]);
});

test('a result manifest has its own title and does not call the signature a filing time', async () => {
  const view = manifestView(3, {
    direction: 'result',
    number: 'BBKQ-2026-000007',
    fromName: 'Trung tâm Phục vụ hành chính công Phường Trấn Biên',
    toName: 'Bưu cục Trấn Biên',
    acknowledgement: { signedAt: new Date('2026-02-20T02:30:00Z'), received: [itemNumber(47312000)], missing: [], extra: [], damaged: [] },
  });
  const bytes = await renderHandoverManifest(view);
  const text = flat(await extractPdfText(bytes));
  assert.ok(text.includes('BIÊN BẢN GIAO NHẬN KẾT QUẢ'));
  assert.ok(!text.includes('BIÊN BẢN GIAO NHẬN HỒ SƠ'));
  assert.ok(text.includes('Thời điểm ký nhận: 20/02/2026 09:30'));
  assert.ok(!text.includes('thời điểm tiếp nhận hồ sơ'));
  assert.ok(text.includes('Thiếu (có trong biên bản, không nhận được) (0): không có'));
  assert.deepEqual(await decodePdfCodes(bytes), [{ format: 'CODE_128', text: 'BBKQ-2026-000007' }]);
});
