/**
 * Publishing a new tariff version: a whole table with its validity. It starts tomorrow at the
 * earliest and closes the versions still open on its first day (domain/tariff/new-version.ts).
 */
import { Type } from 'typebox';
import type { TariffAdmin } from '../../catalog/tariff-admin.js';
import { DIRECTIONS, ZONES } from '../../domain/tariff/types.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Problem = Type.Ref('Problem');
const Day = Type.String({ format: 'date' });
const Amount = Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'đồng' });

const Rate = Type.Object(
  {
    direction: stringEnum(DIRECTIONS),
    zone: stringEnum(ZONES),
    tiers: Type.Array(Type.Object({ upToGrams: Type.Integer({ minimum: 1, maximum: 1_000_000 }), price: Amount }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
    extraPer500Grams: Amount,
  },
  { additionalProperties: false },
);

const Discount = Type.Object(
  {
    category: Type.String({ minLength: 1, maxLength: 60 }),
    percent: Type.Integer({ minimum: 1, maximum: 100 }),
    nameVi: Type.String({ minLength: 1, maxLength: 300 }),
    nameEn: Type.String({ minLength: 1, maxLength: 300 }),
    legalRef: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

const Table = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,79}$', description: 'Lower-case letters, digits and dashes, e.g. vnpost-dong-nai-2027' }),
    nameVi: Type.String({ minLength: 1, maxLength: 300 }),
    nameEn: Type.String({ minLength: 1, maxLength: 300 }),
    isSample: Type.Boolean({ description: 'True for reference figures not decided for this province: shown as sample prices' }),
    source: Type.String({ minLength: 1, maxLength: 1000, description: 'The deciding document or its URL' }),
    validFrom: Day,
    validTo: Type.Union([Day, Type.Null()]),
    rates: Type.Array(Rate, { minItems: 1, maxItems: 40 }),
    feeCollectionSurcharge: Amount,
    discounts: Type.Array(Discount, { maxItems: 50 }),
  },
  { additionalProperties: false },
);

export function adminTariffRoutes(app: App, deps: { tariffAdmin: TariffAdmin }): void {
  app.post(
    '/api/v1/admin/tariffs',
    {
      config: { access: { permission: 'catalog:manage' } },
      schema: {
        tags: ['tariffs'],
        summary: 'Publish a new tariff version; it closes the versions still open on its first day; audited',
        description:
          'validFrom must be after today (no price of a day that has begun ever changes) and after the first day of every published version. ' +
          'Errors name the field (e.g. rates.0.tiers.1.upToGrams); a clash with published versions (id taken, a later version) is a 409.',
        body: Table,
        response: {
          201: Type.Object({ table: Table, closed: Type.Array(Type.Object({ id: Type.String(), validTo: Day }), { description: 'Versions whose last day is now the day before validFrom' }) }),
          400: Problem,
          401: Problem,
          403: Problem,
          409: Problem,
        },
      },
    },
    async (request, reply) => reply.code(201).send(await deps.tariffAdmin.publish(accountOf(request), request.body, requestContext(request))),
  );
}
