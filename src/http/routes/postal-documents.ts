/** The post's printable documents as PDF: intake slip, guidance slip of a refused intake, handover record. */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { PostalService } from '../../postal/postal-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { ItemNumberParam, errors } from './postal-schemas.js';

const Pdf = Type.String({ contentMediaType: 'application/pdf', description: 'PDF document' });

function sendPdf(reply: FastifyReply, bytes: Buffer, filename: string) {
  // Personal data: never cached by a shared proxy or the browser's disk cache.
  return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${filename}"`).header('cache-control', 'no-store').send(bytes);
}

export function postalDocumentRoutes(app: App, deps: { postal: PostalService }): void {
  const { documents } = deps.postal;
  const operate = { access: { permission: 'postal:operate' as const } };

  app.get(
    '/api/v1/postal/items/:itemNumber/slip.pdf',
    { config: operate, schema: { tags: ['postal'], summary: 'Phiếu gửi hồ sơ (intake slip) with the item barcode and a QR code to tracking; printing is audited', params: ItemNumberParam, response: { 200: Pdf, ...errors } } },
    async (request, reply) => sendPdf(reply, await documents.intakeSlip(accountOf(request), request.params.itemNumber, requestContext(request)), `phieu-gui-${request.params.itemNumber}.pdf`),
  );

  app.get(
    '/api/v1/postal/refusals/:id/guidance-slip.pdf',
    { config: operate, schema: { tags: ['postal'], summary: 'Guidance slip of a refused intake: what the citizen must add', params: Type.Object({ id: Type.String({ maxLength: 40 }) }), response: { 200: Pdf, ...errors } } },
    async (request, reply) => sendPdf(reply, await documents.guidanceSlip(accountOf(request), request.params.id), `huong-dan-bo-sung-${request.params.id.slice(0, 8)}.pdf`),
  );

  app.get(
    '/api/v1/postal/manifests/:id/pdf',
    { config: operate, schema: { tags: ['postal'], summary: 'Biên bản giao nhận (handover record) as PDF', params: Type.Object({ id: Type.String({ maxLength: 40 }) }), response: { 200: Pdf, ...errors } } },
    async (request, reply) => sendPdf(reply, await documents.manifest(accountOf(request), request.params.id), `bien-ban-${request.params.id.slice(0, 8)}.pdf`),
  );
}
