/**
 * The administrator's side of the procedures catalogue: whether a procedure may go by post,
 * with the province's deciding decision and its date of effect (R4). The upload of sample sets
 * and forms (R5) is in procedures.ts with the public file routes.
 */
import { type TSchema, Type } from 'typebox';
import type { ProcedureAdmin } from '../../catalog/procedure-admin.js';
import { MAX_DAYS_AHEAD, MAX_DECISION_LENGTH } from '../../domain/procedure/postal-decision.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Problem = Type.Ref('Problem');
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const PostalView = Type.Object({
  code: Type.String(),
  postal: Type.Object({
    offered: Type.Boolean(),
    basis: Nullable(stringEnum(['national-catalogue', 'provincial-decision'] as const)),
    decision: Nullable(Type.String()),
    since: Nullable(Type.String({ format: 'date' })),
  }),
});

export function adminProcedureRoutes(app: App, deps: { procedureAdmin: ProcedureAdmin }): void {
  app.put(
    '/api/v1/admin/procedures/:code/postal',
    {
      config: { access: { permission: 'catalog:manage' } },
      schema: {
        tags: ['admin'],
        summary: 'Say whether a procedure may be filed by post, on which provincial decision and from which day (R4); audited',
        description:
          `With offered=true, decision (number and title, at most ${MAX_DECISION_LENGTH} characters) and since (the day it takes effect, at most ${MAX_DAYS_AHEAD} days ahead) are required; ` +
          'dossiers count toward the postal target from that day. With offered=false the procedure leaves the post (intake and pickups refuse it); the decision text, if given, is kept in the audit log. ' +
          'This process reads the change at once; other processes within 30 seconds.',
        params: Type.Object({ code: Type.String({ pattern: '^[0-9]{1,3}\\.[0-9]{6}$', description: 'Procedure code, e.g. 1.001193' }) }),
        body: Type.Object(
          {
            offered: Type.Boolean(),
            // The rule counts the length after trimming; the schema only bounds what is read.
            decision: Type.Optional(Nullable(Type.String({ maxLength: 2 * MAX_DECISION_LENGTH }))),
            since: Type.Optional(Nullable(Type.String({ format: 'date' }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: PostalView, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => deps.procedureAdmin.setPostal(accountOf(request), request.params.code, request.body, requestContext(request)),
  );
}
