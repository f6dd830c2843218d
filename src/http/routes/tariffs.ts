/** Published tariff tables and the price calculator. */
import { Type } from 'typebox';
import type { TariffService } from '../../catalog/tariff-service.js';
import { ZONES } from '../../domain/tariff/types.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Line = Type.Object({ code: Type.String(), labelVi: Type.String(), labelEn: Type.String(), amount: Type.Integer({ description: 'đồng; negative for a discount' }) });

export function tariffRoutes(app: App, deps: { tariffs: TariffService; today: () => string }): void {
  app.get(
    '/api/v1/tariffs/quote',
    {
      config: { access: 'public' },
      schema: {
        tags: ['tariffs'],
        summary: 'Price of sending a dossier and/or receiving the result by post, itemised, in đồng',
        querystring: Type.Object(
          {
            direction: stringEnum(['pickup', 'delivery', 'both'] as const, { description: 'pickup: send the dossier; delivery: receive the result; both' }),
            zone: stringEnum(ZONES),
            weightGrams: Type.Integer({ minimum: 1, maximum: 30_000 }),
            collectFees: Type.Optional(Type.Boolean({ default: false, description: 'The postman collects the procedure fees on your behalf' })),
            discount: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Exemption or discount category (Circular 22/2017)' })),
            date: Type.Optional(Type.String({ format: 'date', description: 'Tariff in force on this date; default today' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ tariffId: Type.String(), isSample: Type.Boolean(), date: Type.String({ format: 'date' }), lines: Type.Array(Line), total: Type.Integer() }),
          400: Type.Ref('Problem'),
          404: Type.Ref('Problem'),
        },
      },
    },
    async (request) => {
      const { direction, zone, weightGrams, collectFees, discount } = request.query;
      const date = request.query.date ?? deps.today();
      const result = await deps.tariffs.quoteOn(date, { direction, zone, weightGrams, collectFees: collectFees ?? false, ...(discount === undefined ? {} : { discount }) });
      return { ...result, date };
    },
  );

  app.get(
    '/api/v1/tariffs',
    {
      config: { access: 'public' },
      schema: {
        tags: ['tariffs'],
        summary: 'Every tariff table with its validity dates',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }) },
      },
    },
    async () => ({ items: (await deps.tariffs.tables()).map((t) => ({ ...t })) }),
  );
}
