/** What may go on a handover record, sending one to a desk, and the records sent. */
import { fetchJson } from '../../api.js';
import { type OrgRef, list, nullableOrgRef, nullableString, numberField, oneOf, orgRef, record, stringField } from './decode.js';

export interface HandoverItem {
  itemNumber: string;
  procedureCode: string;
  state: string;
  /** The office holding it; null when it is in the supervisor's own hands. */
  heldAt: OrgRef | null;
  desk: OrgRef;
  fees: number;
  takenInAt: string;
  transitDueOn: string;
}

export const MANIFEST_OUTCOMES = ['received', 'missing', 'damaged'] as const;
export type ManifestOutcome = (typeof MANIFEST_OUTCOMES)[number];

export interface Manifest {
  id: string;
  number: string;
  from: OrgRef;
  to: OrgRef;
  status: 'sent' | 'acknowledged';
  items: Array<{ itemNumber: string; procedureCode: string; fees: number; outcome: ManifestOutcome | null }>;
  feesTotal: number;
  createdAt: string;
  acknowledgedAt: string | null;
}

export function decodeHandoverItem(value: unknown): HandoverItem {
  const r = record(value, 'item');
  return {
    itemNumber: stringField(r, 'itemNumber'),
    procedureCode: stringField(r, 'procedureCode'),
    state: stringField(r, 'state'),
    heldAt: nullableOrgRef(r['heldAt'], 'heldAt'),
    desk: orgRef(r['desk'], 'desk'),
    fees: numberField(r, 'fees'),
    takenInAt: stringField(r, 'takenInAt'),
    transitDueOn: stringField(r, 'transitDueOn'),
  };
}

export function decodeManifest(value: unknown): Manifest {
  const r = record(value, 'manifest');
  return {
    id: stringField(r, 'id'),
    number: stringField(r, 'number'),
    from: orgRef(r['from'], 'from'),
    to: orgRef(r['to'], 'to'),
    status: oneOf(r, 'status', ['sent', 'acknowledged'] as const),
    items: list(r, 'items').map((item) => {
      const i = record(item, 'manifest item');
      const outcome = i['outcome'] === null ? null : oneOf(i, 'outcome', MANIFEST_OUTCOMES);
      return { itemNumber: stringField(i, 'itemNumber'), procedureCode: stringField(i, 'procedureCode'), fees: numberField(i, 'fees'), outcome };
    }),
    feesTotal: numberField(r, 'feesTotal'),
    createdAt: stringField(r, 'createdAt'),
    acknowledgedAt: nullableString(r, 'acknowledgedAt'),
  };
}

export function handoverQueue(signal: AbortSignal): Promise<HandoverItem[]> {
  return fetchJson('/api/v1/postal/handover-queue', (value) => list(value, 'items').map(decodeHandoverItem), { signal });
}

export interface ManifestRequest {
  toOrganisationCode: string;
  itemNumbers: string[];
  /** PNG data URL of the sender's signature. */
  signatureSender: string;
}

/** `idempotencyKey` stays the same across retries of one submission, so a retry never draws up a second record. */
export function sendManifest(request: ManifestRequest, idempotencyKey: string): Promise<Manifest> {
  return fetchJson('/api/v1/postal/manifests', decodeManifest, { method: 'POST', body: request, headers: { 'idempotency-key': idempotencyKey } });
}

export function manifestById(id: string, signal: AbortSignal): Promise<Manifest> {
  return fetchJson(`/api/v1/postal/manifests/${encodeURIComponent(id)}`, decodeManifest, { signal });
}

/** Records of the supervisor's offices still waiting for the desk's signature. */
export function unsignedManifests(signal: AbortSignal): Promise<Manifest[]> {
  return fetchJson('/api/v1/postal/manifests?status=sent', (value) => list(value, 'items').map(decodeManifest), { signal });
}

export const manifestPdfPath = (id: string): string => `/api/v1/postal/manifests/${encodeURIComponent(id)}/pdf`;
