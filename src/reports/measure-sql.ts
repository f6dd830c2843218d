/**
 * Each figure as SQL: the source it reads, the condition that picks the records it counts,
 * and how it aggregates them. The figure and the list behind it (drill-down) use the same
 * condition, so a list always has exactly as many records as its figure counts. The rules are
 * those of src/domain/reports/rules.ts, written for the database.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type GroupBy, MEASURE_INFO, type MeasureBasis, type MeasureId, type MeasureSource } from '../domain/reports/measures.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { addDays, vietnamInstant } from '../domain/time/plain-date.js';
import { textArray, uuidArray, vietnamDay } from './sql.js';

/** A range of days, first and last included (a period, or the months of a trend). */
export interface DayRange {
  first: PlainDate;
  last: PlainDate;
}

/** The instants a range covers: Vietnam midnight to Vietnam midnight. */
export function rangeInstants(range: DayRange): { from: string; to: string } {
  return { from: vietnamInstant(range.first).toISOString(), to: vietnamInstant(addDays(range.last, 1)).toISOString() };
}

/** Values every condition may use: the moment "still open" is judged at, and that day. */
export interface MeasureContext {
  asOf: Date;
  today: string;
  /** R4/R11: procedures published for the post, and the day a decision took effect when there is one. */
  eligibility: { always: readonly string[]; since: ReadonlyArray<readonly [code: string, day: string]> };
}

const quote = (text: string) => `'${text.replace(/'/gu, "''")}'`;

/**
 * Whether a dossier counts toward the postal share: its procedure was published for the post on
 * its filing date (rules.ts countsTowardPostalShare). Written with the catalogue's few hundred
 * rows as constants rather than joined: over half a million dossiers a year the join cost more
 * than the rest of the query, and a constant list is looked up through a hash.
 */
function eligibleSql(ctx: MeasureContext): SQL {
  const always = `{${ctx.eligibility.always.map((c) => `"${c.replace(/["\\]/gu, (m) => `\\${m}`)}"`).join(',')}}`;
  const dated = ctx.eligibility.since.map(([code, day]) => ` or (c.procedure_code = ${quote(code)} and c.filed_on >= date ${quote(day)})`).join('');
  return sql.raw(`(c.procedure_code = any(${quote(always)}::text[])${dated})`);
}

export interface MeasureSql {
  /** Which records it counts (within the source, the period and the filters). */
  where: (ctx: MeasureContext) => SQL;
  /** count: records; sum: of this amount; distinct: of this value. */
  aggregate: { kind: 'count' } | { kind: 'sum'; of: SQL } | { kind: 'distinct'; of: SQL };
}

// The date that places a case in a period is the measure's own (MEASURE_INFO.basis): the source
// is read once per date, with that date's period condition, so `basis` only names it here.
const basis = (_name: 'filed' | 'taken-in' | 'handed', condition: SQL = sql`true`): SQL => condition;

