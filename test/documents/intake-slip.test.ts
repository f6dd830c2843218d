import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MoneyError } from '../../src/domain/money/index.js';
import { renderIntakeSlip } from '../../src/documents/index.js';
import { decodePdfCodes, extractPdfText, pdfImageSizes, pdfInfo, pdfPageCount } from '../support/pdf.js';
import { intakeSlipView, signaturePng } from './fixtures.js';

/** Wrapped lines and table cells read as one run of text. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

const view = intakeSlipView();
const rendered = renderIntakeSlip(view);

test('the intake slip carries the Vietnamese headings and every fact of the intake', async () => {
  const text = await extractPdfText(await rendered);
  for (const expected of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'PHIẾU GỬI HỒ SƠ',
    'Quyết định số 45/2016/QĐ-TTg',
    'Số phiếu: PG-2026-000123',
    'Số hiệu bưu gửi: RR473124829VN',
    // 09:15 UTC is 16:15 in Vietnam.
    'Thời gian tiếp nhận: 13/02/2026 16:15',
    'Nơi tiếp nhận: Tại địa chỉ của người gửi',
    'Bưu cục: Bưu cục Trấn Biên',
    'Họ và tên: Nguyễn Thị Hoà',
    'Số điện thoại: 0912 345 678',
    'Số định danh cá nhân/CCCD: 075190001234',
    'Địa chỉ: Số 12, đường Nguyễn Ái Quốc, Phường Trấn Biên, Thành phố Đồng Nai',
    'Mã thủ tục: 1.012345',
    'Hình thức sử dụng dịch vụ: Gửi hồ sơ và nhận kết quả',
    'Cơ quan có thẩm quyền giải quyết: Văn phòng Đăng ký đất đai Thành phố Đồng Nai',
    'Nhân viên bưu điện tiếp nhận: Trần Văn Đức',
    'ngày 13 tháng 02 năm 2026',
  ]) {
    assert.ok(text.includes(expected), `missing "${expected}"`);
  }
  assert.doesNotMatch(text, /09:15/, 'times are printed in Vietnam time, not UTC');
  // The long procedure name wraps over lines but loses no word.
  assert.ok(flat(text).includes(`Tên thủ tục: ${view.procedure.name}`));
});

test('the document tally lists each document with its kind of copy and whether it is there', async () => {
  const text = flat(await extractPdfText(await rendered));
  assert.ok(text.includes('STT Tên giấy tờ Loại bản Có/Thiếu Ghi chú'));
  assert.ok(text.includes('2 Giấy chứng nhận quyền sử dụng đất đã cấp Bản chính Có Bìa hơi ố vàng ở góc'));
  assert.ok(text.includes('4 Căn cước của người nhận chuyển nhượng Bản sao Có'));
  assert.ok(text.includes('Bản sao chứng thực'));
  assert.ok(text.includes('5 Tờ khai lệ phí trước bạ nhà, đất Thiếu Nộp bổ sung tại cơ quan thuế'));
});

test('the amounts: postage, discount, fees collected with their method, total and total in words', async () => {
  const text = await extractPdfText(await rendered);
  assert.ok(text.includes('Cước dịch vụ bưu chính 45.000 đ'));
  assert.ok(text.includes('Giảm trừ: Người cao tuổi -5.000 đ'));
  assert.ok(text.includes('Phí, lệ phí thu hộ (Tiền mặt) 1.210.000 đ'));
  assert.ok(text.includes('Tổng cộng 1.250.000 đ'));
  assert.ok(text.includes('Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng'));

  const transfer = await extractPdfText(await renderIntakeSlip(intakeSlipView({ discount: null, feesMethod: 'transfer' })));
  assert.ok(transfer.includes('Phí, lệ phí thu hộ (Chuyển khoản) 1.210.000 đ'));
  assert.ok(!transfer.includes('Giảm trừ'));
});

test('the bar code scans as the item number and the QR code as the tracking address', async () => {
  const codes = await decodePdfCodes(await rendered);
  assert.deepEqual(codes, [
    { format: 'CODE_128', text: view.itemNumber },
    { format: 'QR_CODE', text: view.trackingUrl },
  ]);
});

test('metadata names the slip and dates it at the intake; the same view gives the same document', async () => {
  const bytes = await rendered;
  assert.deepEqual(await pdfInfo(bytes), {
    title: 'Phiếu gửi hồ sơ PG-2026-000123',
    author: 'bcci-hub',
    creationDate: 'D:20260213091500Z',
  });
  assert.equal(await pdfPageCount(bytes), 1);
  // Not byte for byte: pdfkit compresses images with an alpha channel asynchronously, so the
  // order of the objects in the file varies. The content does not.
  const again = await renderIntakeSlip(intakeSlipView());
  assert.equal(await extractPdfText(again), await extractPdfText(bytes));
  assert.deepEqual(await pdfInfo(again), await pdfInfo(bytes));
});

test('the signatures captured on the tablet are embedded; an ID number may be absent', async () => {
  const bytes = await renderIntakeSlip(
    intakeSlipView({
      applicant: { ...view.applicant, idNumber: null },
      place: 'post-office',
      serviceForm: 'receive-result',
      signatures: { citizen: signaturePng(120, 40), staff: signaturePng(150, 50) },
    }),
  );
  const sizes = await pdfImageSizes(bytes);
  assert.deepEqual(sizes.slice(2), [
    { width: 120, height: 40 },
    { width: 150, height: 50 },
  ]);
  // The codes still scan beside the signatures (which are not codes).
  assert.equal((await decodePdfCodes(bytes)).length, 2);
  const text = await extractPdfText(bytes);
  assert.ok(!text.includes('CCCD'));
  assert.ok(text.includes('Nơi tiếp nhận: Tại bưu cục'));
  assert.ok(text.includes('Hình thức sử dụng dịch vụ: Nhận kết quả'));
});

test('text typed in decomposed form is printed in NFC', async () => {
  const decomposed = 'Nguyễn Thị Hoà'.normalize('NFD');
  assert.notEqual(decomposed, 'Nguyễn Thị Hoà');
  const bytes = await renderIntakeSlip(intakeSlipView({ applicant: { ...view.applicant, name: decomposed } }));
  assert.ok((await extractPdfText(bytes)).includes('Họ và tên: Nguyễn Thị Hoà'));
});

test('a long document list continues on the next page under a repeated header', async () => {
  const documents = Array.from({ length: 45 }, (_, i) => ({
    label: `Giấy tờ số ${i + 1}: bản kê khai chi tiết tài sản gắn liền với đất, có xác nhận của Ủy ban nhân dân cấp xã`,
    present: i % 7 !== 0,
    copyKind: 'copy' as const,
    note: null,
  }));
  const bytes = await renderIntakeSlip(intakeSlipView({ documents }));
  const pages = await pdfPageCount(bytes);
  assert.ok(pages >= 2, `expected several pages, got ${pages}`);
  const text = flat(await extractPdfText(bytes));
  for (let i = 1; i <= 45; i += 1) assert.ok(text.includes(`Giấy tờ số ${i}:`), `document ${i} lost`);
  assert.equal(text.split('STT Tên giấy tờ Loại bản Có/Thiếu Ghi chú').length - 1, pages);
  assert.ok(text.includes(`Trang ${pages}/${pages}`));
});

test('an amount that is not a whole number of đồng is refused, not printed', async () => {
  await assert.rejects(renderIntakeSlip(intakeSlipView({ postage: 45_000.5 })), MoneyError);
});
