/**
 * Delivering a result, as data: who receives it (the applicant, or a person they authorised),
 * the card shown and checked, the signature, an optional photo; or why it could not be
 * delivered. The card number is checked here as the server checks it, and against the last four
 * characters of the number given at intake when the applicant receives it in person: a card
 * that does not match is not a delivery but a failed attempt ("identity-mismatch").
 */
import { FAILED_DELIVERY_REASONS, type FailedDeliveryReason, type IdentityDocumentKind, checkIdentityDocument } from '../../../domain/postal-item/delivery.js';
import type { RoundState } from './round-order.js';

export type Receiver = 'applicant' | 'authorised';
export type OwnCard = Exclude<IdentityDocumentKind, 'authorisation'>;

export interface DeliveryFormState {
  receiver: Receiver;
  /** The applicant's own card; an authorised person always shows a citizen identity card. */
  cardKind: OwnCard;
  cardNumber: string;
  signature: string | null;
  photo: string | null;
}

export const DELIVERY_FIELDS = ['cardNumber', 'signature', 'photo'] as const;
export type DeliveryField = (typeof DELIVERY_FIELDS)[number];
export type DeliveryErrors = Partial<Record<DeliveryField, string>>;

export interface DeliveredBody {
  identity: { kind: IdentityDocumentKind; number: string };
  signature: string;
  photo?: string;
}

export interface AttemptBody {
  reason: FailedDeliveryReason;
  note?: string;
}

export interface DeliveryCheckTexts {
  cccdFormat: string;
  passportFormat: string;
  cardMismatch: (last4: string) => string;
  signatureRequired: string;
}

export const emptyDelivery = (): DeliveryFormState => ({ receiver: 'applicant', cardKind: 'cccd', cardNumber: '', signature: null, photo: null });

export function identityKindOf(state: Pick<DeliveryFormState, 'receiver' | 'cardKind'>): IdentityDocumentKind {
  return state.receiver === 'authorised' ? 'authorisation' : state.cardKind;
}

export type DeliveryCheck = { ok: true; body: DeliveredBody } | { ok: false; errors: DeliveryErrors };

export function checkDelivery(state: DeliveryFormState, idNumberLast4: string | null, texts: DeliveryCheckTexts): DeliveryCheck {
  const errors: DeliveryErrors = {};
  const number = state.cardNumber.replace(/\s/g, '').toUpperCase();
  const kind = identityKindOf(state);
  const problem = checkIdentityDocument({ kind, number });
  if (problem !== null) errors.cardNumber = problem === 'cccd-format' ? texts.cccdFormat : texts.passportFormat;
  else if (state.receiver === 'applicant' && idNumberLast4 !== null && number.slice(-4) !== idNumberLast4.toUpperCase()) errors.cardNumber = texts.cardMismatch(idNumberLast4);
  if (state.signature === null) errors.signature = texts.signatureRequired;
  if (problem !== null || errors.cardNumber !== undefined || state.signature === null) return { ok: false, errors };
  return { ok: true, body: { identity: { kind, number }, signature: state.signature, ...(state.photo === null ? {} : { photo: state.photo }) } };
}

export function attemptBody(reason: FailedDeliveryReason, note: string): AttemptBody {
  const trimmed = note.trim();
  return trimmed === '' ? { reason } : { reason, note: trimmed.slice(0, 500) };
}

export function isFailedReason(value: string): value is FailedDeliveryReason {
  return (FAILED_DELIVERY_REASONS as readonly string[]).includes(value);
}

/**
 * The writes a delivery or a failed attempt needs from where the item is: a postman takes a
 * result out for delivery first (a scan) unless it is already out with them; at the counter
 * the recipient collects it from the office, with no scan.
 */
export function needsScanOut(state: RoundState, atCounter: boolean): boolean {
  if (atCounter) return false;
  switch (state) {
    case 'out-for-delivery':
      return false;
    case 'result-collected':
    case 'result-at-post-office':
      return true;
    default: {
      const exhaustive: never = state;
      return exhaustive;
    }
  }
}
