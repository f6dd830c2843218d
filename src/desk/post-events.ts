/**
 * What the desk learns from the post through its in-process subscription: a record to sign
 * (`manifest.sent`), a result delivered (`delivery.delivered`) or brought back after the
 * invitations (`result.returned-to-agency`). Steps taken on the post's word are recorded with
 * the role of a connected system, and are idempotent: a redelivered event changes nothing.
 */
import { eq } from 'drizzle-orm';
import type { DeskDeps } from './deps.js';
import { dossiers } from './desk.schema.js';
import { takeStep } from './dossier-store.js';
import type { createInbox } from './inbox.js';
import type { EventEnvelopeBody } from '../exchange/event-catalogue.js';

export function createPostEventReceiver(deps: DeskDeps, inbox: ReturnType<typeof createInbox>) {
  async function onResultEvent(event: EventEnvelopeBody, action: 'deliver-result' | 'return-to-agency', from: 'result-with-post') {
    if (event.itemNumber === null) return;
    await deps.db.transaction(async (tx) => {
      const [dossier] = await tx.select().from(dossiers).where(eq(dossiers.itemNumber, event.itemNumber ?? '')).for('update');
      if (dossier === undefined || dossier.status !== from) return;
      const at = new Date(event.occurredAt);
      await takeStep(tx, { accountId: null, role: 'partner_system' }, dossier, { action, at, data: { eventId: event.id }, set: action === 'deliver-result' ? { returnedAt: at } : {} });
    });
  }

  return async function receive(event: EventEnvelopeBody): Promise<void> {
    switch (event.type) {
      case 'manifest.sent':
        return inbox.receive(event);
      case 'delivery.delivered':
        return onResultEvent(event, 'deliver-result', 'result-with-post');
      case 'result.returned-to-agency':
        return onResultEvent(event, 'return-to-agency', 'result-with-post');
      default:
        return;
    }
  };
}

/** The event types the built-in desk subscribes to. */
export const DESK_SUBSCRIBED_EVENTS = ['manifest.sent', 'delivery.delivered', 'result.returned-to-agency'];
