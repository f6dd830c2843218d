/** Administrative units in force on a date: current addresses and old ones alike. */
import { Type } from 'typebox';
import type { OrganisationService } from '../../catalog/organisation-service.js';
import type { App } from '../app-type.js';

const Unit = Type.Object({
  code: Type.String(),
  name: Type.String(),
  fullName: Type.String(),
  nameEn: Type.String(),
  type: Type.String(),
  level: Type.Integer(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.String({ format: 'date' }),
  validTo: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
});

export function unitRoutes(app: App, deps: { organisations: OrganisationService; today: () => string }): void {
  app.get(
    '/api/v1/units',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Administrative units in force on a date (default today), optionally the children of one unit',
        querystring: Type.Object(
          {
            at: Type.Optional(Type.String({ format: 'date', description: 'YYYY-MM-DD' })),
            parent: Type.Optional(Type.String({ pattern: '^[0-9]{2,5}$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ at: Type.String({ format: 'date' }), items: Type.Array(Unit) }), 400: Type.Ref('Problem') },
      },
    },
    async (request) => {
      const at = request.query.at ?? deps.today();
      return { at, items: await deps.organisations.unitsAt(at, request.query.parent) };
    },
  );
}
