/**
 * Difficulties (R14): any staff member reports one with its category and context; the routing
 * table sends it to the department that handles the category, which answers; it is closed.
 */
import { Type } from 'typebox';
import { DIFFICULTY_STATUSES } from '../../domain/reports/follow-up.js';
import type { ReportsService } from '../../reports/reports-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { errors } from './postal-schemas.js';
import { DifficultyItem, Nullable, OrgRef, PageQuery, pageOf } from './reports.js';

const report = { access: { permission: 'difficulties:report' as const } };
const IdParam = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function difficultyRoutes(app: App, deps: { reports: ReportsService }): void {
  const { difficulties } = deps.reports;

  app.get(
    '/api/v1/difficulties/categories',
    {
      config: report,
      schema: { tags: ['reports'], summary: 'The categories of difficulty and the department each is routed to (data)', response: { 200: Type.Object({ items: Type.Array(Type.Object({ category: Type.String(), label: Type.Object({ vi: Type.String(), en: Type.String() }), handledBy: Nullable(OrgRef) })) }), ...errors } },
    },
    async () => ({ items: await difficulties.routes() }),
  );

  app.post(
    '/api/v1/difficulties',
    {
      config: report,
      schema: {
        tags: ['reports'],
        summary: 'Report a difficulty met in the work; it goes to the department that handles its category',
        body: Type.Object(
          {
            category: Type.String({ minLength: 1, maxLength: 60 }),
            title: Type.String({ minLength: 1, maxLength: 300 }),
            description: Type.String({ minLength: 1, maxLength: 5000 }),
            procedureCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            unitCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,5}$' })),
            dossierCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: DifficultyItem, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await difficulties.report(accountOf(request), request.body, requestContext(request))),
  );

  app.get(
    '/api/v1/difficulties',
    {
      config: report,
      schema: {
        tags: ['reports'],
        summary: 'Difficulties reported in your scope or routed to it (role=reported / to-handle to choose one side)',
        querystring: Type.Object({ status: Type.Optional(stringEnum(DIFFICULTY_STATUSES)), role: Type.Optional(stringEnum(['reported', 'to-handle'] as const)), ...PageQuery }, { additionalProperties: false }),
        response: { 200: pageOf(DifficultyItem), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return difficulties.list(accountOf(request), filter, { page: page ?? 1, pageSize: pageSize ?? 50 });
    },
  );

  app.get(
    '/api/v1/difficulties/:id',
    { config: report, schema: { tags: ['reports'], summary: 'One difficulty with its answer', params: IdParam, response: { 200: DifficultyItem, ...errors } } },
    async (request) => difficulties.get(accountOf(request), request.params.id),
  );

  app.post(
    '/api/v1/difficulties/:id/answer',
    {
      config: { access: { permission: 'difficulties:answer' } },
      schema: { tags: ['reports'], summary: 'Answer a difficulty routed to your department (once; the answer is kept as given)', params: IdParam, body: Type.Object({ answer: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false }), response: { 200: DifficultyItem, ...errors } },
    },
    async (request) => difficulties.answer(accountOf(request), request.params.id, request.body.answer, requestContext(request)),
  );

  app.post(
    '/api/v1/difficulties/:id/close',
    { config: report, schema: { tags: ['reports'], summary: 'Close a difficulty (its reporter, or the department handling it)', params: IdParam, body: Type.Optional(Type.Object({}, { additionalProperties: false })), response: { 200: DifficultyItem, ...errors } } },
    async (request) => difficulties.close(accountOf(request), request.params.id, requestContext(request)),
  );
}
