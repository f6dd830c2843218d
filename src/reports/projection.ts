/**
 * The reporting projection (`report_dossiers`): one row per dossier, and one per postal item
 * not yet registered as a dossier, computed by one SQL query from the event log
 * (`exchange_events`: registration, due dates, decisions, the result leg, partners' reports)
 * and from what the events do not carry, read from the tables of the modules that own it: the
 * built-in desk's `dossiers` (channel, address unit), the post's `postal_items` (J+n limit,
 * fees, postage) and handover records (fees remitted, damage noted), and our own
 * `item_incidents` (losses). The address unit is kept as it was at filing; the unit it belongs
 * to today is derived when reading (units.ts), so a later merger needs no rebuild.
 *
 * Why it is fed by an in-process subscriber through the relay and not inside the transaction
 * that records an event: `recordEvent` belongs to the exchange and runs in every postal and
 * desk write; a report must neither slow those down nor make them fail. The relay delivers
 * each event at least once, after its transaction committed, and retries on failure.
 *
 * Why a redelivered event never counts twice: a delivery does not add anything to the row, it
 * recomputes the whole row from the sources and replaces it. The same query, without its
 * filter, rebuilds the table from scratch (`npm run reports:rebuild`): a rebuild and the
 * incremental path cannot disagree.
 */
import { type SQL, sql } from 'drizzle-orm';
import { addToRollup, rebuildRollupIn } from './rollup.js';
import { textArray, vietnamDay } from './sql.js';
import { type Db, queryRows } from '../platform/db/client.js';

/** Which rows to compute: all, or those of some dossiers and items. */
export type ProjectionTargets = { kind: 'all' } | { kind: 'some'; dossierCodes: readonly string[]; itemNumbers: readonly string[] };

/** The projection's columns, in the order the query gives them. */
export const CASE_COLUMNS = [
  'case_key',
  'dossier_code',
  'item_number',
  'procedure_code',
  'field',
  'agency_id',
  'post_office_id',
  'unit_code_at_filing',
  'channel',
  'sent_by_post',
  'result_by_post',
  'filed_at',
  'filed_on',
  'due_at',
  'decided_at',
  'decision',
  'result_handed_to_post_at',
  'delivered_by_post_at',
  'returned_at',
  'delivery_failures',
  'returned_to_agency',
  'taken_in_at',
  'taken_in_on',
  'transit_due_on',
  'arrived_on',
  'fees_collected',
  'fees_remitted',
  'postage',
  'lost_or_damaged',
  'status',
  'last_event_seq',
  'projected_at',
] as const;

/** Dossier statuses a partner may report that close the processing with a result. */
const PROCESSED = sql`('processed', 'result-with-post', 'returned')`;

