/**
 * Reading the procedure rows the catalogue stores: the national record in `details` (parsed
 * from a crawl, so every field is checked before use), and the two facts the public pages
 * derive from it everywhere: whether and on what basis a procedure goes by post, and the
 * processing time and fee of the channel a citizen would use.
 */
import { type SubmissionMethod, processingTimeOf } from '../domain/dossier/legal-time.js';

/** A row of the portal's "Cách thức thực hiện" table, as published. */
export interface PublishedMethod {
  method: string;
  processingTimeText: string | null;
  processingTimeValue: number | null;
  processingTimeUnit: string | null;
  feeText: string | null;
  description: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export function readText(details: Record<string, unknown>, key: string): string | null {
  return text(details[key]);
}

export function readMethods(raw: unknown): PublishedMethod[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((m: unknown): PublishedMethod[] => {
    if (typeof m !== 'object' || m === null) return [];
    const r = m as Record<string, unknown>;
    const method = text(r['method']);
    if (method === null) return [];
    const value = r['processingTimeValue'];
    return [
      {
        method,
        processingTimeText: text(r['processingTimeText']),
        processingTimeValue: typeof value === 'number' && Number.isFinite(value) ? value : null,
        processingTimeUnit: text(r['processingTimeUnit']),
        feeText: text(r['feeText']),
        description: text(r['description']),
      },
    ];
  });
}

export interface ResultDocument {
  name: string;
  code: string | null;
}

export function readResults(raw: unknown): ResultDocument[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r: unknown): ResultDocument[] => {
    if (typeof r !== 'object' || r === null) return [];
    const name = text((r as Record<string, unknown>)['name']);
    return name === null ? [] : [{ name, code: text((r as Record<string, unknown>)['code']) }];
  });
}

/** The method names of the portal, per channel (the same words `processingTimeOf` reads). */
const POSTAL_METHOD = 'dịch vụ bưu chính';
const IN_PERSON_METHOD = 'trực tiếp';
const isMethod = (m: PublishedMethod, name: string): boolean => m.method.normalize('NFC').toLowerCase() === name;

/**
 * The row a citizen sending by post is bound by: the postal one, or the in-person one when the
 * catalogue lists no postal row (as `processingTimeOf` does for the desk's due date).
 */
export function postalMethodOf(methods: readonly PublishedMethod[]): PublishedMethod | undefined {
  return methods.find((m) => isMethod(m, POSTAL_METHOD)) ?? methods.find((m) => isMethod(m, IN_PERSON_METHOD));
}

export interface ProcessingTimeView {
  /** As published ("3 Ngày làm việc", or only "1" where the portal gives no unit). */
  text: string;
  /** How the desk counts it (legal-time.ts): a bare number and "Ngày" are working days; null for hours. */
  workingDays: number | null;
}

/** The processing time of one published row, read by the desk's own rule. */
export function processingTimeView(method: PublishedMethod | undefined): ProcessingTimeView | null {
  if (method === undefined) return null;
  // The unit rule lives in legal-time.ts; it picks a row by channel, so the row is handed to it
  // under the in-person name to read this one row alone, without its fallback to another row.
  const asRow: SubmissionMethod = { method: IN_PERSON_METHOD, processingTimeValue: method.processingTimeValue, processingTimeUnit: method.processingTimeUnit };
  const time = processingTimeOf([asRow], 'in-person');
  const published = method.processingTimeText ?? (method.processingTimeValue === null ? null : String(method.processingTimeValue));
  if (published === null) return null;
  return { text: published, workingDays: time !== null && 'workingDays' in time ? time.workingDays : null };
}

export type PostalBasis = 'national-catalogue' | 'provincial-decision';

export interface PostalStatus {
  offered: boolean;
  /** Null when the procedure is not offered by post. */
  basis: PostalBasis | null;
  decision: string | null;
  /** YYYY-MM-DD; only a provincial decision has a date of effect here. */
  since: string | null;
}

/**
 * R4: the province publishes by decision which procedures go by post. Until its decision is
 * entered (`postal_decision`), a procedure whose national record lists "Dịch vụ bưu chính" is
 * offered on the national catalogue's word, and says so: the decision shown is then the
 * national one that published the procedure, without a date of effect.
 */
export function postalStatus(row: { postalServiceOffered: boolean; postalDecision: string | null; postalSince: string | null; publishingDecision: string | null }): PostalStatus {
  if (row.postalDecision !== null) return { offered: true, basis: 'provincial-decision', decision: row.postalDecision, since: row.postalSince };
  if (row.postalServiceOffered) return { offered: true, basis: 'national-catalogue', decision: row.publishingDecision, since: null };
  return { offered: false, basis: null, decision: null, since: null };
}