export const MEASURE_SQL = {
  'dossiers.total': { where: () => basis('filed'), aggregate: { kind: 'count' } },
  'dossiers.in-person': { where: () => basis('filed', sql`c.channel = 'in-person'`), aggregate: { kind: 'count' } },
  'dossiers.online': { where: () => basis('filed', sql`c.channel = 'online'`), aggregate: { kind: 'count' } },
  'dossiers.postal': { where: () => basis('filed', sql`c.channel = 'postal'`), aggregate: { kind: 'count' } },
  'dossiers.unknown-channel': { where: () => basis('filed', sql`c.channel = 'unknown'`), aggregate: { kind: 'count' } },
  'postal-share.eligible': { where: (ctx) => basis('filed', eligibleSql(ctx)), aggregate: { kind: 'count' } },
  'postal-share.by-post': { where: (ctx) => basis('filed', sql`${eligibleSql(ctx)} and c.sent_by_post`), aggregate: { kind: 'count' } },
  'results.by-post-requested': { where: () => basis('filed', sql`c.result_by_post`), aggregate: { kind: 'count' } },
  'results.delivered-by-post': { where: () => basis('filed', sql`c.delivered_by_post_at is not null`), aggregate: { kind: 'count' } },
  'results.handed-to-post': { where: () => basis('handed'), aggregate: { kind: 'count' } },
  'processing.on-time': { where: () => basis('filed', sql`c.due_at is not null and c.decided_at is not null and c.decided_at <= c.due_at`), aggregate: { kind: 'count' } },
  'processing.late': {
    where: (ctx) => basis('filed', sql`c.due_at is not null and ((c.decided_at is not null and c.decided_at > c.due_at) or (c.decided_at is null and c.due_at < ${ctx.asOf.toISOString()}::timestamptz))`),
    aggregate: { kind: 'count' },
  },
  'processing.open': { where: (ctx) => basis('filed', sql`c.due_at is not null and c.decided_at is null and c.due_at >= ${ctx.asOf.toISOString()}::timestamptz`), aggregate: { kind: 'count' } },
  'deliveries.failed-attempts': { where: () => basis('filed', sql`c.delivery_failures > 0`), aggregate: { kind: 'sum', of: sql`c.delivery_failures` } },
  'deliveries.items-with-failure': { where: () => basis('filed', sql`c.delivery_failures > 0`), aggregate: { kind: 'count' } },
  'deliveries.returned-to-agency': { where: () => basis('filed', sql`c.returned_to_agency`), aggregate: { kind: 'count' } },
  'items.taken-in': { where: () => basis('taken-in'), aggregate: { kind: 'count' } },
  'transit.on-time': { where: () => basis('taken-in', sql`c.transit_due_on is not null and c.arrived_on is not null and c.arrived_on <= c.transit_due_on`), aggregate: { kind: 'count' } },
  'transit.late': {
    where: (ctx) => basis('taken-in', sql`c.transit_due_on is not null and ((c.arrived_on is not null and c.arrived_on > c.transit_due_on) or (c.arrived_on is null and c.transit_due_on < ${ctx.today}::date))`),
    aggregate: { kind: 'count' },
  },
  'transit.in-transit': { where: (ctx) => basis('taken-in', sql`c.transit_due_on is not null and c.arrived_on is null and c.transit_due_on >= ${ctx.today}::date`), aggregate: { kind: 'count' } },
  'items.lost-or-damaged': { where: () => basis('taken-in', sql`c.lost_or_damaged`), aggregate: { kind: 'count' } },
  'fees.collected': { where: () => basis('taken-in', sql`c.fees_collected > 0`), aggregate: { kind: 'sum', of: sql`c.fees_collected` } },
  'fees.remitted': { where: () => basis('taken-in', sql`c.fees_remitted > 0`), aggregate: { kind: 'sum', of: sql`c.fees_remitted` } },
  'postage.revenue': { where: () => basis('taken-in', sql`c.postage > 0`), aggregate: { kind: 'sum', of: sql`c.postage` } },
  'complaints.received': { where: () => sql`true`, aggregate: { kind: 'count' } },
  'complaints.resolved': { where: () => sql`k.status = 'resolved'`, aggregate: { kind: 'count' } },
  'complaints.compensation': { where: () => sql`k.compensation > 0`, aggregate: { kind: 'sum', of: sql`k.compensation` } },
  'assisted-filings.total': { where: () => sql`true`, aggregate: { kind: 'count' } },
  'assisted-filings.submitted': { where: () => sql`a.outcome = 'submitted'`, aggregate: { kind: 'count' } },
  // A record naming several procedures is one row per procedure here: count records, not rows.
  'training.records': { where: () => sql`true`, aggregate: { kind: 'distinct', of: sql`t.id` } },
  'training.staff': { where: () => sql`true`, aggregate: { kind: 'distinct', of: sql`t.staff_id` } },
  'difficulties.reported': { where: () => sql`true`, aggregate: { kind: 'count' } },
  'difficulties.answered': { where: () => sql`f.answered_at is not null`, aggregate: { kind: 'count' } },
} as const satisfies Record<MeasureId, MeasureSql>;

export function aggregateSql(id: MeasureId, ctx: MeasureContext): SQL {
  const m: MeasureSql = MEASURE_SQL[id];
  const where = m.where(ctx);
  switch (m.aggregate.kind) {
    case 'count':
      return sql`count(*) filter (where ${where})`;
    case 'sum':
      return sql`coalesce(sum(${m.aggregate.of}) filter (where ${where}), 0)`;
    case 'distinct':
      return sql`count(distinct ${m.aggregate.of}) filter (where ${where})`;
    default: {
      const exhaustive: never = m.aggregate;
      return exhaustive;
    }
  }
}

