/**
 * The frame of a form about one dossier (01–05 and the 2025 "processing stopped"): metadata
 * titled with the dossier code and dated at the act, the footer, and the heading with place and
 * date when the form has them. The renderer draws only what follows the heading.
 */
import { renderFormPdf } from './frame.js';
import { formFooter, formHeading, sentenceCase } from './form-layout.js';
import type { FormPaper, TemplateSet } from './template-types.js';
import type { AgencyLine } from './views.js';
import type { Doc } from '../pdf.js';

export interface DossierFormFrame {
  agency: AgencyLine;
  dossierCode: string | null;
  procedureName: string;
  /** When the act happened: the receipt for form 01 and the control slip, the issue otherwise. */
  issuedAt: Date;
  /** The place line under the motto; null on forms without one (the control slip). */
  placeName: string | null;
}

export function renderDossierForm(set: TemplateSet, form: { number: string; title: string; paper: FormPaper }, view: DossierFormFrame, draw: (doc: Doc) => void | Promise<void>): Promise<Buffer> {
  return renderFormPdf(
    form.paper,
    {
      title: view.dossierCode === null ? sentenceCase(form.title) : `${sentenceCase(form.title)} ${view.dossierCode}`,
      subject: view.procedureName,
      createdAt: view.issuedAt,
      footer: formFooter(set, form, view.dossierCode),
    },
    (doc) => {
      formHeading(doc, { set, form, agency: view.agency, placeDate: view.placeName === null ? null : { place: view.placeName, at: view.issuedAt } });
      return draw(doc);
    },
  );
}
