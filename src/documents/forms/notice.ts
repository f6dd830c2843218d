/**
 * The frame of a one-stop notice (forms 02, 03, 04 and the 2025 "processing stopped"): metadata
 * titled with the dossier code, the footer, and the heading with place and date of issue. The
 * renderer draws only what follows the heading.
 */
import { renderFormPdf } from './frame.js';
import { formFooter, formHeading, sentenceCase } from './form-layout.js';
import type { FormPaper, TemplateSet } from './template-types.js';
import type { AgencyLine } from './views.js';
import type { Doc } from '../pdf.js';

export interface NoticeFrame {
  agency: AgencyLine;
  dossierCode: string | null;
  procedureName: string;
  issuedAt: Date;
  placeName: string;
}

export function renderNotice(set: TemplateSet, form: { number: string; title: string; paper: FormPaper }, view: NoticeFrame, draw: (doc: Doc) => void | Promise<void>): Promise<Buffer> {
  return renderFormPdf(
    form.paper,
    {
      title: view.dossierCode === null ? sentenceCase(form.title) : `${sentenceCase(form.title)} ${view.dossierCode}`,
      subject: view.procedureName,
      createdAt: view.issuedAt,
      footer: formFooter(set, form, view.dossierCode),
    },
    (doc) => {
      formHeading(doc, { set, form, agency: view.agency, placeDate: { place: view.placeName, at: view.issuedAt } });
      return draw(doc);
    },
  );
}
