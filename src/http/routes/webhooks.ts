/** Partner webhook subscriptions, the outbox's dead letters, and the event catalogue. */
import { Type } from 'typebox';
import { EVENT_CATALOGUE, EventEnvelope } from '../../exchange/event-catalogue.js';
import type { OutboxAdmin } from '../../exchange/outbox-admin.js';
import type { SubscriptionService } from '../../exchange/subscriptions.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Subscription = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  organisationId: Type.String({ format: 'uuid' }),
  url: Type.String(),
  eventTypes: Type.Array(Type.String()),
  allowPrivateNetwork: Type.Boolean(),
  active: Type.Boolean(),
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
const WithSecret = Type.Object({ secret: Type.String({ description: 'whsec_… signing secret: shown once, store it now' }), subscription: Subscription });
const errors = { 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 404: Type.Ref('Problem'), 409: Type.Ref('Problem') };
const IdParam = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function webhookRoutes(app: App, deps: { subscriptions: SubscriptionService; outbox: OutboxAdmin }): void {
  app.get(
    '/api/v1/exchange/event-types',
    {
      config: { access: 'public' },
      schema: {
        tags: ['exchange'],
        summary: 'The event catalogue: every type, its version and the JSON schema of its data; events travel in the EventEnvelope',
        response: {
          200: Type.Object({
            envelope: Type.Unsafe<Record<string, unknown>>({ type: 'object' }),
            items: Type.Array(Type.Object({ type: Type.String(), version: Type.Integer(), subject: Type.String(), description: Type.String(), data: Type.Unsafe<Record<string, unknown>>({ type: 'object' }) })),
          }),
        },
      },
    },
    async () => ({
      envelope: JSON.parse(JSON.stringify(EventEnvelope)) as Record<string, unknown>,
      items: EVENT_CATALOGUE.map((e) => ({ type: e.type, version: e.version, subject: e.subject, description: e.description, data: JSON.parse(JSON.stringify(e.data)) as Record<string, unknown> })),
    }),
  );

  app.get(
    '/api/v1/admin/webhooks',
    { config: { access: { permission: 'webhooks:manage' } }, schema: { tags: ['exchange'], summary: 'Webhook subscriptions within your scope', response: { 200: Type.Object({ items: Type.Array(Subscription) }), ...errors } } },
    async (request) => ({ items: await deps.subscriptions.list(accountOf(request)) }),
  );

  app.post(
    '/api/v1/admin/webhooks',
    {
      config: { access: { permission: 'webhooks:manage' } },
      schema: {
        tags: ['exchange'],
        summary: 'Subscribe a partner system to events; the signing secret is in this answer only',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            organisationId: Type.String({ format: 'uuid' }),
            url: Type.String({ minLength: 8, maxLength: 2000 }),
            eventTypes: Type.Array(Type.String(), { minItems: 1, description: 'Event types, or ["*"] for all' }),
            allowPrivateNetwork: Type.Optional(Type.Boolean({ default: false, description: 'Allow a private or loopback address (e.g. a partner inside the provincial network)' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: WithSecret, ...errors },
      },
    },
    async (request, reply) => {
      const created = await deps.subscriptions.create(accountOf(request), { ...request.body, allowPrivateNetwork: request.body.allowPrivateNetwork ?? false }, requestContext(request));
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/api/v1/admin/webhooks/:id/rotate-secret',
    {
      config: { access: { permission: 'webhooks:manage' } },
      schema: { tags: ['exchange'], summary: 'New signing secret; the old one keeps signing alongside for 24 hours', params: IdParam, response: { 200: WithSecret, ...errors } },
    },
    async (request) => deps.subscriptions.rotateSecret(accountOf(request), request.params.id, requestContext(request)),
  );

  app.post(
    '/api/v1/admin/webhooks/:id/deactivate',
    { config: { access: { permission: 'webhooks:manage' } }, schema: { tags: ['exchange'], summary: 'Stop sending to a subscription', params: IdParam, response: { 200: Subscription, ...errors } } },
    async (request) => deps.subscriptions.deactivate(accountOf(request), request.params.id, requestContext(request)),
  );

  app.get(
    '/api/v1/admin/outbox',
    {
      config: { access: { permission: 'webhooks:manage' } },
      schema: {
        tags: ['exchange'],
        summary: 'Outbox entries waiting (pending) or given up on (dead), for subscriptions within your scope',
        querystring: Type.Object({ status: stringEnum(['pending', 'dead'] as const), limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(), status: Type.String(), attempts: Type.Integer(), lastError: Type.Union([Type.String(), Type.Null()]), nextAttemptAt: Type.String({ format: 'date-time' }),
                eventId: Type.String(), eventType: Type.String(), subjectKey: Type.String(), subscriptionId: Type.String(), subscriptionName: Type.String(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => ({ items: await deps.outbox.list(accountOf(request), request.query.status, request.query.limit) }),
  );

  app.post(
    '/api/v1/admin/outbox/:id/replay',
    {
      config: { access: { permission: 'webhooks:manage' } },
      schema: { tags: ['exchange'], summary: 'Send a dead entry again (and release the events it held back)', params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await deps.outbox.replay(accountOf(request), request.params.id, requestContext(request));
      return reply.code(204).send(null);
    },
  );
}
