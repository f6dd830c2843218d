/**
 * The six one-stop forms of Circular 01/2018/TT-VPCP (Art. 9 and its annex), guiding Decree
 * 61/2018/NĐ-CP.
 *
 * Checked against the codified text in shared/mission/law (onestop-decree-61-2018-circular-01-2018):
 * - Art. 9(1): the numbering and the six titles, as below;
 * - Art. 9(2): A5 (148 × 210 mm) for every form, A4 for form 06;
 * - Art. 23(1): in force from 06/01/2019 (signed 23/11/2018). Decree 61/2018 itself took effect
 *   21/06/2018, so between those dates desks used the forms of Decision 09/2015/QĐ-TTg: not
 *   modelled, nothing of that period is printed by this system.
 *
 * Not checked: the annex with the forms themselves is not part of the codified text. The fixed
 * wording below (field labels, the columns of forms 05 and 06, the notes) follows the annex as
 * provincial one-stop systems print it; it should be compared with the annex before an agency
 * relies on it. Item 3 of form 01 ("Thời gian giải quyết hồ sơ theo quy định là: … ngày") and
 * the "Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự …" line are left out: the electronic system
 * keeps the book (Art. 10(1)) and the receipt view carries no statutory duration yet.
 *
 * In force until the day before Circular 03/2025/TT-VPCP's forms (see circular-03-2025.ts).
 * Decree 61/2018 gave way to Decree 118/2025/NĐ-CP on 01/07/2025; until the new circular's forms
 * came, desks kept printing these, so this set covers that gap rather than leaving dates with no
 * form at all.
 */
import type { FormTemplates, TemplateSet } from './template-types.js';

const SIGN_AND_NAME = '(Ký và ghi rõ họ tên)';

