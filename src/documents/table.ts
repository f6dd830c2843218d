/**
 * A ruled table whose cells wrap. Rows are never split across pages: a row that does not fit
 * moves to the next page, and the header is drawn again on top of it, so every printed sheet of
 * a 60-item manifest can be read on its own.
 */
import { FONT } from './fonts.js';
import { bottom, contentWidth, left } from './layout.js';
import { type Doc, bodySize, nfc } from './pdf.js';

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the text width in proportion to these. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: readonly string[];
  /** Totals and other summary rows are set in bold. */
  bold?: boolean;
}

const PADDING = 3;
const HEADER_FILL = '#e8e8e8';

interface Layout {
  x: number;
  widths: number[];
  size: number;
}

/** Draws the table from `doc.y` and leaves `doc.y` under it. */
export function drawTable(doc: Doc, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const layout: Layout = {
    x: left(doc),
    widths: columns.map((column) => (contentWidth(doc) * column.weight) / totalWeight),
    size: bodySize(doc) - 0.5,
  };
  const header: TableRow = { cells: columns.map((column) => column.header), bold: true };
  const headerHeight = rowHeight(doc, layout, header);

  // Keep the header with at least the first row.
  const first = rows[0];
  const firstHeight = first === undefined ? 0 : rowHeight(doc, layout, first);
  if (doc.y + headerHeight + firstHeight > bottom(doc)) doc.addPage();
  drawRow(doc, layout, columns, header, headerHeight, true);

  for (const row of rows) {
    // A row taller than a whole page is clipped to one page rather than looping for ever.
    const room = bottom(doc) - doc.page.margins.top - headerHeight;
    const height = Math.min(rowHeight(doc, layout, row), room);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      drawRow(doc, layout, columns, header, headerHeight, true);
    }
    drawRow(doc, layout, columns, row, height, false);
  }
  doc.font(FONT.regular).fontSize(bodySize(doc));
  doc.x = layout.x;
  doc.y += 4;
}

function rowHeight(doc: Doc, layout: Layout, row: TableRow): number {
  doc.font(row.bold === true ? FONT.bold : FONT.regular).fontSize(layout.size);
  const heights = row.cells.map((cell, index) =>
    doc.heightOfString(nfc(cell), { width: (layout.widths[index] ?? 0) - 2 * PADDING }),
  );
  return Math.max(layout.size, ...heights) + 2 * PADDING;
}

function drawRow(doc: Doc, layout: Layout, columns: readonly TableColumn[], row: TableRow, height: number, isHeader: boolean): void {
  const top = doc.y;
  let x = layout.x;
  doc.font(row.bold === true ? FONT.bold : FONT.regular).fontSize(layout.size).lineWidth(0.5);
  columns.forEach((column, index) => {
    const width = layout.widths[index] ?? 0;
    if (isHeader) doc.rect(x, top, width, height).fillAndStroke(HEADER_FILL, 'black').fillColor('black');
    else doc.rect(x, top, width, height).stroke();
    doc.text(nfc(row.cells[index] ?? ''), x + PADDING, top + PADDING, {
      width: width - 2 * PADDING,
      height: height - 2 * PADDING + 1,
      ellipsis: true,
      align: isHeader ? 'center' : (column.align ?? 'left'),
    });
    x += width;
  });
  doc.x = layout.x;
  doc.y = top + height;
}
