/**
 * Partner systems: API keys (/api/v1/admin/api-keys) and webhook subscriptions
 * (/api/v1/admin/webhooks), and the event types a webhook may ask for. A new key or signing
 * secret is in the creating answer only.
 */
import { type Decoder, fetchJson } from '../../api.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../../domain/access/permissions.js';
import { arrayField, booleanField, itemsOf, nullableString, oneOf, recordOf, stringArray, stringField } from './decode.js';

export interface ApiKey {
  id: string;
  prefix: string;
  name: string;
  organisationId: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface Webhook {
  id: string;
  name: string;
  organisationId: string;
  url: string;
  eventTypes: string[];
  allowPrivateNetwork: boolean;
  active: boolean;
  previousSecretExpiresAt: string | null;
  createdAt: string;
}

const decodeKey = (value: unknown): ApiKey => {
  const r = recordOf(value, 'api key');
  return {
    id: stringField(r, 'id'),
    prefix: stringField(r, 'prefix'),
    name: stringField(r, 'name'),
    organisationId: stringField(r, 'organisationId'),
    scopes: arrayField(r, 'scopes').map((s) => oneOf(API_KEY_SCOPES, s, 'scope')),
    createdAt: stringField(r, 'createdAt'),
    lastUsedAt: nullableString(r, 'lastUsedAt'),
    revokedAt: nullableString(r, 'revokedAt'),
  };
};

const decodeWebhook = (value: unknown): Webhook => {
  const r = recordOf(value, 'webhook');
  return {
    id: stringField(r, 'id'),
    name: stringField(r, 'name'),
    organisationId: stringField(r, 'organisationId'),
    url: stringField(r, 'url'),
    eventTypes: stringArray(r, 'eventTypes'),
    allowPrivateNetwork: booleanField(r, 'allowPrivateNetwork'),
    active: booleanField(r, 'active'),
    previousSecretExpiresAt: nullableString(r, 'previousSecretExpiresAt'),
    createdAt: stringField(r, 'createdAt'),
  };
};

export function fetchKeys(signal: AbortSignal): Promise<ApiKey[]> {
  return fetchJson('/api/v1/admin/api-keys', itemsOf(decodeKey), { signal });
}

const decodeCreatedKey: Decoder<{ key: string; apiKey: ApiKey }> = (value) => {
  const r = recordOf(value, 'answer');
  return { key: stringField(r, 'key'), apiKey: decodeKey(r['apiKey']) };
};

export function createKey(body: { name: string; organisationId: string; scopes: ApiKeyScope[] }): Promise<{ key: string; apiKey: ApiKey }> {
  return fetchJson('/api/v1/admin/api-keys', decodeCreatedKey, { method: 'POST', body });
}

export function revokeKey(id: string): Promise<ApiKey> {
  return fetchJson(`/api/v1/admin/api-keys/${encodeURIComponent(id)}/revoke`, decodeKey, { method: 'POST' });
}

export function fetchWebhooks(signal: AbortSignal): Promise<Webhook[]> {
  return fetchJson('/api/v1/admin/webhooks', itemsOf(decodeWebhook), { signal });
}

const decodeWithSecret: Decoder<{ secret: string; subscription: Webhook }> = (value) => {
  const r = recordOf(value, 'answer');
  return { secret: stringField(r, 'secret'), subscription: decodeWebhook(r['subscription']) };
};

export function createWebhook(body: { name: string; organisationId: string; url: string; eventTypes: string[]; allowPrivateNetwork: boolean }): Promise<{ secret: string; subscription: Webhook }> {
  return fetchJson('/api/v1/admin/webhooks', decodeWithSecret, { method: 'POST', body });
}

export function rotateSecret(id: string): Promise<{ secret: string; subscription: Webhook }> {
  return fetchJson(`/api/v1/admin/webhooks/${encodeURIComponent(id)}/rotate-secret`, decodeWithSecret, { method: 'POST' });
}

export function deactivateWebhook(id: string): Promise<Webhook> {
  return fetchJson(`/api/v1/admin/webhooks/${encodeURIComponent(id)}/deactivate`, decodeWebhook, { method: 'POST' });
}

export interface EventType {
  type: string;
  description: string;
}

export function fetchEventTypes(signal: AbortSignal): Promise<EventType[]> {
  return fetchJson(
    '/api/v1/exchange/event-types',
    itemsOf((value) => {
      const r = recordOf(value, 'event type');
      return { type: stringField(r, 'type'), description: stringField(r, 'description') };
    }),
    { signal },
  );
}
