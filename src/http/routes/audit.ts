/** The audit log, newest first, for administrators. */
import { Type } from 'typebox';
import { listAudit } from '../../admin/audit.js';
import type { Db } from '../../platform/db/client.js';
import { principalOf } from '../access.js';
import type { App } from '../app-type.js';

const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorType: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  subjectType: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.String(),
  personalData: Type.Boolean(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

export function auditRoutes(app: App, deps: { db: Db; rootOrganisationIds: () => Promise<ReadonlySet<string>> }): void {
  app.get(
    '/api/v1/admin/audit',
    {
      config: { access: { permission: 'audit:read' } },
      schema: {
        tags: ['admin'],
        summary: 'Audit log entries within your scope, newest first',
        querystring: Type.Object(
          { limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }), beforeId: Type.Optional(Type.Integer({ minimum: 1 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(AuditEntry) }), 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem') },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const roots = await deps.rootOrganisationIds();
      const items = await listAudit(deps.db, principal, {
        limit: request.query.limit,
        ...(request.query.beforeId === undefined ? {} : { beforeId: request.query.beforeId }),
        includeAnonymous: roots.has(principal.organisationId),
      });
      return { items };
    },
  );
}
