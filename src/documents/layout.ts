/**
 * Building blocks of a Vietnamese administrative page (layout after Decree 30/2020/NĐ-CP on
 * official documents): the two-column heading with the issuing body on the left and the national
 * motto on the right, a centred title, labelled fields, and signature boxes. Every helper
 * normalises its text to NFC and leaves `doc.x` at the left margin and `doc.y` below what it drew.
 */
import { FONT } from './fonts.js';
import { type Doc, bodySize, nfc } from './pdf.js';

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The lowest y that content may reach on the current page. */
export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit, so a block is never split. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** The largest size (down to `min`) at which `text` fits on one line of `width`. */
function fittingSize(doc: Doc, text: string, width: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface HeadingSpec {
  /** The issuing body, top line first (e.g. the post office); printed in capitals. */
  organisation: string[];
  /** A reference under the issuing body, e.g. "Số: PG-2026-000123". */
  reference: string | null;
  /** Whether the national name and motto head the right column. */
  national: boolean;
}

/**
 * The heading block. The motto is underlined by a rule as long as itself, as the decree wants;
 * the national name shrinks to stay on one line on A5.
 */
export function heading(doc: Doc, spec: HeadingSpec): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const top = doc.y;
  const leftWidth = spec.national ? width * 0.42 : width;
  const rightX = x + leftWidth;
  const rightWidth = width - leftWidth;
  const size = bodySize(doc);

  doc.font(FONT.bold).fontSize(size);
  for (const line of spec.organisation) {
    doc.text(nfc(line).toLocaleUpperCase('vi'), x, doc.y, { width: leftWidth - 6, align: 'center' });
  }
  if (spec.reference !== null) {
    doc.font(FONT.regular).fontSize(size).text(nfc(spec.reference), x, doc.y + 2, { width: leftWidth - 6, align: 'center' });
  }
  let leftBottom = doc.y;

  if (spec.national) {
    doc.font(FONT.bold);
    doc.fontSize(fittingSize(doc, NATIONAL_NAME, rightWidth, size + 0.5, 6.5));
    doc.text(NATIONAL_NAME, rightX, top, { width: rightWidth, align: 'center' });
    doc.fontSize(size + 0.5);
    const mottoY = doc.y;
    doc.text(NATIONAL_MOTTO, rightX, mottoY, { width: rightWidth, align: 'center' });
    const mottoWidth = doc.widthOfString(NATIONAL_MOTTO);
    const ruleY = doc.y + 1;
    const ruleX = rightX + (rightWidth - mottoWidth) / 2;
    doc.moveTo(ruleX, ruleY).lineTo(ruleX + mottoWidth, ruleY).lineWidth(0.6).stroke();
    leftBottom = Math.max(leftBottom, ruleY + 2);
  }
  doc.font(FONT.regular).fontSize(size);
  doc.x = x;
  doc.y = leftBottom + size;
}

/** The document's title, centred and bold, with an optional line of legal basis below it. */
export function title(doc: Doc, text: string, subtitle: string | null = null): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const size = bodySize(doc);
  doc.font(FONT.bold).fontSize(size + 5).text(nfc(text), x, doc.y, { width, align: 'center' });
  if (subtitle !== null) {
    doc.font(FONT.regular).fontSize(size - 0.5).text(nfc(subtitle), x, doc.y + 1, { width, align: 'center' });
  }
  doc.font(FONT.regular).fontSize(size);
  doc.x = x;
  doc.y += size * 0.8;
}

/** A numbered section heading ("I. NGƯỜI GỬI HỒ SƠ"); kept with the lines that follow it. */
export function section(doc: Doc, text: string): void {
  const size = bodySize(doc);
  ensureSpace(doc, size * 5);
  doc.y += size * 0.4;
  doc.font(FONT.bold).fontSize(size + 0.5).text(nfc(text), left(doc), doc.y, { width: contentWidth(doc) });
  doc.font(FONT.regular).fontSize(size);
  doc.y += 2;
}

/** A column of the page, for fields set beside an image. */
export interface Column {
  x: number;
  width: number;
}

/**
 * "Label: value", the value in bold; long values wrap under the label's line. Written across the
 * text width, or inside `column` when given.
 */
