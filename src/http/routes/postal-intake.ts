/**
 * Intake: the checklist of a procedure, and taking a dossier in. An incomplete dossier is
 * answered with 422 `INTAKE_INCOMPLETE` listing what is missing and where to print the guidance
 * slip; nothing is taken in. Both answers are kept under the Idempotency-Key for retries.
 */
import { Type } from 'typebox';
import type { IntakeResult } from '../../postal/intake.js';
import type { PostalService } from '../../postal/postal-service.js';
import { AppError } from '../../platform/errors.js';
import { accountOf } from '../access.js';
import type { App } from '../app-type.js';
import { IdempotencyHeaders, idempotencyKeyOf } from '../idempotency-header.js';
import { stringEnum } from '../schemas.js';
import { OrgRefSchema, PersonName, Phone, ServiceFormSchema, Signature, errors } from './postal-schemas.js';

const ChecklistItem = Type.Object({ id: Type.String(), group: Type.Union([Type.String(), Type.Null()]), document: Type.String(), originals: Type.Integer(), copies: Type.Integer(), required: Type.Boolean() });

const IntakeBody = Type.Object(
  {
    pickupId: Type.Optional(Type.String({ format: 'uuid' })),
    procedureCode: Type.String({ minLength: 1, maxLength: 40 }),
    serviceForm: ServiceFormSchema,
    place: stringEnum(['address', 'post-office'] as const),
    applicant: Type.Object(
      {
        name: PersonName,
        phone: Phone,
        email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
        idNumber: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{6,12}$', description: 'Citizen identity card (12 digits) or passport number' })),
        address: Type.String({ minLength: 3, maxLength: 300 }),
        unitCode: Type.String({ pattern: '^[0-9]{5}$' }),
      },
      { additionalProperties: false },
    ),
    agencyCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'A desk the citizen chose; by default the competent desk of their unit' })),
    tally: Type.Array(
      Type.Object(
        {
          id: Type.String({ maxLength: 10 }),
          status: stringEnum(['present', 'missing', 'not-applicable'] as const),
          copyKind: Type.Union([stringEnum(['original', 'copy', 'certified-copy'] as const), Type.Null()]),
          note: Type.Union([Type.String({ maxLength: 300 }), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    weightGrams: Type.Integer({ minimum: 1, maximum: 30_000 }),
    discount: Type.Optional(Type.String({ maxLength: 60, description: 'A discount category of the tariff (Circular 22/2017)' })),
    fees: Type.Optional(Type.Object({ amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }), method: stringEnum(['cash', 'transfer'] as const) }, { additionalProperties: false })),
    signatures: Type.Object({ citizen: Signature, staff: Signature }, { additionalProperties: false }),
    itemNumber: Type.Optional(Type.String({ minLength: 13, maxLength: 20, description: 'The S10 number of a pre-printed label stuck on the envelope, from an active range; without it the next number is issued' })),
  },
  { additionalProperties: false },
);

const TakenIn = Type.Object({
  outcome: Type.Literal('taken-in'),
  itemNumber: Type.String(),
  slipNumber: Type.String(),
  state: Type.String(),
  agency: OrgRefSchema,
  postOffice: OrgRefSchema,
  postage: Type.Integer(),
  quoteLines: Type.Array(Type.Object({ code: Type.String(), labelVi: Type.String(), labelEn: Type.String(), amount: Type.Integer() })),
  feesCollected: Type.Integer(),
  total: Type.Integer(),
  transitDueOn: Type.String({ format: 'date' }),
  trackingUrl: Type.String(),
  payment: Type.Union([Type.Object({ method: Type.Literal('transfer'), amount: Type.Integer(), vietQr: Type.String({ description: 'VietQR (NAPAS EMVCo) payload: show it as a QR code for the citizen’s banking app' }) }), Type.Null()]),
});

export function intakeRoutes(app: App, deps: { postal: PostalService }): void {
  const { intake } = deps.postal;

  app.get(
    '/api/v1/postal/checklists/:procedureCode',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: {
        tags: ['postal'],
        summary: 'The documents to tally for a procedure, from its published dossier components',
        params: Type.Object({ procedureCode: Type.String({ maxLength: 40 }) }),
        response: { 200: Type.Object({ procedureCode: Type.String(), procedureName: Type.String(), postalServiceOffered: Type.Boolean(), items: Type.Array(ChecklistItem) }), ...errors },
      },
    },
    async (request) => intake.checklist(request.params.procedureCode),
  );

  app.post(
    '/api/v1/postal/intakes',
    {
      config: { access: { permission: 'postal:operate' } },
      schema: {
        tags: ['postal'],
        summary: 'Take a dossier in after the document tally: item number, postage, fees, slip',
        description: 'A dossier missing a document is refused with 422 INTAKE_INCOMPLETE (`missing`, `guidanceSlip`); nothing is taken in.',
        headers: IdempotencyHeaders,
        body: IntakeBody,
        response: { 201: TakenIn, ...errors },
      },
    },
    async (request, reply) => {
      const result = await intake.takeIn(accountOf(request), idempotencyKeyOf(request), request.body);
      if (result.replayed) void reply.header('idempotent-replayed', 'true');
      const body: IntakeResult = result.body;
      switch (body.outcome) {
        case 'taken-in':
          return reply.code(201).send(body);
        case 'refused-incomplete':
          throw new AppError('INTAKE_INCOMPLETE', {
            detail: { vi: `Hồ sơ còn thiếu: ${body.missing.map((m) => m.document).join('; ')}`, en: `Missing: ${body.missing.map((m) => m.document).join('; ')}` },
            extra: { missing: body.missing, refusalId: body.refusalId, guidanceSlip: `/api/v1/postal/refusals/${body.refusalId}/guidance-slip.pdf` },
          });
      }
    },
  );
}
