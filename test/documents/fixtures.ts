/**
 * Realistic views for the document tests: Vietnamese names with every kind of diacritic, an
 * address in the merged units of 2025, amounts in the millions, and S10 item numbers with real
 * check digits.
 */
import { deflateSync, crc32 } from 'node:zlib';
import { formatS10 } from '../../src/domain/postal-item/s10.js';
import type { GuidanceSlipView, IntakeSlipView, ManifestView } from '../../src/documents/index.js';

/** 16:15 in Vietnam. */
export const TAKEN_IN_AT = new Date('2026-02-13T09:15:00Z');

export function itemNumber(serial: number): string {
  return formatS10('RR', serial, 'VN');
}

const LONG_PROCEDURE =
  'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất';

export function intakeSlipView(overrides: Partial<IntakeSlipView> = {}): IntakeSlipView {
  return {
    slipNumber: 'PG-2026-000123',
    itemNumber: itemNumber(47312482),
    trackingUrl: 'https://bcci.example.vn/tra-cuu/RR473124829VN',
    takenInAt: TAKEN_IN_AT,
    place: 'address',
    postOfficeName: 'Bưu cục Trấn Biên',
    applicant: {
      name: 'Nguyễn Thị Hoà',
      phone: '0912 345 678',
      idNumber: '075190001234',
      address: 'Số 12, đường Nguyễn Ái Quốc, Phường Trấn Biên, Thành phố Đồng Nai',
    },
    procedure: { code: '1.012345', name: LONG_PROCEDURE },
    serviceForm: 'both',
    agencyName: 'Văn phòng Đăng ký đất đai Thành phố Đồng Nai',
    documents: [
      { label: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', present: true, copyKind: 'original', note: null },
      { label: 'Giấy chứng nhận quyền sử dụng đất đã cấp', present: true, copyKind: 'original', note: 'Bìa hơi ố vàng ở góc' },
      { label: 'Hợp đồng chuyển nhượng quyền sử dụng đất có công chứng', present: true, copyKind: 'certified-copy', note: null },
      { label: 'Căn cước của người nhận chuyển nhượng', present: true, copyKind: 'copy', note: null },
      { label: 'Tờ khai lệ phí trước bạ nhà, đất', present: false, copyKind: null, note: 'Nộp bổ sung tại cơ quan thuế' },
    ],
    postage: 45_000,
    discount: { label: 'Người cao tuổi', amount: 5_000 },
    feesCollected: 1_210_000,
    feesMethod: 'cash',
    total: 1_250_000,
    staffName: 'Trần Văn Đức',
    signatures: { citizen: null, staff: null },
    ...overrides,
  };
}

export function guidanceSlipView(overrides: Partial<GuidanceSlipView> = {}): GuidanceSlipView {
  return {
    issuedAt: TAKEN_IN_AT,
    postOfficeName: 'Bưu cục Trấn Biên',
    staffName: 'Trần Văn Đức',
    applicantName: 'Nguyễn Thị Hoà',
    procedure: { code: '1.012345', name: LONG_PROCEDURE },
    missing: ['Hợp đồng chuyển nhượng quyền sử dụng đất có công chứng hoặc chứng thực', 'Tờ khai lệ phí trước bạ nhà, đất'],
    ...overrides,
  };
}

const APPLICANTS = ['Nguyễn Thị Hoà', 'Trần Văn Đức', 'Lê Thị Ngọc Ánh', 'Phạm Quốc Việt', 'Hồ Thị Thuỷ', 'Đặng Hữu Nghĩa'];
const PROCEDURES = [
  'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
  'Đăng ký khai sinh',
  LONG_PROCEDURE,
  'Cấp lại Giấy phép lái xe bị mất',
];

export function manifestView(count: number, overrides: Partial<ManifestView> = {}): ManifestView {
  const items = Array.from({ length: count }, (_, i) => ({
    itemNumber: itemNumber(47312000 + i),
    procedureName: PROCEDURES[i % PROCEDURES.length] ?? '',
    applicantName: APPLICANTS[i % APPLICANTS.length] ?? '',
    fees: i % 3 === 0 ? 0 : 250_000 + i * 1_000,
  }));
  return {
    number: 'BBGN-2026-000045',
    direction: 'dossier',
    fromName: 'Bưu cục Trấn Biên',
    toName: 'Trung tâm Phục vụ hành chính công Phường Trấn Biên',
    createdAt: TAKEN_IN_AT,
    items,
    feesTotal: items.reduce((sum, item) => sum + item.fees, 0),
    acknowledgement: null,
    signatures: { sender: null, receiver: null },
    ...overrides,
  };
}

/**
 * A small PNG of a scribbled signature on a transparent background, so that pdfkit has to
 * store an alpha mask: what the signature pad sends.
 */
export function signaturePng(width = 120, height = 40): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 4); // filter byte 0, then RGBA, all transparent
    for (let x = 0; x < width; x += 1) {
      const curve = height / 2 + Math.sin(x / 7) * (height / 3);
      if (Math.abs(y - curve) < 1.5) row.writeUInt32BE(0x1a237eff, 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
