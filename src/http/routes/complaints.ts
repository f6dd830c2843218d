/**
 * Complaints about the postal service and items lost or damaged (issue 9), recorded by postal
 * staff for the items of their offices; counted in the indicators and the post's periodic report.
 */
import { Type } from 'typebox';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, INCIDENT_KINDS, INCIDENT_LEGS } from '../../domain/reports/record-kinds.js';
import type { ReportsService } from '../../reports/reports-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { errors } from './postal-schemas.js';
import { ComplaintItem, Day, Nullable, OrgRef, PageQuery, pageOf } from './reports.js';

const S10 = Type.String({ pattern: '^[A-Z]{2}\\d{9}[A-Z]{2}$', description: 'UPU S10 item number' });
const Money = Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'đồng' });
const record = { access: { permission: 'complaints:record' as const } };

const IncidentItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  itemNumber: Type.String(),
  kind: stringEnum(INCIDENT_KINDS),
  leg: stringEnum(INCIDENT_LEGS),
  occurredOn: Day,
  note: Nullable(Type.String()),
  compensation: Type.Integer({ description: 'đồng' }),
  organisation: Nullable(OrgRef),
  recordedAt: Type.String({ format: 'date-time' }),
});

export function complaintRoutes(app: App, deps: { reports: ReportsService }): void {
  const { complaints } = deps.reports;

  app.post(
    '/api/v1/complaints',
    {
      config: record,
      schema: {
        tags: ['reports'],
        summary: 'Record a complaint about a dossier or item of your offices (no personal data: the case identifies the person)',
        body: Type.Object(
          {
            receivedOn: Day,
            channel: stringEnum(COMPLAINT_CHANNELS),
            category: stringEnum(COMPLAINT_CATEGORIES),
            dossierCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
            itemNumber: Type.Optional(S10),
            summary: Type.String({ minLength: 1, maxLength: 2000, description: 'What the complaint is about, without names, phones or addresses' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ComplaintItem, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await complaints.record(accountOf(request), request.body, requestContext(request))),
  );

  app.get(
    '/api/v1/complaints',
    {
      config: record,
      schema: {
        tags: ['reports'],
        summary: 'Complaints recorded by your offices or about your agencies’ dossiers, newest first',
        querystring: Type.Object({ status: Type.Optional(stringEnum(['open', 'resolved', 'rejected'] as const)), from: Type.Optional(Day), to: Type.Optional(Day), ...PageQuery }, { additionalProperties: false }),
        response: { 200: pageOf(ComplaintItem), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return complaints.list(accountOf(request), filter, { page: page ?? 1, pageSize: pageSize ?? 50 });
    },
  );

  app.post(
    '/api/v1/complaints/item-incidents',
    {
      config: record,
      schema: {
        tags: ['reports'],
        summary: 'Record an item lost or damaged (damage noted by the desk on a handover record is counted without this)',
        body: Type.Object({ itemNumber: S10, kind: stringEnum(INCIDENT_KINDS), leg: stringEnum(INCIDENT_LEGS), occurredOn: Day, note: Type.Optional(Type.String({ maxLength: 2000 })), compensation: Type.Optional(Money) }, { additionalProperties: false }),
        response: { 201: IncidentItem, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await complaints.recordIncident(accountOf(request), request.body, requestContext(request))),
  );

  app.get(
    '/api/v1/complaints/item-incidents',
    {
      config: record,
      schema: {
        tags: ['reports'],
        summary: 'Items lost or damaged, of your offices and agencies',
        querystring: Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day), ...PageQuery }, { additionalProperties: false }),
        response: { 200: pageOf(IncidentItem), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return complaints.listIncidents(accountOf(request), filter, { page: page ?? 1, pageSize: pageSize ?? 50 });
    },
  );

  app.get(
    '/api/v1/complaints/:id',
    { config: record, schema: { tags: ['reports'], summary: 'One complaint', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: ComplaintItem, ...errors } } },
    async (request) => complaints.get(accountOf(request), request.params.id),
  );

  app.post(
    '/api/v1/complaints/:id/resolution',
    {
      config: record,
      schema: {
        tags: ['reports'],
        summary: 'Settle a complaint: resolved (with any compensation paid) or rejected, once',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ status: stringEnum(['resolved', 'rejected'] as const), resolution: Type.String({ minLength: 1, maxLength: 2000 }), resolvedOn: Day, compensation: Money }, { additionalProperties: false }),
        response: { 200: ComplaintItem, ...errors },
      },
    },
    async (request) => complaints.resolve(accountOf(request), request.params.id, request.body, requestContext(request)),
  );
}
