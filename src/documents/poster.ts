/**
 * The printed publicity of the service (R1; plan 1106 II.1 and appendix I: posted at one-stop
 * desks, post offices and commune cultural post offices): an A4 poster to pin up, and an A5
 * leaflet to hand out (leaflet.ts), drawn from the same view. Both say what the service is, its
 * five steps, which procedures go by post at that office, the tariff in force, who from the
 * post works at the desk (R8), how to reach the office, and a QR code to the public site.
 */
import { qrPng } from './codes.js';
import { FONT } from './fonts.js';
import { formatDate, formatMoney } from './format.js';
import { bottom, contentWidth, ensureSpace, left } from './layout.js';
import { type Doc, nfc, renderPdf } from './pdf.js';

export interface PublicityView {
  /** When the data was read: printed as "cập nhật", and the PDF's creation date. */
  generatedAt: Date;
  office: { name: string; address: string | null; phone: string | null };
  /** The public list of procedures, the QR code's target. */
  siteUrl: string;
  /**
   * The procedures to list, most relevant to the office first. The sheet prints as many as fit
   * on its page and counts the rest in "và N thủ tục khác".
   */
  procedures: ReadonlyArray<{ code: string; name: string }>;
  /** How many more go by post at this office beyond `procedures`. */
  moreProcedures: number;
  tariff: {
    name: string;
    /** Reference figures from another province: the print says so. */
    isSample: boolean;
    lines: ReadonlyArray<{ label: string; amount: number }>;
  } | null;
  /** Postal staff working at the desk (R8), for a desk's poster; null elsewhere. */
  postalStaff: readonly string[] | null;
}

export const PUBLICITY_TITLE = 'NỘP HỒ SƠ VÀ NHẬN KẾT QUẢ THỦ TỤC HÀNH CHÍNH QUA BƯU ĐIỆN';

export const SERVICE_SUMMARY =
  'Bưu điện nhận hồ sơ thủ tục hành chính tại nhà, tại cơ quan hoặc tại bưu cục, kiểm tra hồ sơ, thu hộ phí, lệ phí, chuyển đến cơ quan giải quyết và chuyển trả kết quả đến tận địa chỉ của Ông/Bà. Hồ sơ được nhận ở bất kỳ bưu cục nào trong tỉnh, không phụ thuộc địa giới hành chính.';

/** The steps of the service (Decision 45/2016/QĐ-TTg), as the citizen lives them. */
export const SERVICE_STEPS: readonly string[] = [
  'Gửi hồ sơ: gọi bưu điện đến nhận tại nhà hoặc mang hồ sơ đến bưu cục, điểm Bưu điện – Văn hóa xã.',
  'Bưu điện kiểm tra hồ sơ theo danh mục giấy tờ của thủ tục; hồ sơ còn thiếu được hướng dẫn bổ sung, không nhận gửi.',
  'Bưu điện thu cước và thu hộ phí, lệ phí (nếu có), giao Phiếu gửi hồ sơ có mã tra cứu.',
  'Bộ phận Một cửa tiếp nhận, giải quyết hồ sơ và hẹn ngày trả kết quả.',
  'Bưu điện chuyển trả kết quả đến tận địa chỉ của Ông/Bà.',
];

export type PublicityFormat = 'poster' | 'leaflet';

const ACCENT = '#0b4f8a';

/** Sizes per format; the leaflet (A5) has the same content in a smaller hand. */
const METRICS: Record<PublicityFormat, { body: number; title: number; qr: number; stepBadge: number }> = {
  // A poster is read standing, from a step or two away: a larger hand than a form's.
  poster: { body: 11, title: 21, qr: 118, stepBadge: 19 },
  leaflet: { body: 9, title: 13, qr: 84, stepBadge: 13 },
};

const textSizes = new WeakMap<Doc, number>();

/** The running text size of this sheet. */
function textSize(doc: Doc): number {
  return textSizes.get(doc) ?? METRICS.poster.body;
}

