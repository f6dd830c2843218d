/**
 * The parts every one-stop form shares, laid out once: "Mẫu số 01" in the top corner, the issuing
 * body beside the national motto, the place and date under the motto, the title; a single
 * signature on the right half, where Vietnamese documents put the signer; the small notes at the
 * foot. Words come from the template set; only positions and sizes are decided here.
 */
import { FONT } from '../fonts.js';
import { formatDateInWords } from '../format.js';
import { contentWidth, heading, left, paragraph, signatureBoxes, title } from '../layout.js';
import { type Doc, bodySize, nfc } from '../pdf.js';
import { fill } from './fill.js';
import type { TemplateSet } from './template-types.js';
import type { AgencyLine } from './views.js';

/** Share of the width the heading gives the issuing body (as `layout.heading` does). */
const LEFT_COLUMN_SHARE = 0.42;

export interface FormHeadingSpec {
  set: TemplateSet;
  form: { number: string; title: string };
  agency: AgencyLine;
  /** "Biên Hòa, ngày 13 tháng 02 năm 2026" under the motto; null on registers and slips without one. */
  placeDate: { place: string; at: Date } | null;
}

export function formHeading(doc: Doc, spec: FormHeadingSpec): void {
  const size = bodySize(doc);
  const x = left(doc);
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(size - 1);
  doc.text(nfc(`${spec.set.common.numberLabel} ${spec.form.number}`), x, doc.y, { width, align: 'right' });
  doc.font(FONT.regular).fontSize(size);
  doc.y += 2;

  heading(doc, { organisation: [spec.agency.parentName, spec.agency.name], reference: null, national: true });

  if (spec.placeDate !== null) {
    const rightX = x + width * LEFT_COLUMN_SHARE;
    const line = fill(spec.set.common.placeDate, { place: spec.placeDate.place, date: formatDateInWords(spec.placeDate.at) });
    doc.font(FONT.regular).fontSize(size).text(nfc(line), rightX, doc.y - size * 0.5, { width: width - width * LEFT_COLUMN_SHARE, align: 'center' });
    doc.x = x;
    doc.y += size * 0.6;
  }
  title(doc, spec.form.title);
}

/** "Kính gửi: Bà Nguyễn Thị Hoà", centred under the title. */
export function addressee(doc: Doc, set: TemplateSet, applicantName: string): void {
  paragraph(doc, fill(set.common.addressee, { applicant: applicantName }), { bold: true, align: 'center' });
  doc.y += bodySize(doc) * 0.3;
}

/** A justified sentence of the form's body. */
export function sentence(doc: Doc, text: string): void {
  paragraph(doc, text, { align: 'justify' });
}

/** One signer, on the right half of the page: the left half stays blank as on the printed forms. */
export function signature(doc: Doc, role: string, note: string, name: string | null): void {
  signatureBoxes(doc, [
    { role: '', note: '', name: null, image: null },
    { role, note, name, image: null },
  ]);
}

/** Notes in small type at the foot of a form. */
export function smallNotes(doc: Doc, lines: readonly string[]): void {
  const size = bodySize(doc) - 2;
  doc.font(FONT.regular).fontSize(size);
  for (const line of lines) {
    doc.text(nfc(line), left(doc), doc.y, { width: contentWidth(doc), align: 'justify' });
    doc.y += 1;
  }
  doc.font(FONT.regular).fontSize(bodySize(doc));
  doc.x = left(doc);
}

/** "GIẤY TIẾP NHẬN HỒ SƠ…" → "Giấy tiếp nhận hồ sơ…", for metadata titles and footers. */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** The footer on every page: which form of which circular, and the dossier it belongs to. */
export function formFooter(set: TemplateSet, form: { number: string }, dossierCode: string | null): string {
  const base = `${set.common.numberLabel} ${form.number} · ${set.shortName}`;
  return dossierCode === null ? base : `${base} · ${set.common.dossierCode} ${dossierCode}`;
}
