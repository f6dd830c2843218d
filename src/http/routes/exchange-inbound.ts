/**
 * The inbound side of the exchange contract: partner systems report events and status changes.
 * Every call carries an Idempotency-Key; a replay returns the first answer (with the header
 * `Idempotent-Replayed: true`), the same key with another body is refused with 422.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Principal } from '../../admin/principal.js';
import type { InboundService } from '../../exchange/inbound.js';
import { IDEMPOTENCY_KEY_PATTERN } from '../../exchange/idempotency.js';
import type { StatusMappingService } from '../../exchange/status-mappings.js';
import { AppError } from '../../platform/errors.js';
import { accountOf, principalOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ pattern: IDEMPOTENCY_KEY_PATTERN, description: 'Unique per intended change, 8–128 characters' })) });
const Recorded = Type.Object({ id: Type.String({ format: 'uuid' }), type: Type.String(), version: Type.Integer(), occurredAt: Type.String(), dossierCode: Type.Union([Type.String(), Type.Null()]), itemNumber: Type.Union([Type.String(), Type.Null()]) });
const errors = { 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 409: Type.Ref('Problem'), 422: Type.Ref('Problem') };
const Subject = stringEnum(['dossier', 'item'] as const);
const Mapping = Type.Object(
  { externalCode: Type.String({ minLength: 1, maxLength: 40 }), canonicalStatus: Type.String({ minLength: 1 }), direction: stringEnum(['inbound', 'outbound', 'both'] as const), note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])) },
  { additionalProperties: false },
);

function principalKey(principal: Principal): string {
  return principal.kind === 'api_key' ? `api_key:${principal.apiKeyId}` : `account:${principal.accountId}`;
}

function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string') throw new AppError('IDEMPOTENCY_KEY_REQUIRED', { fields: [{ in: 'header', name: 'Idempotency-Key', vi: 'bắt buộc với yêu cầu ghi', en: 'required on writes' }] });
  return key;
}

function send(reply: FastifyReply, result: { status: number; body: unknown; replayed: boolean }) {
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  return reply.code(result.status).send(result.body);
}

export function exchangeInboundRoutes(app: App, deps: { inbound: InboundService; mappings: StatusMappingService }): void {
  app.post(
    '/api/v1/exchange/events',
    {
      config: { access: { permission: 'events:write' } },
      schema: {
        tags: ['exchange'],
        summary: 'Report an event of the catalogue (e.g. manifest.acknowledged, result.handed-to-post)',
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            type: Type.String({ minLength: 1 }),
            version: Type.Optional(Type.Integer({ minimum: 1 })),
            occurredAt: Type.String({ format: 'date-time' }),
            dossierCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
            itemNumber: Type.Optional(Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$' })),
            data: Type.Record(Type.String(), Type.Unknown(), { description: 'Valid against the schema of the type (GET /api/v1/exchange/event-types)' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Recorded, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const result = await deps.inbound.reportEvent({ principal: principalKey(principal), visibleOrganisationIds: principal.visibleOrganisationIds }, idempotencyKeyOf(request), request.body, requestContext(request));
      return send(reply, result);
    },
  );

  app.post(
    '/api/v1/exchange/status-reports',
    {
      config: { access: { permission: 'events:write' } },
      schema: {
        tags: ['exchange'],
        summary: "Report a dossier's or an item's status in your own codes; it is mapped through the status mappings, never guessed",
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            system: Type.String({ minLength: 1, maxLength: 60, description: 'Your system name, as in the status mappings' }),
            subject: Subject,
            code: Type.String({ minLength: 1, maxLength: 40 }),
            occurredAt: Type.String({ format: 'date-time' }),
            dossierCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
            itemNumber: Type.Optional(Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$' })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Recorded, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const result = await deps.inbound.reportStatus(principalKey(principal), idempotencyKeyOf(request), request.body, requestContext(request));
      return send(reply, result);
    },
  );

  app.get(
    '/api/v1/admin/status-mappings/:system/:subject',
    {
      config: { access: { permission: 'exchange:manage' } },
      schema: { tags: ['exchange'], summary: "One system's status mappings", params: Type.Object({ system: Type.String({ minLength: 1, maxLength: 60 }), subject: Subject }), response: { 200: Type.Object({ items: Type.Array(Mapping) }), ...errors } },
    },
    async (request) => ({ items: await deps.mappings.list(request.params.system, request.params.subject) }),
  );

  app.put(
    '/api/v1/admin/status-mappings/:system/:subject',
    {
      config: { access: { permission: 'exchange:manage' } },
      schema: {
        tags: ['exchange'],
        summary: "Replace one system's status mappings",
        params: Type.Object({ system: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9._-]+$' }), subject: Subject }),
        body: Type.Object({ mappings: Type.Array(Mapping, { maxItems: 500 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Mapping) }), ...errors },
      },
    },
    async (request) => ({ items: await deps.mappings.replace(accountOf(request), request.params.system, request.params.subject, request.body.mappings, requestContext(request)) }),
  );

  app.get(
    '/api/v1/admin/status-mappings/unmapped',
    {
      config: { access: { permission: 'exchange:manage' } },
      schema: {
        tags: ['exchange'],
        summary: 'Status reports refused for want of a mapping, oldest first',
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.Integer(), system: Type.String(), subject: Type.String(), externalCode: Type.String(), reportedBy: Type.String(), receivedAt: Type.String() })) }), ...errors },
      },
    },
    async (request) => ({ items: await deps.mappings.listUnmapped(request.query.limit) }),
  );
}