export async function renderPoster(view: PublicityView): Promise<Buffer> {
  return renderPublicity(view, 'poster');
}

/** Draws the poster or the leaflet: one layout, two paper sizes. */
export async function renderPublicity(view: PublicityView, format: PublicityFormat): Promise<Buffer> {
  const qr = await qrPng(view.siteUrl);
  return renderPdf(
    {
      size: format === 'poster' ? 'A4' : 'A5',
      title: `${format === 'poster' ? 'Áp phích' : 'Tờ rơi'}: nộp hồ sơ và nhận kết quả qua bưu điện – ${view.office.name}`,
      subject: 'Dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính',
      createdAt: view.generatedAt,
      footer: `${view.office.name} · cập nhật ${formatDate(view.generatedAt)} · ${view.siteUrl}`,
    },
    (doc) => {
      const metrics = METRICS[format];
      textSizes.set(doc, metrics.body);
      banner(doc, view, metrics.title);
      block(doc, 'Dịch vụ là gì?');
      text(doc, SERVICE_SUMMARY);
      block(doc, 'Các bước');
      steps(doc, metrics.stepBadge);
      // The leaflet is printed on both sides: the service and how to reach it on the front,
      // the lists on the back. The poster is one sheet, read top to bottom: the list of
      // procedures takes the room the blocks after it leave.
      if (format === 'leaflet') {
        contactBand(doc, view, qr, metrics.qr);
        doc.addPage();
      }
      const staff = view.postalStaff !== null && view.postalStaff.length > 0 ? view.postalStaff.join('; ') : null;
      const reserve =
        (view.tariff === null ? 0 : tariffHeight(doc, view.tariff)) +
        (staff === null ? 0 : blockHeight(doc, STAFF_HEADING) + textHeight(doc, staff)) +
        (format === 'poster' ? contactHeight(doc, view, metrics.qr) : 0);
      proceduresBlock(doc, view, bottom(doc) - reserve);
      if (view.tariff !== null) tariffBlock(doc, view.tariff);
      if (staff !== null) {
        block(doc, STAFF_HEADING);
        text(doc, staff);
      }
      if (format === 'poster') contactBand(doc, view, qr, metrics.qr);
    },
  );
}

const STAFF_HEADING = 'Nhân viên bưu điện làm việc tại Bộ phận Một cửa';

function banner(doc: Doc, view: PublicityView, titleSize: number): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const size = textSize(doc);
  doc.font(FONT.bold).fontSize(size).fillColor(ACCENT).text(nfc(view.office.name).toLocaleUpperCase('vi'), x, doc.y, { width, align: 'center' });
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(titleSize).text(nfc(PUBLICITY_TITLE), x, doc.y, { width, align: 'center' });
  doc.font(FONT.regular).fontSize(size + 1).fillColor('black').text('Dịch vụ bưu chính công ích – không phải đi lại, không phải xếp hàng', x, doc.y + 2, { width, align: 'center' });
  const ruleY = doc.y + size * 0.6;
  doc.moveTo(x, ruleY).lineTo(x + width, ruleY).lineWidth(1.2).strokeColor(ACCENT).stroke().strokeColor('black');
  doc.x = x;
  doc.y = ruleY + size * 0.6;
}

/** A block heading in the accent colour, kept with at least three lines of what follows. */
function block(doc: Doc, heading: string): void {
  const size = textSize(doc);
  ensureSpace(doc, size * 5);
  doc.y += size * 0.3;
  doc.font(FONT.bold).fontSize(size + 2).fillColor(ACCENT).text(nfc(heading), left(doc), doc.y, { width: contentWidth(doc) });
  doc.fillColor('black').font(FONT.regular).fontSize(size);
  doc.y += 2;
}

function blockHeight(doc: Doc, heading: string): number {
  const size = textSize(doc);
  return size * 0.3 + doc.font(FONT.bold).fontSize(size + 2).heightOfString(nfc(heading), { width: contentWidth(doc) }) + 2;
}

