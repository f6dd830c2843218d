/** The built-in one-stop desk: inbox of handover records, registration, processing steps, results. */
import { Type } from 'typebox';
import type { DeskService } from '../../desk/desk-service.js';
import { summary } from '../../desk/queries.js';
import { DOSSIER_STATUSES } from '../../domain/dossier/lifecycle.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { PersonName, Phone, errors } from './postal-schemas.js';

const S10 = Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$' });
const DossierSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  procedureCode: Type.String(),
  channel: stringEnum(['in-person', 'online', 'postal'] as const),
  resultMethod: stringEnum(['in-person', 'postal'] as const),
  itemNumber: Type.Union([Type.String(), Type.Null()]),
  status: stringEnum(DOSSIER_STATUSES),
  filedAt: Type.String(),
  dueAt: Type.String(),
  forwardBy: Type.String(),
  dueMoved: Type.Boolean(),
});
const IdParam = Type.Object({ id: Type.String({ minLength: 1, maxLength: 60, description: 'Dossier id or dossier code' }) });
const work = { access: { permission: 'dossiers:work' as const } };

export function deskRoutes(app: App, deps: { desk: DeskService }): void {
  const { inbox, registration, processing, queries } = deps.desk;
  const ok = async <T extends Parameters<typeof summary>[0]>(p: Promise<T>) => summary(await p);

  app.get(
    '/api/v1/desk/inbox',
    { config: work, schema: { tags: ['desk'], summary: 'Handover records the post sent to your desk', querystring: Type.Object({ status: Type.Optional(stringEnum(['pending', 'acknowledged'] as const)) }, { additionalProperties: false }), response: { 200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }), ...errors } } },
    async (request) => ({ items: await inbox.list(accountOf(request), request.query.status) }),
  );

  app.post(
    '/api/v1/desk/inbox/:manifestId/acknowledge',
    {
      config: work,
      schema: {
        tags: ['desk'],
        summary: 'Sign the handover record after the tally: the signature time is the legal filing time; each dossier received is registered',
        params: Type.Object({ manifestId: Type.String({ maxLength: 60 }) }),
        body: Type.Object({ received: Type.Array(S10), missing: Type.Array(S10), damaged: Type.Array(S10), extra: Type.Array(S10) }, { additionalProperties: false }),
        response: { 200: Type.Object({ manifest: Type.Object({}, { additionalProperties: true }), registered: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), itemNumber: Type.Union([Type.String(), Type.Null()]), dueAt: Type.String() })) }), ...errors },
      },
    },
    async (request) => inbox.acknowledge(accountOf(request), request.params.manifestId, request.body),
  );

  app.post(
    '/api/v1/desk/dossiers',
    {
      config: { access: { permission: 'dossiers:register' } },
      schema: {
        tags: ['desk'],
        summary: 'Register a dossier received in person or online (channels 1 and 2): code, due date, form 01',
        body: Type.Object(
          {
            procedureCode: Type.String({ minLength: 1, maxLength: 40 }),
            channel: stringEnum(['in-person', 'online'] as const),
            resultMethod: stringEnum(['in-person', 'postal'] as const),
            applicant: Type.Object({ name: PersonName, phone: Phone, email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })), idNumber: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{6,12}$' })), address: Type.String({ minLength: 3, maxLength: 300 }), unitCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })) }, { additionalProperties: false }),
            documents: Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: 500 }), kind: stringEnum(['original', 'copy', 'certified-copy'] as const), quantity: Type.Integer({ minimum: 1, maximum: 99 }) }, { additionalProperties: false }), { maxItems: 100 }),
            processingTime: Type.Optional(Type.Union([Type.Object({ workingDays: Type.Number({ exclusiveMinimum: 0, maximum: 365 }) }, { additionalProperties: false }), Type.Object({ workingHours: Type.Number({ exclusiveMinimum: 0, maximum: 2920 }) }, { additionalProperties: false })])),
          },
          { additionalProperties: false },
        ),
        response: { 201: DossierSummary, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(summary(await registration.registerDirect(accountOf(request), request.body))),
  );

  app.get(
    '/api/v1/desk/dossiers',
    { config: work, schema: { tags: ['desk'], summary: 'Dossiers of the desks you see', querystring: Type.Object({ status: Type.Optional(stringEnum(DOSSIER_STATUSES)) }, { additionalProperties: false }), response: { 200: Type.Object({ items: Type.Array(DossierSummary) }), ...errors } } },
    async (request) => ({ items: await queries.list(accountOf(request), { status: request.query.status }) }),
  );

  app.get(
    '/api/v1/desk/dossiers/:id',
    { config: work, schema: { tags: ['desk'], summary: 'One dossier with its steps and the actions you may take (personal data: the read is audited)', params: IdParam, response: { 200: Type.Object({}, { additionalProperties: true }), ...errors } } },
    async (request) => queries.detail(accountOf(request), request.params.id, requestContext(request)),
  );

  const step = (path: string, summaryText: string, body: ReturnType<typeof Type.Object>, run: (request: { actor: ReturnType<typeof accountOf>; id: string; body: Record<string, unknown> }) => Promise<Parameters<typeof summary>[0]>) =>
    app.post(`/api/v1/desk/dossiers/:id/${path}`, { config: work, schema: { tags: ['desk'], summary: summaryText, params: IdParam, body, response: { 200: DossierSummary, ...errors } } }, async (request) =>
      ok(run({ actor: accountOf(request), id: request.params.id, body: request.body as Record<string, unknown> })),
    );

  step('forward', 'Forward to the processing unit (same day, or next morning after 15:00)', Type.Object({ toOrganisationCode: Type.String({ minLength: 1, maxLength: 40 }), note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }), (r) =>
    processing.forward(r.actor, r.id, String(r.body['toOrganisationCode']), typeof r.body['note'] === 'string' ? r.body['note'] : null),
  );
  step('supplement-request', 'Ask for every missing item at once (form 02), within 3 working days of reception', Type.Object({ items: Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: 500 }), reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }) }, { additionalProperties: false }), (r) =>
    processing.requestSupplement(r.actor, r.id, { items: r.body['items'] as Array<{ name: string; reason: string }> }),
  );
  step('supplement-received', 'The dossier is complete: the processing time restarts from zero', Type.Object({}, { additionalProperties: false }), (r) => processing.receiveSupplement(r.actor, r.id));
  step('refusal', 'Refuse the dossier at reception (form 03)', Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }), (r) => processing.refuse(r.actor, r.id, String(r.body['reason'])));
  step('delay', 'Apologise and set a new due date (form 04): once, at least a day before the due date', Type.Object({ newDueAt: Type.String({ format: 'date-time' }), reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }), (r) =>
    processing.notifyDelay(r.actor, r.id, { newDueAt: String(r.body['newDueAt']), reason: String(r.body['reason']) }),
  );
  step('result', 'The result is ready at the desk; the citizen and the post are told', Type.Object({ note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }), (r) => processing.recordResult(r.actor, r.id, typeof r.body['note'] === 'string' ? r.body['note'] : null));
  step('delivery', 'The citizen collected the result in person', Type.Object({}, { additionalProperties: false }), (r) => processing.deliverInPerson(r.actor, r.id));

  app.post(
    '/api/v1/desk/result-handovers',
    {
      config: work,
      schema: {
        tags: ['desk'],
        summary: 'Hand results to the post on one handover record; each dossier is reported through the exchange',
        body: Type.Object({ dossierIds: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { minItems: 1, maxItems: 200 }), carrierId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false }),
        response: { 201: Type.Object({ number: Type.String(), dossiers: Type.Array(DossierSummary) }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await processing.handResultsToPost(accountOf(request), request.body);
      return reply.code(201).send({ number: result.number, dossiers: result.dossiers.map(summary) });
    },
  );
}