/** The rows of the projection for `targets`. */
export function caseRowsQuery(targets: ProjectionTargets, projectedAt: Date): SQL {
  const some = targets.kind === 'some';
  const codes = some ? textArray(targets.dossierCodes) : sql`'{}'::text[]`;
  const items = some ? textArray(targets.itemNumbers) : sql`'{}'::text[]`;
  const eventFilter = some ? sql`and e.dossier_code = any(${codes})` : sql``;
  const targetCodes = some
    ? sql`select code from unnest(${codes}) as code`
    : sql`select code from dossiers union select dossier_code from ev where reg_filed_at is not null`;
  const itemFilter = some ? sql`and i.item_number = any(${items})` : sql``;
  return sql`
    with ev as (
      select e.dossier_code,
        max(e.seq) as last_seq,
        max(e.item_number) filter (where e.type = 'dossier.registered') as reg_item,
        min((e.data->>'filedAt')::timestamptz) filter (where e.type = 'dossier.registered') as reg_filed_at,
        max(e.data->'agency'->>'code') filter (where e.type = 'dossier.registered') as reg_agency_code,
        max(e.data->>'procedureCode') filter (where e.type = 'dossier.registered') as reg_procedure,
        (array_agg((e.data->>'dueAt')::timestamptz order by e.seq desc)
          filter (where e.type in ('dossier.registered', 'dossier.supplement-received', 'dossier.delay-notified')))[1] as due_at,
        min((e.data->>'readyAt')::timestamptz) filter (where e.type = 'result.ready') as ready_at,
        min(e.occurred_at) filter (where e.type = 'dossier.status-reported' and e.data->>'status' in ${PROCESSED}) as processed_at,
        min(e.occurred_at) filter (where e.type = 'dossier.refused' or (e.type = 'dossier.status-reported' and e.data->>'status' = 'refused')) as refused_at,
        min(e.occurred_at) filter (where e.type = 'dossier.status-reported' and e.data->>'status' = 'stopped') as stopped_at,
        min(e.occurred_at) filter (where e.type = 'dossier.status-reported' and e.data->>'status' = 'withdrawn') as withdrawn_at,
        bool_or(e.type = 'result.ready' and e.data->>'resultMethod' = 'post') as result_post,
        min(e.occurred_at) filter (where e.type = 'result.handed-to-post') as handed_at,
        min((e.data->>'deliveredAt')::timestamptz) filter (where e.type = 'delivery.delivered') as delivered_at,
        count(*) filter (where e.type = 'delivery.attempted') as failures,
        bool_or(e.type = 'result.returned-to-agency') as returned_to_agency,
        (array_agg(e.data->>'status' order by e.seq desc) filter (where e.type = 'dossier.status-reported'))[1] as reported_status
      from exchange_events e
      where e.dossier_code is not null ${eventFilter}
      group by e.dossier_code
    ),
    targets as (${targetCodes}),
    dossier_base as (
      select t.code, d.procedure_code as d_procedure, d.agency_id as d_agency, d.unit_code as d_unit, d.channel as d_channel,
        d.result_method as d_result_method, d.filed_at as d_filed_at, d.due_at as d_due_at, d.returned_at as d_returned_at,
        d.status as d_status, d.item_number as d_item,
        ev.last_seq, ev.reg_item, ev.reg_filed_at, ev.reg_agency_code, ev.reg_procedure, ev.due_at, ev.ready_at, ev.processed_at,
        ev.refused_at, ev.stopped_at, ev.withdrawn_at, ev.result_post, ev.handed_at, ev.delivered_at, ev.failures,
        ev.returned_to_agency, ev.reported_status
      from targets t
      left join dossiers d on d.code = t.code
      left join ev on ev.dossier_code = t.code
      where d.code is not null or ev.reg_filed_at is not null
    ),
    dossier_rows as (
      select b.code as case_key, b.code as dossier_code, i.item_number,
        coalesce(b.d_procedure, b.reg_procedure, i.procedure_code) as procedure_code,
        coalesce(b.d_agency, ag.id, i.agency_id) as agency_id,
        i.post_office_id,
        coalesce(b.d_unit, i.unit_code) as unit_code,
        coalesce(b.d_channel, case when i.service_form in ('send-dossier', 'both') then 'postal' end, 'unknown') as channel,
        coalesce(b.d_channel = 'postal', i.service_form in ('send-dossier', 'both'), false) as sent_by_post,
        (coalesce(b.d_result_method = 'postal', false) or coalesce(i.service_form in ('receive-result', 'both'), false) or coalesce(b.result_post, false)) as result_by_post,
        coalesce(b.reg_filed_at, b.d_filed_at) as filed_at,
        coalesce(b.due_at, b.d_due_at) as due_at,
        least(b.ready_at, b.processed_at, b.refused_at, b.stopped_at, b.withdrawn_at) as decided_at,
        case least(b.ready_at, b.processed_at, b.refused_at, b.stopped_at, b.withdrawn_at)
          when b.ready_at then 'result' when b.processed_at then 'result' when b.refused_at then 'refused'
          when b.stopped_at then 'stopped' when b.withdrawn_at then 'withdrawn' end as decision,
        b.handed_at,
        b.delivered_at,
        coalesce(b.delivered_at, b.d_returned_at) as returned_at,
        coalesce(b.failures, 0)::int as delivery_failures,
        coalesce(b.returned_to_agency, false) as returned_to_agency,
        i.taken_in_at,
        i.transit_due_on,
        i.filed_at as arrived_at,
        coalesce(i.fees_collected, 0) as fees_collected,
        coalesce(i.postage, 0) as postage,
        coalesce(b.d_status, b.reported_status, 'registered') as status,
        b.last_seq
      from dossier_base b
      left join postal_items i on i.item_number = coalesce(b.d_item, b.reg_item)
      left join organisations ag on b.d_agency is null and ag.code = b.reg_agency_code
    ),
    item_rows as (
      select i.item_number as case_key, null::text as dossier_code, i.item_number, i.procedure_code, i.agency_id, i.post_office_id,
        i.unit_code, 'postal'::text as channel, i.service_form in ('send-dossier', 'both') as sent_by_post,
        i.service_form in ('receive-result', 'both') as result_by_post,
        null::timestamptz as filed_at, null::timestamptz as due_at, null::timestamptz as decided_at, null::text as decision,
        null::timestamptz as handed_at, null::timestamptz as delivered_at, null::timestamptz as returned_at,
        0 as delivery_failures, false as returned_to_agency,
        i.taken_in_at, i.transit_due_on, i.filed_at as arrived_at, i.fees_collected, i.postage, i.state as status,
        null::bigint as last_seq
      from postal_items i
      where i.dossier_code is null ${itemFilter}
    ),
    all_rows as (select * from dossier_rows union all select * from item_rows)
    select r.case_key, r.dossier_code, r.item_number, r.procedure_code, p.field, r.agency_id, r.post_office_id,
      r.unit_code as unit_code_at_filing,
      r.channel, r.sent_by_post, r.result_by_post,
      r.filed_at, ${vietnamDay(sql`r.filed_at`)} as filed_on,
      r.due_at, r.decided_at, r.decision,
      r.handed_at as result_handed_to_post_at, r.delivered_at as delivered_by_post_at, r.returned_at,
      r.delivery_failures, r.returned_to_agency,
      r.taken_in_at, ${vietnamDay(sql`r.taken_in_at`)} as taken_in_on,
      case when r.sent_by_post then r.transit_due_on end as transit_due_on,
      case when r.sent_by_post then ${vietnamDay(sql`r.arrived_at`)} end as arrived_on,
      r.fees_collected, mi.remitted as fees_remitted, r.postage,
      (mi.damaged or exists (select 1 from item_incidents x where x.item_number = r.item_number)) as lost_or_damaged,
      r.status, r.last_seq as last_event_seq, ${projectedAt.toISOString()}::timestamptz as projected_at
    from all_rows r
    left join procedures p on p.code = r.procedure_code
    left join lateral (
      -- Fees go to the agency with the items it signed for (received or damaged), never with missing ones.
      select coalesce(sum(l.fees) filter (where m.status = 'acknowledged' and l.outcome in ('received', 'damaged')), 0)::int as remitted,
        coalesce(bool_or(l.outcome = 'damaged'), false) as damaged
      from manifest_items l join manifests m on m.id = l.manifest_id
      where l.item_number = r.item_number
    ) mi on true`;
}

