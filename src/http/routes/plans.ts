/**
 * The plan's own tasks (R13): Plan 1106/KH-UBND's appendix loaded as data, and any later plan
 * entered here; status changes with their history, evidence (links or files), overdue tasks.
 */
import { Type } from 'typebox';
import { PROCEDURE_FILE_MEDIA_TYPES } from '../../catalog/procedure-file-types.js';
import { TASK_STATUSES } from '../../domain/reports/follow-up.js';
import type { ReportsService } from '../../reports/reports-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { errors } from './postal-schemas.js';
import { Day, Nullable, OrgRef, Person } from './reports.js';

const read = { access: { permission: 'reports:read' as const } };
const manage = { access: { permission: 'plans:manage' as const } };
const Problem = Type.Ref('Problem');

const TaskBody = Type.Object(
  {
    section: Type.String({ minLength: 1, maxLength: 10, description: 'Section of the appendix (I, II, …)' }),
    sectionTitle: Type.String({ minLength: 1, maxLength: 500 }),
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    content: Type.String({ minLength: 1, maxLength: 4000 }),
    product: Type.String({ minLength: 1, maxLength: 1000 }),
    leadAgencies: Type.String({ minLength: 1, maxLength: 1000 }),
    coordinatingAgencies: Type.String({ maxLength: 2000 }),
    deadline: Type.String({ minLength: 1, maxLength: 200, description: 'As the plan writes it: "Tháng 7 năm 2019", "Quý 3/2019", "Thường xuyên", "Ngay sau khi …"' }),
  },
  { additionalProperties: false },
);

const TaskView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  planId: Type.String({ format: 'uuid' }),
  planCode: Type.String(),
  section: Type.String(),
  sectionTitle: Type.String(),
  number: Type.Integer(),
  content: Type.String(),
  product: Type.String(),
  leadAgencies: Type.String(),
  coordinatingAgencies: Type.String(),
  deadline: Type.Object({ text: Type.String(), kind: stringEnum(['date', 'ongoing', 'event'] as const), dueOn: Nullable(Day) }),
  status: stringEnum(TASK_STATUSES),
  statusLabel: Type.Object({ vi: Type.String(), en: Type.String() }),
  statusChangedAt: Type.String({ format: 'date-time' }),
  overdue: Type.Boolean(),
  daysOverdue: Nullable(Type.Integer()),
  evidenceCount: Type.Integer(),
});

const TaskDetail = Type.Object({
  ...TaskView.properties,
  history: Type.Array(Type.Object({ seq: Type.Integer(), from: Nullable(stringEnum(TASK_STATUSES)), to: stringEnum(TASK_STATUSES), at: Type.String({ format: 'date-time' }), by: Nullable(Person), note: Nullable(Type.String()) })),
  evidence: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      kind: stringEnum(['link', 'file'] as const),
      title: Type.String(),
      url: Type.String({ description: 'The link, or where the file is downloaded' }),
      fileName: Nullable(Type.String()),
      mediaType: Nullable(Type.String()),
      byteSize: Nullable(Type.Integer()),
      sha256: Nullable(Type.String()),
      addedBy: Person,
      addedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

const PlanSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  title: Type.String(),
  issuedOn: Day,
  issuer: Type.String(),
  organisation: Nullable(OrgRef),
  source: Type.String(),
  note: Nullable(Type.String()),
  tasks: Type.Object({ total: Type.Integer(), done: Type.Integer(), overdue: Type.Integer() }),
});
const PlanDetail = Type.Object({ ...PlanSummary.properties, taskList: Type.Array(TaskView) });

const PlanId = Type.Object({ id: Type.String({ format: 'uuid' }) });
const TaskId = Type.Object({ taskId: Type.String({ format: 'uuid' }) });

