/**
 * Outbox relay throughput: events delivered per second, as signed webhooks, to a receiver on
 * this machine's loopback. Events are recorded first (5 per dossier over many dossiers, one
 * subscription), then one relay worker, and afterwards two at once, run batches back to back
 * until nothing is left to claim. The receiver answers 204 at once and counts what it gets:
 * every event must arrive exactly once, and each dossier's events in order. Runs on an
 * in-memory PGlite, or on PostgreSQL when BENCH_DATABASE_URL names an empty database.
 * Usage: npx tsx bench/relay.ts   |   BENCH_DATABASE_URL=postgres://… npx tsx bench/relay.ts
 */
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { organisations } from '../src/catalog/catalog.schema.js';
import { recordEvent } from '../src/exchange/events.js';
import { webhookSubscriptions } from '../src/exchange/exchange.schema.js';
import { createRelay } from '../src/exchange/relay.js';
import { createWebhookSender } from '../src/exchange/webhook-sender.js';
import { generateWebhookSecret } from '../src/exchange/webhook-signature.js';
import { queryRows } from '../src/platform/db/client.js';
import { openBenchDatabase } from './support.js';

const DOSSIERS = 4000;
const EVENTS_PER_DOSSIER = 5;
const EVENTS = DOSSIERS * EVENTS_PER_DOSSIER;
/** A run that has not finished by then is reported as incomplete rather than waited for. */
const TIME_LIMIT_MS = 180_000;
const RECORD_CONCURRENCY = 8;
/** Delivered rows already in the outbox for the last run: ten times the events delivered. */
const HISTORY = 200_000;

const database = await openBenchDatabase(20);

// The receiver: counts each event id and keeps each dossier's sequence numbers in arrival order.
const seen = new Map<string, number>();
const order = new Map<string, number[]>();
let requests = 0;
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
const server = createServer((req, res) => {
  void readBody(req).then((body) => {
    requests += 1;
    const id = String(req.headers['webhook-id']);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    const payload = JSON.parse(body.toString('utf8')) as { dossierCode: string; data: { items: string[] } };
    const list = order.get(payload.dossierCode) ?? [];
    list.push(Number(payload.data.items[0]));
    order.set(payload.dossierCode, list);
    res.writeHead(204).end();
  });
});
// Keep-alive connections outlive a batch; the server must not close them under the relay.
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/bench`;

const [org] = await database.db.select().from(organisations).where(eq(organisations.code, 'P75-UBND'));
if (org === undefined) throw new Error('reference data has no P75-UBND');
await database.db
  .insert(webhookSubscriptions)
  .values({ name: 'bench receiver', organisationId: org.id, url: receiverUrl, eventTypes: ['*'], secret: generateWebhookSecret(), allowPrivateNetwork: true });

let dossierSerial = 0;
/** Records 5 events for each of DOSSIERS new dossiers, one transaction per dossier; returns their codes. */
async function recordEvents(): Promise<string[]> {
  const codes = Array.from({ length: DOSSIERS }, () => `000.00.17.H19-260302-${String((dossierSerial += 1)).padStart(5, '0')}`);
  let next = 0;
  await Promise.all(
    Array.from({ length: database.driver === 'pglite' ? 1 : RECORD_CONCURRENCY }, async () => {
      while (next < codes.length) {
        const code = codes[next] ?? '';
        next += 1;
        await database.db.transaction(async (tx) => {
          for (let i = 0; i < EVENTS_PER_DOSSIER; i += 1) {
            const at = new Date(Date.UTC(2026, 2, 2, 2, 0, i));
            await recordEvent(tx, { type: 'dossier.supplement-requested', occurredAt: at, dossierCode: code, source: 'bench', data: { items: [String(i)], requestedAt: at.toISOString() } });
          }
        });
      }
    }),
  );
  // Fresh statistics, as autovacuum would have them on a table that grew over days.
  await database.db.execute(sql`analyze outbox`);
  return codes;
}

/**
 * Delivered rows stay in the outbox (nothing purges them yet), so a relay that has run for
 * months claims from a table mostly made of history. These rows come before the new events,
 * as they would.
 */
async function addHistory(rows: number): Promise<void> {
  await database.db.execute(sql`
    insert into outbox (event_seq, subscription_id, subject_key, status, attempts, next_attempt_at, delivered_at, created_at)
    select (select min(seq) from exchange_events), s.id, 'history-' || g, 'delivered', 1, now() - interval '30 days', now() - interval '30 days', now() - interval '30 days'
    from generate_series(1, ${rows}) g cross join webhook_subscriptions s`);
}

async function run(workers: number, history = 0): Promise<void> {
  if (history > 0) await addHistory(history);
  const codes = await recordEvents();
  seen.clear();
  order.clear();
  requests = 0;
  // Each worker stands for a relay process of its own: its own sender and connections.
  const relays = Array.from({ length: workers }, () => createRelay({ db: database.db, send: createWebhookSender({ timeoutMs: 10_000 }), now: () => new Date() }));
  let batches = 0;
  let failed = 0;
  const start = performance.now();
  const deadline = start + TIME_LIMIT_MS;
  await Promise.all(
    relays.map(async (relay) => {
      while (performance.now() < deadline) {
        const result = await relay.runOnce();
        if (result.claimed === 0) {
          // The other worker may still hold rows whose successors become claimable when it
          // finishes: stop only when nothing at all is left pending.
          const [left] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from outbox where status = 'pending'`);
          if ((left?.n ?? 0) === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        batches += 1;
        failed += result.failed;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const ids = [...seen.values()];
  const once = ids.filter((n) => n === 1).length;
  const duplicated = ids.filter((n) => n > 1).length;
  const inOrder = codes.filter((code) => (order.get(code) ?? []).join() === Array.from({ length: EVENTS_PER_DOSSIER }, (_, i) => i).join()).length;
  const [attempts] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from webhook_attempts`);
  const recorded = attempts?.n ?? 0;
  const complete = once === EVENTS && duplicated === 0 && inOrder === DOSSIERS && failed === 0 && recorded === EVENTS;
  const label = `${workers} worker${workers === 1 ? '' : 's'}${history > 0 ? `, ${history.toLocaleString('en')} delivered rows before` : ''}`;
  console.log(
    `${label.padEnd(42)} ${(once / seconds).toFixed(0).padStart(6)} events/s  ${seconds.toFixed(1).padStart(5)} s  ${String(batches).padStart(4)} batches  ` +
      `requests ${requests}  exactly once ${once}/${EVENTS}  duplicates ${duplicated}  failed ${failed}  dossiers in order ${inOrder}/${DOSSIERS}  attempts recorded ${recorded}` +
      (complete ? '' : '  INCOMPLETE'),
  );
  if (!complete) process.exitCode = 1;
  // The next run starts from an empty outbox, so it measures the same amount of work.
  await database.db.execute(sql`delete from webhook_attempts`);
  await database.db.execute(sql`delete from outbox`);
}

console.log(`${database.driver}, ${EVENTS} events (${DOSSIERS} dossiers × ${EVENTS_PER_DOSSIER}), one subscription, receiver on loopback`);
await run(1);
await run(2);
await run(1, HISTORY);
await new Promise<void>((resolve) => server.close(() => resolve()));
server.closeAllConnections();
await database.close();
