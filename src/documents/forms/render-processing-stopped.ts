/**
 * The notice that the processing of a dossier has stopped (form 05 of the 2025 set; the 2018 set
 * has no such form and `formTemplate` refuses it). It names the dossier and the reason.
 */
import { field } from '../layout.js';
import { fill } from './fill.js';
import { addressee, sentence, signature } from './form-layout.js';
import { renderDossierForm } from './dossier-form.js';
import type { TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { ProcessingStoppedView } from './views.js';

export async function renderProcessingStoppedForm(set: TemplateSet, view: ProcessingStoppedView): Promise<Buffer> {
  const form = formTemplate(set, 'processing-stopped');
  const agency = view.agency.name;
  return renderDossierForm(set, form, view, (doc) => {
    addressee(doc, set, view.applicantName);
    sentence(doc, fill(form.received, { agency, procedure: view.procedureName }));
    field(doc, set.common.dossierCode, view.dossierCode);
    sentence(doc, fill(form.stopped, { agency }));
    field(doc, form.reason, view.reason);
    sentence(doc, form.closing);
    signature(doc, view.signerTitle, form.signatureNote, view.signerName);
  });
}
