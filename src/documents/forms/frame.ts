/**
 * The page frame of a one-stop form, chosen by the template's paper. A5 slips use the shared
 * frame (`renderPdf`). The tracking book is a register with thirteen columns, printed on A4
 * turned sideways; the shared frame has no orientation, so the landscape frame below repeats its
 * few steps (fonts, metadata, "Trang x/y" footers, NFC) with `layout: 'landscape'`. When
 * `pdf.ts` learns a landscape size, this second frame should go.
 */
import PDFDocument from 'pdfkit';
import { FONT, fontBytes } from '../fonts.js';
import { type Doc, type DocumentSpec, bodySize, nfc, renderPdf } from '../pdf.js';
import type { FormPaper } from './template-types.js';

export type FormDocumentSpec = Omit<DocumentSpec, 'size'>;

type Draw = (doc: Doc) => void | Promise<void>;

export async function renderFormPdf(paper: FormPaper, spec: FormDocumentSpec, draw: Draw): Promise<Buffer> {
  switch (paper) {
    case 'A5':
      return renderPdf({ ...spec, size: 'A5' }, draw);
    case 'A4-landscape':
      return renderLandscapeA4(spec, draw);
    default: {
      const unknown: never = paper;
      throw new Error(`Unknown paper: ${String(unknown)}`);
    }
  }
}

/**
 * 10 mm, as the shared frame gives A5: the register needs the width for its thirteen columns (a
 * dossier code and a date must each stay on one line), more than a wide binding margin.
 */
const LANDSCAPE_MARGIN = 28;

async function renderLandscapeA4(spec: FormDocumentSpec, draw: Draw): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: LANDSCAPE_MARGIN,
    lang: 'vi-VN',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: nfc(spec.title),
      Author: 'bcci-hub',
      Creator: 'bcci-hub',
      ...(spec.subject === undefined ? {} : { Subject: nfc(spec.subject) }),
      CreationDate: spec.createdAt,
      ModDate: spec.createdAt,
    },
  });
  doc.registerFont(FONT.regular, fontBytes(FONT.regular));
  doc.registerFont(FONT.bold, fontBytes(FONT.bold));
  // Not registered with the shared frame, so `bodySize` answers its A4 size, which fits here.
  doc.font(FONT.regular).fontSize(bodySize(doc));

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await draw(doc);
  numberPages(doc, spec.footer);
  doc.end();
  return finished;
}

/** "Trang x/y" and the footer text at the foot of every page, as the shared frame writes them. */
function numberPages(doc: Doc, footer: string): void {
  const { start, count } = doc.bufferedPageRange();
  const size = bodySize(doc) - 2;
  for (let i = start; i < start + count; i += 1) {
    const page = doc.switchToPage(i);
    const { left, right, bottom } = page.margins;
    // Writing inside the bottom margin would start a new page: lift it while the footer is written.
    page.margins.bottom = 0;
    const y = page.height - bottom / 2 - size;
    const width = page.width - left - right;
    doc.font(FONT.regular).fontSize(size).fillColor('#555555');
    doc.text(nfc(footer), left, y, { width: width * 0.75, height: size * 1.2, ellipsis: true });
    doc.text(`Trang ${i - start + 1}/${count}`, left, y, { width, align: 'right', lineBreak: false });
    doc.fillColor('black');
    page.margins.bottom = bottom;
  }
}
