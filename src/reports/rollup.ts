/**
 * The monthly rollup of the projection (`report_monthly`, see reports.schema.ts): how each case
 * adds to it, how it is kept in step with the projection, and how the indicators read it.
 *
 * A case adds one to the rollup row of each of its dates (filed, taken in, result handed to the
 * post) with the counts that do not depend on when the report is read. When a case changes, its
 * old counts are taken away and its new counts added in the transaction that changes it; a
 * rebuild sums the whole projection again. The indicators read the rollup for those counts and
 * the projection for the rest (undecided dossiers, items on their way, a procedure's first
 * month on the post), so that every figure is the one the projection alone would give: a test
 * holds the two to the same numbers.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { GroupBy, MeasureId } from '../domain/reports/measures.js';
import { plainDateParts } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import type { DayRange, MeasureContext, ReadScope, ReportFilters } from './measure-sql.js';
import { textArray, uuidArray } from './sql.js';

const COUNT_COLUMNS = [
  'total',
  'in_person',
  'online',
  'postal',
  'unknown_channel',
  'sent_by_post',
  'result_by_post',
  'delivered_by_post',
  'decided_on_time',
  'decided_late',
  'delivery_failures',
  'with_failure',
  'returned_to_agency',
  'transit_on_time',
  'transit_late_arrived',
  'lost_or_damaged',
  'fees_collected',
  'fees_remitted',
  'postage',
] as const;
type CountColumn = (typeof COUNT_COLUMNS)[number];

const KEY_COLUMNS = ['month', 'basis', 'procedure_code', 'field', 'agency_id', 'post_office_id', 'unit_code_at_filing'] as const;

const flag = (condition: string) => `(${condition})::int`;

/** What one case adds for each of its dates; columns a date does not count stay 0. */
const CONTRIBUTIONS: ReadonlyArray<{ basis: 'filed' | 'taken-in' | 'handed'; day: string; values: Partial<Record<CountColumn, string>> }> = [
  {
    basis: 'filed',
    day: 'c.filed_on',
    values: {
      total: '1',
      in_person: flag("c.channel = 'in-person'"),
      online: flag("c.channel = 'online'"),
      postal: flag("c.channel = 'postal'"),
      unknown_channel: flag("c.channel = 'unknown'"),
      sent_by_post: flag('c.sent_by_post'),
      result_by_post: flag('c.result_by_post'),
      delivered_by_post: flag('c.delivered_by_post_at is not null'),
      decided_on_time: flag('c.due_at is not null and c.decided_at is not null and c.decided_at <= c.due_at'),
      decided_late: flag('c.due_at is not null and c.decided_at is not null and c.decided_at > c.due_at'),
      delivery_failures: 'c.delivery_failures',
      with_failure: flag('c.delivery_failures > 0'),
      returned_to_agency: flag('c.returned_to_agency'),
    },
  },
  {
    basis: 'taken-in',
    day: 'c.taken_in_on',
    values: {
      total: '1',
      transit_on_time: flag('c.transit_due_on is not null and c.arrived_on is not null and c.arrived_on <= c.transit_due_on'),
      transit_late_arrived: flag('c.transit_due_on is not null and c.arrived_on is not null and c.arrived_on > c.transit_due_on'),
      lost_or_damaged: flag('c.lost_or_damaged'),
      fees_collected: 'c.fees_collected',
      fees_remitted: 'c.fees_remitted',
      postage: 'c.postage',
    },
  },
  { basis: 'handed', day: "((c.result_handed_to_post_at) at time zone 'Asia/Ho_Chi_Minh')::date", values: { total: '1' } },
];

/** The rollup rows of the cases that `where` picks, each count multiplied by `sign`. */
function contributionQuery(where: SQL, sign: 1 | -1): SQL {
  const parts = CONTRIBUTIONS.map(
    (c) =>
      sql`select date_trunc('month', ${sql.raw(c.day)})::date as month, ${c.basis}::text as basis, c.procedure_code, c.field, c.agency_id, c.post_office_id, c.unit_code_at_filing,
        ${sql.raw(COUNT_COLUMNS.map((col) => `${c.values[col] ?? '0'} as ${col}`).join(', '))}
      from report_dossiers c where ${sql.raw(c.day)} is not null and ${where}`,
  );
  const sums = sql.raw(COUNT_COLUMNS.map((col) => `${sign === 1 ? '' : '-'}sum(${col}) as ${col}`).join(', '));
  return sql`select ${sql.raw(KEY_COLUMNS.join(', '))}, ${sums} from (${sql.join(parts, sql` union all `)}) x group by ${sql.raw(KEY_COLUMNS.join(', '))}`;
}