/** Who may be counted: everything (a reader at the top of the tree), or these organisations. */
export type ReadScope = { kind: 'all' } | { kind: 'organisations'; ids: readonly string[] };

export interface ReportFilters {
  procedureCode?: string | undefined;
  field?: string | undefined;
  /** The agency and every organisation under it. */
  agencyIds?: readonly string[] | undefined;
  /** Address units as recorded at filing: for a unit of today, every code that leads to it. */
  unitCodesAtFiling?: readonly string[] | undefined;
}

/** How one source is read: its tables, the day that places a record in a period, its dimensions and its scope. */
export interface SourceSql {
  from: SQL;
  /** The record's id, for drill-down lists. */
  id: SQL;
  /** The day (a date) that places the record in a period. */
  day: SQL;
  /** The period as a condition on an indexed column: exactly the records whose day is in it. */
  period: (range: DayRange) => SQL;
  scope: (ids: SQL) => SQL;
  dimension: Record<Exclude<GroupBy, 'none' | 'month'>, SQL>;
  agency: SQL;
}

function unitNow(column: SQL, succession: Readonly<Record<string, string>>): SQL {
  return sql`coalesce(${JSON.stringify(succession)}::jsonb ->> ${column}, ${column})`;
}

/** The date column of the projection that places a case in a period, for each of its dates. */
const CASE_DATES = {
  filed: { day: sql`c.filed_on`, period: (range: DayRange) => sql`c.filed_on between ${range.first}::date and ${range.last}::date` },
  'taken-in': { day: sql`c.taken_in_on`, period: (range: DayRange) => sql`c.taken_in_on between ${range.first}::date and ${range.last}::date` },
  handed: {
    day: vietnamDay(sql`c.result_handed_to_post_at`),
    period: (range: DayRange) => {
      const { from, to } = rangeInstants(range);
      return sql`c.result_handed_to_post_at >= ${from}::timestamptz and c.result_handed_to_post_at < ${to}::timestamptz`;
    },
  },
} as const;

/**
 * How a source is read. A case has three dates (filed, taken in, result handed to the post) and
 * each figure counts it by one of them: the projection is read once per date the figures need,
 * each time through that date's index (a dossier taken in on 30 January and filed on 2 February
 * counts in January's postal volume and in February's dossiers).
 */
