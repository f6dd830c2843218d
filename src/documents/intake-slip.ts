/**
 * "PHIẾU GỬI HỒ SƠ": the slip the postal worker gives the citizen when a dossier is taken in,
 * at the counter or at the citizen's address (Decision 45/2016/QĐ-TTg on receiving dossiers and
 * returning results of administrative procedures through the public postal service). It is the
 * citizen's proof of what was handed over and paid, so it lists every document with its
 * condition, every amount, and carries the item number as a bar code for the post's scanners and
 * the tracking address as a QR code for the citizen's phone.
 */
import { code128Png, qrPng } from './codes.js';
import { FONT } from './fonts.js';
import { formatDateInWords, formatDateTime, formatMoney, moneyInWords } from './format.js';
import { contentWidth, ensureSpace, field, heading, left, paragraph, section, signatureBoxes, title } from './layout.js';
import { type Doc, bodySize, nfc, renderPdf } from './pdf.js';
import { drawTable } from './table.js';

export type ServiceForm = 'send-dossier' | 'receive-result' | 'both';
export type CopyKind = 'original' | 'copy' | 'certified-copy';
export type FeesMethod = 'cash' | 'transfer';

export interface IntakeSlipDocument {
  label: string;
  present: boolean;
  copyKind: CopyKind | null;
  note: string | null;
}

export interface IntakeSlipView {
  slipNumber: string;
  itemNumber: string;
  trackingUrl: string;
  takenInAt: Date;
  place: 'address' | 'post-office';
  postOfficeName: string;
  applicant: { name: string; phone: string; idNumber: string | null; address: string };
  procedure: { code: string; name: string };
  serviceForm: ServiceForm;
  agencyName: string;
  documents: IntakeSlipDocument[];
  postage: number;
  /** `amount` is what is taken off the postage; its sign is ignored. */
  discount: { label: string; amount: number } | null;
  feesCollected: number;
  feesMethod: FeesMethod | null;
  total: number;
  staffName: string;
  signatures: { citizen: Buffer | null; staff: Buffer | null };
}

export const SERVICE_FORM_LABEL: Record<ServiceForm, string> = {
  'send-dossier': 'Gửi hồ sơ',
  'receive-result': 'Nhận kết quả',
  both: 'Gửi hồ sơ và nhận kết quả',
};

export const COPY_KIND_LABEL: Record<CopyKind, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  'certified-copy': 'Bản sao chứng thực',
};

export const FEES_METHOD_LABEL: Record<FeesMethod, string> = {
  cash: 'Tiền mặt',
  transfer: 'Chuyển khoản',
};

const PLACE_LABEL: Record<IntakeSlipView['place'], string> = {
  address: 'Tại địa chỉ của người gửi',
  'post-office': 'Tại bưu cục',
};

export const INTAKE_SLIP_TITLE = 'PHIẾU GỬI HỒ SƠ';

export async function renderIntakeSlip(view: IntakeSlipView): Promise<Buffer> {
  // Both images are made before drawing starts: pdfkit's drawing calls are synchronous.
  const [barcode, qr] = await Promise.all([code128Png(view.itemNumber), qrPng(view.trackingUrl)]);
  return renderPdf(
    {
      size: 'A4',
      title: `Phiếu gửi hồ sơ ${view.slipNumber}`,
      subject: `Bưu gửi ${view.itemNumber}, thủ tục ${view.procedure.code}`,
      createdAt: view.takenInAt,
      footer: `Phiếu gửi hồ sơ số ${view.slipNumber} · Số hiệu bưu gửi ${view.itemNumber}`,
    },
    (doc) => {
      heading(doc, { organisation: [view.postOfficeName], reference: `Số: ${view.slipNumber}`, national: true });
      title(
        doc,
        INTAKE_SLIP_TITLE,
        '(Dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ)',
      );
      intakeBand(doc, view, barcode, qr);

      section(doc, 'I. NGƯỜI GỬI HỒ SƠ');
      field(doc, 'Họ và tên', view.applicant.name);
      field(doc, 'Số điện thoại', view.applicant.phone);
      if (view.applicant.idNumber !== null) field(doc, 'Số định danh cá nhân/CCCD', view.applicant.idNumber);
      field(doc, 'Địa chỉ', view.applicant.address);

      section(doc, 'II. THỦ TỤC HÀNH CHÍNH');
      field(doc, 'Mã thủ tục', view.procedure.code);
      field(doc, 'Tên thủ tục', view.procedure.name);
      field(doc, 'Hình thức sử dụng dịch vụ', SERVICE_FORM_LABEL[view.serviceForm]);
      field(doc, 'Cơ quan có thẩm quyền giải quyết', view.agencyName);

      section(doc, 'III. THÀNH PHẦN HỒ SƠ');
      documentTally(doc, view.documents);

      section(doc, 'IV. CƯỚC DỊCH VỤ VÀ PHÍ, LỆ PHÍ');
      amounts(doc, view);

      field(doc, 'Nhân viên bưu điện tiếp nhận', view.staffName);
      paragraph(doc, `Tra cứu tình trạng hồ sơ: ${view.trackingUrl}`);

      signatureBoxes(
        doc,
        [
          { role: 'NGƯỜI GỬI HỒ SƠ', note: '(Ký, ghi rõ họ tên)', name: view.applicant.name, image: view.signatures.citizen },
          { role: 'NHÂN VIÊN BƯU ĐIỆN', note: '(Ký, ghi rõ họ tên)', name: view.staffName, image: view.signatures.staff },
        ],
        formatDateInWords(view.takenInAt),
      );
    },
  );
}