function textHeight(doc: Doc, content: string): number {
  return doc.font(FONT.regular).fontSize(textSize(doc)).heightOfString(nfc(content), { width: contentWidth(doc), align: 'justify' });
}

function text(doc: Doc, content: string): void {
  doc.font(FONT.regular).fontSize(textSize(doc)).text(nfc(content), left(doc), doc.y, { width: contentWidth(doc), align: 'justify' });
  doc.x = left(doc);
}

/** Numbered steps, each with its number in a filled circle. */
function steps(doc: Doc, badge: number): void {
  const size = textSize(doc);
  const x = left(doc);
  const textX = x + badge + size * 0.6;
  const width = contentWidth(doc) - (textX - x);
  SERVICE_STEPS.forEach((step, i) => {
    const height = Math.max(badge, doc.font(FONT.regular).fontSize(size).heightOfString(nfc(step), { width }));
    ensureSpace(doc, height + 4);
    const top = doc.y;
    doc.circle(x + badge / 2, top + badge / 2, badge / 2).fill(ACCENT);
    doc.font(FONT.bold).fontSize(badge * 0.6).fillColor('white').text(String(i + 1), x, top + badge * 0.2, { width: badge, align: 'center', lineBreak: false });
    doc.fillColor('black').font(FONT.regular).fontSize(size).text(nfc(step), textX, top + Math.max(0, (badge - size * 1.2) / 2), { width });
    doc.y = Math.max(doc.y, top + badge) + 3;
  });
  doc.x = x;
}

const procedureLine = (p: { code: string; name: string }): string =>
  // Some names in the catalogue already end with their code.
  nfc(p.name.includes(p.code) ? p.name : `${p.name} (mã ${p.code})`);

/** Lists the procedures that fit above `limit` (a y on this page), then how many more there are and where. */
function proceduresBlock(doc: Doc, view: PublicityView, limit: number): void {
  block(doc, 'Thủ tục nhận hồ sơ qua bưu điện');
  const size = textSize(doc);
  const x = left(doc);
  const width = contentWidth(doc);
  const indent = size * 1.2;
  const total = view.procedures.length + view.moreProcedures;
  const moreText = (more: number): string => nfc(more > 0 ? `và ${more} thủ tục khác: ${view.siteUrl}` : `Danh mục đầy đủ, hồ sơ mẫu và biểu mẫu: ${view.siteUrl}`);
  let printed = 0;
  for (const p of view.procedures) {
    const line = procedureLine(p);
    doc.font(FONT.regular).fontSize(size);
    const height = doc.heightOfString(line, { width: width - indent });
    const closing = doc.font(FONT.bold).heightOfString(moreText(total - printed - 1), { width }) + 2;
    if (doc.y + height + closing > limit) break;
    const y = doc.y;
    doc.font(FONT.regular).text('•', x + size * 0.2, y, { lineBreak: false });
    doc.text(line, x + indent, y, { width: width - indent });
    printed += 1;
  }
  const more = total - printed;
  const lead = more > 0 ? `và ${more} thủ tục khác: ` : 'Danh mục đầy đủ, hồ sơ mẫu và biểu mẫu: ';
  doc.font(FONT.bold).fontSize(size).text(nfc(lead), x, doc.y + 2, { width, continued: true }).fillColor(ACCENT).text(nfc(view.siteUrl), { continued: false });
  doc.fillColor('black').font(FONT.regular);
  doc.x = x;
}

const amountWidth = (doc: Doc): number => contentWidth(doc) * 0.22;
const tariffSource = (tariff: NonNullable<PublicityView['tariff']>): string =>
  nfc(tariff.isSample ? `Giá mẫu, chưa phải giá chính thức của địa phương: ${tariff.name}.` : `Theo ${tariff.name}.`);