const UPSERT = sql.raw(`on conflict on constraint report_monthly_key do update set ${COUNT_COLUMNS.map((col) => `${col} = report_monthly.${col} + excluded.${col}`).join(', ')}`);
const INSERT_COLUMNS = sql.raw([...KEY_COLUMNS, ...COUNT_COLUMNS].join(', '));

/** Adds (or, with -1, takes away) the counts of these cases, in the caller's transaction. */
export async function addToRollup(tx: Db, caseKeys: readonly string[], sign: 1 | -1): Promise<void> {
  if (caseKeys.length === 0) return;
  await tx.execute(sql`insert into report_monthly (${INSERT_COLUMNS}) ${contributionQuery(sql`c.case_key = any(${textArray(caseKeys)})`, sign)} ${UPSERT}`);
}

/** The rollup again from the whole projection, in the caller's transaction. */
export async function rebuildRollupIn(tx: Db): Promise<void> {
  await tx.execute(sql`truncate report_monthly`);
  await tx.execute(sql`insert into report_monthly (${INSERT_COLUMNS}) ${contributionQuery(sql`true`, 1)}`);
}

/** Whether a range can be read from the rollup: whole months only. */
export function isWholeMonths(range: DayRange): boolean {
  const first = plainDateParts(range.first);
  const after = plainDateParts(range.last);
  const next = new Date(Date.UTC(after.year, after.month - 1, after.day + 1));
  return first.day === 1 && next.getUTCDate() === 1;
}

/** The first day of the month on or after a day: a decision of 15 April counts whole months from May. */
function firstWholeMonth(day: string): string {
  const { year, month, day: d } = plainDateParts(day as Parameters<typeof plainDateParts>[0]);
  if (d === 1) return day;
  const next = new Date(Date.UTC(year, month, 1));
  return next.toISOString().slice(0, 10);
}

const quote = (text: string) => `'${text.replace(/'/gu, "''")}'`;

/** Rollup rows of months a procedure was published for the post from their first day. */
function eligibleMonths(ctx: MeasureContext): SQL {
  const always = `{${ctx.eligibility.always.map((c) => `"${c.replace(/["\\]/gu, (m) => `\\${m}`)}"`).join(',')}}`;
  const dated = ctx.eligibility.since.map(([code, day]) => ` or (r.procedure_code = ${quote(code)} and r.month >= date ${quote(firstWholeMonth(day))})`).join('');
  return sql.raw(`(r.procedure_code = any(${quote(always)}::text[])${dated})`);
}

/**
 * The dossiers the rollup leaves to the projection for the postal share: those filed in the
 * month a decision took effect, from its day (the rollup counts that month for no one).
 */
export function partialEligibleMonths(ctx: MeasureContext): SQL | null {
  const partial = ctx.eligibility.since.filter(([, day]) => firstWholeMonth(day) !== day);
  if (partial.length === 0) return null;
  return sql.raw(`(${partial.map(([code, day]) => `(c.procedure_code = ${quote(code)} and c.filed_on >= date ${quote(day)} and c.filed_on < date ${quote(firstWholeMonth(day))})`).join(' or ')})`);
}

const sum = (column: CountColumn, basis: 'filed' | 'taken-in' | 'handed', extra?: SQL): SQL => sql`coalesce(sum(r.${sql.raw(column)}) filter (where r.basis = ${basis}${extra === undefined ? sql`` : sql` and ${extra}`}), 0)`;

/**
 * The figures of cases the rollup gives, as aggregates over `report_monthly r`; null for a
 * figure the rollup does not hold at all (read from the projection instead).
 */
