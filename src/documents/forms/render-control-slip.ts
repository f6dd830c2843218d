/**
 * The processing control slip ("Phiếu kiểm soát quá trình giải quyết hồ sơ"; 05 in 2018, 06 in
 * 2025): it travels with the dossier and records each hand-over between units with its time and
 * whether that unit finished early, on time or late, so a late result can be traced to a desk.
 */
import { formatDateTime } from '../format.js';
import { field } from '../layout.js';
import { drawTable } from '../table.js';
import { fill } from './fill.js';
import { smallNotes } from './form-layout.js';
import { renderDossierForm } from './dossier-form.js';
import type { ControlSlipField, ControlSlipTemplate, TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { ControlSlipView } from './views.js';

type Step = ControlSlipView['steps'][number];

/** Layout only: how wide each kind of column is and how its text sits. */
const COLUMN_LAYOUT: Record<ControlSlipField, { weight: number; align: 'left' | 'center' }> = {
  handover: { weight: 38, align: 'left' },
  handedAt: { weight: 22, align: 'center' },
  result: { weight: 22, align: 'center' },
  note: { weight: 18, align: 'left' },
};

function cell(form: ControlSlipTemplate, field: ControlSlipField, step: Step): string {
  switch (field) {
    case 'handover':
      return fill(form.handover, { from: step.from, to: step.to });
    case 'handedAt':
      return formatDateTime(step.handedAt);
    case 'result':
      return step.result === null ? '' : form.results[step.result];
    case 'note':
      return step.note ?? '';
    default: {
      const unknown: never = field;
      throw new Error(`Unknown control slip column: ${String(unknown)}`);
    }
  }
}

export async function renderControlSlipForm(set: TemplateSet, view: ControlSlipView): Promise<Buffer> {
  const form = formTemplate(set, 'control-slip');
  return renderDossierForm(set, form, { ...view, issuedAt: view.receivedAt, placeName: null }, (doc) => {
    field(doc, set.common.dossierCode, view.dossierCode);
    field(doc, form.applicant, view.applicantName);
    field(doc, form.procedure, view.procedureName);
    field(doc, form.receivedAt, formatDateTime(view.receivedAt));
    field(doc, form.dueAt, formatDateTime(view.dueAt));
    drawTable(
      doc,
      form.columns.map((column) => ({ header: column.header, ...COLUMN_LAYOUT[column.field] })),
      view.steps.map((step) => ({ cells: form.columns.map((column) => cell(form, column.field, step)) })),
    );
    smallNotes(doc, [form.notesHeading, ...form.notes]);
  });
}