export function planRoutes(app: App, deps: { reports: ReportsService }): void {
  const { plans } = deps.reports;

  app.get('/api/v1/plans', { config: read, schema: { tags: ['reports'], summary: 'Plans that concern your organisation, with their tasks counted (done, overdue)', response: { 200: Type.Object({ items: Type.Array(PlanSummary) }), ...errors } } }, async (request) => ({
    items: await plans.list(accountOf(request)),
  }));

  app.post(
    '/api/v1/plans',
    {
      config: manage,
      schema: {
        tags: ['reports'],
        summary: 'Enter a new plan of your organisation with its tasks, the way Plan 1106 was loaded',
        body: Type.Object(
          {
            code: Type.String({ minLength: 1, maxLength: 60, description: 'e.g. 123/KH-UBND' }),
            title: Type.String({ minLength: 1, maxLength: 1000 }),
            issuedOn: Day,
            issuer: Type.String({ minLength: 1, maxLength: 300 }),
            source: Type.Optional(Type.String({ maxLength: 500 })),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
            tasks: Type.Array(TaskBody, { maxItems: 300 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: PlanDetail, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await plans.create(accountOf(request), request.body, requestContext(request))),
  );

  app.get('/api/v1/plans/overdue-tasks', { config: read, schema: { tags: ['reports'], summary: 'Tasks past their deadline and neither done nor cancelled, most overdue first', response: { 200: Type.Object({ items: Type.Array(TaskView) }), ...errors } } }, async (request) => ({
    items: await plans.overdue(accountOf(request)),
  }));

  app.get('/api/v1/plans/:id', { config: read, schema: { tags: ['reports'], summary: 'A plan and its tasks', params: PlanId, response: { 200: PlanDetail, ...errors } } }, async (request) => plans.get(accountOf(request), request.params.id));

  app.post(
    '/api/v1/plans/:id/tasks',
    { config: manage, schema: { tags: ['reports'], summary: 'Add a task to a plan', params: PlanId, body: TaskBody, response: { 201: TaskView, ...errors } } },
    async (request, reply) => reply.code(201).send(await plans.addTask(accountOf(request), request.params.id, request.body, requestContext(request))),
  );

  app.get('/api/v1/plans/tasks/:taskId', { config: read, schema: { tags: ['reports'], summary: 'A task with its status history and evidence', params: TaskId, response: { 200: TaskDetail, ...errors } } }, async (request) =>
    plans.task(accountOf(request), request.params.taskId),
  );

  app.post(
    '/api/v1/plans/tasks/:taskId/status',
    {
      config: manage,
      schema: {
        tags: ['reports'],
        summary: 'Change a task’s status (kept in its history with who and why)',
        params: TaskId,
        body: Type.Object({ status: stringEnum(TASK_STATUSES), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        response: { 200: TaskDetail, ...errors },
      },
    },
    async (request) => plans.changeStatus(accountOf(request), request.params.taskId, request.body, requestContext(request)),
  );

  app.post(
    '/api/v1/plans/tasks/:taskId/evidence',
    {
      config: manage,
      bodyLimit: 7_500_000,
      schema: {
        tags: ['reports'],
        summary: 'Add evidence to a task: a link, or a file (base64, at most 5 MB; PDF, Word, Excel, JPEG or PNG, checked by content)',
        params: TaskId,
        body: Type.Union([
          Type.Object({ kind: Type.Literal('link'), title: Type.String({ minLength: 1, maxLength: 300 }), url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }) }, { additionalProperties: false }),
          Type.Object(
            {
              kind: Type.Literal('file'),
              title: Type.String({ minLength: 1, maxLength: 300 }),
              fileName: Type.String({ minLength: 1, maxLength: 200 }),
              mediaType: Type.String({ maxLength: 120, description: `One of ${PROCEDURE_FILE_MEDIA_TYPES.join(', ')}` }),
              contentBase64: Type.String({ minLength: 4, maxLength: 7_340_032 }),
            },
            { additionalProperties: false },
          ),
        ]),
        response: { 201: TaskDetail, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem, 415: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await plans.addEvidence(accountOf(request), request.params.taskId, request.body, requestContext(request))),
  );

  app.get(
    '/api/v1/plans/tasks/:taskId/evidence/:evidenceId',
    {
      config: read,
      schema: { tags: ['reports'], summary: 'Download an evidence file', params: Type.Object({ taskId: Type.String({ format: 'uuid' }), evidenceId: Type.String({ format: 'uuid' }) }), response: { 200: Type.String({ contentEncoding: 'binary' }), ...errors } },
    },
    async (request, reply) => {
      const file = await plans.evidenceFile(accountOf(request), request.params.taskId, request.params.evidenceId);
      return reply.header('content-type', file.mediaType).header('content-disposition', file.contentDisposition).header('etag', `"${file.sha256}"`).send(file.bytes);
    },
  );
}
