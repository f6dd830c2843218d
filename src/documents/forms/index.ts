/**
 * The statutory one-stop forms (Circular 01/2018/TT-VPCP; the 2025 set of Circular
 * 03/2025/TT-VPCP, unconfirmed) as versioned template sets and their PDF renderers. Pick the set
 * with `templateSetOn(day of the act)`, then render: `renderReceiptForm(set, view)`.
 */
export { TEMPLATE_SETS, templateSetOn, formTemplate, FormTemplateError } from './templates.js';
export { CIRCULAR_01_2018 } from './circular-01-2018.js';
export { CIRCULAR_03_2025 } from './circular-03-2025.js';
export { FORM_KINDS } from './template-types.js';
export type {
  FormKind,
  FormPaper,
  FormTemplates,
  TemplateSet,
  CommonLabels,
  SignatureLabels,
  ColumnLabel,
  ReceiptTemplate,
  SupplementRequestTemplate,
  RefusalTemplate,
  DelayApologyTemplate,
  ControlSlipTemplate,
  ControlSlipField,
  TrackingBookTemplate,
  TrackingBookField,
  ProcessingStoppedTemplate,
} from './template-types.js';
export type {
  AgencyLine,
  ReceiptView,
  SupplementRequestView,
  RefusalView,
  DelayApologyView,
  ControlSlipView,
  TrackingBookView,
  TrackingBookRow,
  ProcessingStoppedView,
  ReceivedDocumentKind,
  ResultMethod,
  FilingChannel,
  StepResult,
} from './views.js';
export { renderReceiptForm } from './render-receipt.js';
export { renderSupplementRequestForm } from './render-supplement-request.js';
export { renderRefusalForm } from './render-refusal.js';
export { renderDelayApologyForm } from './render-delay-apology.js';
export { renderControlSlipForm } from './render-control-slip.js';
export { renderTrackingBookForm } from './render-tracking-book.js';
export { renderProcessingStoppedForm } from './render-processing-stopped.js';
