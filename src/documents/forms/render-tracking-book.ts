/**
 * The tracking book ("Sổ theo dõi hồ sơ"; 06 in 2018, 07 in 2025): one line per dossier received
 * in a period, from receipt to return. It runs over many pages, each headed by the column names,
 * and a row is never split, so every sheet can be read and filed on its own.
 *
 * The book records days ("ngày, tháng, năm"), not times: a dossier's times are on its receipt
 * and control slip. Days also keep the five date columns narrow enough for thirteen columns.
 */
import { formatDate } from '../format.js';
import { paragraph } from '../layout.js';
import { drawTable } from '../table.js';
import { fill } from './fill.js';
import { formFooter, formHeading, sentenceCase } from './form-layout.js';
import { renderFormPdf } from './frame.js';
import type { TrackingBookField, TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { TrackingBookRow, TrackingBookView } from './views.js';

/**
 * Layout only. Weights are points on A4 landscape with 10 mm margins (786 pt in all): the dossier
 * code ("000.01.21.H19-260213-0007") and a date must each fit on one line of the table's type, so
 * that a code can be found by searching the PDF; names and addresses wrap.
 */
const COLUMN_LAYOUT: Record<TrackingBookField, { weight: number; align: 'left' | 'center' }> = {
  index: { weight: 24, align: 'center' },
  dossierCode: { weight: 128, align: 'left' },
  procedureName: { weight: 82, align: 'left' },
  sets: { weight: 36, align: 'center' },
  applicantName: { weight: 60, align: 'left' },
  applicantContact: { weight: 76, align: 'left' },
  processingUnit: { weight: 56.5, align: 'left' },
  receivedAt: { weight: 57.5, align: 'center' },
  dueAt: { weight: 57.5, align: 'center' },
  forwardedAt: { weight: 57.5, align: 'center' },
  resultAt: { weight: 57.5, align: 'center' },
  returnedAt: { weight: 57.5, align: 'center' },
  note: { weight: 36, align: 'left' },
};

const day = (instant: Date | null): string => (instant === null ? '' : formatDate(instant));

function cell(field: TrackingBookField, row: TrackingBookRow, index: number): string {
  switch (field) {
    case 'index':
      return String(index + 1);
    case 'dossierCode':
      return row.dossierCode;
    case 'procedureName':
      return row.procedureName;
    case 'sets':
      return String(row.sets);
    case 'applicantName':
      return row.applicantName;
    case 'applicantContact':
      return row.applicantContact;
    case 'processingUnit':
      return row.processingUnit;
    case 'receivedAt':
      return day(row.receivedAt);
    case 'dueAt':
      return day(row.dueAt);
    case 'forwardedAt':
      return day(row.forwardedAt);
    case 'resultAt':
      return day(row.resultAt);
    case 'returnedAt':
      return day(row.returnedAt);
    case 'note':
      return row.note ?? '';
    default: {
      const unknown: never = field;
      throw new Error(`Unknown tracking book column: ${String(unknown)}`);
    }
  }
}

export async function renderTrackingBookForm(set: TemplateSet, view: TrackingBookView): Promise<Buffer> {
  const form = formTemplate(set, 'tracking-book');
  const period = fill(form.period, { from: formatDate(view.period.from), to: formatDate(view.period.to) });
  return renderFormPdf(
    form.paper,
    {
      title: `${sentenceCase(form.title)} ${period.toLocaleLowerCase('vi')}`,
      subject: view.agency.name,
      createdAt: view.period.to,
      footer: `${formFooter(set, form, null)} · ${view.agency.name} · ${period}`,
    },
    (doc) => {
      formHeading(doc, { set, form, agency: view.agency, placeDate: null });
      paragraph(doc, period, { align: 'center' });
      drawTable(
        doc,
        form.columns.map((column) => ({ header: column.header, ...COLUMN_LAYOUT[column.field] })),
        view.rows.map((row, index) => ({ cells: form.columns.map((column) => cell(column.field, row, index)) })),
      );
    },
  );
}
