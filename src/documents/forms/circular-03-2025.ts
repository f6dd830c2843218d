/**
 * The seven one-stop forms of Circular 03/2025/TT-VPCP (Annex I), guiding Decree 118/2025/NĐ-CP.
 *
 * UNCONFIRMED. Neither the circular nor its annex is in shared/mission/law; what is here comes
 * from secondary public sources that agree with each other:
 * - a legal-news page announcing the annex: signed 15/09/2025 by the Minister, Chairman of the
 *   Government Office; Annex I prescribes the forms "from 15/9/2025": 01 Giấy tiếp nhận hồ sơ và
 *   hẹn trả kết quả, 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, 03 Phiếu từ chối tiếp nhận giải
 *   quyết hồ sơ, 04 Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, 05 Thông báo dừng
 *   giải quyết hồ sơ, 06 Phiếu kiểm soát quá trình giải quyết hồ sơ, 07 Sổ theo dõi hồ sơ;
 * - a public study of a provincial one-stop system that lists the same seven forms and numbers;
 * - a provincial decision of 09/10/2025 citing "Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm
 *   2025" as in force.
 * So: the renumbering is 01–03 unchanged, 04 retitled, a new 05 (processing stopped), and the
 * control slip and the book moved to 06 and 07. The effective date is taken as the signing date
 * the sources give; the article on entry into force was not seen. The new 04's and 05's wording,
 * and whether the paper sizes changed, are not known: the other forms keep the 2018 wording, the
 * book stays A4 landscape, and the two new texts are drafted after the decree's rule (an apology
 * stating the reason and the proposed new date; a written notice of the stop with its reason).
 * Replace this file's words with the annex's once it is at hand; no code changes with it.
 */
import { CIRCULAR_01_2018, CIRCULAR_01_2018_FORMS } from './circular-01-2018.js';
import type { TemplateSet } from './template-types.js';

const SIGN_SEAL_AND_NAME = '(Ký, ghi rõ họ tên và đóng dấu)';

export const CIRCULAR_03_2025: TemplateSet = {
  id: 'tt-03-2025-vpcp',
  legalBasis:
    'Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
  shortName: 'Thông tư 03/2025/TT-VPCP',
  validFrom: '2025-09-15',
  validTo: null,
  unconfirmed: true,
  provenance:
    'Numbering and titles from secondary sources (the circular and its Annex I were not available); in force from its signing date 15/9/2025 as those sources state; wording of forms 01-03, 06, 07 carried over from Circular 01/2018, forms 04 and 05 drafted from the decree.',
  // The shared words ("Mẫu số", "Kính gửi", "Mã hồ sơ") are unchanged.
  common: { ...CIRCULAR_01_2018.common },
  forms: {
    receipt: CIRCULAR_01_2018_FORMS.receipt,
    'supplement-request': CIRCULAR_01_2018_FORMS['supplement-request'],
    refusal: CIRCULAR_01_2018_FORMS.refusal,
    'delay-apology': {
      ...CIRCULAR_01_2018_FORMS['delay-apology'],
      number: '04',
      title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      apology:
        'Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {agency} xin lỗi Ông/Bà và đề nghị gia hạn thời gian trả kết quả giải quyết hồ sơ đến {newDueAt}.',
      signatureNote: SIGN_SEAL_AND_NAME,
    },
    'processing-stopped': {
      number: '05',
      title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      paper: 'A5',
      received: '{agency} đã tiếp nhận hồ sơ của Ông/Bà, đề nghị giải quyết thủ tục hành chính: {procedure}.',
      stopped: '{agency} thông báo dừng giải quyết hồ sơ nêu trên.',
      reason: 'Lý do',
      closing: 'Xin thông báo để Ông/Bà được biết./.',
      signatureNote: SIGN_SEAL_AND_NAME,
    },
    'control-slip': { ...CIRCULAR_01_2018_FORMS['control-slip'], number: '06' },
    'tracking-book': { ...CIRCULAR_01_2018_FORMS['tracking-book'], number: '07' },
  },
};

