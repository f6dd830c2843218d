/**
 * Form 04, the apology for a late result with the new date ("Phiếu xin lỗi và hẹn lại ngày trả
 * kết quả" in 2018; "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết" in the 2025 set).
 * It must reach the citizen at least a day before the due date, and a due date moves only once:
 * the calling service enforces both; this page states the old date, the reason and the new one.
 */
import { formatDate, formatDateTime } from '../format.js';
import { field } from '../layout.js';
import { fill } from './fill.js';
import { addressee, sentence, signature } from './form-layout.js';
import { renderDossierForm } from './dossier-form.js';
import type { TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { DelayApologyView } from './views.js';

export async function renderDelayApologyForm(set: TemplateSet, view: DelayApologyView): Promise<Buffer> {
  const form = formTemplate(set, 'delay-apology');
  if (view.newDueAt.getTime() <= view.previousDueAt.getTime()) {
    throw new RangeError('The new due date must come after the one it replaces');
  }
  const agency = view.agency.name;
  return renderDossierForm(set, form, view, (doc) => {
    addressee(doc, set, view.applicantName);
    sentence(doc, fill(form.received, { agency, procedure: view.procedureName, receivedAt: formatDate(view.receivedAt) }));
    field(doc, set.common.dossierCode, view.dossierCode);
    field(doc, form.previousDueAt, formatDateTime(view.previousDueAt));
    sentence(doc, fill(form.late, { agency }));
    field(doc, form.reason, view.reason);
    sentence(doc, fill(form.apology, { agency, newDueAt: formatDateTime(view.newDueAt) }));
    sentence(doc, form.thanks);
    signature(doc, view.signerTitle, form.signatureNote, view.signerName);
  });
}
