/**
 * What the events say of the dossier itself (procedure, agency, filing and due dates, the item
 * its result travels under), for a dossier whose desk is not ours: a partner's one-stop system
 * reports these through the exchange and keeps its own record. Pure.
 */
import type { EventData } from '../exchange/event-catalogue.js';
import { type OrgMention, type StoredEvent, byTime, isEventType } from './timeline.js';

export interface EventFacts {
  procedureCode: string | null;
  serviceForm: EventData<'dossier.taken-in'>['serviceForm'] | null;
  agency: OrgMention | null;
  filedAt: string | null;
  dueAt: string | null;
  /** Item numbers the result travels under, as the desk reported them. */
  resultItemNumbers: string[];
}

export function factsFromEvents(events: readonly StoredEvent[]): EventFacts {
  const facts: EventFacts = { procedureCode: null, serviceForm: null, agency: null, filedAt: null, dueAt: null, resultItemNumbers: [] };
  for (const event of [...events].sort(byTime)) {
    if (!isEventType(event.type)) continue;
    switch (event.type) {
      case 'dossier.taken-in': {
        const data = event.data as EventData<'dossier.taken-in'>;
        facts.procedureCode ??= data.procedureCode;
        facts.serviceForm ??= data.serviceForm;
        facts.agency ??= { code: data.agency.code, name: data.agency.name };
        break;
      }
      case 'dossier.registered': {
        const data = event.data as EventData<'dossier.registered'>;
        facts.procedureCode = data.procedureCode;
        facts.agency = { code: data.agency.code, name: data.agency.name };
        facts.filedAt = new Date(data.filedAt).toISOString();
        facts.dueAt = new Date(data.dueAt).toISOString();
        break;
      }
      case 'dossier.supplement-received':
        facts.dueAt = new Date((event.data as EventData<'dossier.supplement-received'>).dueAt).toISOString();
        break;
      case 'dossier.delay-notified':
        facts.dueAt = new Date((event.data as EventData<'dossier.delay-notified'>).dueAt).toISOString();
        break;
      case 'result.handed-to-post': {
        const number = (event.data as EventData<'result.handed-to-post'>).resultItemNumber;
        if (!facts.resultItemNumbers.includes(number)) facts.resultItemNumbers.push(number);
        break;
      }
      case 'pickup.requested':
      case 'pickup.assigned':
      case 'pickup.cancelled':
      case 'intake.refused-incomplete':
      case 'item.custody-changed':
      case 'manifest.sent':
      case 'manifest.acknowledged':
      case 'dossier.supplement-requested':
      case 'dossier.refused':
      case 'result.ready':
      case 'delivery.attempted':
      case 'delivery.delivered':
      case 'result.returned-to-agency':
      case 'dossier.status-reported':
      case 'item.status-reported':
      case 'fees.remitted':
        break;
    }
  }
  return facts;
}
