/**
 * The outbox relay: delivers each outbox row to its subscriber at least once, in order per
 * subject (dossier) and subscriber, with exponential backoff and jitter, and moves a row that
 * keeps failing to `dead`, where it waits for an administrator's replay.
 *
 * Claiming takes a short lease (`lease_until`) with `FOR UPDATE SKIP LOCKED`, so any number of
 * workers can run; delivery happens outside the transaction. A worker that dies mid-batch
 * leaves leases that simply run out: the rows are claimed again, nothing is lost. A row is
 * claimable only when no earlier row of the same subject and subscriber is still undelivered
 * (pending, leased or dead), which keeps each dossier's events in order.
 */
import { sql } from 'drizzle-orm';
import { signWebhook } from './webhook-signature.js';
import type { WebhookResult, WebhookSender } from './webhook-sender.js';
import { type Db, queryRows } from '../platform/db/client.js';

export interface RelayOptions {
  batchSize: number;
  leaseMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * A batch must be delivered before its lease runs out, or another worker sends it again. The
 * sender queues requests beyond its 64 sockets per receiver and times each out after
 * WEBHOOK_TIMEOUT_MS (10 s by default) once it has a socket: a batch of 200 to one receiver
 * that never answers takes 4 rounds, 40 s, within the 60 s lease. Larger batches did not
 * deliver faster (bench/relay.ts: 100, 200 and 500 within the noise of the machine).
 */
export const DEFAULT_RELAY_OPTIONS: RelayOptions = { batchSize: 200, leaseMs: 60_000, maxAttempts: 8, baseDelayMs: 5_000, maxDelayMs: 3_600_000 };

interface ClaimedRow extends Record<string, unknown> {
  outbox_id: number;
  attempts: number;
  event_id: string;
  type: string;
  version: number;
  occurred_at: string | Date;
  dossier_code: string | null;
  item_number: string | null;
  data: Record<string, unknown>;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | Date | null;
  allow_private_network: boolean;
}

/** Delay before attempt n+1 after n failures: base × 2^(n−1), capped, with "full jitter". */
export function backoffDelay(failures: number, options: Pick<RelayOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The exact bytes sent; the same bytes are signed. */
export function eventBody(row: Pick<ClaimedRow, 'event_id' | 'type' | 'version' | 'occurred_at' | 'dossier_code' | 'item_number' | 'data'>): Buffer {
  return Buffer.from(
    JSON.stringify({
      id: row.event_id,
      type: row.type,
      version: row.version,
      occurredAt: new Date(row.occurred_at).toISOString(),
      dossierCode: row.dossier_code,
      itemNumber: row.item_number,
      data: row.data,
    }),
    'utf8',
  );
}

function attemptOf(result: WebhookResult) {
  return { duration_ms: result.durationMs, status_code: result.statusCode, error: result.error, response_excerpt: result.responseExcerpt };
}

export interface RelayRunResult {
  claimed: number;
  delivered: number;
  failed: number;
  dead: number;
}

export function createRelay(deps: { db: Db; send: WebhookSender; now: () => Date; random?: () => number; options?: Partial<RelayOptions> }) {
  const options = { ...DEFAULT_RELAY_OPTIONS, ...deps.options };
  const random = deps.random ?? Math.random;

  /**
   * One statement, so one round trip: the statement is its own transaction, and its row locks
   * (taken by FOR UPDATE SKIP LOCKED, kept by the UPDATE) last exactly as long as needed.
   *
   * Candidates are taken in order of `next_attempt_at` (when they became due), not of `id`:
   * that order is the one the `(status, next_attempt_at)` index gives, so the scan starts at
   * the first due pending row and stops after a batch. Ordered by `id`, PostgreSQL walks the
   * primary key from the first row ever written, skipping every delivered row, and the claim
   * grows with the outbox's history (62 ms instead of 6 ms with 400,000 delivered rows). No
   * tie-break on `id`: rows written by one transaction share their `next_attempt_at`, and a
   * tie-break would sort that whole group before the limit applies. The order of a batch only
   * decides fairness; the order per subject is kept by the NOT EXISTS, whatever the batch order.
   */
  async function claim(): Promise<ClaimedRow[]> {
    const now = deps.now();
    const leaseUntil = new Date(now.getTime() + options.leaseMs);
    return queryRows<ClaimedRow>(
      deps.db,
      sql`with candidates as (
            select o.id from outbox o
            where o.status = 'pending'
              and o.next_attempt_at <= ${now.toISOString()}::timestamptz
              and (o.lease_until is null or o.lease_until < ${now.toISOString()}::timestamptz)
              and not exists (
                select 1 from outbox p
                where p.subscription_id = o.subscription_id and p.subject_key = o.subject_key
                  and p.id < o.id and p.status <> 'delivered')
            order by o.next_attempt_at
            limit ${options.batchSize}
            for update of o skip locked
          ),
          leased as (
            update outbox set lease_until = ${leaseUntil.toISOString()}::timestamptz
            from candidates where outbox.id = candidates.id
            returning outbox.id, outbox.attempts, outbox.event_seq, outbox.subscription_id
          )
          select l.id as outbox_id, l.attempts, e.id as event_id, e.type, e.version, e.occurred_at,
                 e.dossier_code, e.item_number, e.data, s.url, s.secret, s.previous_secret,
                 s.previous_secret_expires_at, s.allow_private_network
          from leased l
          join exchange_events e on e.seq = l.event_seq
          join webhook_subscriptions s on s.id = l.subscription_id
          order by l.id`,
    );
  }

  async function deliver(row: ClaimedRow): Promise<WebhookResult> {
    const now = deps.now();
    const body = eventBody(row);
    const timestamp = Math.floor(now.getTime() / 1000);
    const secrets = [row.secret];
    if (row.previous_secret !== null && row.previous_secret_expires_at !== null && new Date(row.previous_secret_expires_at) > now) secrets.push(row.previous_secret);
    return deps.send({
      url: row.url,
      body,
      allowPrivateNetwork: row.allow_private_network,
      headers: { 'webhook-id': row.event_id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(secrets, row.event_id, timestamp, body) },
    });
  }

  /** Claims one batch, delivers it, records every attempt and the new state of each row. */
  async function runOnce(): Promise<RelayRunResult> {
    const rows = await claim();
    if (rows.length === 0) return { claimed: 0, delivered: 0, failed: 0, dead: 0 };
    // A batch holds at most one row per subject and subscriber (the claim's NOT EXISTS), so its
    // rows can all be in flight at once without breaking the order per dossier. Concurrency is
    // bounded by the batch size and, per receiver, by the sender's agent (maxSockets).
    const results = await Promise.all(rows.map(async (row) => ({ row, result: await deliver(row) })));
    const now = deps.now();
    let delivered = 0;
    let dead = 0;
    const outcomes = results.map(({ row, result }) => {
      if (result.ok) {
        delivered += 1;
        return { outbox_id: Number(row.outbox_id), status: 'delivered', next_attempt_at: null, ...attemptOf(result) };
      }
      const attempts = Number(row.attempts) + 1;
      const isDead = attempts >= options.maxAttempts;
      if (isDead) dead += 1;
      const next = new Date(now.getTime() + backoffDelay(attempts, options, random));
      return { outbox_id: Number(row.outbox_id), status: isDead ? 'dead' : 'pending', next_attempt_at: next.toISOString(), ...attemptOf(result) };
    });
    // One statement for the whole batch, hence atomic and one round trip: the new state of every
    // row and every attempt, with the outcomes passed as one JSON parameter rather than six
    // parameters a row (a batch of 200 would otherwise bind 1,400 parameters and, when a
    // receiver is down, run one UPDATE per failed row).
    await deps.db.execute(sql`
      with outcome as (
        select * from jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb)
          as x(outbox_id bigint, status text, next_attempt_at timestamptz, duration_ms integer, status_code integer, error text, response_excerpt text)
      ),
      updated as (
        update outbox o set
          status = x.status,
          attempts = o.attempts + 1,
          lease_until = null,
          last_error = x.error,
          delivered_at = case when x.status = 'delivered' then ${now.toISOString()}::timestamptz else o.delivered_at end,
          next_attempt_at = coalesce(x.next_attempt_at, o.next_attempt_at)
        from outcome x where o.id = x.outbox_id
      )
      insert into webhook_attempts (outbox_id, attempted_at, duration_ms, status_code, error, response_excerpt)
      select outbox_id, ${now.toISOString()}::timestamptz, duration_ms, status_code, error, response_excerpt from outcome`);
    return { claimed: rows.length, delivered, failed: rows.length - delivered, dead };
  }

  /** Runs until `signal` aborts: batches back to back while there is work, a pause when idle. */
  async function run(signal: AbortSignal, idleMs = 1000): Promise<void> {
    while (!signal.aborted) {
      const result = await runOnce();
      if (result.claimed === 0 && !signal.aborted) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, idleMs);
          signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
        });
      }
    }
  }

  return { runOnce, run, claim, options };
}

export type Relay = ReturnType<typeof createRelay>;

/** An administrator sends a dead row (and with it the rows it was holding back) again. */
export async function replayDead(db: Db, outboxId: number, now: Date): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update outbox set status = 'pending', attempts = 0, next_attempt_at = ${now.toISOString()}::timestamptz, lease_until = null
        where id = ${outboxId} and status = 'dead' returning id`,
  );
  return rows.length === 1;
}
