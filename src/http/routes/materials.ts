/** Printable publicity of the service (R1): the poster and the leaflet of a desk or post office, as PDF. */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { MaterialsService } from '../../catalog/materials-service.js';
import type { App } from '../app-type.js';

const Pdf = Type.String({ contentMediaType: 'application/pdf', description: 'PDF document' });
const OfficeQuery = Type.Object(
  { office: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9-]+$', description: 'Organisation code of a one-stop desk or post office, e.g. X26041-TTPVHCC or X26041-BD' }) },
  { additionalProperties: false },
);
const errors = { 400: Type.Ref('Problem'), 404: Type.Ref('Problem') };

function sendPdf(reply: FastifyReply, bytes: Buffer, filename: string) {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(bytes);
}

export function materialRoutes(app: App, deps: { materials: MaterialsService }): void {
  app.get(
    '/api/v1/materials/poster.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'A4 poster for a desk or post office: the service, its steps, procedures by post there, the tariff, postal staff at the desk, a QR code to the site',
        querystring: OfficeQuery,
        response: { 200: Pdf, ...errors },
      },
    },
    async (request, reply) => sendPdf(reply, await deps.materials.poster(request.query.office), `ap-phich-${request.query.office}.pdf`),
  );

  app.get(
    '/api/v1/materials/leaflet.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'A5 leaflet for a desk or post office, with the same content as the poster',
        querystring: OfficeQuery,
        response: { 200: Pdf, ...errors },
      },
    },
    async (request, reply) => sendPdf(reply, await deps.materials.leaflet(request.query.office), `to-roi-${request.query.office}.pdf`),
  );
}
