/** Pickups waiting for a postman, the post offices and their postmen, and the assignment itself. */
import { PICKUP_STATUSES, type PickupStatus } from '../../../domain/postal-item/pickup.js';
import { fetchJson } from '../../api.js';
import { type OrgRef, booleanField, list, oneOf, orgRef, record, stringField } from './decode.js';

export const PICKUP_CHANNELS = ['public', 'hotline', 'counter'] as const;
export type PickupChannel = (typeof PICKUP_CHANNELS)[number];

export interface Pickup {
  id: string;
  reference: string;
  procedureCode: string;
  status: PickupStatus;
  unitCode: string;
  postOffice: OrgRef;
  window: { from: string; to: string };
  channel: PickupChannel;
  postmanAssigned: boolean;
  createdAt: string;
}

export interface PostOffice {
  id: string;
  code: string;
}

export interface Postman {
  id: string;
  displayName: string;
}

export function decodePickup(value: unknown): Pickup {
  const r = record(value, 'pickup');
  const window = record(r['window'], 'window');
  return {
    id: stringField(r, 'id'),
    reference: stringField(r, 'reference'),
    procedureCode: stringField(r, 'procedureCode'),
    status: oneOf(r, 'status', PICKUP_STATUSES),
    unitCode: stringField(r, 'unitCode'),
    postOffice: orgRef(r['postOffice'], 'postOffice'),
    window: { from: stringField(window, 'from'), to: stringField(window, 'to') },
    channel: oneOf(r, 'channel', PICKUP_CHANNELS),
    postmanAssigned: booleanField(r, 'postmanAssigned'),
    createdAt: stringField(r, 'createdAt'),
  };
}

export function listPickups(status: PickupStatus, signal: AbortSignal): Promise<Pickup[]> {
  return fetchJson(`/api/v1/postal/pickups?status=${encodeURIComponent(status)}`, (value) => list(value, 'items').map(decodePickup), { signal });
}

/** The post offices of the directory: the staff roster is read by organisation id, pickups name the office by code. */
export function postOffices(signal: AbortSignal): Promise<PostOffice[]> {
  return fetchJson('/api/v1/organisations?kind=post_office', (value) => list(value, 'items').map((item) => {
    const r = record(item, 'organisation');
    return { id: stringField(r, 'id'), code: stringField(r, 'code') };
  }), { signal });
}

/** Active postmen of one office; the roster's contact details are not kept. */
export function postmenOf(officeId: string, signal: AbortSignal): Promise<Postman[]> {
  return fetchJson(`/api/v1/organisations/${encodeURIComponent(officeId)}/staff`, (value) => list(value, 'items').flatMap((item) => {
    const r = record(item, 'account');
    return stringField(r, 'role') === 'postman' && booleanField(r, 'active') ? [{ id: stringField(r, 'id'), displayName: stringField(r, 'displayName') }] : [];
  }), { signal });
}

/** Without a postman, the server picks the one of the office with the fewest open pickups. */
export function assignPickup(pickupId: string, postmanId: string | null): Promise<Pickup> {
  return fetchJson(`/api/v1/postal/pickups/${encodeURIComponent(pickupId)}/assign`, decodePickup, { method: 'POST', body: postmanId === null ? {} : { postmanId } });
}
