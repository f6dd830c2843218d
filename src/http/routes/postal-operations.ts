/** Items on the move: scans, the result's delivery or failed attempts, return to the agency, overdue items. */
import { Type } from 'typebox';
import type { PostalService } from '../../postal/postal-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { IdempotencyHeaders, idempotencyKeyOf, sendIdempotent } from '../idempotency-header.js';
import { DeliveredBody, FailedAttemptBody, ItemNumberParam, ItemState, ScanBody, errors } from './postal-schemas.js';

export function postalOperationRoutes(app: App, deps: { postal: PostalService }): void {
  const { scans, results, items } = deps.postal;
  const operate = { access: { permission: 'postal:operate' as const } };

  app.get(
    '/api/v1/postal/items/:itemNumber',
    {
      config: operate,
      schema: { tags: ['postal'], summary: 'One item with its custody chain and delivery attempts (personal data: the read is audited)', params: ItemNumberParam, response: { 200: Type.Object({}, { additionalProperties: true }), ...errors } },
    },
    async (request) => items.detail(accountOf(request), request.params.itemNumber, requestContext(request)),
  );

  app.post(
    '/api/v1/postal/items/:itemNumber/scans',
    {
      config: operate,
      schema: {
        tags: ['postal'],
        summary: 'Confirm receiving an item (office, transit, postman); a wrong place or a repeated scan is 409',
        headers: IdempotencyHeaders,
        params: ItemNumberParam,
        body: ScanBody,
        response: { 200: ItemState, ...errors },
      },
    },
    async (request, reply) => sendIdempotent(reply, await scans.scan(accountOf(request), idempotencyKeyOf(request), request.params.itemNumber, request.body)),
  );

  app.post(
    '/api/v1/postal/items/:itemNumber/delivery-attempts',
    {
      config: operate,
      schema: { tags: ['postal'], summary: 'A failed delivery of the result, with its reason; the next invitation is set two working days later', headers: IdempotencyHeaders, params: ItemNumberParam, body: FailedAttemptBody, response: { 201: ItemState, ...errors } },
    },
    async (request, reply) => sendIdempotent(reply, await results.failedAttempt(accountOf(request), idempotencyKeyOf(request), request.params.itemNumber, request.body)),
  );

  app.post(
    '/api/v1/postal/items/:itemNumber/delivery',
    {
      config: operate,
      schema: { tags: ['postal'], summary: 'The result delivered against an identity check and a signature (only the last four characters of the card number are kept)', headers: IdempotencyHeaders, params: ItemNumberParam, body: DeliveredBody, response: { 201: ItemState, ...errors } },
    },
    async (request, reply) => sendIdempotent(reply, await results.delivered(accountOf(request), idempotencyKeyOf(request), request.params.itemNumber, request.body)),
  );

  app.post(
    '/api/v1/postal/items/:itemNumber/return',
    {
      config: operate,
      schema: { tags: ['postal'], summary: 'Return the result to the agency after at least two invitations two working days apart', headers: IdempotencyHeaders, params: ItemNumberParam, response: { 201: ItemState, ...errors } },
    },
    async (request, reply) => sendIdempotent(reply, await results.returnToAgency(accountOf(request), idempotencyKeyOf(request), request.params.itemNumber)),
  );

  app.post(
    '/api/v1/postal/items/:itemNumber/redelivery',
    {
      config: operate,
      schema: { tags: ['postal'], summary: 'The recipient asked for delivery on another day', params: ItemNumberParam, body: Type.Object({ on: Type.String({ format: 'date' }) }, { additionalProperties: false }), response: { 200: ItemState, ...errors } },
    },
    async (request) => results.redeliverOn(accountOf(request), request.params.itemNumber, request.body.on),
  );

  app.get(
    '/api/v1/postal/overdue',
    {
      config: { access: { permission: 'postal:supervise' } },
      schema: {
        tags: ['postal'],
        summary: 'Dossiers not yet at the desk after their transit limit J+n, at the offices you see',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ itemNumber: Type.String(), state: Type.String(), transitDueOn: Type.String(), takenInAt: Type.String(), daysLate: Type.Integer() })) }), ...errors },
      },
    },
    async (request) => ({ items: await results.overdue(accountOf(request)) }),
  );
}
