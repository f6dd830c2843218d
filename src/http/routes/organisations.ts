/** The directory of organisations and the staff roster of one organisation. */
import { Type } from 'typebox';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import type { StaffService } from '../../admin/staff-service.js';
import { ORGANISATION_KINDS } from '../../catalog/organisation-kinds.js';
import type { OrganisationService } from '../../catalog/organisation-service.js';
import { ROLES } from '../../domain/access/roles.js';
import { principalOf, requestContext } from '../access.js';

export const OrganisationView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  kind: stringEnum(ORGANISATION_KINDS),
  nameVi: Type.String(),
  nameEn: Type.String(),
  parentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  unitCode: Type.String(),
  agencyCode: Type.Union([Type.String(), Type.Null()]),
  isDemo: Type.Boolean(),
});

export const StaffView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  role: stringEnum(ROLES),
  organisationId: Type.String({ format: 'uuid' }),
  active: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export function organisationRoutes(app: App, deps: { organisations: OrganisationService; staff: StaffService }): void {
  app.get(
    '/api/v1/organisations',
    {
      config: { access: { permission: 'catalog:read' } },
      schema: {
        tags: ['catalog'],
        summary: 'Directory of agencies and post offices',
        querystring: Type.Object({ kind: Type.Optional(stringEnum(ORGANISATION_KINDS)) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(OrganisationView) }), 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem') },
      },
    },
    async (request) => {
      const { kind } = request.query;
      return { items: await deps.organisations.listOrganisations(kind === undefined ? {} : { kind }) };
    },
  );

  app.get(
    '/api/v1/organisations/:id/staff',
    {
      config: { access: { permission: 'staff:read' } },
      schema: {
        tags: ['admin'],
        summary: 'Staff of one organisation within your scope (personal data: the read is audited)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ items: Type.Array(StaffView) }), 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 404: Type.Ref('Problem') },
      },
    },
    async (request) => {
      const { id } = request.params;
      return { items: await deps.staff.listOrganisationStaff(principalOf(request), id, requestContext(request)) };
    },
  );
}
