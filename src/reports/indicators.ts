/**
 * The indicators (R11, R6, R7 and the plan's follow-up): every figure for a period, for the
 * whole scope of the reader or grouped by procedure, field, agency, or administrative unit
 * (today's, or the one at filing); the list behind each figure; the 12-month trend of the
 * postal share and the ranking of units, for the dashboard; CSV of any table.
 *
 * The answers are plain typed data: the dashboard and the report documents (DOCX, XLSX, PDF)
 * are built on them and cite figures by their measure id (src/domain/reports/measures.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import { inArray } from 'drizzle-orm';
import { organisationSubtree } from '../admin/scope.js';
import { organisations, procedures } from '../catalog/catalog.schema.js';
import { GROUP_BYS, type GroupBy, type IndicatorFigures, MEASURE_IDS, MEASURE_INFO, type MeasureCounts, type MeasureId, type MeasureSource, indicatorFigures, zeroCounts } from '../domain/reports/measures.js';
import { type Period, parsePeriod, periodLabel, trailingMonths } from '../domain/reports/periods.js';
import { ratio, shareAgainstTarget } from '../domain/reports/rules.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { referenceCache } from '../platform/reference-cache.js';
import type { ComplaintView, Complaints } from './complaints.js';
import { type CsvCell, toCsv } from './csv.js';
import type { DifficultyView, Difficulties } from './difficulties.js';
import { type DayRange, type MeasureContext, MEASURE_SQL, type ReadScope, type ReportFilters, aggregateSql, baseWhere, dimensionSql, measuresByQuery, sourceSql } from './measure-sql.js';
import { type Reader, notFound, readScope } from './reader.js';
import { assistedFilingViews, type AssistedFilingView, type CaseView, caseViews } from './case-views.js';
import { complaints as complaintsTable, difficulties as difficultiesTable, trainingRecords } from './reports.schema.js';
import type { Training, TrainingView } from './training.js';
import type { UnitDirectory, UnitDirectoryCache } from './units.js';
import { isWholeMonths, rollupAggregate, rollupQuery, rollupSupplements } from './rollup.js';
import { textArray } from './sql.js';
import { type PageRequest, offsetOf } from './views.js';

export interface FilterInput {
  procedureCode?: string | undefined;
  field?: string | undefined;
  /** An agency by its code; its whole subtree is counted. */
  agencyCode?: string | undefined;
  unitCode?: string | undefined;
  unitBasis?: 'current' | 'at-filing' | undefined;
}

export interface PeriodView {
  key: string;
  kind: Period['kind'];
  first: string;
  last: string;
  label: { vi: string; en: string };
}

export interface IndicatorGroup {
  /** The group's key (procedure code, field, agency id, unit code, YYYY-MM); null: records the dimension does not apply to. */
  key: string | null;
  label: string | null;
  counts: MeasureCounts;
  figures: IndicatorFigures;
}

export interface IndicatorTable {
  period: PeriodView;
  groupBy: GroupBy;
  filters: FilterInput;
  /** Open dossiers are judged late or not at this moment. */
  asOf: string;
  targetPercent: number;
  totals: IndicatorGroup;
  groups: IndicatorGroup[];
}

export type DrillDownItems =
  | { source: 'cases'; items: CaseView[] }
  | { source: 'complaints'; items: ComplaintView[] }
  | { source: 'assisted-filings'; items: AssistedFilingView[] }
  | { source: 'training'; items: TrainingView[] }
  | { source: 'difficulties'; items: DifficultyView[] };

export type DrillDownPage = {
  measure: MeasureId;
  label: { vi: string; en: string };
  period: PeriodView;
  groupBy: GroupBy;
  groupKey: string | null | undefined;
  /** The figure itself (a count, a sum in đồng, or a number of people). */
  value: number;
  /** Records behind it. */
  total: number;
  page: number;
  pageSize: number;
} & DrillDownItems;

export interface TrendPoint {
  month: string;
  label: { vi: string; en: string };
  eligible: number;
  byPost: number;
  ratio: number | null;
  meetsTarget: boolean | null;
}