export function sourceSql(source: MeasureSource, succession: Readonly<Record<string, string>>, basis: MeasureBasis = 'filed'): SourceSql {
  switch (source) {
    case 'cases': {
      const date = basis === 'taken-in' || basis === 'handed' ? CASE_DATES[basis] : CASE_DATES.filed;
      return {
        from: sql`report_dossiers c`,
        id: sql`c.case_key`,
        day: date.day,
        period: date.period,
        scope: (ids) => sql`(c.agency_id = any(${ids}) or c.post_office_id = any(${ids}))`,
        dimension: { procedure: sql`c.procedure_code`, field: sql`c.field`, agency: sql`c.agency_id::text`, unit: unitNow(sql`c.unit_code_at_filing`, succession), 'unit-at-filing': sql`c.unit_code_at_filing` },
        agency: sql`c.agency_id`,
      };
    }
    case 'complaints':
      return {
        from: sql`complaints k left join procedures p on p.code = k.procedure_code`,
        id: sql`k.id::text`,
        day: sql`k.received_on`,
        period: (range) => sql`k.received_on between ${range.first}::date and ${range.last}::date`,
        scope: (ids) => sql`(k.organisation_id = any(${ids}) or k.agency_id = any(${ids}))`,
        dimension: { procedure: sql`k.procedure_code`, field: sql`p.field`, agency: sql`k.agency_id::text`, unit: unitNow(sql`k.unit_code`, succession), 'unit-at-filing': sql`k.unit_code` },
        agency: sql`k.agency_id`,
      };
    case 'assisted-filings':
      return {
        from: sql`assisted_filings a join organisations o on o.id = a.organisation_id left join procedures p on p.code = a.procedure_code`,
        id: sql`a.id::text`,
        day: vietnamDay(sql`a.at`),
        period: (range) => {
          const { from, to } = rangeInstants(range);
          return sql`a.at >= ${from}::timestamptz and a.at < ${to}::timestamptz`;
        },
        scope: (ids) => sql`a.organisation_id = any(${ids})`,
        dimension: { procedure: sql`a.procedure_code`, field: sql`p.field`, agency: sql`a.organisation_id::text`, unit: unitNow(sql`o.unit_code`, succession), 'unit-at-filing': sql`o.unit_code` },
        agency: sql`a.organisation_id`,
      };
    case 'training':
      return {
        from: sql`training_records t join organisations o on o.id = t.organisation_id
          cross join lateral unnest(case when cardinality(t.procedure_codes) = 0 then array[null]::text[] else t.procedure_codes end) as tp(procedure_code)
          left join procedures p on p.code = tp.procedure_code`,
        id: sql`t.id::text`,
        day: sql`t.trained_on`,
        period: (range) => sql`t.trained_on between ${range.first}::date and ${range.last}::date`,
        scope: (ids) => sql`t.organisation_id = any(${ids})`,
        dimension: { procedure: sql`tp.procedure_code`, field: sql`p.field`, agency: sql`t.organisation_id::text`, unit: unitNow(sql`o.unit_code`, succession), 'unit-at-filing': sql`o.unit_code` },
        agency: sql`t.organisation_id`,
      };
    case 'difficulties':
      return {
        from: sql`difficulties f left join procedures p on p.code = f.procedure_code`,
        id: sql`f.id::text`,
        day: vietnamDay(sql`f.reported_at`),
        period: (range) => {
          const { from, to } = rangeInstants(range);
          return sql`f.reported_at >= ${from}::timestamptz and f.reported_at < ${to}::timestamptz`;
        },
        scope: (ids) => sql`(f.organisation_id = any(${ids}) or f.routed_to_organisation_id = any(${ids}))`,
        dimension: { procedure: sql`f.procedure_code`, field: sql`p.field`, agency: sql`f.organisation_id::text`, unit: unitNow(sql`f.unit_code`, succession), 'unit-at-filing': sql`f.unit_code` },
        agency: sql`f.organisation_id`,
      };
    default: {
      const exhaustive: never = source;
      return exhaustive;
    }
  }
}

export function dimensionSql(source: SourceSql, groupBy: Exclude<GroupBy, 'none'>): SQL {
  return groupBy === 'month' ? sql`to_char(${source.day}, 'YYYY-MM')` : source.dimension[groupBy];
}

/** The WHERE of every query on a source: period, scope and filters. */
export function baseWhere(source: SourceSql, range: DayRange, scope: ReadScope, filters: ReportFilters): SQL {
  // Each source's period condition is exact (a range of dates, or the instants of those days) and
  // runs on an index: the day itself need not be computed for every row.
  const parts: SQL[] = [source.period(range)];
  if (scope.kind === 'organisations') parts.push(source.scope(uuidArray(scope.ids)));
  if (filters.procedureCode !== undefined) parts.push(sql`${source.dimension.procedure} = ${filters.procedureCode}`);
  if (filters.field !== undefined) parts.push(sql`${source.dimension.field} = ${filters.field}`);
  if (filters.agencyIds !== undefined) parts.push(sql`${source.agency} = any(${uuidArray(filters.agencyIds)})`);
  // On the codes as recorded, so that the projection's index on them serves.
  if (filters.unitCodesAtFiling !== undefined) parts.push(sql`${source.dimension['unit-at-filing']} = any(${textArray(filters.unitCodesAtFiling)})`);
  return sql.join(parts, sql` and `);
}

/** The measures grouped by what one query reads: a source and the date that places its records. */
export function measuresByQuery(ids: readonly MeasureId[]): Array<{ source: MeasureSource; basis: MeasureBasis; ids: MeasureId[] }> {
  const groups = new Map<string, { source: MeasureSource; basis: MeasureBasis; ids: MeasureId[] }>();
  for (const id of ids) {
    const { source, basis } = MEASURE_INFO[id];
    const key = `${source}:${basis}`;
    const group = groups.get(key) ?? { source, basis, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

