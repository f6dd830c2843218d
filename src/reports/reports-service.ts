/** The reports module, assembled: the projection, the indicators and the records they count. */
import { recordAudit } from '../admin/audit.js';
import type { RequestContext } from '../admin/principal.js';
import type { Db } from '../platform/db/client.js';
import { createComplaints } from './complaints.js';
import { createDeadlines } from './deadlines.js';
import { createDifficulties } from './difficulties.js';
import { createIndicators } from './indicators.js';
import { readDeadlineRules } from './plan-data.js';
import { createPlans } from './plans.js';
import { createPostalOperatorReport } from './postal-operator-report.js';
import { createProjector } from './projector.js';
import type { Reader } from './reader.js';
import { createTraining } from './training.js';
import { createUnitDirectoryCache } from './units.js';

export interface ReportsDeps {
  db: Db;
  now: () => Date;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: () => string;
  postalShareTargetPercent: number;
  reportReminderDays: number;
  /** false: indicators from the projection's rows only, not the monthly rollup (tests compare the two). */
  rollup?: boolean;
}

export function createReportsService(deps: ReportsDeps) {
  const { db, now } = deps;
  const units = createUnitDirectoryCache(db, deps.today);
  const projector = createProjector({ db, now });
  const complaints = createComplaints({ db, now, projector });
  const training = createTraining({ db, now });
  const difficulties = createDifficulties({ db, now });
  const indicators = createIndicators({ db, now, units, targetPercent: deps.postalShareTargetPercent, complaints, training, difficulties, ...(deps.rollup === undefined ? {} : { rollup: deps.rollup }) });
  const deadlines = createDeadlines({ db, now, rules: readDeadlineRules(), leadDays: deps.reportReminderDays });
  return {
    projector,
    indicators,
    complaints,
    training,
    difficulties,
    plans: createPlans({ db, now }),
    deadlines,
    postalOperator: createPostalOperatorReport({ db, now, indicators, deadlines }),
    /** The in-process receiver of the reports' subscription. */
    receive: projector.receive,
    /** The projection from scratch, by an administrator (audited) or by `npm run reports:rebuild`. */
    async rebuild(actor: Reader, context: RequestContext) {
      const result = await projector.rebuild();
      await recordAudit(db, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, { action: 'reports.rebuild', outcome: 'success', details: result });
      return result;
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
