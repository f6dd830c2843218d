/** Partner systems' API keys: created (the key is shown once), listed, revoked. */
import { Type } from 'typebox';
import type { ApiKeyService } from '../../admin/api-key-service.js';
import { API_KEY_SCOPES } from '../../domain/access/permissions.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Scope = stringEnum(API_KEY_SCOPES);
const ApiKeyView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  prefix: Type.String(),
  name: Type.String(),
  organisationId: Type.String({ format: 'uuid' }),
  scopes: Type.Array(Scope),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const errors = { 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 404: Type.Ref('Problem') };

export function apiKeyRoutes(app: App, deps: { apiKeys: ApiKeyService }): void {
  app.get(
    '/api/v1/admin/api-keys',
    {
      config: { access: { permission: 'api-keys:manage' } },
      schema: { tags: ['admin'], summary: 'API keys of organisations within your scope (never the secret)', response: { 200: Type.Object({ items: Type.Array(ApiKeyView) }), ...errors } },
    },
    async (request) => ({ items: await deps.apiKeys.list(accountOf(request)) }),
  );

  app.post(
    '/api/v1/admin/api-keys',
    {
      config: { access: { permission: 'api-keys:manage' } },
      schema: {
        tags: ['admin'],
        summary: 'Create an API key for a partner system; the key is in this answer only',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 200 }), organisationId: Type.String({ format: 'uuid' }), scopes: Type.Array(Scope, { minItems: 1 }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ key: Type.String({ description: 'Shown once: store it now' }), apiKey: ApiKeyView }), ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await deps.apiKeys.create(accountOf(request), request.body, requestContext(request))),
  );

  app.post(
    '/api/v1/admin/api-keys/:id/revoke',
    {
      config: { access: { permission: 'api-keys:manage' } },
      schema: { tags: ['admin'], summary: 'Revoke an API key at once', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: ApiKeyView, ...errors } },
    },
    async (request) => deps.apiKeys.revoke(accountOf(request), request.params.id, requestContext(request)),
  );
}
