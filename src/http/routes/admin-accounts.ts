/** Changing a staff account's role or switching it off; creating one is POST /api/v1/admin/accounts (accounts.ts). */
import { Type } from 'typebox';
import type { AccountAdmin } from '../../admin/account-admin.js';
import { ROLES } from '../../domain/access/roles.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { StaffView } from './organisations.js';

const Problem = Type.Ref('Problem');

export function adminAccountRoutes(app: App, deps: { accountAdmin: AccountAdmin }): void {
  app.patch(
    '/api/v1/admin/accounts/:id',
    {
      config: { access: { permission: 'accounts:manage' } },
      schema: {
        tags: ['admin'],
        summary: "Change a staff account's role, or switch it off or on; takes effect at its next request; audited",
        description: 'An account outside your organisation subtree is answered 404. Your own account cannot be changed here (409).',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ role: Type.Optional(stringEnum(ROLES)), active: Type.Optional(Type.Boolean()) }, { additionalProperties: false, minProperties: 1 }),
        response: { 200: StaffView, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => deps.accountAdmin.update(accountOf(request), request.params.id, request.body, requestContext(request)),
  );
}
