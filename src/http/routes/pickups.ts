/**
 * Pickup requests: citizens on the public site (answered with a reference and a token shown
 * once, to follow or cancel the request), staff at the hotline or a counter, supervisors
 * assigning postmen.
 */
import { Type } from 'typebox';
import { PICKUP_STATUSES } from '../../domain/postal-item/pickup.js';
import type { PostalService } from '../../postal/postal-service.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { PersonName, Phone, ServiceFormSchema, errors } from './postal-schemas.js';

const pickupFields = {
  procedureCode: Type.String({ minLength: 1, maxLength: 40 }),
  serviceForm: ServiceFormSchema,
  applicant: Type.Object({ name: PersonName, phone: Phone, email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })) }, { additionalProperties: false }),
  address: Type.String({ minLength: 3, maxLength: 300, description: 'House number, street, hamlet' }),
  unitCode: Type.String({ pattern: '^[0-9]{5}$', description: 'Commune or ward code; codes from before the 2025 reform are resolved to the current unit' }),
  window: Type.Object({ from: Type.String({ format: 'date-time' }), to: Type.String({ format: 'date-time' }) }, { additionalProperties: false }),
};

const PublicPickupBody = Type.Object(
  {
    ...pickupFields,
    phoneVerificationToken: Type.Optional(Type.String({ minLength: 20, maxLength: 100, description: 'From POST /api/v1/phone-verifications/{id}/confirm, for the applicant’s phone: required unless PHONE_VERIFICATION=off; used up by the request' })),
  },
  { additionalProperties: false },
);

const PickupView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  procedureCode: Type.String(),
  serviceForm: ServiceFormSchema,
  status: stringEnum(PICKUP_STATUSES),
  unitCode: Type.String(),
  postOffice: Type.Object({ code: Type.String(), name: Type.String() }),
  window: Type.Object({ from: Type.String(), to: Type.String() }),
  channel: stringEnum(['public', 'hotline', 'counter'] as const),
  postmanAssigned: Type.Boolean(),
  itemNumber: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

const PickupDetail = Type.Intersect([
  PickupView,
  Type.Object({
    applicant: Type.Object({ name: Type.String(), phone: Type.String(), email: Type.Union([Type.String(), Type.Null()]) }),
    address: Type.String(),
    postmanId: Type.Union([Type.String(), Type.Null()]),
    cancelReason: Type.Union([Type.String(), Type.Null()]),
  }),
]);

const TokenHeader = Type.Object({ 'x-pickup-token': Type.String({ minLength: 16, maxLength: 64, description: 'The token given when the request was made' }) });
const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });
const IdParam = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function pickupRoutes(app: App, deps: { postal: PostalService }): void {
  const { pickups } = deps.postal;

  app.post(
    '/api/v1/pickups',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Ask for a postman to collect a dossier or deliver a result at an address (the phone verified by a one-time code first)',
        body: PublicPickupBody,
        response: { 201: Type.Object({ pickup: PickupView, accessToken: Type.String({ description: 'Shown once: needed to follow or cancel the request' }) }), ...errors },
      },
    },
    async (request, reply) => {
      const { pickup, accessToken } = await pickups.request(request.body, 'public', null);
      return reply.code(201).send({ pickup, accessToken: accessToken ?? '' });
    },
  );

  app.get(
    '/api/v1/pickups/:reference',
    {
      config: { access: 'public' },
      schema: { tags: ['public'], summary: 'Follow a pickup request (reference and token)', params: Type.Object({ reference: Type.String({ maxLength: 20 }) }), headers: TokenHeader, response: { 200: PickupView, ...errors } },
    },
    async (request) => pickups.publicView(request.params.reference, request.headers['x-pickup-token']),
  );

  app.post(
    '/api/v1/pickups/:reference/cancel',
    {
      config: { access: 'public' },
      schema: { tags: ['public'], summary: 'Cancel a pickup request before the dossier is taken in', params: Type.Object({ reference: Type.String({ maxLength: 20 }) }), headers: TokenHeader, body: CancelBody, response: { 200: PickupView, ...errors } },
    },
    async (request) => pickups.cancelByCitizen(request.params.reference, request.headers['x-pickup-token'], request.body.reason),
  );

  app.post(
    '/api/v1/postal/pickups',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: {
        tags: ['postal'],
        summary: 'Enter a pickup request taken by the hotline or at a counter',
        body: Type.Object({ ...pickupFields, channel: stringEnum(['hotline', 'counter'] as const) }, { additionalProperties: false }),
        response: { 201: PickupView, ...errors },
      },
    },
    async (request, reply) => {
      const { channel, ...input } = request.body;
      const { pickup } = await pickups.request(input, channel, accountOf(request));
      return reply.code(201).send(pickup);
    },
  );

  app.get(
    '/api/v1/postal/pickups',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: { tags: ['postal'], summary: 'Pickups of your offices (a postman: those assigned to them)', querystring: Type.Object({ status: Type.Optional(stringEnum(PICKUP_STATUSES)) }, { additionalProperties: false }), response: { 200: Type.Object({ items: Type.Array(PickupView) }), ...errors } },
    },
    async (request) => ({ items: await pickups.list(accountOf(request), request.query.status) }),
  );

  app.get(
    '/api/v1/postal/pickups/:id',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: { tags: ['postal'], summary: 'One pickup with the applicant’s contact (personal data: the read is audited)', params: IdParam, response: { 200: PickupDetail, ...errors } },
    },
    async (request) => pickups.detail(accountOf(request), request.params.id, requestContext(request)),
  );

  app.post(
    '/api/v1/postal/pickups/:id/assign',
    {
      config: { access: { permission: 'postal:supervise' } },
      schema: {
        tags: ['postal'],
        summary: 'Assign a postman of the responsible office: the one named, or the one with the fewest open pickups',
        params: IdParam,
        body: Type.Object({ postmanId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false }),
        response: { 200: PickupView, ...errors },
      },
    },
    async (request) => pickups.assign(accountOf(request), request.params.id, request.body.postmanId),
  );

  app.post(
    '/api/v1/postal/pickups/:id/cancel',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: { tags: ['postal'], summary: 'Cancel a pickup at the citizen’s request', params: IdParam, body: CancelBody, response: { 200: PickupView, ...errors } },
    },
    async (request) => pickups.cancelByStaff(accountOf(request), request.params.id, request.body.reason),
  );
}
