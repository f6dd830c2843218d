/** The log of assisted online filings (R7) as the desk reads it back; recording one is in desk-documents.ts. */
import { Type } from 'typebox';
import type { DeskService } from '../../desk/desk-service.js';
import { parsePlainDate } from '../../domain/time/plain-date.js';
import { accountOf } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import { errors } from './postal-schemas.js';

const AssistedFiling = Type.Object({
  id: Type.String({ format: 'uuid' }),
  procedureCode: Type.String(),
  procedureName: Type.Union([Type.String(), Type.Null()], { description: 'Null when the code is no longer in the catalogue' }),
  outcome: stringEnum(['submitted', 'not-completed'] as const),
  onlineDossierCode: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  at: Type.String({ format: 'date-time' }),
  staffName: Type.String({ description: 'The staff member who helped' }),
  organisation: Type.Object({ code: Type.String(), name: Type.String() }),
});

export function assistedFilingRoutes(app: App, deps: { desk: DeskService }): void {
  app.get(
    '/api/v1/assisted-filings',
    {
      config: { access: { permission: 'assisted-filings:record' } },
      schema: {
        tags: ['desk'],
        summary: 'Help given to citizens filing online, recorded by the organisations you see, newest first (at most 500)',
        querystring: Type.Object(
          {
            from: Type.Optional(Type.String({ format: 'date', description: 'First day included (Vietnam time); by default 29 days before `to`' })),
            to: Type.Optional(Type.String({ format: 'date', description: 'Last day included (Vietnam time); by default today' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(AssistedFiling) }), ...errors },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      return { items: await deps.desk.assistedFilings.list(accountOf(request), { from: from === undefined ? undefined : parsePlainDate(from), to: to === undefined ? undefined : parsePlainDate(to) }) };
    },
  );
}
