/** The page frame of a one-stop form: the shared frame (`renderPdf`) on the template's paper. */
import { type Doc, type DocumentSpec, renderPdf } from '../pdf.js';
import type { FormPaper } from './template-types.js';

export type FormDocumentSpec = Omit<DocumentSpec, 'size'>;

type Draw = (doc: Doc) => void | Promise<void>;

export function renderFormPdf(paper: FormPaper, spec: FormDocumentSpec, draw: Draw): Promise<Buffer> {
  return renderPdf({ ...spec, size: paper }, draw);
}
