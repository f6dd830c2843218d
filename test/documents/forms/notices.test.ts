import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CIRCULAR_01_2018,
  renderDelayApologyForm,
  renderProcessingStoppedForm,
  renderRefusalForm,
  renderSupplementRequestForm,
  templateSetOn,
} from '../../../src/documents/index.js';
import { extractPdfText, pdfInfo, pdfPageSizes } from '../../support/pdf.js';
import { DOSSIER_CODE, DUE_AT, delayApologyView, processingStoppedView, refusalView, supplementRequestView } from './fixtures.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');
const A5 = [{ width: 420, height: 595 }];

/** The set in force in March 2026, when these notices are issued. */
const set = templateSetOn('2026-03-02');

function assertIncludes(text: string, expected: readonly string[]): void {
  for (const part of expected) assert.ok(text.includes(part), `missing "${part}"`);
}

describe('form 02, the request to supplement a dossier', () => {
  it('lists every missing item with its reason, and who to call', async () => {
    const bytes = await renderSupplementRequestForm(set, supplementRequestView());
    assertIncludes(flat(await extractPdfText(bytes)), [
      'Mẫu số 02',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Biên Hòa, ngày 24 tháng 02 năm 2026',
      `Mã hồ sơ: ${DOSSIER_CODE}`,
      'Trung tâm Phục vụ hành chính công phường Trấn Biên tiếp nhận hồ sơ của: Nguyễn Thị Hoà',
      'Thời gian tiếp nhận hồ sơ: 13/02/2026 16:15',
      'TT Nội dung cần bổ sung, hoàn thiện Lý do',
      '1 Tờ khai lệ phí trước bạ nhà, đất Chưa có trong hồ sơ',
      '2 Bản vẽ sơ đồ thửa đất có xác nhận của Ủy ban nhân dân phường Ranh giới thửa đất không khớp với Giấy chứng nhận đã cấp',
      'liên hệ với công chức Lê Thị Ngọc Ánh, số điện thoại 0251 3822 123 để được hướng dẫn',
      'NGƯỜI HƯỚNG DẪN',
      'Lê Thị Ngọc Ánh',
    ]);
    assert.deepEqual(await pdfPageSizes(bytes), A5);
  });

  it('a request with nothing to supplement is refused', async () => {
    await assert.rejects(renderSupplementRequestForm(set, supplementRequestView({ items: [] })), RangeError);
  });
});

describe('form 03, the refusal to accept a dossier', () => {
  it('gives every reason; a dossier refused before it had a code has no code line', async () => {
    const bytes = await renderRefusalForm(set, refusalView());
    const text = flat(await extractPdfText(bytes));
    assertIncludes(text, [
      'Mẫu số 03',
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      'Biên Hòa, ngày 13 tháng 02 năm 2026',
      'tiếp nhận hồ sơ của: Phạm Quốc Việt',
      'Nội dung yêu cầu giải quyết: Cấp lại Giấy phép lái xe bị mất',
      'Qua xem xét, Trung tâm Phục vụ hành chính công phường Trấn Biên thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
      'Thủ tục không thuộc danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công phường.',
      'Người nộp không xuất trình được giấy tờ tùy thân còn hiệu lực.',
      'Xin thông báo cho Ông/Bà được biết và thực hiện./.',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Đức',
    ]);
    assert.ok(!text.includes('Mã hồ sơ:'));
    assert.equal((await pdfInfo(bytes)).title, 'Phiếu từ chối tiếp nhận giải quyết hồ sơ');
  });

  it('with a code, prints it; without a reason, refuses to print', async () => {
    const text = flat(await extractPdfText(await renderRefusalForm(set, refusalView({ dossierCode: DOSSIER_CODE }))));
    assert.ok(text.includes(`Mã hồ sơ: ${DOSSIER_CODE}`));
    await assert.rejects(renderRefusalForm(set, refusalView({ reasons: [] })), RangeError);
  });
});

describe('form 04, the apology for a late result', () => {
  it('2025 set: the apology with the request for a new date (unconfirmed wording), signed by the head', async () => {
    const bytes = await renderDelayApologyForm(set, delayApologyView());
    assertIncludes(flat(await extractPdfText(bytes)), [
      'Mẫu số 04',
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      'Biên Hòa, ngày 04 tháng 03 năm 2026',
      'Kính gửi: Nguyễn Thị Hoà',
      'Ngày 13/02/2026, Trung tâm Phục vụ hành chính công phường Trấn Biên tiếp nhận giải quyết hồ sơ của Ông/Bà',
      `Mã hồ sơ: ${DOSSIER_CODE}`,
      'Thời hạn trả kết quả giải quyết hồ sơ: 06/03/2026 10:00',
      'Lý do: Cần xác minh nguồn gốc sử dụng đất với Ủy ban nhân dân phường Long Bình.',
      'đề nghị gia hạn thời gian trả kết quả giải quyết hồ sơ đến 13/03/2026 10:00.',
      'GIÁM ĐỐC',
      '(Ký, ghi rõ họ tên và đóng dấu)',
      'Hồ Thị Thuỷ',
    ]);
    assert.deepEqual(await pdfPageSizes(bytes), A5);
  });

  it('2018 set: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" with the new date', async () => {
    const text = flat(await extractPdfText(await renderDelayApologyForm(CIRCULAR_01_2018, delayApologyView())));
    assertIncludes(text, [
      'Mẫu số 04',
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào 13/03/2026 10:00.',
      'Thông tư 01/2018/TT-VPCP',
    ]);
  });

  it('a new date that does not come after the old one is refused', async () => {
    await assert.rejects(renderDelayApologyForm(set, delayApologyView({ newDueAt: DUE_AT })), RangeError);
  });
});

describe('form 05 of the 2025 set, the notice that processing stopped', () => {
  it('names the dossier, the procedure and the reason', async () => {
    const bytes = await renderProcessingStoppedForm(set, processingStoppedView());
    assertIncludes(flat(await extractPdfText(bytes)), [
      'Mẫu số 05',
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Biên Hòa, ngày 02 tháng 03 năm 2026',
      'Kính gửi: Nguyễn Thị Hoà',
      `Mã hồ sơ: ${DOSSIER_CODE}`,
      'Trung tâm Phục vụ hành chính công phường Trấn Biên thông báo dừng giải quyết hồ sơ nêu trên.',
      'Lý do: Người nộp hồ sơ có văn bản đề nghị rút hồ sơ ngày 27/02/2026.',
      'Hồ Thị Thuỷ',
      'Thông tư 03/2025/TT-VPCP',
    ]);
    assert.deepEqual(await pdfPageSizes(bytes), A5);
  });
});