/**
 * The band under the title: the item number as a bar code with its characters under it on the
 * left, the facts of the intake in the middle, the tracking QR code on the right. Kept together
 * so the clerk's scanner and the citizen's phone find their code where they expect it.
 */
function intakeBand(doc: Doc, view: IntakeSlipView, barcode: Buffer, qr: Buffer): void {
  const size = bodySize(doc);
  const qrSide = 72;
  const barWidth = 170;
  const barHeight = 40;
  const gap = 12;
  ensureSpace(doc, qrSide + size * 2);
  const top = doc.y;
  const x = left(doc);
  const qrX = x + contentWidth(doc) - qrSide;

  doc.image(barcode, x, top + 2, { width: barWidth, height: barHeight });
  doc.font(FONT.bold).fontSize(size + 1).text(nfc(view.itemNumber), x, top + 4 + barHeight, { width: barWidth, align: 'center' });
  const codeBottom = doc.y;

  doc.image(qr, qrX, top, { width: qrSide, height: qrSide });
  doc.font(FONT.regular).fontSize(size - 1.5).text('Quét mã để tra cứu hồ sơ', qrX - 60, top + qrSide, { width: qrSide + 60, align: 'right' });
  const qrBottom = doc.y;

  const column = { x: x + barWidth + gap, width: qrX - gap - (x + barWidth + gap) };
  doc.y = top;
  field(doc, 'Số phiếu', view.slipNumber, column);
  field(doc, 'Số hiệu bưu gửi', view.itemNumber, column);
  field(doc, 'Thời gian tiếp nhận', formatDateTime(view.takenInAt), column);
  field(doc, 'Nơi tiếp nhận', PLACE_LABEL[view.place], column);
  field(doc, 'Bưu cục', view.postOfficeName, column);

  doc.fontSize(size);
  doc.x = x;
  doc.y = Math.max(doc.y, codeBottom, qrBottom) + size * 0.3;
}

function documentTally(doc: Doc, documents: readonly IntakeSlipDocument[]): void {
  drawTable(
    doc,
    [
      { header: 'STT', weight: 5, align: 'center' },
      { header: 'Tên giấy tờ', weight: 45 },
      { header: 'Loại bản', weight: 16, align: 'center' },
      { header: 'Có/Thiếu', weight: 10, align: 'center' },
      { header: 'Ghi chú', weight: 24 },
    ],
    documents.map((item, index) => ({
      cells: [
        String(index + 1),
        item.label,
        item.copyKind === null ? '' : COPY_KIND_LABEL[item.copyKind],
        item.present ? 'Có' : 'Thiếu',
        item.note ?? '',
      ],
    })),
  );
}

function amounts(doc: Doc, view: IntakeSlipView): void {
  const rows = [{ cells: ['Cước dịch vụ bưu chính', formatMoney(view.postage)] }];
  if (view.discount !== null) {
    rows.push({ cells: [`Giảm trừ: ${view.discount.label}`, `-${formatMoney(Math.abs(view.discount.amount))}`] });
  }
  const method = view.feesMethod === null ? '' : ` (${FEES_METHOD_LABEL[view.feesMethod]})`;
  rows.push({ cells: [`Phí, lệ phí thu hộ${method}`, formatMoney(view.feesCollected)] });
  drawTable(
    doc,
    [
      { header: 'Khoản thu', weight: 70 },
      { header: 'Số tiền', weight: 30, align: 'right' },
    ],
    [...rows, { cells: ['Tổng cộng', formatMoney(view.total)], bold: true }],
  );
  field(doc, 'Bằng chữ', moneyInWords(view.total));
}