export function field(doc: Doc, label: string, value: string, column: Column | null = null): void {
  const size = bodySize(doc);
  const x = column?.x ?? left(doc);
  const width = column?.width ?? contentWidth(doc);
  doc.font(FONT.regular).fontSize(size).text(`${nfc(label)}: `, x, doc.y, { width, continued: true });
  doc.font(FONT.bold).text(nfc(value), { continued: false });
  doc.font(FONT.regular);
  doc.x = left(doc);
  doc.y += 1.5;
}

/** A paragraph of running text. */
export function paragraph(doc: Doc, text: string, options: { bold?: boolean; align?: 'left' | 'center' | 'justify' } = {}): void {
  const size = bodySize(doc);
  doc.font(options.bold === true ? FONT.bold : FONT.regular).fontSize(size);
  doc.text(nfc(text), left(doc), doc.y, { width: contentWidth(doc), align: options.align ?? 'left' });
  doc.font(FONT.regular);
  doc.x = left(doc);
  doc.y += 2;
}

/** A bulleted list, one entry per line, wrapped entries indented under their bullet. */
export function bulletList(doc: Doc, entries: readonly string[]): void {
  const size = bodySize(doc);
  const indent = size * 1.4;
  doc.font(FONT.regular).fontSize(size);
  for (const entry of entries) {
    const text = nfc(entry);
    ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) - indent }));
    const y = doc.y;
    doc.text('–', left(doc) + size * 0.4, y, { lineBreak: false });
    doc.text(text, left(doc) + indent, y, { width: contentWidth(doc) - indent });
  }
  doc.x = left(doc);
  doc.y += 2;
}

export interface SignatureBox {
  /** The signing party, e.g. "NGƯỜI GỬI HỒ SƠ". */
  role: string;
  /** Under the role, usually "(Ký, ghi rõ họ tên)". */
  note: string;
  /** The person's or organisation's name, printed under the signature. */
  name: string | null;
  /** A PNG of the handwritten signature captured on the tablet, drawn inside the box. */
  image: Buffer | null;
}

/** Room left for a signature: enough to sign a printed copy by hand when no image was captured. */
const SIGNATURE_HEIGHT = 52;

/**
 * Signature boxes side by side. `dateLine` ("ngày … tháng … năm …") sits above the last box,
 * where Vietnamese documents put it. The whole block moves to a new page rather than being split
 * from its signatures.
 */
export function signatureBoxes(doc: Doc, boxes: readonly SignatureBox[], dateLine: string | null = null): void {
  const size = bodySize(doc);
  const x = left(doc);
  const width = contentWidth(doc) / boxes.length;
  const measure = (text: string, bold: boolean, at: number): number =>
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(at).heightOfString(nfc(text), { width, align: 'center' });
  const dateHeight = dateLine === null ? 0 : measure(dateLine, false, size);
  const blockHeight = Math.max(
    ...boxes.map((box) => measure(box.role, true, size) + measure(box.note, false, size - 1) + SIGNATURE_HEIGHT + 8 + (box.name === null ? 0 : measure(box.name, true, size))),
  );
  doc.y += size * 0.6;
  ensureSpace(doc, dateHeight + blockHeight);
  if (dateLine !== null) {
    doc.font(FONT.regular).fontSize(size);
    doc.text(nfc(dateLine), x + width * (boxes.length - 1), doc.y, { width, align: 'center' });
  }
  const top = doc.y;
  let lowest = top;
  boxes.forEach((box, index) => {
    const bx = x + index * width;
    doc.font(FONT.bold).fontSize(size).text(nfc(box.role), bx, top, { width, align: 'center' });
    doc.font(FONT.regular).fontSize(size - 1).text(nfc(box.note), bx, doc.y, { width, align: 'center' });
    const imageTop = doc.y + 4;
    if (box.image !== null) {
      doc.image(box.image, bx + width * 0.15, imageTop, { fit: [width * 0.7, SIGNATURE_HEIGHT], align: 'center', valign: 'center' });
    }
    doc.y = imageTop + SIGNATURE_HEIGHT + 4;
    if (box.name !== null) {
      doc.font(FONT.bold).fontSize(size).text(nfc(box.name), bx, doc.y, { width, align: 'center' });
    }
    lowest = Math.max(lowest, doc.y);
  });
  doc.font(FONT.regular).fontSize(size);
  doc.x = x;
  doc.y = lowest + size;
}
