/** The event catalogue as the `webhooks` section of the OpenAPI 3.1 document. */
import type { SwaggerOptions } from '@fastify/swagger';
import { EVENT_CATALOGUE } from '../exchange/event-catalogue.js';

type OpenApiOptions = NonNullable<Extract<SwaggerOptions, { openapi?: unknown }>['openapi']>;
/** The 3.1 member of the plugin's document union, the one with `webhooks`. */
export type Webhooks = NonNullable<Extract<OpenApiOptions, { webhooks?: unknown }>['webhooks']>;

const SIGNATURE_HEADERS = [
  { name: 'webhook-id', in: 'header', required: true, description: 'The event id: deduplicate on it (delivery is at least once)', schema: { type: 'string' } },
  { name: 'webhook-timestamp', in: 'header', required: true, description: 'Unix seconds when signed; refuse messages far from your clock', schema: { type: 'string' } },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description: 'Standard Webhooks: space-separated v1,<base64 HMAC-SHA256 of "id.timestamp.body">; two during a secret rotation',
    schema: { type: 'string' },
  },
];

export function eventWebhooks(): Webhooks {
  const entries = EVENT_CATALOGUE.map((event) => {
    // Plain JSON: the TypeBox symbols are not part of the document.
    const data: unknown = JSON.parse(JSON.stringify(event.data));
    const envelope = {
      type: 'object',
      required: ['id', 'type', 'version', 'occurredAt', 'dossierCode', 'itemNumber', 'data'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', format: 'uuid' },
        type: { const: event.type },
        version: { const: event.version },
        occurredAt: { type: 'string', format: 'date-time' },
        dossierCode: { type: ['string', 'null'] },
        itemNumber: { type: ['string', 'null'] },
        data,
      },
    };
    const item = {
      post: {
        summary: event.description,
        tags: ['exchange'],
        parameters: SIGNATURE_HEADERS,
        requestBody: { required: true, content: { 'application/json': { schema: envelope } } },
        responses: { '2XX': { description: 'Received. Any other answer, or none within the timeout, is retried with backoff.' } },
      },
    };
    return [`${event.type}.v${event.version}`, item] as const;
  });
  // The document is validated by an OpenAPI validator in the tests; the plugin's typing of
  // JSON-schema unions (3.0 and 3.1 mixed) cannot express `type: ['string', 'null']`.
  return Object.fromEntries(entries) as unknown as Webhooks;
}
