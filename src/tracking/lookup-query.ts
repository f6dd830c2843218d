/**
 * One lookup, one round trip: a single named statement resolves the code (dossier code or item
 * number) to the dossier, its items across both legs, and every event a citizen may see of them,
 * and returns them as one row. Named, so PostgreSQL parses and plans it once per connection (as
 * `exchange/idempotency.ts` does); PGlite ignores the name and runs it the same.
 *
 * Events are found four ways, each through an index of `exchange_events`: by the dossier code;
 * by the item numbers (the sent item, the result item); by the pickup the item came from
 * (`subject_key` = pickup id); by the handover records the items travelled on (`subject_key` =
 * record id). The handover record's list of dossiers, which carries applicants' contacts, and its
 * list of other citizens' items are cut off here, so they never reach this process.
 */
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { TrackingCodeKind } from './tracking-code.js';
import type { StoredEvent } from './timeline.js';
import type { Db } from '../platform/db/client.js';

/** The built-in desk's dossier row, when the desk is ours. Personal columns are read for the phone check. */
export interface DeskRow {
  code: string;
  agency_id: string;
  procedure_code: string;
  channel: string;
  result_method: string;
  item_number: string | null;
  status: string;
  filed_at: string;
  due_at: string;
  applicant_name: string;
  applicant_phone: string;
  applicant_address: string;
}

export interface ItemRow {
  item_number: string;
  pickup_id: string | null;
  procedure_code: string;
  service_form: 'send-dossier' | 'receive-result' | 'both';
  agency_id: string;
  post_office_id: string;
  taken_in_at: string;
  transit_due_on: string;
  filed_at: string | null;
  applicant_name: string;
  applicant_phone: string;
  address_line: string;
}

export interface LookupRow {
  dossierCode: string | null;
  desk: DeskRow | null;
  items: ItemRow[];
  events: StoredEvent[];
  /** Item number → the custody states it moved into, in order. */
  custody: Record<string, string[]>;
  /** 'applicant' or 'authorised-person', when the result was delivered. */
  receivedBy: string | null;
}

const dialect = new PgDialect();
type Prepared = PgPreparedQuery<PreparedQueryConfig>;
const statements = new WeakMap<Db, Record<TrackingCodeKind, Prepared>>();

/**
 * The statement for one kind of code. The two differ only in how the dossier code is found and
 * whether the code itself is an item; written apart, each plans without branches it never takes.
 */
function statementText(kind: TrackingCodeKind): SQL {
  const code = sql`${sql.placeholder('code')}::text`;
  const dossierCode =
    kind === 'dossier'
      ? code
      : sql`coalesce(
          (select dossier_code from postal_items where item_number = ${code}),
          (select d.code from dossiers d where d.item_number = ${code} order by d.filed_at desc limit 1),
          (select e.dossier_code from exchange_events e where e.item_number = ${code} and e.dossier_code is not null order by e.seq desc limit 1)
        )`;
  const itself = kind === 'item' ? sql`select ${code} as item_number union` : sql``;
  return sql`with
    dossier as (select ${dossierCode} as code),
    desk as (
      select d.code, d.agency_id, d.procedure_code, d.channel, d.result_method, d.item_number, d.status, d.filed_at, d.due_at,
             d.applicant_name, d.applicant_phone, d.applicant_address
      from dossiers d where d.code = (select code from dossier)
    ),
    item_keys as (
      ${itself}
      select i.item_number from postal_items i where i.dossier_code = (select code from dossier)
      union
      select desk.item_number from desk where desk.item_number is not null
    ),
    items as (
      select i.item_number, i.pickup_id, i.procedure_code, i.service_form, i.agency_id, i.post_office_id, i.taken_in_at, i.transit_due_on, i.filed_at,
             i.applicant_name, i.applicant_phone, i.address_line
      from postal_items i join item_keys k on k.item_number = i.item_number
    ),
    event_seqs as (
      select e.seq from exchange_events e where e.dossier_code = (select code from dossier)
      union
      select e.seq from exchange_events e join item_keys k on e.item_number = k.item_number
      union
      select e.seq from exchange_events e join items i on e.subject_key = i.pickup_id::text
      union
      select e.seq from exchange_events e join manifest_items m on e.subject_key = m.manifest_id::text join item_keys k on k.item_number = m.item_number
    )
    select
      (select code from dossier) as "dossierCode",
      (select row_to_json(desk) from desk) as desk,
      (select coalesce(json_agg(items order by items.taken_in_at), '[]'::json) from items) as items,
      (select coalesce(json_agg(r order by r.seq), '[]'::json)
         from (select e.seq, e.type, e.occurred_at as "occurredAt", e.item_number as "itemNumber",
                      case when e.type = 'manifest.sent' then e.data - 'dossiers' - 'items' else e.data end as data
               from exchange_events e join event_seqs s on s.seq = e.seq
               where e.type <> 'fees.remitted') r) as events,
      (select coalesce(json_object_agg(t.item_number, t.states), '{}'::json)
         from (select c.item_number, json_agg(c.to_state order by c.seq) as states
               from custody_transfers c join item_keys k on k.item_number = c.item_number
               group by c.item_number) t) as custody,
      (select a.received_by from item_keys k
         cross join lateral (select d.received_by, d.at from delivery_attempts d
                             where d.item_number = k.item_number and d.outcome = 'delivered' order by d.attempt desc limit 1) a
         order by a.at desc limit 1) as "receivedBy"`;
}

function statement(db: Db, kind: TrackingCodeKind): Prepared {
  let known = statements.get(db);
  if (known === undefined) {
    const prepare = (k: TrackingCodeKind) => db._.session.prepareQuery(dialect.sqlToQuery(statementText(k)), undefined, `tracking_lookup_${k}`, false);
    known = { dossier: prepare('dossier'), item: prepare('item') };
    statements.set(db, known);
  }
  return known[kind];
}

/** Both drivers parse json columns; should one hand back text, it is parsed here. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export async function lookup(db: Db, kind: TrackingCodeKind, code: string): Promise<LookupRow> {
  // Both drivers answer raw SQL with `{ rows }`; the shared prepared-query type cannot say so.
  const result = (await statement(db, kind).execute({ code })) as { rows: Array<Record<string, unknown>> };
  const row = result.rows[0] ?? {};
  return {
    dossierCode: (row['dossierCode'] as string | null | undefined) ?? null,
    desk: json<DeskRow | null>(row['desk'] ?? null),
    items: json<ItemRow[]>(row['items'] ?? []),
    events: json<StoredEvent[]>(row['events'] ?? []),
    custody: json<Record<string, string[]>>(row['custody'] ?? {}),
    receivedBy: (row['receivedBy'] as string | null | undefined) ?? null,
  };
}
