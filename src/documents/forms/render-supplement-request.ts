/**
 * Form 02, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": the desk took the dossier in but it is
 * incomplete. The decree wants every missing item asked for at once (and the processing clock
 * restarts when the dossier is complete), so the form lists them all with the reason for each.
 */
import { formatDateTime } from '../format.js';
import { field, paragraph } from '../layout.js';
import { drawTable } from '../table.js';
import { fill } from './fill.js';
import { sentence, signature } from './form-layout.js';
import { renderDossierForm } from './dossier-form.js';
import type { TemplateSet } from './template-types.js';
import { formTemplate } from './templates.js';
import type { SupplementRequestView } from './views.js';

export async function renderSupplementRequestForm(set: TemplateSet, view: SupplementRequestView): Promise<Buffer> {
  const form = formTemplate(set, 'supplement-request');
  if (view.items.length === 0) {
    // A request to supplement nothing is a caller bug: the dossier was complete.
    throw new RangeError('A supplement request needs at least one item');
  }
  return renderDossierForm(set, form, view, (doc) => {
    field(doc, set.common.dossierCode, view.dossierCode);
    field(doc, fill(form.receivedFrom, { agency: view.agency.name }), view.applicantName);
    field(doc, form.procedure, view.procedureName);
    field(doc, form.receivedAt, formatDateTime(view.receivedAt));

    paragraph(doc, form.itemsHeading);
    drawTable(
      doc,
      [
        { header: form.itemColumns.index, weight: 7, align: 'center' },
        { header: form.itemColumns.name, weight: 53 },
        { header: form.itemColumns.reason, weight: 40 },
      ],
      view.items.map((item, index) => ({ cells: [String(index + 1), item.name, item.reason] })),
    );
    sentence(doc, fill(form.contact, { contact: view.contact }));
    signature(doc, form.officerSignature.role, form.officerSignature.note, view.officerName);
  });
}