export const RANKING_METRICS = ['postal-share', 'processing-on-time', 'transit-on-time'] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];

const METRIC_MEASURES = {
  'postal-share': { numerator: 'postal-share.by-post', denominator: ['postal-share.eligible'] },
  'processing-on-time': { numerator: 'processing.on-time', denominator: ['processing.on-time', 'processing.late'] },
  'transit-on-time': { numerator: 'transit.on-time', denominator: ['transit.on-time', 'transit.late'] },
} as const satisfies Record<RankingMetric, { numerator: MeasureId; denominator: readonly MeasureId[] }>;

export interface RankingItem {
  rank: number;
  key: string | null;
  label: string | null;
  numerator: number;
  denominator: number;
  ratio: number | null;
}

/** The group key of records a dimension does not apply to, in requests and CSV. */
export const NO_GROUP = '-';

export interface IndicatorDeps {
  db: Db;
  now: () => Date;
  units: UnitDirectoryCache;
  targetPercent: number;
  complaints: Complaints;
  training: Training;
  difficulties: Difficulties;
  /** false: every figure from the records themselves (the tests compare both ways). */
  rollup?: boolean;
}

function periodOf(key: string): Period {
  const period = parsePeriod(key);
  if (period === null) throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'query', name: 'period', vi: 'phải là năm (2025), nửa năm (2025-H1), quý (2025-Q3) hoặc tháng (2025-07)', en: 'must be a year (2025), half-year (2025-H1), quarter (2025-Q3) or month (2025-07)' }] });
  return period;
}

export function periodView(period: Period): PeriodView {
  return { key: period.key, kind: period.kind, first: period.first, last: period.last, label: periodLabel(period) };
}

function addCounts(into: MeasureCounts, from: Partial<MeasureCounts>): void {
  for (const id of MEASURE_IDS) into[id] += from[id] ?? 0;
}