/** The forms on their own, so that a later set can reuse the ones it keeps unchanged. */
export const CIRCULAR_01_2018_FORMS: Omit<FormTemplates, 'processing-stopped'> = {
  receipt: {
    number: '01',
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    paper: 'A5',
    receivedFrom: '{agency} tiếp nhận hồ sơ của',
    address: 'Địa chỉ',
    phone: 'Số điện thoại',
    email: 'Email',
    procedure: 'Nội dung yêu cầu giải quyết',
    channel: 'Hình thức nộp hồ sơ',
    channels: {
      'in-person': 'Trực tiếp tại Bộ phận Một cửa',
      online: 'Trực tuyến',
      postal: 'Qua dịch vụ bưu chính công ích',
    },
    documentsHeading: '1. Thành phần hồ sơ nộp gồm:',
    documentColumns: { index: 'TT', name: 'Tên giấy tờ', kind: 'Hình thức', quantity: 'Số lượng' },
    documentKinds: { original: 'Bản chính', copy: 'Bản sao', 'certified-copy': 'Bản sao chứng thực' },
    sets: '2. Số lượng hồ sơ',
    setsValue: '{sets} (bộ)',
    receivedAt: '3. Thời gian nhận hồ sơ',
    dueAt: '4. Thời gian trả kết quả giải quyết hồ sơ',
    resultMethod: '5. Đăng ký nhận kết quả tại',
    resultMethods: {
      'in-person': '{agency}',
      post: 'Địa chỉ của người nộp, qua dịch vụ bưu chính công ích',
    },
    tracking: 'Tra cứu hồ sơ: {url}',
    notes: [
      'Ghi chú: Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên; một liên chuyển kèm theo Phiếu kiểm soát quá trình giải quyết hồ sơ và được lưu tại Bộ phận Một cửa; một liên giao cho cá nhân, tổ chức nộp hồ sơ.',
      'Cá nhân, tổ chức có thể đăng ký nhận kết quả tại Bộ phận Một cửa hoặc tại nhà (trụ sở tổ chức) qua dịch vụ bưu chính.',
    ],
    applicantSignature: { role: 'NGƯỜI NỘP HỒ SƠ', note: SIGN_AND_NAME },
    officerSignature: { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: SIGN_AND_NAME },
  },
  'supplement-request': {
    number: '02',
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    paper: 'A5',
    receivedFrom: '{agency} tiếp nhận hồ sơ của',
    procedure: 'Nội dung yêu cầu giải quyết',
    receivedAt: 'Thời gian tiếp nhận hồ sơ',
    itemsHeading: 'Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung sau:',
    itemColumns: { index: 'TT', name: 'Nội dung cần bổ sung, hoàn thiện', reason: 'Lý do' },
    contact: 'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với {contact} để được hướng dẫn./.',
    officerSignature: { role: 'NGƯỜI HƯỚNG DẪN', note: SIGN_AND_NAME },
  },
  refusal: {
    number: '03',
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    paper: 'A5',
    receivedFrom: '{agency} tiếp nhận hồ sơ của',
    procedure: 'Nội dung yêu cầu giải quyết',
    reasonsIntro: 'Qua xem xét, {agency} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
    closing: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.',
    officerSignature: { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: SIGN_AND_NAME },
  },
  'delay-apology': {
    number: '04',
    title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    paper: 'A5',
    received: 'Ngày {receivedAt}, {agency} tiếp nhận giải quyết hồ sơ của Ông/Bà, đề nghị giải quyết thủ tục hành chính: {procedure}.',
    previousDueAt: 'Thời hạn trả kết quả giải quyết hồ sơ',
    late: 'Tuy nhiên đến nay, {agency} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
    reason: 'Lý do',
    apology:
      'Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {agency} xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào {newDueAt}.',
    thanks: 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.',
    signatureNote: '(Ký, ghi rõ họ tên và đóng dấu)',
  },
  'control-slip': {
    number: '05',
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    paper: 'A5',
    applicant: 'Kèm theo hồ sơ của',
    procedure: 'Nội dung yêu cầu giải quyết',
    receivedAt: 'Thời gian nhận hồ sơ',
    dueAt: 'Thời gian hẹn trả kết quả',
    columns: [
      { field: 'handover', header: 'TÊN CƠ QUAN' },
      { field: 'handedAt', header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ' },
      { field: 'result', header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)' },
      { field: 'note', header: 'GHI CHÚ' },
    ],
    handover: '1. Giao: {from}\n2. Nhận: {to}',
    results: { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn' },
    notesHeading: 'Ghi chú:',
    notes: [
      'Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg thì thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan Bưu chính.',
      'Trường hợp Hệ thống thông tin một cửa điện tử chưa vận hành, người giao và người nhận phải ký và ghi rõ họ tên. Khi Hệ thống thông tin một cửa điện tử đã vận hành, việc lưu vết được thực hiện tự động và thể hiện trên mẫu phiếu điện tử.',
    ],
  },
  'tracking-book': {
    number: '06',
    title: 'SỔ THEO DÕI HỒ SƠ',
    paper: 'A4-landscape',
    period: 'Từ ngày {from} đến ngày {to}',
    // The form groups the five dates under one "Ngày, tháng, năm" header; tables here have a
    // single header row (repeated on every page), so the group is folded into each header.
    columns: [
      { field: 'index', header: 'TT' },
      { field: 'dossierCode', header: 'Mã hồ sơ' },
      { field: 'procedureName', header: 'Tên TTHC' },
      { field: 'sets', header: 'Số lượng hồ sơ (bộ)' },
      { field: 'applicantName', header: 'Tên cá nhân, tổ chức' },
      { field: 'applicantContact', header: 'Địa chỉ, số điện thoại' },
      { field: 'processingUnit', header: 'Cơ quan chủ trì giải quyết' },
      { field: 'receivedAt', header: 'Ngày nhận hồ sơ' },
      { field: 'dueAt', header: 'Ngày hẹn trả kết quả' },
      { field: 'forwardedAt', header: 'Ngày chuyển hồ sơ đến cơ quan giải quyết' },
      { field: 'resultAt', header: 'Ngày nhận kết quả từ cơ quan giải quyết' },
      { field: 'returnedAt', header: 'Ngày trả kết quả cho cá nhân, tổ chức' },
      { field: 'note', header: 'Ghi chú' },
    ],
  },
};

export const CIRCULAR_01_2018: TemplateSet = {
  id: 'tt-01-2018-vpcp',
  legalBasis:
    'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  shortName: 'Thông tư 01/2018/TT-VPCP',
  validFrom: '2019-01-06',
  validTo: '2025-09-14',
  unconfirmed: false,
  provenance:
    'Numbering, titles, paper and effective date checked against Art. 9 and Art. 23 of the codified circular; the annex wording is not in the codified text and follows the forms as provincial systems print them.',
  common: {
    numberLabel: 'Mẫu số',
    placeDate: '{place}, {date}',
    addressee: 'Kính gửi: {applicant}',
    dossierCode: 'Mã hồ sơ',
  },
  forms: CIRCULAR_01_2018_FORMS,
};
