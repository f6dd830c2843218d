/** The exchange as a supervisor watches it: the day's reconciliation, dead-lettered events, the notices log. */
import { fetchJson, ignoreBody } from '../../api.js';
import { list, nullableNumber, nullableString, numberField, record, stringField } from './decode.js';

export interface ReconciliationDifference {
  kind: string;
  reference: string;
  agencyCode: string | null;
  detail: Record<string, unknown>;
}

export interface Reconciliation {
  day: string;
  manifestsSent: number;
  manifestsAcknowledged: number;
  resultsHandedToPost: number;
  resultsDelivered: number;
  resultsReturned: number;
  feesCollected: number;
  feesRemitted: number;
  differences: ReconciliationDifference[];
}

export interface DeadEvent {
  id: number;
  attempts: number;
  lastError: string | null;
  eventType: string;
  subjectKey: string;
  subscriptionName: string;
}

export interface Notice {
  id: number;
  kind: string;
  channel: string;
  status: string;
  recipient: string | null;
  reference: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface NoticePage {
  items: Notice[];
  nextBefore: number | null;
}

export function decodeReconciliation(value: unknown): Reconciliation {
  const r = record(value, 'report');
  return {
    day: stringField(r, 'day'),
    manifestsSent: numberField(r, 'manifestsSent'),
    manifestsAcknowledged: numberField(r, 'manifestsAcknowledged'),
    resultsHandedToPost: numberField(r, 'resultsHandedToPost'),
    resultsDelivered: numberField(r, 'resultsDelivered'),
    resultsReturned: numberField(r, 'resultsReturned'),
    feesCollected: numberField(r, 'feesCollected'),
    feesRemitted: numberField(r, 'feesRemitted'),
    differences: list(r, 'differences').map((item) => {
      const d = record(item, 'difference');
      return { kind: stringField(d, 'kind'), reference: stringField(d, 'reference'), agencyCode: nullableString(d, 'agencyCode'), detail: record(d['detail'], 'detail') };
    }),
  };
}

export function decodeDeadEvent(value: unknown): DeadEvent {
  const r = record(value, 'outbox entry');
  return {
    id: numberField(r, 'id'),
    attempts: numberField(r, 'attempts'),
    lastError: nullableString(r, 'lastError'),
    eventType: stringField(r, 'eventType'),
    subjectKey: stringField(r, 'subjectKey'),
    subscriptionName: stringField(r, 'subscriptionName'),
  };
}

export function decodeNoticePage(value: unknown): NoticePage {
  const r = record(value, 'answer');
  return {
    items: list(r, 'items').map((item) => {
      const n = record(item, 'notice');
      return {
        id: numberField(n, 'id'),
        kind: stringField(n, 'kind'),
        channel: stringField(n, 'channel'),
        status: stringField(n, 'status'),
        recipient: nullableString(n, 'recipient'),
        reference: nullableString(n, 'reference'),
        attempts: numberField(n, 'attempts'),
        lastError: nullableString(n, 'lastError'),
        createdAt: stringField(n, 'createdAt'),
        sentAt: nullableString(n, 'sentAt'),
      };
    }),
    nextBefore: nullableNumber(r, 'nextBefore'),
  };
}

export function reconciliation(day: string, signal: AbortSignal): Promise<Reconciliation> {
  return fetchJson(`/api/v1/admin/reconciliation?day=${encodeURIComponent(day)}`, decodeReconciliation, { signal });
}

export function deadEvents(signal: AbortSignal): Promise<DeadEvent[]> {
  return fetchJson('/api/v1/admin/outbox?status=dead&limit=200', (value) => list(value, 'items').map(decodeDeadEvent), { signal });
}

export function replayEvent(id: number): Promise<void> {
  return fetchJson(`/api/v1/admin/outbox/${id}/replay`, ignoreBody, { method: 'POST' });
}

export interface NoticeFilter {
  status: string;
  channel: string;
}

export const NOTICE_PAGE_SIZE = 50;

export function notices(filter: NoticeFilter, before: number | null, signal?: AbortSignal): Promise<NoticePage> {
  const query = new URLSearchParams({ limit: String(NOTICE_PAGE_SIZE) });
  if (filter.status !== '') query.set('status', filter.status);
  if (filter.channel !== '') query.set('channel', filter.channel);
  if (before !== null) query.set('before', String(before));
  return fetchJson(`/api/v1/admin/notices?${query.toString()}`, decodeNoticePage, { signal });
}
