/** Staff accounts: read one (audited), create one (administrators). */
import { Type } from 'typebox';
import type { StaffService } from '../../admin/staff-service.js';
import { USERNAME_PATTERN } from '../../admin/staff-service.js';
import { ROLES } from '../../domain/access/roles.js';
import { accountOf, principalOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { StaffView } from './organisations.js';

export function accountRoutes(app: App, deps: { staff: StaffService }): void {
  app.get(
    '/api/v1/accounts/:id',
    {
      config: { access: { permission: 'staff:read' } },
      schema: {
        tags: ['admin'],
        summary: 'One staff account within your scope (personal data: the read is audited)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: StaffView, 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 404: Type.Ref('Problem') },
      },
    },
    async (request) => deps.staff.getAccount(principalOf(request), request.params.id, requestContext(request)),
  );

  app.post(
    '/api/v1/admin/accounts',
    {
      config: { access: { permission: 'accounts:manage' } },
      schema: {
        tags: ['admin'],
        summary: 'Create a staff account in an organisation within your scope',
        body: Type.Object(
          {
            username: Type.String({ pattern: USERNAME_PATTERN, description: 'Lower-case letters, digits, dot, dash, underscore; 3–64 characters' }),
            displayName: Type.String({ minLength: 1, maxLength: 200 }),
            email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
            phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9]{9,15}$' })),
            password: Type.String({ minLength: 1, maxLength: 256 }),
            role: stringEnum(ROLES),
            organisationId: Type.String({ format: 'uuid' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: StaffView, 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), 409: Type.Ref('Problem') },
      },
    },
    async (request, reply) => {
      const created = await deps.staff.createAccount(accountOf(request), request.body, requestContext(request));
      return reply.code(201).send(created);
    },
  );
}
