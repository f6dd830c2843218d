import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CIRCULAR_01_2018, renderReceiptForm, templateSetOn } from '../../../src/documents/index.js';
import { decodePdfCodes, extractPdfText, pdfInfo, pdfPageCount, pdfPageSizes } from '../../support/pdf.js';
import { DOSSIER_CODE, RECEIVED_AT, receiptView } from './fixtures.js';

/** Wrapped lines and table cells read as one run of text. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

const view = receiptView();
const set = templateSetOn(RECEIVED_AT);
const rendered = renderReceiptForm(set, view);

describe('form 01, the receipt and appointment slip', () => {
  it('carries the form number, the heading, the title and every fact of the receipt', async () => {
    const text = flat(await extractPdfText(await rendered));
    for (const expected of [
      'Mẫu số 01',
      'UBND PHƯỜNG TRẤN BIÊN',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG TRẤN BIÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Biên Hòa, ngày 13 tháng 02 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${DOSSIER_CODE}`,
      `Tra cứu hồ sơ: https://bcci.example.vn/tra-cuu/${DOSSIER_CODE}`,
      'Trung tâm Phục vụ hành chính công phường Trấn Biên tiếp nhận hồ sơ của: Nguyễn Thị Hoà',
      'Địa chỉ: Số 12, đường Nguyễn Ái Quốc, phường Trấn Biên, thành phố Đồng Nai',
      'Số điện thoại: 0912 345 678',
      'Email: hoa.nguyen@example.vn',
      `Nội dung yêu cầu giải quyết: ${view.procedureName}`,
      'Hình thức nộp hồ sơ: Qua dịch vụ bưu chính công ích',
      '1. Thành phần hồ sơ nộp gồm:',
      'TT Tên giấy tờ Hình thức Số lượng',
      '2 Giấy chứng nhận quyền sử dụng đất đã cấp Bản chính 1',
      '3 Hợp đồng chuyển nhượng quyền sử dụng đất có công chứng Bản sao chứng thực 2',
      '4 Căn cước của người nhận chuyển nhượng Bản sao 1',
      '2. Số lượng hồ sơ: 1 (bộ)',
      // 09:15 UTC is 16:15 in Vietnam; 03:00 UTC is 10:00.
      '3. Thời gian nhận hồ sơ: 13/02/2026 16:15',
      '4. Thời gian trả kết quả giải quyết hồ sơ: 06/03/2026 10:00',
      '5. Đăng ký nhận kết quả tại: Địa chỉ của người nộp, qua dịch vụ bưu chính công ích',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Đức',
      'Mẫu số 01 · Thông tư 03/2025/TT-VPCP',
      'Trang 1/1',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
    assert.doesNotMatch(text, /09:15|03:00/, 'times are printed in Vietnam time, not UTC');
  });

  it('prints the dossier code as a Code 128 bar code and the tracking address as a QR code, both scannable', async () => {
    assert.deepEqual(await decodePdfCodes(await rendered), [
      { format: 'CODE_128', text: DOSSIER_CODE },
      { format: 'QR_CODE', text: view.trackingUrl },
    ]);
  });

  it('is one A5 page, titled with the dossier code and dated at the receipt; the same view gives the same document', async () => {
    const bytes = await rendered;
    assert.deepEqual(await pdfPageSizes(bytes), [{ width: 420, height: 595 }]);
    assert.equal(await pdfPageCount(bytes), 1);
    assert.deepEqual(await pdfInfo(bytes), {
      title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${DOSSIER_CODE}`,
      author: 'bcci-hub',
      creationDate: 'D:20260213091500Z',
    });
    // Not byte for byte: pdfkit compresses images with an alpha channel asynchronously, so the
    // order of the objects in the file varies. The content does not.
    const again = await renderReceiptForm(set, receiptView());
    assert.equal(await extractPdfText(again), await extractPdfText(bytes));
  });

  it('a result collected at the desk names the desk; no email, no email line', async () => {
    const text = flat(
      await extractPdfText(
        await renderReceiptForm(set, receiptView({ resultMethod: 'in-person', channel: 'in-person', applicant: { ...view.applicant, email: null } })),
      ),
    );
    assert.ok(text.includes('5. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công phường Trấn Biên'));
    assert.ok(text.includes('Hình thức nộp hồ sơ: Trực tiếp tại Bộ phận Một cửa'));
    assert.ok(!text.includes('Email:'));
  });

  it('under the 2018 set it cites Circular 01/2018 and keeps its number 01', async () => {
    const text = flat(await extractPdfText(await renderReceiptForm(CIRCULAR_01_2018, receiptView())));
    assert.ok(text.includes('Mẫu số 01 · Thông tư 01/2018/TT-VPCP'));
    assert.ok(text.includes('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ'));
  });

  it('text typed in decomposed form is printed in NFC', async () => {
    const decomposed = 'Nguyễn Thị Hoà'.normalize('NFD');
    assert.notEqual(decomposed, 'Nguyễn Thị Hoà');
    const bytes = await renderReceiptForm(set, receiptView({ applicant: { ...view.applicant, name: decomposed } }));
    assert.ok(flat(await extractPdfText(bytes)).includes('tiếp nhận hồ sơ của: Nguyễn Thị Hoà'));
  });

  it('a long list of documents continues on a second A5 page under a repeated header', async () => {
    const documents = Array.from({ length: 30 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1}: bản kê khai tài sản gắn liền với đất có xác nhận của Ủy ban nhân dân phường`,
      kind: 'copy' as const,
      quantity: 1,
    }));
    const bytes = await renderReceiptForm(set, receiptView({ documents }));
    const pages = await pdfPageCount(bytes);
    assert.ok(pages >= 2, `expected several pages, got ${pages}`);
    assert.deepEqual(await pdfPageSizes(bytes), Array.from({ length: pages }, () => ({ width: 420, height: 595 })));
    const text = flat(await extractPdfText(bytes));
    for (let i = 1; i <= 30; i += 1) assert.ok(text.includes(`Giấy tờ số ${i}:`), `document ${i} lost`);
    assert.ok(text.split('TT Tên giấy tờ Hình thức Số lượng').length - 1 >= 2);
    // The codes are still found once each.
    assert.equal((await decodePdfCodes(bytes)).length, 2);
  });
});
