/**
 * The figures of the provincial post's periodic report to the provincial department
 * (quarterly, half-year, annual: volumes, revenue, complaints, items lost or damaged,
 * compensation), with its due date. Each figure that comes from the indicators carries its
 * measure id, so it opens to its list like any other.
 */
import { sql } from 'drizzle-orm';
import type { MeasureId } from '../domain/reports/measures.js';
import { parsePeriod } from '../domain/reports/periods.js';
import { deadlineState } from '../domain/reports/report-deadlines.js';
import { dueDateOf } from '../domain/reports/report-deadlines.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import type { Deadlines } from './deadlines.js';
import { type Indicators, type PeriodView, periodView } from './indicators.js';
import { type Reader, readScope } from './reader.js';
import { uuidArray } from './sql.js';

export const POSTAL_REPORT_MEASURES = [
  'items.taken-in',
  'transit.on-time',
  'transit.late',
  'results.handed-to-post',
  'postage.revenue',
  'fees.collected',
  'fees.remitted',
  'items.lost-or-damaged',
  'complaints.received',
  'complaints.resolved',
  'complaints.compensation',
] as const satisfies readonly MeasureId[];

export interface PostalOperatorReport {
  period: PeriodView;
  report: { kind: string; vi: string; en: string; recipient: string } | null;
  dueOn: string | null;
  deadline: { state: string; daysLeft: number } | null;
  volumes: { dossiersTakenIn: number; resultsCarried: number };
  transit: { onTime: number; late: number };
  revenue: { postage: number };
  fees: { collected: number; remitted: number };
  complaints: { received: number; resolved: number; compensation: number };
  losses: { itemsLostOrDamaged: number; lost: number; damaged: number; compensation: number };
  compensationTotal: number;
  /** The indicators these figures come from, by measure id (GET /api/v1/reports/drill-down?measure=…). */
  measures: Record<(typeof POSTAL_REPORT_MEASURES)[number], number>;
}

const KINDS = ['postal-quarterly', 'postal-half-year', 'postal-annual'];

export function createPostalOperatorReport(deps: { db: Db; now: () => Date; indicators: Indicators; deadlines: Deadlines }) {
  async function report(reader: Reader, request: { period: string }): Promise<PostalOperatorReport> {
    const period = parsePeriod(request.period);
    if (period === null || period.kind === 'month') {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'query', name: 'period', vi: 'phải là quý (2025-Q3), nửa năm (2025-H1) hoặc năm (2025)', en: 'must be a quarter (2025-Q3), half-year (2025-H1) or year (2025)' }] });
    }
    const table = await deps.indicators.indicators(reader, { period: period.key, measures: POSTAL_REPORT_MEASURES });
    const c = table.totals.counts;
    const scope = await readScope(deps.db, reader);
    // Incidents recorded by the reader's offices, or about items of the reader's offices and agencies.
    const scoped =
      scope.kind === 'all'
        ? sql`true`
        : sql`(x.organisation_id = any(${uuidArray(scope.ids)}) or exists (select 1 from postal_items i where i.item_number = x.item_number and (i.post_office_id = any(${uuidArray(scope.ids)}) or i.agency_id = any(${uuidArray(scope.ids)}))))`;
    const [incidents] = await queryRows<{ lost: number; damaged: number; compensation: unknown }>(
      deps.db,
      sql`select count(*) filter (where x.kind = 'lost')::int as lost, count(*) filter (where x.kind = 'damaged')::int as damaged, coalesce(sum(x.compensation), 0) as compensation
          from item_incidents x where x.occurred_on between ${period.first}::date and ${period.last}::date and ${scoped}`,
    );
    const rule = deps.deadlines.ruleFor(KINDS, period);
    const dueOn = rule === null ? null : dueDateOf(rule, period);
    const submitted = rule === null ? false : (await deps.deadlines.list(reader, {})).items.some((d) => d.kind === rule.kind && d.period.key === period.key && d.submission !== null);
    const incidentCompensation = Number(incidents?.compensation ?? 0);
    return {
      period: periodView(period),
      report: rule === null ? null : { kind: rule.kind, vi: rule.vi, en: rule.en, recipient: rule.recipientVi },
      dueOn,
      deadline: dueOn === null ? null : deadlineState(dueOn, vietnamDateOf(deps.now()), 0, submitted),
      volumes: { dossiersTakenIn: c['items.taken-in'], resultsCarried: c['results.handed-to-post'] },
      transit: { onTime: c['transit.on-time'], late: c['transit.late'] },
      revenue: { postage: c['postage.revenue'] },
      fees: { collected: c['fees.collected'], remitted: c['fees.remitted'] },
      complaints: { received: c['complaints.received'], resolved: c['complaints.resolved'], compensation: c['complaints.compensation'] },
      losses: { itemsLostOrDamaged: c['items.lost-or-damaged'], lost: Number(incidents?.lost ?? 0), damaged: Number(incidents?.damaged ?? 0), compensation: incidentCompensation },
      compensationTotal: c['complaints.compensation'] + incidentCompensation,
      measures: Object.fromEntries(POSTAL_REPORT_MEASURES.map((id) => [id, c[id]])) as PostalOperatorReport['measures'],
    };
  }

  return { report };
}

export type PostalOperatorReports = ReturnType<typeof createPostalOperatorReport>;
