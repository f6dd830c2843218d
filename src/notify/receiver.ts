/**
 * The notify module's receiver of events, behind its in-process subscription
 * (`inproc://notify`): the relay claims, signs, retries and dead-letters these deliveries like
 * any subscriber's. Per event it writes one notice row per channel (unique on event and
 * channel), then sends what is not sent yet. A redelivered event finds its rows settled and
 * sends nothing; a failed send leaves its row `failed` and throws, so the relay tries again
 * with backoff and, after its last attempt, dead-letters the event for an administrator.
 */
import { type NoticeChannel, type NoticeKind, noticeKindOf } from './notice-kinds.js';
import { claimNotice, failNotice, isFinal, noticesOfEvent, type NewNotice, type NoticeRow, settleNotice, skipNotice, statusOf } from './notice-store.js';
import { maskEmail, maskPhone } from './contacts.js';
import type { NoticeContact, NotifyDeps } from './deps.js';
import { type NoticeContent, type RenderedNotice, renderNotice, trackingLink } from './templates.js';
import type { EventData, EventEnvelopeBody } from '../exchange/event-catalogue.js';

type EventNoticeKind = Exclude<NoticeKind, 'phone-otp'>;

/**
 * The facts of the notice. Event data was checked against the catalogue when the event was
 * recorded, so its shape is the catalogue's for its type.
 */
function contentOf(kind: EventNoticeKind, event: EventEnvelopeBody, reference: string): NoticeContent {
  switch (kind) {
    case 'pickup-requested': {
      const data = event.data as EventData<'pickup.requested'>;
      return { kind, reference, window: data.window };
    }
    case 'dossier-registered': {
      const data = event.data as EventData<'dossier.registered'>;
      return { kind, reference, agency: data.agency.name, dueAt: data.dueAt };
    }
    case 'supplement-requested':
      return { kind, reference, items: (event.data as EventData<'dossier.supplement-requested'>).items };
    case 'result-ready':
      return { kind, reference, byPost: (event.data as EventData<'result.ready'>).resultMethod === 'post' };
    case 'out-for-delivery':
    case 'delivered':
    case 'returned-to-agency':
      return { kind, reference };
  }
}

export function createNoticeReceiver(deps: NotifyDeps) {
  const { db, records, channels } = deps;

  async function kindOf(event: EventEnvelopeBody): Promise<EventNoticeKind | null> {
    let reached: string | null = null;
    if (event.type === 'item.custody-changed' && event.itemNumber !== null) {
      const data = event.data as EventData<'item.custody-changed'>;
      if (data.to.kind === 'postman') reached = await records.stateReachedByPostman(event.itemNumber, { at: new Date(event.occurredAt), postmanRef: data.to.ref, place: data.place });
    }
    const kind = noticeKindOf(event.type, reached);
    return kind === 'phone-otp' ? null : kind;
  }

  async function contactOf(kind: EventNoticeKind, event: EventEnvelopeBody): Promise<NoticeContact | null> {
    switch (kind) {
      case 'pickup-requested':
        return records.pickup((event.data as EventData<'pickup.requested'>).pickupId);
      case 'dossier-registered':
      case 'supplement-requested':
      case 'result-ready':
        return records.dossier(event.dossierCode, event.itemNumber);
      case 'out-for-delivery':
      case 'delivered':
      case 'returned-to-agency':
        return event.itemNumber === null ? records.dossier(event.dossierCode, null) : records.item(event.itemNumber, event.dossierCode);
    }
  }

  function rowsFor(event: EventEnvelopeBody, kind: EventNoticeKind, contact: NoticeContact | null): NewNotice[] {
    const now = deps.now();
    const recipients: Record<NoticeChannel, string | null> = {
      email: contact?.email === null || contact?.email === undefined ? null : maskEmail(contact.email),
      sms: contact?.phone === null || contact?.phone === undefined ? null : maskPhone(contact.phone),
    };
    return (['email', 'sms'] as const).map((channel) => ({
      eventId: event.id,
      kind,
      channel,
      language: contact?.language ?? 'vi',
      reference: contact?.reference ?? event.dossierCode ?? event.itemNumber,
      organisationId: contact?.organisationId ?? null,
      recipientMasked: recipients[channel],
      status: recipients[channel] === null ? 'skipped-no-contact' : 'pending',
      createdAt: now,
    }));
  }

  /** Sends one row's notice unless it is settled; returns the error text of a failed send. */
  async function sendOne(row: NoticeRow, contact: NoticeContact, rendered: RenderedNotice): Promise<string | null> {
    if (isFinal(row.status)) return null;
    const to = row.channel === 'email' ? contact.email : contact.phone;
    if (to === null) {
      await skipNotice(db, row.id);
      return null;
    }
    if (!(await claimNotice(db, row.id, deps.now()))) {
      const status = await statusOf(db, row.id);
      return status !== null && isFinal(status) ? null : `notice ${row.id} is being sent by another delivery`;
    }
    try {
      const result =
        row.channel === 'email'
          ? await channels.email({ kind: row.kind, to, subject: rendered.subject, text: rendered.email })
          : await channels.sms({ kind: row.kind, to, text: rendered.sms, reference: `notice-${row.id}` });
      await settleNotice(db, row.id, deps.now(), result);
      return null;
    } catch (error) {
      const message = error instanceof Error ? error.message : 'send failed';
      await failNotice(db, row.id, message);
      return message;
    }
  }

  return async function receive(event: EventEnvelopeBody): Promise<void> {
    const kind = await kindOf(event);
    if (kind === null) return;
    const contact = await contactOf(kind, event);
    const rows = await noticesOfEvent(db, event.id, rowsFor(event, kind, contact));
    if (contact === null) return;
    const rendered = renderNotice(contentOf(kind, event, contact.reference), contact.language, trackingLink(deps.publicBaseUrl, contact.trackingCode));
    const failures: string[] = [];
    for (const row of rows) {
      // A contact added after the first delivery is not written to again: the rows are the record.
      if (row.status === 'skipped-no-contact') continue;
      const failure = await sendOne(row, contact, rendered);
      if (failure !== null) failures.push(failure);
    }
    if (failures.length > 0) throw new Error(failures.join('; '));
  };
}
