/**
 * What a module does when another system reports an event about something it owns: the post
 * applies the desk's signature of a handover record to its items, takes results into custody,
 * learns dossier codes. The owner registers an applier per event type; the exchange runs it in
 * the transaction that records the event, so a report the owner refuses (unknown record, not
 * yours, already signed) is answered with that error and records nothing. The exchange knows
 * no rule of either side: it only calls what the composition root registered.
 */
import type { EventData, EventType } from './event-catalogue.js';
import type { Db } from '../platform/db/client.js';

/** Who reports: a principal key for the records, and the organisations it acts for. */
export interface InboundCaller {
  principal: string;
  visibleOrganisationIds: ReadonlySet<string>;
}

export interface AppliedEvent<T extends EventType> {
  type: T;
  occurredAt: Date;
  dossierCode: string | null;
  itemNumber: string | null;
  data: EventData<T>;
}

export type InboundApplier<T extends EventType> = (tx: Db, caller: InboundCaller, event: AppliedEvent<T>) => Promise<void>;
export type InboundAppliers = { [T in EventType]?: InboundApplier<T> };

/**
 * The events other systems may report: the one-stop side's. The post's own events (intake,
 * custody, delivery) come from its own flows, so a partner cannot move our items by reporting
 * them; a postal operator's own software would be given appliers of its own first.
 */
export const PARTNER_EVENT_TYPES = [
  'manifest.acknowledged',
  'dossier.registered',
  'dossier.supplement-requested',
  'dossier.supplement-received',
  'dossier.refused',
  'dossier.delay-notified',
  'result.ready',
  'result.handed-to-post',
] as const satisfies readonly EventType[];

export function isPartnerEventType(type: string): type is (typeof PARTNER_EVENT_TYPES)[number] {
  return (PARTNER_EVENT_TYPES as readonly string[]).includes(type);
}

export async function applyInbound<T extends EventType>(appliers: InboundAppliers, tx: Db, caller: InboundCaller, event: AppliedEvent<T>): Promise<void> {
  const applier = appliers[event.type] as InboundApplier<T> | undefined;
  if (applier !== undefined) await applier(tx, caller, event);
}
