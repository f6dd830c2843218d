/**
 * "BIÊN BẢN GIAO NHẬN": the record that moves a batch of postal items between the post and the
 * one-stop desk, dossiers one way and results the other. It lists what was sent; once the
 * receiving side has counted the envelopes, it also records what was received, missing, extra or
 * damaged, and the time of signature. For dossiers that signature time is the legal filing time
 * from which the processing deadline runs (design invariant 4), so the page says so.
 */
import { code128Png } from './codes.js';
import { FONT } from './fonts.js';
import { formatDateTime, formatMoney, moneyInWords } from './format.js';
import { contentWidth, ensureSpace, field, heading, left, paragraph, section, signatureBoxes, title } from './layout.js';
import { type Doc, bodySize, nfc, renderPdf } from './pdf.js';
import { drawTable } from './table.js';

export type ManifestDirection = 'dossier' | 'result';

export interface ManifestItem {
  itemNumber: string;
  procedureName: string;
  applicantName: string;
  fees: number;
}

export interface ManifestAcknowledgement {
  signedAt: Date;
  received: string[];
  missing: string[];
  extra: string[];
  damaged: string[];
}

export interface ManifestView {
  number: string;
  direction: ManifestDirection;
  fromName: string;
  toName: string;
  createdAt: Date;
  items: ManifestItem[];
  feesTotal: number;
  acknowledgement: ManifestAcknowledgement | null;
  signatures: { sender: Buffer | null; receiver: Buffer | null };
}

export const MANIFEST_TITLE: Record<ManifestDirection, string> = {
  dossier: 'BIÊN BẢN GIAO NHẬN HỒ SƠ',
  result: 'BIÊN BẢN GIAO NHẬN KẾT QUẢ',
};

const SIGNED_AT_MEANING: Record<ManifestDirection, string> = {
  dossier:
    'Thời điểm ký nhận biên bản này là thời điểm tiếp nhận hồ sơ (thời điểm nộp hồ sơ theo quy định), được dùng để tính thời hạn giải quyết thủ tục hành chính.',
  result: 'Thời điểm ký nhận biên bản này là thời điểm bưu điện nhận kết quả giải quyết thủ tục hành chính để chuyển trả cho người nộp.',
};

export async function renderHandoverManifest(view: ManifestView): Promise<Buffer> {
  const barcode = await code128Png(view.number);
  const documentTitle = MANIFEST_TITLE[view.direction];
  return renderPdf(
    {
      size: 'A4',
      title: `${sentenceCase(documentTitle)} ${view.number}`,
      subject: `${view.fromName} → ${view.toName}`,
      createdAt: view.createdAt,
      footer: `${sentenceCase(documentTitle)} số ${view.number}`,
    },
    (doc) => {
      heading(doc, { organisation: [view.fromName], reference: `Số: ${view.number}`, national: true });
      title(doc, documentTitle);
      numberBarcode(doc, view.number, barcode);

      field(doc, 'Bên giao', view.fromName);
      field(doc, 'Bên nhận', view.toName);
      field(doc, 'Thời gian lập biên bản', formatDateTime(view.createdAt));
      field(doc, 'Số lượng bưu gửi', String(view.items.length));

      section(doc, view.direction === 'dossier' ? 'I. DANH SÁCH HỒ SƠ GIAO' : 'I. DANH SÁCH KẾT QUẢ GIAO');
      drawTable(
        doc,
        [
          { header: 'STT', weight: 6, align: 'center' },
          { header: 'Số hiệu bưu gửi', weight: 19 },
          { header: 'Thủ tục', weight: 38 },
          { header: 'Người nộp', weight: 20 },
          { header: 'Phí, lệ phí thu hộ', weight: 17, align: 'right' },
        ],
        [
          ...view.items.map((item, index) => ({
            cells: [String(index + 1), item.itemNumber, item.procedureName, item.applicantName, formatMoney(item.fees)],
          })),
          { cells: ['', 'Tổng cộng', `${view.items.length} bưu gửi`, '', formatMoney(view.feesTotal)], bold: true },
        ],
      );
      field(doc, 'Bằng chữ', moneyInWords(view.feesTotal));

      section(doc, 'II. XÁC NHẬN CỦA BÊN NHẬN');
      acknowledgement(doc, view);

      signatureBoxes(doc, [
        { role: 'BÊN GIAO', note: '(Ký, ghi rõ họ tên)', name: view.fromName, image: view.signatures.sender },
        { role: 'BÊN NHẬN', note: '(Ký, ghi rõ họ tên)', name: view.toName, image: view.signatures.receiver },
      ]);
    },
  );
}

function acknowledgement(doc: Doc, view: ManifestView): void {
  const ack = view.acknowledgement;
  if (ack === null) {
    paragraph(doc, 'Bên nhận chưa ký xác nhận biên bản.');
    return;
  }
  field(doc, 'Thời điểm ký nhận', formatDateTime(ack.signedAt));
  paragraph(doc, SIGNED_AT_MEANING[view.direction]);
  itemNumbers(doc, 'Đã nhận', ack.received);
  itemNumbers(doc, 'Thiếu (có trong biên bản, không nhận được)', ack.missing);
  itemNumbers(doc, 'Thừa (nhận được, không có trong biên bản)', ack.extra);
  itemNumbers(doc, 'Hư hỏng', ack.damaged);
}

/** "Đã nhận (3): RR…VN, RR…VN, RR…VN", wrapped; "không có" when the list is empty. */
function itemNumbers(doc: Doc, label: string, numbers: readonly string[]): void {
  field(doc, `${label} (${numbers.length})`, numbers.length === 0 ? 'không có' : numbers.join(', '));
}

function numberBarcode(doc: Doc, number: string, barcode: Buffer): void {
  const width = 170;
  const height = 38;
  const size = bodySize(doc);
  ensureSpace(doc, height + size * 2);
  const x = left(doc) + (contentWidth(doc) - width) / 2;
  const top = doc.y;
  doc.image(barcode, x, top, { width, height });
  doc.font(FONT.regular).fontSize(size - 1).text(nfc(number), x, top + height + 1, { width, align: 'center' });
  doc.fontSize(size);
  doc.x = left(doc);
  doc.y += size * 0.6;
}

/** "BIÊN BẢN GIAO NHẬN HỒ SƠ" → "Biên bản giao nhận hồ sơ", for metadata and footers. */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
