/** The audit log, newest first, for administrators. */
import { Type } from 'typebox';
import type { AuditView } from '../../admin/audit.js';
import type { Principal } from '../../admin/principal.js';
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

export function auditRoutes(app: App, deps: { audit: { list(reader: Principal, page: { limit: number; beforeId?: number }): Promise<AuditView[]> } }): void {
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
      const { limit, beforeId } = request.query;
      return { items: await deps.audit.list(principalOf(request), beforeId === undefined ? { limit } : { limit, beforeId }) };
    },
  );
}
