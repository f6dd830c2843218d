/**
 * The shape of a set of one-stop forms as a circular defines them: which forms exist, their
 * numbers, titles, paper, and every fixed word printed on them. A new circular is a new value of
 * `TemplateSet`, not new code; the renderers only lay the words out.
 *
 * Sentences that embed facts use `{name}` placeholders, filled by `fill.ts`; each field says which
 * placeholders it may use. A placeholder with no value is an error, never a blank on paper.
 */
import type { FilingChannel, ReceivedDocumentKind, ResultMethod, StepResult, TrackingBookRow } from './views.js';

/** Every kind of form any set may define, in the order of the 2025 numbering. */
export const FORM_KINDS = [
  'receipt',
  'supplement-request',
  'refusal',
  'delay-apology',
  'processing-stopped',
  'control-slip',
  'tracking-book',
] as const;

export type FormKind = (typeof FORM_KINDS)[number];

/** A5 for the slips; the tracking book is a wide register (printed A4 landscape). */
export type FormPaper = 'A5' | 'A4-landscape';

/** The role over a signature ("NGƯỜI TIẾP NHẬN HỒ SƠ") and the instruction under it. */
export interface SignatureLabels {
  role: string;
  note: string;
}

/** A column of a tabular form: which fact goes in it and its printed header. */
export interface ColumnLabel<Field extends string> {
  field: Field;
  header: string;
}

interface FormBase {
  /** "01": printed after the set's `numberLabel` in the top corner. */
  number: string;
  title: string;
  paper: FormPaper;
}

/**
 * Form 01: the receipt and appointment slip. Placeholders: `{agency}` in `receivedFrom` and
 * `resultMethods`, `{sets}` in `setsValue`, `{url}` in `tracking`.
 */
export interface ReceiptTemplate extends FormBase {
  receivedFrom: string;
  address: string;
  phone: string;
  email: string;
  procedure: string;
  channel: string;
  channels: Record<FilingChannel, string>;
  documentsHeading: string;
  documentColumns: { index: string; name: string; kind: string; quantity: string };
  documentKinds: Record<ReceivedDocumentKind, string>;
  sets: string;
  setsValue: string;
  receivedAt: string;
  dueAt: string;
  resultMethod: string;
  resultMethods: Record<ResultMethod, string>;
  tracking: string;
  notes: readonly string[];
  applicantSignature: SignatureLabels;
  officerSignature: SignatureLabels;
}

/** Form 02. Placeholders: `{agency}` in `receivedFrom`, `{contact}` in `contact`. */
export interface SupplementRequestTemplate extends FormBase {
  receivedFrom: string;
  procedure: string;
  receivedAt: string;
  itemsHeading: string;
  itemColumns: { index: string; name: string; reason: string };
  contact: string;
  officerSignature: SignatureLabels;
}

/** Form 03. Placeholders: `{agency}` in `receivedFrom` and `reasonsIntro`. */
export interface RefusalTemplate extends FormBase {
  receivedFrom: string;
  procedure: string;
  reasonsIntro: string;
  closing: string;
  officerSignature: SignatureLabels;
}

/**
 * Form 04. Placeholders: `{agency}`, `{procedure}`, `{receivedAt}` in `received`; `{agency}` in
 * `late`; `{agency}`, `{newDueAt}` in `apology`.
 */
export interface DelayApologyTemplate extends FormBase {
  received: string;
  previousDueAt: string;
  late: string;
  reason: string;
  apology: string;
  thanks: string;
  /** Under the signer's title, which comes from the view. */
  signatureNote: string;
}

/** The notice that processing of a dossier has stopped. Placeholders: `{agency}`, `{procedure}`. */
export interface ProcessingStoppedTemplate extends FormBase {
  received: string;
  stopped: string;
  reason: string;
  closing: string;
  signatureNote: string;
}

export type ControlSlipField = 'handover' | 'handedAt' | 'result' | 'note';

/** The processing control slip. Placeholders: `{from}`, `{to}` in `handover`. */
export interface ControlSlipTemplate extends FormBase {
  applicant: string;
  procedure: string;
  receivedAt: string;
  dueAt: string;
  columns: readonly ColumnLabel<ControlSlipField>[];
  handover: string;
  results: Record<StepResult, string>;
  notesHeading: string;
  notes: readonly string[];
}

export type TrackingBookField = 'index' | keyof TrackingBookRow;

/** The tracking book. Placeholders: `{from}`, `{to}` in `period`. */
export interface TrackingBookTemplate extends FormBase {
  period: string;
  columns: readonly ColumnLabel<TrackingBookField>[];
}

export interface FormTemplates {
  receipt: ReceiptTemplate;
  'supplement-request': SupplementRequestTemplate;
  refusal: RefusalTemplate;
  'delay-apology': DelayApologyTemplate;
  'control-slip': ControlSlipTemplate;
  'tracking-book': TrackingBookTemplate;
  'processing-stopped': ProcessingStoppedTemplate;
}

/** Words every form of a set shares. Placeholders: `{place}`, `{date}` in `placeDate`; `{applicant}` in `addressee`. */
export interface CommonLabels {
  /** "Mẫu số": the corner reads "Mẫu số 01". */
  numberLabel: string;
  placeDate: string;
  addressee: string;
  dossierCode: string;
}

export interface TemplateSet {
  id: string;
  /** The instrument that prescribes the forms, cited in full. */
  legalBasis: string;
  /** How footers cite it, e.g. "Thông tư 01/2018/TT-VPCP". */
  shortName: string;
  /** First day in force, a calendar date in Vietnam (`YYYY-MM-DD`), inclusive. */
  validFrom: string;
  /** Last day in force, inclusive; null while the set is current. */
  validTo: string | null;
  /**
   * True when the set itself (which forms, their numbers and titles, the dates in force) could not
   * be checked against the official text. How far the wording was checked is in `provenance`.
   */
  unconfirmed: boolean;
  /** What was checked, against what, and what was not. */
  provenance: string;
  common: CommonLabels;
  /** A set need not define every kind: `formTemplate` refuses the ones it lacks. */
  forms: { readonly [K in FormKind]?: FormTemplates[K] };
}