export function createIndicators(deps: IndicatorDeps) {
  const { db } = deps;
  /** The catalogue's postal decisions change a few times a year: read at most every 30 s. */
  const eligibilityCache = referenceCache<MeasureContext['eligibility']>(30_000);

  async function context(): Promise<MeasureContext> {
    const asOf = deps.now();
    const eligibility = await eligibilityCache('procedures', async () => {
      const rows = await db.select({ code: procedures.code, offered: procedures.postalServiceOffered, since: procedures.postalSince }).from(procedures);
      return {
        always: rows.filter((r) => r.offered && r.since === null).map((r) => r.code),
        since: rows.filter((r) => r.offered && r.since !== null).map((r) => [r.code, r.since ?? ''] as const),
      };
    });
    return { asOf, today: vietnamDateOf(asOf), eligibility };
  }

  /** Filters as the queries use them; an agency outside the reader's scope does not exist for them. */
  async function filtersOf(reader: Reader, input: FilterInput, directory: UnitDirectory): Promise<ReportFilters> {
    let agencyIds: string[] | undefined;
    if (input.agencyCode !== undefined) {
      const [agency] = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.code, [input.agencyCode]));
      if (agency === undefined || !reader.visibleOrganisationIds.has(agency.id)) throw notFound({ vi: 'cơ quan', en: 'agency' });
      agencyIds = [...(await organisationSubtree(db, agency.id))];
    }
    const unitCodesAtFiling = input.unitCode === undefined ? undefined : input.unitBasis === 'at-filing' ? [input.unitCode] : directory.leadingTo(input.unitCode);
    return { procedureCode: input.procedureCode, field: input.field, agencyIds, unitCodesAtFiling };
  }

  /** Adds one query's rows into the groups (folding recorded units into today's when asked). */
  function collect(result: Map<string | null, MeasureCounts>, rows: Array<Record<string, unknown>>, ids: readonly MeasureId[], fold: boolean, directory: UnitDirectory): void {
    for (const row of rows) {
      const recorded = row['key'] === null || row['key'] === undefined ? null : String(row['key']);
      const k = fold && recorded !== null ? directory.currentOf(recorded) : recorded;
      const counts = result.get(k) ?? zeroCounts();
      ids.forEach((id, i) => {
        counts[id] += Number(row[`m${i}`] ?? 0);
      });
      result.set(k, counts);
    }
  }

  /**
   * From the records themselves: one query per source and date, each measure one aggregate,
   * grouped by the dimension. Every record falls in exactly one group, so a total is the sum of
   * its groups, except for distinct counts (people trained on several procedures), queried
   * apart. `extra` narrows the cases read (what the rollup leaves to the projection).
   */
  async function rowCounts(result: Map<string | null, MeasureCounts>, scope: ReadScope, range: DayRange, filters: ReportFilters, measures: readonly MeasureId[], groupBy: GroupBy, ctx: MeasureContext, directory: UnitDirectory, extra?: SQL): Promise<void> {
    for (const { source, basis, ids } of measuresByQuery(measures)) {
      const src = sourceSql(source, directory.succession, basis);
      // Today's unit of an address: grouped by the unit recorded and folded here, which costs
      // nothing per row; only distinct counts (people trained) must be grouped in SQL.
      const fold = groupBy === 'unit' && source !== 'training';
      const key = groupBy === 'none' ? sql`null::text` : dimensionSql(src, fold ? 'unit-at-filing' : groupBy);
      const columns = sql.join(
        ids.map((id, i) => sql`${aggregateSql(id, ctx)} as ${sql.raw(`m${i}`)}`),
        sql`, `,
      );
      const where = extra === undefined || source !== 'cases' ? baseWhere(src, range, scope, filters) : sql`${baseWhere(src, range, scope, filters)} and ${extra}`;
      collect(result, await queryRows<Record<string, unknown>>(db, sql`select ${key} as key, ${columns} from ${src.from} where ${where} group by 1`), ids, fold, directory);
    }
  }

  /**
   * The figures by group. Those of cases come from the monthly rollup when the range is whole
   * months (every period is), plus what the rollup leaves to the projection; the rest from
   * their records.
   */
  async function countsBy(scope: ReadScope, range: DayRange, filters: ReportFilters, measures: readonly MeasureId[], groupBy: GroupBy, ctx: MeasureContext, directory: UnitDirectory): Promise<Map<string | null, MeasureCounts>> {
    const result = new Map<string | null, MeasureCounts>();
    const fromRollup = deps.rollup !== false && isWholeMonths(range) ? measures.filter((id) => rollupAggregate(id, ctx) !== null) : [];
    await rowCounts(result, scope, range, filters, measures.filter((id) => !fromRollup.includes(id)), groupBy, ctx, directory);
    if (fromRollup.length === 0) return result;
    const columns = sql.join(
      fromRollup.map((id, i) => sql`${rollupAggregate(id, ctx) ?? sql`0`} as ${sql.raw(`m${i}`)}`),
      sql`, `,
    );
    const fold = groupBy === 'unit';
    collect(result, await queryRows<Record<string, unknown>>(db, rollupQuery(columns, groupBy === 'unit' ? 'unit-at-filing' : groupBy, range, scope, filters)), fromRollup, fold, directory);
    for (const supplement of rollupSupplements(fromRollup, ctx)) {
      await rowCounts(result, scope, range, filters, supplement.ids, groupBy, ctx, directory, supplement.where);
    }
    return result;
  }

  async function totalsOf(scope: ReadScope, range: DayRange, filters: ReportFilters, measures: readonly MeasureId[], groupBy: GroupBy, ctx: MeasureContext, directory: UnitDirectory, groups: Map<string | null, MeasureCounts>): Promise<MeasureCounts> {
    const totals = zeroCounts();
    if (groupBy === 'none') {
      addCounts(totals, groups.get(null) ?? {});
      return totals;
    }
    for (const counts of groups.values()) addCounts(totals, counts);
    const distinct = measures.filter((id) => MEASURE_INFO[id].source === 'training');
    if (distinct.length > 0) {
      const apart = new Map<string | null, MeasureCounts>();
      await rowCounts(apart, scope, range, filters, distinct, 'none', ctx, directory);
      const row = apart.get(null) ?? zeroCounts();
      for (const id of distinct) totals[id] = row[id];
    }
    return totals;
  }

  async function labelsOf(groupBy: GroupBy, keys: readonly string[], range: DayRange, directory: UnitDirectory): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    if (keys.length === 0) return labels;
    switch (groupBy) {
      case 'none':
        return labels;
      case 'procedure': {
        const rows = await db.select({ code: procedures.code, name: procedures.name }).from(procedures).where(inArray(procedures.code, [...keys]));
        for (const r of rows) labels.set(r.code, r.name);
        return labels;
      }
      case 'field':
        for (const k of keys) labels.set(k, k);
        return labels;
      case 'agency': {
        const rows = await db.select({ id: organisations.id, name: organisations.nameVi }).from(organisations).where(inArray(organisations.id, [...keys]));
        for (const r of rows) labels.set(r.id, r.name);
        return labels;
      }
      case 'unit':
        for (const k of keys) labels.set(k, directory.currentName(k) ?? k);
        return labels;
      case 'unit-at-filing':
        // A code may have been reused by the unit that absorbed it: name every unit it stood for in the period.
        for (const k of keys) labels.set(k, directory.namesBetween(k, range.first, range.last).join(' / ') || k);
        return labels;
      case 'month':
        for (const k of keys) {
          const p = parsePeriod(k);
          labels.set(k, p === null ? k : periodLabel(p).vi);
        }
        return labels;
      default: {
        const exhaustive: never = groupBy;
        return exhaustive;
      }
    }
  }

  async function indicators(reader: Reader, request: FilterInput & { period: string; groupBy?: GroupBy | undefined; measures?: readonly MeasureId[] | undefined }): Promise<IndicatorTable> {
    const period = periodOf(request.period);
    const groupBy = request.groupBy ?? 'none';
    const measures = [...new Set(request.measures ?? MEASURE_IDS)];
    const directory = await deps.units();
    const scope = await readScope(db, reader);
    const filters = await filtersOf(reader, request, directory);
    const ctx = await context();
    const groups = await countsBy(scope, period, filters, measures, groupBy, ctx, directory);
    const totals = await totalsOf(scope, period, filters, measures, groupBy, ctx, directory, groups);
    const keys = [...groups.keys()].filter((k): k is string => k !== null);
    const labels = await labelsOf(groupBy, keys, period, directory);
    const group = (key: string | null, counts: MeasureCounts): IndicatorGroup => ({ key, label: key === null ? null : (labels.get(key) ?? key), counts, figures: indicatorFigures(counts, deps.targetPercent) });
    const ordered = groupBy === 'none' ? [] : [...groups.entries()].sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
    return {
      period: periodView(period),
      groupBy,
      filters: { procedureCode: request.procedureCode, field: request.field, agencyCode: request.agencyCode, unitCode: request.unitCode, unitBasis: request.unitBasis },
      asOf: ctx.asOf.toISOString(),
      targetPercent: deps.targetPercent,
      totals: group(null, totals),
      groups: ordered.map(([key, counts]) => group(key, counts)),
    };
  }

  /** The postal share month by month, against the target: the dashboard's trend line. */
  async function trend(reader: Reader, request: FilterInput & { to?: string | undefined; months?: number | undefined }): Promise<{ targetPercent: number; filters: FilterInput; months: TrendPoint[] }> {
    const last = request.to === undefined ? vietnamDateOf(deps.now()) : periodOf(request.to).last;
    const months = trailingMonths(last, request.months ?? 12);
    const first = months[0];
    const end = months[months.length - 1];
    if (first === undefined || end === undefined) return { targetPercent: deps.targetPercent, filters: request, months: [] };
    const directory = await deps.units();
    const scope = await readScope(db, reader);
    const filters = await filtersOf(reader, request, directory);
    const groups = await countsBy(scope, { first: first.first, last: end.last }, filters, ['postal-share.eligible', 'postal-share.by-post'], 'month', await context(), directory);
    return {
      targetPercent: deps.targetPercent,
      filters: { procedureCode: request.procedureCode, field: request.field, agencyCode: request.agencyCode, unitCode: request.unitCode, unitBasis: request.unitBasis },
      months: months.map((m) => {
        const counts = groups.get(m.key) ?? zeroCounts();
        const share = shareAgainstTarget(counts['postal-share.by-post'], counts['postal-share.eligible'], deps.targetPercent);
        return { month: m.key, label: periodLabel(m), eligible: share.eligible, byPost: share.byPost, ratio: share.ratio, meetsTarget: share.meetsTarget };
      }),
    };
  }

  /** Units (or agencies, procedures) ranked by a ratio, best first; groups with nothing to divide come last. */
  async function ranking(reader: Reader, request: FilterInput & { period: string; by: Exclude<GroupBy, 'none' | 'month' | 'field'>; metric: RankingMetric; limit?: number | undefined }) {
    const metric = METRIC_MEASURES[request.metric];
    const table = await indicators(reader, { ...request, groupBy: request.by, measures: [metric.numerator, ...metric.denominator] });
    const items = table.groups
      .map((g) => {
        const numerator = g.counts[metric.numerator];
        const denominator = metric.denominator.reduce((sum, id) => sum + g.counts[id], 0);
        return { key: g.key, label: g.label, numerator, denominator, ratio: ratio(numerator, denominator) };
      })
      .sort((a, b) => (a.ratio === b.ratio ? b.denominator - a.denominator : a.ratio === null ? 1 : b.ratio === null ? -1 : b.ratio - a.ratio))
      .slice(0, request.limit ?? 100)
      .map((item, i): RankingItem => ({ rank: i + 1, ...item }));
    return { period: table.period, by: request.by, metric: request.metric, targetPercent: request.metric === 'postal-share' ? deps.targetPercent : null, asOf: table.asOf, items };
  }

  async function itemsOf(source: MeasureSource, ids: string[], directory: UnitDirectory): Promise<DrillDownItems> {
    switch (source) {
      case 'cases':
        return { source, items: await caseViews(db, ids, directory) };
      case 'complaints': {
        const rows = ids.length === 0 ? [] : await db.select().from(complaintsTable).where(inArray(complaintsTable.id, ids));
        return { source, items: await deps.complaints.views(ids.flatMap((id) => rows.filter((r) => r.id === id))) };
      }
      case 'assisted-filings':
        return { source, items: await assistedFilingViews(db, ids) };
      case 'training': {
        const rows = ids.length === 0 ? [] : await db.select().from(trainingRecords).where(inArray(trainingRecords.id, ids));
        return { source, items: await deps.training.views(ids.flatMap((id) => rows.filter((r) => r.id === id))) };
      }
      case 'difficulties': {
        const rows = ids.length === 0 ? [] : await db.select().from(difficultiesTable).where(inArray(difficultiesTable.id, ids));
        return { source, items: await deps.difficulties.views(ids.flatMap((id) => rows.filter((r) => r.id === id))) };
      }
      default: {
        const exhaustive: never = source;
        return exhaustive;
      }
    }
  }

  /**
   * The records behind one figure, a page at a time, in the order of their date: the same
   * conditions as the figure, so their number is the figure (or, for a sum, the records the
   * amounts come from).
   */
  async function drillDown(reader: Reader, request: FilterInput & { measure: MeasureId; period: string; groupBy?: GroupBy | undefined; groupKey?: string | undefined } & PageRequest): Promise<DrillDownPage> {
    const period = periodOf(request.period);
    const groupBy = request.groupBy ?? 'none';
    const info = MEASURE_INFO[request.measure];
    const directory = await deps.units();
    const scope = await readScope(db, reader);
    const filters = await filtersOf(reader, request, directory);
    const ctx = await context();
    const src = sourceSql(info.source, directory.succession, info.basis);
    const conditions: SQL[] = [baseWhere(src, period, scope, filters), MEASURE_SQL[request.measure].where(ctx)];
    if (groupBy !== 'none' && request.groupKey !== undefined) {
      if (groupBy === 'unit' && request.groupKey !== NO_GROUP) {
        // Today's unit: the addresses recorded under any code that leads to it (index-friendly).
        conditions.push(sql`${src.dimension['unit-at-filing']} = any(${textArray(directory.leadingTo(request.groupKey))})`);
      } else {
        const dim = dimensionSql(src, groupBy);
        conditions.push(request.groupKey === NO_GROUP ? sql`${dim} is null` : sql`${dim} = ${request.groupKey}`);
      }
    }
    const where = sql.join(conditions, sql` and `);
    // A case is one row of its source (read by one of its dates): no need to make its id distinct,
    // and the page is read in the order of the date's index. Training records are one row per
    // procedure they name, so the other sources make their ids distinct.
    const unique = info.source === 'cases';
    const [figure] = await queryRows<{ value: unknown; total: unknown }>(
      db,
      sql`select ${aggregateSql(request.measure, ctx)} as value, ${unique ? sql`count(*)` : sql`count(distinct ${src.id})`} as total from ${src.from} where ${where}`,
    );
    const ids = await queryRows<{ id: string }>(
      db,
      unique
        ? sql`select ${src.id} as id from ${src.from} where ${where} order by ${src.day}, 1 limit ${request.pageSize} offset ${offsetOf(request)}`
        : sql`select ${src.id} as id, min(${src.day}) as day from ${src.from} where ${where} group by 1 order by 2, 1 limit ${request.pageSize} offset ${offsetOf(request)}`,
    );
    return {
      measure: request.measure,
      label: { vi: info.vi, en: info.en },
      period: periodView(period),
      groupBy,
      groupKey: request.groupKey,
      value: Number(figure?.value ?? 0),
      total: Number(figure?.total ?? 0),
      page: request.page,
      pageSize: request.pageSize,
      ...(await itemsOf(info.source, ids.map((r) => String(r.id)), directory)),
    };
  }

  /** Any indicator table as CSV: one line per group, the totals last; headers in Vietnamese or English. */
  function tableCsv(table: IndicatorTable, lang: 'vi' | 'en'): string {
    const measureIds = MEASURE_IDS;
    const percent = (value: number | null): CsvCell => (value === null ? null : Math.round(value * 10_000) / 100);
    const header: CsvCell[] = [
      lang === 'vi' ? 'Mã nhóm' : 'Group key',
      lang === 'vi' ? 'Nhóm' : 'Group',
      ...measureIds.map((id) => MEASURE_INFO[id][lang]),
      lang === 'vi' ? 'Tỷ lệ hồ sơ qua BCCI (%)' : 'Postal share (%)',
      lang === 'vi' ? `Đạt chỉ tiêu ${table.targetPercent}%` : `Meets the ${table.targetPercent}% target`,
      lang === 'vi' ? 'Tỷ lệ giải quyết đúng hạn (%)' : 'Decided on time (%)',
      lang === 'vi' ? 'Tỷ lệ chuyển phát đúng hạn (%)' : 'Dossier leg on time (%)',
    ];
    const line = (g: IndicatorGroup, label: string | null): CsvCell[] => [
      g.key,
      label,
      ...measureIds.map((id) => g.counts[id]),
      percent(g.figures.postalShare.ratio),
      g.figures.postalShare.meetsTarget === null ? null : g.figures.postalShare.meetsTarget ? (lang === 'vi' ? 'Đạt' : 'yes') : lang === 'vi' ? 'Chưa đạt' : 'no',
      percent(g.figures.processing.onTimeRatio),
      percent(g.figures.transit.onTimeRatio),
    ];
    return toCsv([header, ...table.groups.map((g) => line(g, g.label)), line(table.totals, lang === 'vi' ? `Tổng cộng (${table.period.label.vi})` : `Total (${table.period.label.en})`)]);
  }

  return { indicators, trend, ranking, drillDown, tableCsv, groupBys: GROUP_BYS };
}

export type Indicators = ReturnType<typeof createIndicators>;