export function rollupAggregate(id: MeasureId, ctx: MeasureContext): SQL | null {
  switch (id) {
    case 'dossiers.total':
      return sum('total', 'filed');
    case 'dossiers.in-person':
      return sum('in_person', 'filed');
    case 'dossiers.online':
      return sum('online', 'filed');
    case 'dossiers.postal':
      return sum('postal', 'filed');
    case 'dossiers.unknown-channel':
      return sum('unknown_channel', 'filed');
    case 'postal-share.eligible':
      return sum('total', 'filed', eligibleMonths(ctx));
    case 'postal-share.by-post':
      return sum('sent_by_post', 'filed', eligibleMonths(ctx));
    case 'results.by-post-requested':
      return sum('result_by_post', 'filed');
    case 'results.delivered-by-post':
      return sum('delivered_by_post', 'filed');
    case 'results.handed-to-post':
      return sum('total', 'handed');
    case 'processing.on-time':
      return sum('decided_on_time', 'filed');
    case 'processing.late':
      return sum('decided_late', 'filed');
    case 'processing.open':
      return sql`0`;
    case 'deliveries.failed-attempts':
      return sum('delivery_failures', 'filed');
    case 'deliveries.items-with-failure':
      return sum('with_failure', 'filed');
    case 'deliveries.returned-to-agency':
      return sum('returned_to_agency', 'filed');
    case 'items.taken-in':
      return sum('total', 'taken-in');
    case 'transit.on-time':
      return sum('transit_on_time', 'taken-in');
    case 'transit.late':
      return sum('transit_late_arrived', 'taken-in');
    case 'transit.in-transit':
      return sql`0`;
    case 'items.lost-or-damaged':
      return sum('lost_or_damaged', 'taken-in');
    case 'fees.collected':
      return sum('fees_collected', 'taken-in');
    case 'fees.remitted':
      return sum('fees_remitted', 'taken-in');
    case 'postage.revenue':
      return sum('postage', 'taken-in');
    case 'complaints.received':
    case 'complaints.resolved':
    case 'complaints.compensation':
    case 'assisted-filings.total':
    case 'assisted-filings.submitted':
    case 'training.records':
    case 'training.staff':
    case 'difficulties.reported':
    case 'difficulties.answered':
      return null;
    default: {
      const exhaustive: never = id;
      return exhaustive;
    }
  }
}

/** What the rollup leaves to the projection: each with the condition that picks those cases. */
export function rollupSupplements(measures: readonly MeasureId[], ctx: MeasureContext): Array<{ ids: MeasureId[]; where: SQL }> {
  const wanted = (ids: MeasureId[]) => ids.filter((id) => measures.includes(id));
  const supplements: Array<{ ids: MeasureId[]; where: SQL }> = [];
  const undecided = wanted(['processing.late', 'processing.open']);
  if (undecided.length > 0) supplements.push({ ids: undecided, where: sql`c.decided_at is null` });
  const onTheirWay = wanted(['transit.late', 'transit.in-transit']);
  if (onTheirWay.length > 0) supplements.push({ ids: onTheirWay, where: sql`c.arrived_on is null and c.transit_due_on is not null` });
  const share = wanted(['postal-share.eligible', 'postal-share.by-post']);
  const partial = partialEligibleMonths(ctx);
  if (share.length > 0 && partial !== null) supplements.push({ ids: share, where: partial });
  return supplements;
}

/** The rollup as a source: its dimensions, period, scope and filters, like the projection's. */
export function rollupQuery(columns: SQL, groupBy: Exclude<GroupBy, 'unit'>, range: DayRange, scope: ReadScope, filters: ReportFilters): SQL {
  const dimension: Record<Exclude<GroupBy, 'unit'>, SQL> = {
    none: sql`null::text`,
    procedure: sql`r.procedure_code`,
    field: sql`r.field`,
    agency: sql`r.agency_id::text`,
    'unit-at-filing': sql`r.unit_code_at_filing`,
    month: sql`to_char(r.month, 'YYYY-MM')`,
  };
  const where: SQL[] = [sql`r.month between ${range.first}::date and ${range.last}::date`];
  if (scope.kind === 'organisations') where.push(sql`(r.agency_id = any(${uuidArray(scope.ids)}) or r.post_office_id = any(${uuidArray(scope.ids)}))`);
  if (filters.procedureCode !== undefined) where.push(sql`r.procedure_code = ${filters.procedureCode}`);
  if (filters.field !== undefined) where.push(sql`r.field = ${filters.field}`);
  if (filters.agencyIds !== undefined) where.push(sql`r.agency_id = any(${uuidArray(filters.agencyIds)})`);
  if (filters.unitCodesAtFiling !== undefined) where.push(sql`r.unit_code_at_filing = any(${textArray(filters.unitCodesAtFiling)})`);
  return sql`select ${dimension[groupBy]} as key, ${columns} from report_monthly r where ${sql.join(where, sql` and `)} group by 1`;
}