/** Arbitrary constant: the turn every write to the projection and its rollup takes. */
const PROJECTION_LOCK = 7_310_009;

const COLUMN_LIST = sql.raw(CASE_COLUMNS.join(', '));
const UPDATE_LIST = sql.raw(
  CASE_COLUMNS.filter((c) => c !== 'case_key')
    .map((c) => `${c} = excluded.${c}`)
    .join(', '),
);

/**
 * Recomputes and replaces the rows of some dossiers and items, and their counts in the monthly
 * rollup, in the caller's transaction. Writes to the projection are taken one at a time (each
 * lasts milliseconds): two deliveries about one dossier (from two subjects, which the relay may
 * send at once) replace its row one after the other, the second from a snapshot that sees the
 * first's sources; and the rollup's additions, which touch rows shared by many dossiers, never
 * wait on each other in a cycle. A rebuild takes the same turn.
 */
export async function projectIn(tx: Db, targets: { dossierCodes: readonly string[]; itemNumbers: readonly string[] }, now: Date): Promise<number> {
  const keys = [...new Set([...targets.dossierCodes, ...targets.itemNumbers])].sort();
  if (keys.length === 0) return 0;
  await tx.execute(sql`select pg_advisory_xact_lock(${PROJECTION_LOCK})`);
  // The rows about to change: those of the targets, and the item row of an item that became a
  // dossier (it leaves its place to the dossier's row). Their counts leave the rollup first.
  const before = await queryRows<{ case_key: string; stale: boolean }>(
    tx,
    sql`select case_key, (dossier_code is null and item_number in (
          select i.item_number from postal_items i
          where i.dossier_code is not null and (i.item_number = any(${textArray(targets.itemNumbers)}) or i.dossier_code = any(${textArray(targets.dossierCodes)})))) as stale
        from report_dossiers
        where case_key = any(${textArray(keys)})
           or (dossier_code is null and item_number in (
             select i.item_number from postal_items i
             where i.dossier_code is not null and (i.item_number = any(${textArray(targets.itemNumbers)}) or i.dossier_code = any(${textArray(targets.dossierCodes)}))))`,
  );
  await addToRollup(tx, before.map((r) => r.case_key), -1);
  const stale = before.filter((r) => r.stale).map((r) => r.case_key);
  if (stale.length > 0) await tx.execute(sql`delete from report_dossiers where case_key = any(${textArray(stale)})`);
  const rows = await queryRows<{ case_key: string }>(
    tx,
    sql`insert into report_dossiers (${COLUMN_LIST})
        ${caseRowsQuery({ kind: 'some', ...targets }, now)}
        on conflict (case_key) do update set ${UPDATE_LIST}
        returning case_key`,
  );
  await addToRollup(tx, rows.map((r) => r.case_key), 1);
  return rows.length;
}

/** Replaces the whole projection and its rollup, in the caller's transaction. Readers wait for it to commit. */
export async function rebuildIn(tx: Db, now: Date): Promise<number> {
  // A million dossiers group several million events: let the hash aggregate stay in memory
  // for this one transaction rather than spill to disk (4 MB is PostgreSQL's default).
  await tx.execute(sql`set local work_mem = '256MB'`);
  await tx.execute(sql`select pg_advisory_xact_lock(${PROJECTION_LOCK})`);
  await tx.execute(sql`truncate report_dossiers`);
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`with inserted as (insert into report_dossiers (${COLUMN_LIST}) ${caseRowsQuery({ kind: 'all' }, now)} returning 1)
        select count(*)::int as n from inserted`,
  );
  await rebuildRollupIn(tx);
  return Number(rows[0]?.n ?? 0);
}
