/**
 * Form 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ": the desk will not take the dossier (not
 * within its competence, not a procedure it handles, …) and must say why in writing.
 */
import { bulletList, field } from '../layout.js';
import { fill } from './fill.js';
import { sentence, signature } from './form-layout.js';
import { renderDossierForm } from './dossier-form.js';
import type { TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { RefusalView } from './views.js';

export async function renderRefusalForm(set: TemplateSet, view: RefusalView): Promise<Buffer> {
  const form = formTemplate(set, 'refusal');
  if (view.reasons.length === 0) {
    // The decree requires the reason to be stated: a refusal without one is not printed.
    throw new RangeError('A refusal needs at least one reason');
  }
  return renderDossierForm(set, form, view, (doc) => {
    const agency = view.agency.name;
    if (view.dossierCode !== null) field(doc, set.common.dossierCode, view.dossierCode);
    field(doc, fill(form.receivedFrom, { agency }), view.applicantName);
    field(doc, form.procedure, view.procedureName);
    sentence(doc, fill(form.reasonsIntro, { agency }));
    bulletList(doc, view.reasons);
    sentence(doc, form.closing);
    signature(doc, form.officerSignature.role, form.officerSignature.note, view.officerName);
  });
}
