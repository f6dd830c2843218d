/**
 * The frame every printed document shares: paper, margins, fonts, metadata, page numbers, and
 * turning pdfkit's stream into one Buffer. Renderers only draw; they never read the clock, so the
 * same view always gives the same content and file id (pdfkit derives it from the metadata). The
 * order of objects in the file may vary: pdfkit compresses images with transparency asynchronously.
 */
import PDFDocument from 'pdfkit';
import { FONT, fontBytes } from './fonts.js';

export type Doc = PDFKit.PDFDocument;

/** A4 and A5 upright; A4 turned sideways for registers with many columns (the tracking book). */
export type PaperSize = 'A4' | 'A5' | 'A4-landscape';

export interface DocumentSpec {
  size: PaperSize;
  /** The PDF's Title, shown by viewers in place of the file name. */
  title: string;
  subject?: string;
  /** CreationDate in the metadata: the time of the event the document records, from the view. */
  createdAt: Date;
  /** Printed at the foot of every page beside "Trang x/y", so a loose sheet can be matched up. */
  footer: string;
}

/**
 * Margins in points: 15 mm on A4 and 10 mm on A5, room enough for a hole punch and a staple;
 * 10 mm on landscape A4, whose registers need the width more (a dossier code and a date must
 * each stay on one line of a thirteen-column table).
 */
const MARGIN: Record<PaperSize, number> = { A4: 42, A5: 28, 'A4-landscape': 28 };

/** Base text size per paper: smaller on A5 so that a slip's lines keep their shape. */
const BODY_SIZE: Record<PaperSize, number> = { A4: 10, A5: 9, 'A4-landscape': 10 };

const bodySizes = new WeakMap<Doc, number>();

/** The size of running text in this document; helpers scale headings and notes from it. */
export function bodySize(doc: Doc): number {
  return bodySizes.get(doc) ?? BODY_SIZE.A4;
}

/**
 * Every string that reaches a page goes through here. Input may arrive decomposed (a "ệ" typed
 * as "e" + two combining marks, as macOS and some keyboards produce); the font has precomposed
 * glyphs, and searching the PDF's text later only works when what was printed is NFC.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Draws a whole document and resolves with its bytes. */
export async function renderPdf(spec: DocumentSpec, draw: (doc: Doc) => void | Promise<void>): Promise<Buffer> {
  const doc = new PDFDocument({
    size: spec.size === 'A4-landscape' ? 'A4' : spec.size,
    layout: spec.size === 'A4-landscape' ? 'landscape' : 'portrait',
    margin: MARGIN[spec.size],
    lang: 'vi-VN',
    displayTitle: true,
    // Pages are kept until the end so that "Trang x/y" can be written once y is known.
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
  bodySizes.set(doc, BODY_SIZE[spec.size]);
  doc.font(FONT.regular).fontSize(BODY_SIZE[spec.size]);

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await draw(doc);
  numberPages(doc, spec);
  doc.end();
  return finished;
}

function numberPages(doc: Doc, spec: DocumentSpec): void {
  const { start, count } = doc.bufferedPageRange();
  const size = BODY_SIZE[spec.size] - 2;
  for (let i = start; i < start + count; i += 1) {
    const page = doc.switchToPage(i);
    const { left, right, bottom } = page.margins;
    // Writing inside the bottom margin would make pdfkit start a new page; lift the margin
    // while the footer is written, then put it back.
    page.margins.bottom = 0;
    const y = page.height - bottom / 2 - size;
    const width = page.width - left - right;
    doc.font(FONT.regular).fontSize(size).fillColor('#555555');
    // One line at most: a long footer is cut with an ellipsis rather than run into the page number.
    doc.text(nfc(spec.footer), left, y, { width: width * 0.75, height: size * 1.2, ellipsis: true });
    doc.text(`Trang ${i - start + 1}/${count}`, left, y, { width, align: 'right', lineBreak: false });
    doc.fillColor('black');
    page.margins.bottom = bottom;
  }
}
