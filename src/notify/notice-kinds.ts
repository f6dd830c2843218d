/**
 * What a citizen is told about, and when: the status changes that matter to them (issue 7), the
 * confirmation of a pickup request, and the one-time code that verifies a phone.
 */

export const NOTICE_KINDS = [
  'pickup-requested',
  'dossier-registered',
  'supplement-requested',
  'result-ready',
  'out-for-delivery',
  'delivered',
  'returned-to-agency',
  'phone-otp',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_CHANNELS = ['email', 'sms'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * `sending` is held only while a send is under way (a worker that dies leaves it, and the next
 * delivery takes it over after NOTICE_SEND_LEASE_MS); `logged` means no provider is configured
 * and the notice went to the server log instead (development and demonstrations).
 */
export const NOTICE_STATUSES = ['pending', 'sending', 'sent', 'logged', 'failed', 'skipped-no-contact'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** States after which a notice is never sent again. */
export const FINAL_NOTICE_STATUSES: readonly NoticeStatus[] = ['sent', 'logged', 'skipped-no-contact'];

/** The events the notify module subscribes to (through `inproc://notify`). */
export const NOTIFY_SUBSCRIBED_EVENTS = [
  'pickup.requested',
  'dossier.registered',
  'dossier.supplement-requested',
  'result.ready',
  'item.custody-changed',
  'delivery.delivered',
  'result.returned-to-agency',
];

/**
 * The notice an event calls for. A custody change matters only when it puts the result in the
 * hands of the postman who delivers it: `stateReached` is the custody state that transfer led to.
 */
export function noticeKindOf(type: string, stateReached: string | null): NoticeKind | null {
  switch (type) {
    case 'pickup.requested':
      return 'pickup-requested';
    case 'dossier.registered':
      return 'dossier-registered';
    case 'dossier.supplement-requested':
      return 'supplement-requested';
    case 'result.ready':
      return 'result-ready';
    case 'item.custody-changed':
      return stateReached === 'out-for-delivery' ? 'out-for-delivery' : null;
    case 'delivery.delivered':
      return 'delivered';
    case 'result.returned-to-agency':
      return 'returned-to-agency';
    default:
      return null;
  }
}
