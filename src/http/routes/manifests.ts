/** Handover records from the post to a desk; the desk signs through the exchange (manifest.acknowledged). */
import { Type } from 'typebox';
import type { PostalService } from '../../postal/postal-service.js';
import { accountOf } from '../access.js';
import type { App } from '../app-type.js';
import { IdempotencyHeaders, idempotencyKeyOf, sendIdempotent } from '../idempotency-header.js';
import { stringEnum } from '../schemas.js';
import { OrgRefSchema, Signature, errors } from './postal-schemas.js';

const ManifestView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.String(),
  direction: stringEnum(['dossier', 'result'] as const),
  from: OrgRefSchema,
  to: OrgRefSchema,
  status: stringEnum(['sent', 'acknowledged'] as const),
  items: Type.Array(Type.Object({ itemNumber: Type.String(), procedureCode: Type.String(), fees: Type.Integer(), outcome: Type.Union([stringEnum(['received', 'missing', 'damaged'] as const), Type.Null()]) })),
  feesTotal: Type.Integer(),
  createdAt: Type.String(),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
  extra: Type.Array(Type.String()),
});

export function manifestRoutes(app: App, deps: { postal: PostalService }): void {
  const { manifests } = deps.postal;

  app.post(
    '/api/v1/postal/manifests',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: {
        tags: ['postal'],
        summary: 'Draw up a handover record of items you hold for one desk; the items go out for handover',
        headers: IdempotencyHeaders,
        body: Type.Object(
          { toOrganisationCode: Type.String({ minLength: 1, maxLength: 40 }), itemNumbers: Type.Array(Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$' }), { minItems: 1, maxItems: 500 }), signatureSender: Signature },
          { additionalProperties: false },
        ),
        response: { 201: ManifestView, ...errors },
      },
    },
    async (request, reply) => sendIdempotent(reply, await manifests.send(accountOf(request), idempotencyKeyOf(request), request.body)),
  );

  app.get(
    '/api/v1/postal/manifests',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: { tags: ['postal'], summary: 'Handover records drawn up by your offices', querystring: Type.Object({ status: Type.Optional(stringEnum(['sent', 'acknowledged'] as const)) }, { additionalProperties: false }), response: { 200: Type.Object({ items: Type.Array(ManifestView) }), ...errors } },
    },
    async (request) => ({ items: await manifests.list(accountOf(request), request.query.status) }),
  );

  app.get(
    '/api/v1/postal/manifests/:id',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: { tags: ['postal'], summary: 'One handover record your organisations sent or received', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: ManifestView, ...errors } },
    },
    async (request) => manifests.get(accountOf(request), request.params.id),
  );
}
