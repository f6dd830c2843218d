/**
 * Realistic views for the one-stop form tests: a commune-level public administration centre of
 * Đồng Nai after the 2025 merger, names with every kind of Vietnamese diacritic, a dossier code in
 * the Circular 01/2018 Art. 19 shape, and instants chosen so that UTC and Vietnam time differ in
 * what they print (09:15Z is 16:15 in Vietnam; 18:30Z is already the next day there).
 */
import type {
  AgencyLine,
  ControlSlipView,
  DelayApologyView,
  ProcessingStoppedView,
  ReceiptView,
  RefusalView,
  SupplementRequestView,
  TrackingBookRow,
  TrackingBookView,
} from '../../../src/documents/index.js';

export const AGENCY: AgencyLine = {
  parentName: 'UBND phường Trấn Biên',
  name: 'Trung tâm Phục vụ hành chính công phường Trấn Biên',
};

export const DOSSIER_CODE = '000.01.21.H19-260213-0007';

/** Friday 13 February 2026, 16:15 in Vietnam: after 15:00, the last working day before Tết. */
export const RECEIVED_AT = new Date('2026-02-13T09:15:00Z');
/** Friday 6 March 2026, 10:00 in Vietnam. */
export const DUE_AT = new Date('2026-03-06T03:00:00Z');

export const LAND_PROCEDURE =
  'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất';

