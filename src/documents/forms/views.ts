/**
 * What the calling service hands to a one-stop form renderer: plain facts about one dossier (or,
 * for the tracking book, one period), already read and checked. Instants are UTC `Date`s; the
 * renderers print them in Vietnam time. No view carries wording: that belongs to the template
 * set of the circular in force (see `templates.ts`).
 */

/** The issuing body, printed top left: the body it belongs to over its own name. */
export interface AgencyLine {
  /** e.g. "UBND phường Trấn Biên". */
  parentName: string;
  /** e.g. "Trung tâm Phục vụ hành chính công phường Trấn Biên"; also used inside sentences. */
  name: string;
}

export type ReceivedDocumentKind = 'original' | 'copy' | 'certified-copy';
export type ResultMethod = 'in-person' | 'post';
export type FilingChannel = 'in-person' | 'online' | 'postal';

export interface ReceiptView {
  agency: AgencyLine;
  dossierCode: string;
  receivedAt: Date;
  officerName: string;
  applicant: { name: string; address: string; phone: string; email: string | null };
  procedureName: string;
  documents: { name: string; kind: ReceivedDocumentKind; quantity: number }[];
  /** Number of sets (bộ) of the dossier handed in. */
  sets: number;
  dueAt: Date;
  resultMethod: ResultMethod;
  channel: FilingChannel;
  trackingUrl: string;
  /** The place written before the date: "Biên Hòa" for "Biên Hòa, ngày … tháng … năm …". */
  placeName: string;
}

export interface SupplementRequestView {
  agency: AgencyLine;
  dossierCode: string;
  issuedAt: Date;
  receivedAt: Date;
  officerName: string;
  applicantName: string;
  procedureName: string;
  /** Everything missing, at once: the decree allows one request, not a trickle. */
  items: { name: string; reason: string }[];
  /** Who to call, e.g. "công chức Trần Văn Đức, số điện thoại 0251 3822 123". */
  contact: string;
  placeName: string;
}

export interface RefusalView {
  agency: AgencyLine;
  /** A refused dossier may never have been given a code. */
  dossierCode: string | null;
  issuedAt: Date;
  officerName: string;
  applicantName: string;
  procedureName: string;
  reasons: string[];
  placeName: string;
}

export interface DelayApologyView {
  agency: AgencyLine;
  dossierCode: string;
  issuedAt: Date;
  applicantName: string;
  procedureName: string;
  receivedAt: Date;
  previousDueAt: Date;
  newDueAt: Date;
  reason: string;
  /** Printed as the signing role, e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC". */
  signerTitle: string;
  signerName: string;
  placeName: string;
}

export type StepResult = 'early' | 'on-time' | 'late';

export interface ControlSlipView {
  agency: AgencyLine;
  dossierCode: string;
  receivedAt: Date;
  dueAt: Date;
  applicantName: string;
  procedureName: string;
  /** Each hand-over of the dossier between units, in order. */
  steps: { from: string; to: string; handedAt: Date; result: StepResult | null; note: string | null }[];
}

export interface TrackingBookRow {
  dossierCode: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  /** Address and telephone, as one cell. */
  applicantContact: string;
  processingUnit: string;
  receivedAt: Date;
  dueAt: Date;
  forwardedAt: Date | null;
  resultAt: Date | null;
  returnedAt: Date | null;
  note: string | null;
}

export interface TrackingBookView {
  agency: AgencyLine;
  period: { from: Date; to: Date };
  rows: TrackingBookRow[];
}

export interface ProcessingStoppedView {
  agency: AgencyLine;
  dossierCode: string;
  issuedAt: Date;
  applicantName: string;
  procedureName: string;
  reason: string;
  signerTitle: string;
  signerName: string;
  placeName: string;
}
