/**
 * Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": what the citizen takes home when the desk
 * accepts a dossier. It is their proof of filing and of the promised date, so besides the facts
 * it carries the dossier code as a Code 128 bar code (the desk's and the post's scanners find the
 * dossier from it) and the tracking address as a QR code (the citizen's phone follows it).
 */
import { code128Png, qrPng } from '../codes.js';
import { FONT } from '../fonts.js';
import { formatDateTime } from '../format.js';
import { contentWidth, ensureSpace, field, left, paragraph, signatureBoxes } from '../layout.js';
import { type Doc, bodySize, nfc } from '../pdf.js';
import { drawTable } from '../table.js';
import { fill } from './fill.js';
import { smallNotes } from './form-layout.js';
import { renderDossierForm } from './dossier-form.js';
import type { TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { ReceiptView } from './views.js';

export async function renderReceiptForm(set: TemplateSet, view: ReceiptView): Promise<Buffer> {
  const form = formTemplate(set, 'receipt');
  // The images are made before drawing: pdfkit's drawing calls are synchronous.
  const [barcode, qr] = await Promise.all([code128Png(view.dossierCode), qrPng(view.trackingUrl)]);
  const agency = view.agency.name;
  return renderDossierForm(set, form, { ...view, issuedAt: view.receivedAt }, (doc) => {
    codeBand(doc, { label: set.common.dossierCode, code: view.dossierCode, tracking: fill(form.tracking, { url: view.trackingUrl }) }, barcode, qr);

    field(doc, fill(form.receivedFrom, { agency }), view.applicant.name);
    field(doc, form.address, view.applicant.address);
    const contact: [string, string][] = [[form.phone, view.applicant.phone]];
    if (view.applicant.email !== null) contact.push([form.email, view.applicant.email]);
    fieldsSideBySide(doc, contact);
    field(doc, form.procedure, view.procedureName);
    field(doc, form.channel, form.channels[view.channel]);

    paragraph(doc, form.documentsHeading);
    drawTable(
      doc,
      [
        { header: form.documentColumns.index, weight: 6, align: 'center' },
        { header: form.documentColumns.name, weight: 56 },
        { header: form.documentColumns.kind, weight: 24, align: 'center' },
        { header: form.documentColumns.quantity, weight: 14, align: 'center' },
      ],
      view.documents.map((item, index) => ({
        cells: [String(index + 1), item.name, form.documentKinds[item.kind], String(item.quantity)],
      })),
    );
    field(doc, form.sets, fill(form.setsValue, { sets: String(view.sets) }));
    field(doc, form.receivedAt, formatDateTime(view.receivedAt));
    field(doc, form.dueAt, formatDateTime(view.dueAt));
    field(doc, form.resultMethod, fill(form.resultMethods[view.resultMethod], { agency }));

    signatureBoxes(doc, [
      { ...form.applicantSignature, name: view.applicant.name, image: null },
      { ...form.officerSignature, name: view.officerName, image: null },
    ]);
    // One paragraph rather than a line each: the slip should end on its first A5 page.
    smallNotes(doc, [form.notes.join(' ')]);
  });
}

/**
 * The band under the title: on the left the dossier code as a bar code, its labelled text and the
 * tracking address in words; on the right the same address as a QR code. Kept together so that
 * neither code is split from its text.
 */
function codeBand(doc: Doc, text: { label: string; code: string; tracking: string }, barcode: Buffer, qr: Buffer): void {
  const size = bodySize(doc);
  const qrSide = 58;
  const gap = 12;
  const x = left(doc);
  const textWidth = contentWidth(doc) - qrSide - gap;
  const barWidth = Math.min(215, textWidth);
  const barHeight = 30;
  ensureSpace(doc, qrSide + size);
  const top = doc.y;

  doc.image(barcode, x, top + 2, { width: barWidth, height: barHeight });
  doc.y = top + barHeight + 6;
  field(doc, text.label, text.code, { x, width: textWidth });
  doc.font(FONT.regular).fontSize(size - 1.5).text(nfc(text.tracking), x, doc.y, { width: textWidth });
  doc.fontSize(size);
  const codeBottom = doc.y;

  doc.image(qr, x + contentWidth(doc) - qrSide, top, { width: qrSide, height: qrSide });

  doc.x = x;
  doc.y = Math.max(codeBottom, top + qrSide) + 2;
}

/** Short fields on one line, each in an equal share of the width ("Số điện thoại: … Email: …"). */
function fieldsSideBySide(doc: Doc, pairs: readonly (readonly [string, string])[]): void {
  const top = doc.y;
  const width = contentWidth(doc) / pairs.length;
  let lowest = top;
  pairs.forEach(([label, value], index) => {
    doc.y = top;
    field(doc, label, value, { x: left(doc) + index * width, width: width - 6 });
    lowest = Math.max(lowest, doc.y);
  });
  doc.x = left(doc);
  doc.y = lowest;
}