export function receiptView(overrides: Partial<ReceiptView> = {}): ReceiptView {
  return {
    agency: AGENCY,
    dossierCode: DOSSIER_CODE,
    receivedAt: RECEIVED_AT,
    officerName: 'Trần Văn Đức',
    applicant: {
      name: 'Nguyễn Thị Hoà',
      address: 'Số 12, đường Nguyễn Ái Quốc, phường Trấn Biên, thành phố Đồng Nai',
      phone: '0912 345 678',
      email: 'hoa.nguyen@example.vn',
    },
    procedureName: LAND_PROCEDURE,
    documents: [
      { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', kind: 'original', quantity: 1 },
      { name: 'Giấy chứng nhận quyền sử dụng đất đã cấp', kind: 'original', quantity: 1 },
      { name: 'Hợp đồng chuyển nhượng quyền sử dụng đất có công chứng', kind: 'certified-copy', quantity: 2 },
      { name: 'Căn cước của người nhận chuyển nhượng', kind: 'copy', quantity: 1 },
    ],
    sets: 1,
    dueAt: DUE_AT,
    resultMethod: 'post',
    channel: 'postal',
    trackingUrl: `https://bcci.example.vn/tra-cuu/${DOSSIER_CODE}`,
    placeName: 'Biên Hòa',
    ...overrides,
  };
}

export function supplementRequestView(overrides: Partial<SupplementRequestView> = {}): SupplementRequestView {
  return {
    agency: AGENCY,
    dossierCode: DOSSIER_CODE,
    issuedAt: new Date('2026-02-24T02:30:00Z'), // 09:30 on 24/02/2026
    receivedAt: RECEIVED_AT,
    officerName: 'Lê Thị Ngọc Ánh',
    applicantName: 'Nguyễn Thị Hoà',
    procedureName: LAND_PROCEDURE,
    items: [
      { name: 'Tờ khai lệ phí trước bạ nhà, đất', reason: 'Chưa có trong hồ sơ' },
      { name: 'Bản vẽ sơ đồ thửa đất có xác nhận của Ủy ban nhân dân phường', reason: 'Ranh giới thửa đất không khớp với Giấy chứng nhận đã cấp' },
    ],
    contact: 'công chức Lê Thị Ngọc Ánh, số điện thoại 0251 3822 123',
    placeName: 'Biên Hòa',
    ...overrides,
  };
}

export function refusalView(overrides: Partial<RefusalView> = {}): RefusalView {
  return {
    agency: AGENCY,
    dossierCode: null,
    issuedAt: RECEIVED_AT,
    officerName: 'Trần Văn Đức',
    applicantName: 'Phạm Quốc Việt',
    procedureName: 'Cấp lại Giấy phép lái xe bị mất',
    reasons: [
      'Thủ tục không thuộc danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công phường.',
      'Người nộp không xuất trình được giấy tờ tùy thân còn hiệu lực.',
    ],
    placeName: 'Biên Hòa',
    ...overrides,
  };
}

export function delayApologyView(overrides: Partial<DelayApologyView> = {}): DelayApologyView {
  return {
    agency: AGENCY,
    dossierCode: DOSSIER_CODE,
    issuedAt: new Date('2026-03-04T08:00:00Z'), // 15:00 on 04/03/2026
    applicantName: 'Nguyễn Thị Hoà',
    procedureName: LAND_PROCEDURE,
    receivedAt: RECEIVED_AT,
    previousDueAt: DUE_AT,
    newDueAt: new Date('2026-03-13T03:00:00Z'), // 10:00 on 13/03/2026
    reason: 'Cần xác minh nguồn gốc sử dụng đất với Ủy ban nhân dân phường Long Bình.',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Hồ Thị Thuỷ',
    placeName: 'Biên Hòa',
    ...overrides,
  };
}

export function processingStoppedView(overrides: Partial<ProcessingStoppedView> = {}): ProcessingStoppedView {
  return {
    agency: AGENCY,
    dossierCode: DOSSIER_CODE,
    issuedAt: new Date('2026-03-02T01:45:00Z'), // 08:45 on 02/03/2026
    applicantName: 'Nguyễn Thị Hoà',
    procedureName: LAND_PROCEDURE,
    reason: 'Người nộp hồ sơ có văn bản đề nghị rút hồ sơ ngày 27/02/2026.',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Hồ Thị Thuỷ',
    placeName: 'Biên Hòa',
    ...overrides,
  };
}

export function controlSlipView(overrides: Partial<ControlSlipView> = {}): ControlSlipView {
  return {
    agency: AGENCY,
    dossierCode: DOSSIER_CODE,
    receivedAt: RECEIVED_AT,
    dueAt: DUE_AT,
    applicantName: 'Nguyễn Thị Hoà',
    procedureName: LAND_PROCEDURE,
    steps: [
      {
        from: 'Bộ phận Một cửa',
        to: 'Văn phòng Đăng ký đất đai - Chi nhánh Biên Hòa',
        handedAt: new Date('2026-02-23T01:05:00Z'), // 08:05 on 23/02, the first working morning after Tết
        result: 'on-time',
        note: 'Chuyển qua bưu điện',
      },
      {
        from: 'Văn phòng Đăng ký đất đai - Chi nhánh Biên Hòa',
        to: 'Chi cục Thuế khu vực Đồng Nai',
        handedAt: new Date('2026-02-27T07:40:00Z'), // 14:40 on 27/02
        result: 'early',
        note: null,
      },
      {
        from: 'Chi cục Thuế khu vực Đồng Nai',
        to: 'Bộ phận Một cửa',
        handedAt: new Date('2026-03-05T09:20:00Z'), // 16:20 on 05/03
        result: null,
        note: null,
      },
    ],
    ...overrides,
  };
}

const APPLICANTS = ['Nguyễn Thị Hoà', 'Trần Văn Đức', 'Lê Thị Ngọc Ánh', 'Phạm Quốc Việt', 'Hồ Thị Thuỷ', 'Đặng Hữu Nghĩa'];
const PROCEDURES = ['Đăng ký khai sinh', LAND_PROCEDURE, 'Cấp bản sao trích lục hộ tịch', 'Đăng ký thường trú'];

/** The code of the n-th dossier (1-based) received on 13/02/2026. */
export function dossierCode(n: number): string {
  return `000.01.21.H19-260213-${String(n).padStart(4, '0')}`;
}

export function trackingBookView(count: number): TrackingBookView {
  const rows: TrackingBookRow[] = Array.from({ length: count }, (_, i) => ({
    dossierCode: dossierCode(i + 1),
    procedureName: PROCEDURES[i % PROCEDURES.length] ?? '',
    sets: 1 + (i % 2),
    applicantName: APPLICANTS[i % APPLICANTS.length] ?? '',
    applicantContact: `Số ${i + 1}, đường Phạm Văn Thuận, phường Trấn Biên; 0912 000 ${String(i).padStart(3, '0')}`,
    processingUnit: i % 3 === 0 ? 'Văn phòng Đăng ký đất đai' : 'Phòng Văn hóa - Xã hội',
    receivedAt: RECEIVED_AT,
    dueAt: DUE_AT,
    // 18:30Z on 23 February is 01:30 on 24 February in Vietnam.
    forwardedAt: i % 4 === 3 ? null : new Date('2026-02-23T18:30:00Z'),
    resultAt: i % 2 === 0 ? new Date('2026-03-05T09:20:00Z') : null,
    returnedAt: i % 2 === 0 ? new Date('2026-03-06T02:00:00Z') : null,
    note: i % 5 === 0 ? 'Trả qua bưu điện' : null,
  }));
  return {
    agency: AGENCY,
    period: { from: new Date('2026-01-31T17:00:00Z'), to: new Date('2026-02-28T16:59:59Z') }, // February 2026 in Vietnam
    rows,
  };
}
