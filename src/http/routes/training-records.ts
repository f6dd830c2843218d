/** Training records (R6): staff trained per procedure, recorded by the province's administrators. */
import { Type } from 'typebox';
import type { ReportsService } from '../../reports/reports-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { errors } from './postal-schemas.js';
import { Day, PageQuery, TrainingItem, pageOf } from './reports.js';

export function trainingRecordRoutes(app: App, deps: { reports: ReportsService }): void {
  const { training } = deps.reports;

  app.post(
    '/api/v1/training-records',
    {
      config: { access: { permission: 'training:manage' } },
      schema: {
        tags: ['reports'],
        summary: 'Record that a staff member of your scope was trained on procedures (course, date, trainer, certificate)',
        body: Type.Object(
          {
            staffId: Type.String({ format: 'uuid' }),
            procedureCodes: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 200, description: 'Empty for a course on no one procedure (e.g. the online services portal)' }),
            course: Type.String({ minLength: 1, maxLength: 500 }),
            trainedOn: Day,
            trainerOrganisationCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
            certificateRef: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: TrainingItem, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await training.record(accountOf(request), request.body, requestContext(request))),
  );

  app.get(
    '/api/v1/training-records',
    {
      config: { access: { permission: 'reports:read' } },
      schema: {
        tags: ['reports'],
        summary: 'Training records of the staff of your scope, newest first',
        querystring: Type.Object({ procedureCode: Type.Optional(Type.String({ maxLength: 40 })), staffId: Type.Optional(Type.String({ format: 'uuid' })), from: Type.Optional(Day), to: Type.Optional(Day), ...PageQuery }, { additionalProperties: false }),
        response: { 200: pageOf(TrainingItem), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return training.list(accountOf(request), filter, { page: page ?? 1, pageSize: pageSize ?? 50 });
    },
  );
}