function tariffHeight(doc: Doc, tariff: NonNullable<PublicityView['tariff']>): number {
  const size = textSize(doc);
  const width = contentWidth(doc);
  doc.font(FONT.regular).fontSize(size);
  const lines = tariff.lines.reduce((h, line) => h + Math.max(doc.heightOfString(nfc(line.label), { width: width - amountWidth(doc) }), size * 1.2), 0);
  return blockHeight(doc, 'Cước dịch vụ') + lines + 1 + doc.fontSize(size - 1).heightOfString(tariffSource(tariff), { width });
}

function tariffBlock(doc: Doc, tariff: NonNullable<PublicityView['tariff']>): void {
  block(doc, 'Cước dịch vụ');
  const size = textSize(doc);
  const x = left(doc);
  const width = contentWidth(doc);
  const amount = amountWidth(doc);
  for (const line of tariff.lines) {
    ensureSpace(doc, size * 1.4);
    const y = doc.y;
    doc.font(FONT.regular).fontSize(size).text(nfc(line.label), x, y, { width: width - amount });
    const after = doc.y;
    doc.font(FONT.bold).text(formatMoney(line.amount), x + width - amount, y, { width: amount, align: 'right', lineBreak: false });
    doc.y = Math.max(after, y + size * 1.2);
  }
  doc.font(FONT.regular).fontSize(size - 1).fillColor('#444444');
  doc.text(tariffSource(tariff), x, doc.y + 1, { width });
  doc.fillColor('black').fontSize(size);
  doc.x = x;
}

function contactLines(view: PublicityView): Array<{ text: string; bold: boolean }> {
  return [
    { text: 'Quét mã để tra cứu thủ tục, giá cước, đặt bưu điện đến nhận hồ sơ và theo dõi hồ sơ:', bold: false },
    { text: view.siteUrl, bold: true },
    { text: view.office.name, bold: true },
    ...(view.office.address === null ? [] : [{ text: `Địa chỉ: ${view.office.address}`, bold: false }]),
    ...(view.office.phone === null ? [] : [{ text: `Điện thoại: ${view.office.phone}`, bold: true }]),
  ];
}

/** The band's geometry: its text column, the height of its text, and its whole height. */
function contactLayout(doc: Doc, view: PublicityView, side: number) {
  const size = textSize(doc);
  const gap = size;
  const columnX = left(doc) + side + gap;
  const columnWidth = contentWidth(doc) - side - gap;
  const lines = contactLines(view);
  const textHeight = lines.reduce((h, l) => h + doc.font(l.bold ? FONT.bold : FONT.regular).fontSize(size + 1).heightOfString(nfc(l.text), { width: columnWidth }) + 2, 0);
  // A rule, half a line, the QR code or the text beside it, and a line under it.
  const height = size * 0.5 + Math.max(side, textHeight) + size;
  return { size, columnX, columnWidth, lines, textHeight, height };
}

function contactHeight(doc: Doc, view: PublicityView, side: number): number {
  return contactLayout(doc, view, side).height + textSize(doc);
}

/**
 * The foot of the sheet: the QR code to the site beside the office's address and phone, kept
 * together on one page, at the bottom when there is room (where a poster's reader ends up).
 */
function contactBand(doc: Doc, view: PublicityView, qr: Buffer, side: number): void {
  const { size, columnX, columnWidth, lines, textHeight, height } = contactLayout(doc, view, side);
  const x = left(doc);
  const width = contentWidth(doc);
  ensureSpace(doc, height);
  const top = Math.max(doc.y + size * 0.5, bottom(doc) - height);
  doc.moveTo(x, top).lineTo(x + width, top).lineWidth(0.8).strokeColor(ACCENT).stroke().strokeColor('black');
  const inner = top + size * 0.5;
  doc.image(qr, x, inner, { width: side, height: side });
  doc.y = inner + Math.max(0, (side - textHeight) / 2);
  for (const line of lines) {
    doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(size + 1).text(nfc(line.text), columnX, doc.y, { width: columnWidth });
    doc.y += 2;
  }
  doc.font(FONT.regular).fontSize(size);
  doc.x = x;
  doc.y = Math.max(doc.y, inner + side);
}
