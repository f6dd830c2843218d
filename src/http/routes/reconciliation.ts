/**
 * Reconciliation between the postal side and the one-stop side, one day at a time. The report
 * is province-wide: it is read by the provincial post's supervisors and the province's
 * administrators and leaders, who both answer for the whole flow.
 */
import { Type } from 'typebox';
import type { ReconciliationReport } from '../../exchange/reconciliation.js';
import type { App } from '../app-type.js';

const Difference = Type.Object({
  kind: Type.String(),
  reference: Type.String(),
  agencyCode: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
const Report = Type.Object({
  day: Type.String({ format: 'date' }),
  manifestsSent: Type.Integer(),
  manifestsAcknowledged: Type.Integer(),
  resultsHandedToPost: Type.Integer(),
  resultsDelivered: Type.Integer(),
  resultsReturned: Type.Integer(),
  feesCollected: Type.Integer(),
  feesRemitted: Type.Integer(),
  differences: Type.Array(Difference),
});

export function reconciliationRoutes(app: App, deps: { reconcile: (day: string) => Promise<ReconciliationReport> }): void {
  app.get(
    '/api/v1/admin/reconciliation',
    {
      config: { access: { permission: 'reconciliation:read' } },
      schema: {
        tags: ['exchange'],
        summary: 'Reconcile one day now: items handed over vs acknowledged, results handed vs delivered, fees collected vs remitted',
        querystring: Type.Object({ day: Type.String({ format: 'date', description: 'YYYY-MM-DD, Vietnam time' }) }, { additionalProperties: false }),
        response: { 200: Report, 400: Type.Ref('Problem'), 401: Type.Ref('Problem'), 403: Type.Ref('Problem') },
      },
    },
    async (request) => deps.reconcile(request.query.day),
  );
}
