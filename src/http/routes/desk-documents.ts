/** The desk's forms as PDF, the tracking book as PDF or CSV, assisted online filings, and the public list of postal staff at a desk. */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { DESK_FORMS } from '../../desk/desk-documents.js';
import type { DeskService } from '../../desk/desk-service.js';
import { AppError } from '../../platform/errors.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { errors } from './postal-schemas.js';

const Pdf = Type.String({ contentMediaType: 'application/pdf' });

function pdf(reply: FastifyReply, bytes: Buffer, filename: string) {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${filename}"`).header('cache-control', 'no-store').send(bytes);
}

const Period = Type.Object({ from: Type.String({ format: 'date' }), to: Type.String({ format: 'date', description: 'Last day included' }) }, { additionalProperties: false });

function period(query: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(`${query.from}T00:00:00+07:00`);
  const to = new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (!(from < to) || to.getTime() - from.getTime() > 366 * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'query', name: 'to', vi: 'từ ngày phải trước đến ngày, tối đa một năm', en: 'from must precede to, at most a year apart' }] });
  }
  return { from, to };
}

export function deskDocumentRoutes(app: App, deps: { desk: DeskService }): void {
  const { documents, assistance } = deps.desk;

  app.get(
    '/api/v1/desk/dossiers/:id/forms/:form',
    {
      config: { access: { permission: 'dossiers:work' } },
      schema: { tags: ['desk'], summary: 'A statutory form of the dossier as PDF (01 receipt, 02 supplement request, 03 refusal, 04 apology, 05 control slip); printing is audited', params: Type.Object({ id: Type.String({ maxLength: 60 }), form: stringEnum(DESK_FORMS) }), response: { 200: Pdf, ...errors } },
    },
    async (request, reply) => {
      const { pdf: bytes, code } = await documents.form(accountOf(request), request.params.id, request.params.form, requestContext(request));
      return pdf(reply, bytes, `${request.params.form}-${code}.pdf`);
    },
  );

  app.get(
    '/api/v1/desk/tracking-book.pdf',
    { config: { access: { permission: 'dossiers:work' } }, schema: { tags: ['desk'], summary: 'The tracking book (form 06) of your desk for a period', querystring: Period, response: { 200: Pdf, ...errors } } },
    async (request, reply) => {
      const { from, to } = period(request.query);
      return pdf(reply, await documents.trackingBook(accountOf(request), from, to, requestContext(request)), `so-theo-doi-${request.query.from}-${request.query.to}.pdf`);
    },
  );

  app.get(
    '/api/v1/desk/tracking-book.csv',
    { config: { access: { permission: 'dossiers:work' } }, schema: { tags: ['desk'], summary: 'The tracking book as CSV (UTF-8)', querystring: Period, response: { 200: Type.String(), ...errors } } },
    async (request, reply) => {
      const { from, to } = period(request.query);
      const csv = await documents.trackingBookCsv(accountOf(request), from, to, requestContext(request));
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="so-theo-doi-${request.query.from}-${request.query.to}.csv"`).header('cache-control', 'no-store').send(csv);
    },
  );

  app.post(
    '/api/v1/assisted-filings',
    {
      config: { access: { permission: 'assisted-filings:record' } },
      schema: {
        tags: ['desk'],
        summary: 'Record help given to a citizen filing online (counted in the reports)',
        body: Type.Object({ procedureCode: Type.String({ minLength: 1, maxLength: 40 }), outcome: stringEnum(['submitted', 'not-completed'] as const), onlineDossierCode: Type.Optional(Type.String({ maxLength: 60 })), note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
        response: { 201: Type.Object({ id: Type.String(), procedureCode: Type.String(), outcome: Type.String(), at: Type.String() }), ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await assistance.recordAssistedFiling(accountOf(request), request.body)),
  );

  app.post(
    '/api/v1/admin/desk-postal-staff',
    {
      config: { access: { permission: 'accounts:manage' } },
      schema: {
        tags: ['admin'],
        summary: 'Assign a postal staff member to work at a one-stop desk (R8)',
        body: Type.Object({ deskCode: Type.String({ maxLength: 40 }), accountId: Type.String({ format: 'uuid' }), since: Type.String({ format: 'date' }), procedureCodes: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 500 }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await assistance.assignPostalStaff(accountOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/desks/:code/postal-staff',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Postal staff working at a one-stop desk today, and the procedures they receive (published, R8)',
        params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
        response: { 200: Type.Object({ desk: Type.Object({ code: Type.String(), name: Type.String() }), staff: Type.Array(Type.Object({ name: Type.String(), since: Type.String(), procedureCodes: Type.Array(Type.String()) })) }), ...errors },
      },
    },
    async (request) => assistance.postalStaffAt(request.params.code),
  );
}
