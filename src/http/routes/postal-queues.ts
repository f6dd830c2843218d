/**
 * Work lists of a post office: items that may go on a handover record now, and results whose
 * delivery failed or that went back to the agency. No personal data in either answer.
 */
import { Type } from 'typebox';
import { FAILED_DELIVERY_REASONS } from '../../domain/postal-item/delivery.js';
import type { PostalService } from '../../postal/postal-service.js';
import { accountOf } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { OrgRefSchema, ServiceFormSchema, errors } from './postal-schemas.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const { 401: unauthorised, 403: forbidden } = errors;

const HandoverQueueItem = Type.Object({
  itemNumber: Type.String(),
  procedureCode: Type.String(),
  serviceForm: ServiceFormSchema,
  state: Type.String({ description: 'Custody state: collected, at-post-office or out-for-handover' }),
  heldAt: nullable(Type.Object({ code: Type.String(), name: Type.String() }, { description: 'The office holding it; null when it is in your own hands' })),
  desk: Type.Object({ code: Type.String(), name: Type.String() }, { description: 'The one-stop desk it is addressed to: toOrganisationCode of its handover record' }),
  fees: Type.Integer({ description: 'Fees collected on behalf of the agency, in đồng' }),
  takenInAt: Type.String({ format: 'date-time' }),
  transitDueOn: Type.String({ format: 'date', description: 'J+n: the day it must reach the desk' }),
});

const FailedDeliveryItem = Type.Object({
  itemNumber: Type.String(),
  procedureCode: Type.String(),
  dossierCode: nullable(Type.String()),
  state: Type.String({ description: 'result-at-post-office, out-for-delivery or returned-to-agency' }),
  postOffice: OrgRefSchema,
  agency: OrgRefSchema,
  failedAttempts: Type.Integer(),
  nextAttemptOn: nullable(Type.String({ format: 'date' })),
  lastAttempt: nullable(Type.Object({ at: Type.String({ format: 'date-time' }), reason: nullable(stringEnum(FAILED_DELIVERY_REASONS)) })),
  returnedAt: nullable(Type.String({ format: 'date-time' })),
  mayReturn: Type.Boolean({ description: 'Two invitations two working days apart are done: POST /api/v1/postal/items/{itemNumber}/return is allowed today' }),
});

export function postalQueueRoutes(app: App, deps: { postal: PostalService }): void {
  const { queues } = deps.postal;

  app.get(
    '/api/v1/postal/handover-queue',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: {
        tags: ['postal'],
        summary: 'Items you may put on a handover record now (at your offices or in your hands, on no unsigned record), with the desk each is addressed to',
        response: { 200: Type.Object({ items: Type.Array(HandoverQueueItem) }), 401: unauthorised, 403: forbidden },
      },
    },
    async (request) => ({ items: await queues.handoverQueue(accountOf(request)) }),
  );

  app.get(
    '/api/v1/postal/failed-deliveries',
    {
      config: { access: { permission: 'postal:supervise' } },
      schema: {
        tags: ['postal'],
        summary: 'Results of your offices whose delivery failed and that the post still holds, and those returned to the agency in the last 30 days',
        response: { 200: Type.Object({ items: Type.Array(FailedDeliveryItem) }), 401: unauthorised, 403: forbidden },
      },
    },
    async (request) => ({ items: await queues.failedDeliveries(accountOf(request)) }),
  );
}
