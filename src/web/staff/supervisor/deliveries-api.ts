/** Items late against J+n, results whose delivery failed, and sending a result back to its agency. */
import { FAILED_DELIVERY_REASONS, type FailedDeliveryReason } from '../../../domain/postal-item/delivery.js';
import { fetchJson, ignoreBody } from '../../api.js';
import { type OrgRef, booleanField, list, nullableString, numberField, oneOf, orgRef, record, stringField } from './decode.js';

export interface OverdueItem {
  itemNumber: string;
  state: string;
  transitDueOn: string;
  takenInAt: string;
  daysLate: number;
}

export interface FailedDelivery {
  itemNumber: string;
  procedureCode: string;
  dossierCode: string | null;
  state: string;
  postOffice: OrgRef;
  agency: OrgRef;
  failedAttempts: number;
  nextAttemptOn: string | null;
  lastAttempt: { at: string; reason: FailedDeliveryReason | null } | null;
  returnedAt: string | null;
  mayReturn: boolean;
}

export function decodeOverdueItem(value: unknown): OverdueItem {
  const r = record(value, 'overdue item');
  return {
    itemNumber: stringField(r, 'itemNumber'),
    state: stringField(r, 'state'),
    transitDueOn: stringField(r, 'transitDueOn'),
    takenInAt: stringField(r, 'takenInAt'),
    daysLate: numberField(r, 'daysLate'),
  };
}

export function decodeFailedDelivery(value: unknown): FailedDelivery {
  const r = record(value, 'failed delivery');
  let lastAttempt: FailedDelivery['lastAttempt'] = null;
  if (r['lastAttempt'] !== null) {
    const a = record(r['lastAttempt'], 'lastAttempt');
    lastAttempt = { at: stringField(a, 'at'), reason: a['reason'] === null ? null : oneOf(a, 'reason', FAILED_DELIVERY_REASONS) };
  }
  return {
    itemNumber: stringField(r, 'itemNumber'),
    procedureCode: stringField(r, 'procedureCode'),
    dossierCode: nullableString(r, 'dossierCode'),
    state: stringField(r, 'state'),
    postOffice: orgRef(r['postOffice'], 'postOffice'),
    agency: orgRef(r['agency'], 'agency'),
    failedAttempts: numberField(r, 'failedAttempts'),
    nextAttemptOn: nullableString(r, 'nextAttemptOn'),
    lastAttempt,
    returnedAt: nullableString(r, 'returnedAt'),
    mayReturn: booleanField(r, 'mayReturn'),
  };
}

export function overdueItems(signal: AbortSignal): Promise<OverdueItem[]> {
  return fetchJson('/api/v1/postal/overdue', (value) => list(value, 'items').map(decodeOverdueItem), { signal });
}

export function failedDeliveries(signal: AbortSignal): Promise<FailedDelivery[]> {
  return fetchJson('/api/v1/postal/failed-deliveries', (value) => list(value, 'items').map(decodeFailedDelivery), { signal });
}

export function returnToAgency(itemNumber: string, idempotencyKey: string): Promise<void> {
  return fetchJson(`/api/v1/postal/items/${encodeURIComponent(itemNumber)}/return`, ignoreBody, { method: 'POST', headers: { 'idempotency-key': idempotencyKey } });
}
