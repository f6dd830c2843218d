/**
 * Delivering a result (Decision 45/2016/QĐ-TTg Art. 8, Circular 17/2017/TT-BTTTT): the
 * recipient proves who they are (citizen identity card, passport, or an authorisation with the
 * authorised person's card) and signs. When nobody can receive it, the postman invites the
 * recipient at least twice, two working days apart; only then may the result go back to the
 * agency. These are the numbers; the calendar that counts working days is passed in.
 */
import type { PlainDate } from '../time/plain-date.js';

export const FAILED_DELIVERY_REASONS = ['nobody-home', 'refused', 'wrong-address', 'no-identity-document', 'identity-mismatch', 'other'] as const;
export type FailedDeliveryReason = (typeof FAILED_DELIVERY_REASONS)[number];

export const FAILED_DELIVERY_REASON_INFO = {
  'nobody-home': { vi: 'Không có người nhận tại địa chỉ', en: 'Nobody at the address' },
  refused: { vi: 'Người nhận từ chối nhận', en: 'The recipient refused the item' },
  'wrong-address': { vi: 'Sai địa chỉ, không tìm thấy người nhận', en: 'Wrong address, recipient not found' },
  'no-identity-document': { vi: 'Người nhận không xuất trình được giấy tờ tùy thân', en: 'The recipient had no identity document' },
  'identity-mismatch': { vi: 'Giấy tờ tùy thân không khớp với người nhận', en: 'The identity document does not match the recipient' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
} as const satisfies Record<FailedDeliveryReason, { vi: string; en: string }>;

/** At least two invitations before a return (Decision 45/2016 Art. 8(3)). */
export const MIN_DELIVERY_INVITATIONS = 2;
/** Invitations are two working days apart. */
export const INVITATION_GAP_WORKING_DAYS = 2;

export const IDENTITY_DOCUMENT_KINDS = ['cccd', 'passport', 'authorisation'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

export const IDENTITY_DOCUMENT_INFO = {
  cccd: { vi: 'Căn cước / Căn cước công dân', en: 'Citizen identity card' },
  passport: { vi: 'Hộ chiếu', en: 'Passport' },
  authorisation: { vi: 'Giấy ủy quyền (kèm giấy tờ tùy thân của người được ủy quyền)', en: 'Authorisation (with the authorised person’s identity card)' },
} as const satisfies Record<IdentityDocumentKind, { vi: string; en: string }>;

export interface IdentityCheck {
  kind: IdentityDocumentKind;
  /** The number of the card shown: the recipient's, or the authorised person's. */
  number: string;
}

export type IdentityProblem = 'cccd-format' | 'passport-format';

/** 12 digits for the citizen identity card; a Vietnamese passport is one letter and 7 digits (foreign ones vary: 6 to 9 letters or digits). */
export function checkIdentityDocument(check: IdentityCheck): IdentityProblem | null {
  const number = check.number.trim().toUpperCase();
  switch (check.kind) {
    case 'cccd':
    case 'authorisation':
      return /^\d{12}$/u.test(number) ? null : 'cccd-format';
    case 'passport':
      return /^[A-Z0-9]{6,9}$/u.test(number) ? null : 'passport-format';
  }
}

/** Who received the result, as the event catalogue says it. */
export function receivedBy(check: IdentityCheck): 'applicant' | 'authorised-person' {
  return check.kind === 'authorisation' ? 'authorised-person' : 'applicant';
}

/** Keeps the last four characters: enough to recognise a card, not enough to misuse it. */
export function maskIdentityNumber(number: string): string {
  const n = number.trim();
  return n.length <= 4 ? '••••' : `${'•'.repeat(n.length - 4)}${n.slice(-4)}`;
}

export type ReturnDecision = { allowed: true } | { allowed: false; reason: 'too-few-invitations' | 'too-soon'; earliest: PlainDate | null };

/**
 * Whether a result may go back to the agency: after at least two failed invitations, and not
 * before the second one's own two-working-day wait has passed.
 */
export function mayReturnToAgency(failedAttempts: readonly { on: PlainDate }[], today: PlainDate, nextInvitationOn: PlainDate | null): ReturnDecision {
  if (failedAttempts.length < MIN_DELIVERY_INVITATIONS) return { allowed: false, reason: 'too-few-invitations', earliest: null };
  if (nextInvitationOn !== null && today < nextInvitationOn) return { allowed: false, reason: 'too-soon', earliest: nextInvitationOn };
  return { allowed: true };
}
