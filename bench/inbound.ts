/**
 * Inbound status updates per second from a partner system: POST /api/v1/exchange/status-reports
 * with an API key and a fresh Idempotency-Key each, over loopback keep-alive connections, a
 * bounded count. Each request maps the code, writes the idempotency row, the event and its
 * outbox rows. The load generator runs in a child process; it, the server and the database
 * share this machine's cores, and the CPU each side used is printed with the figure.
 * PGlite by default; PostgreSQL with BENCH_DATABASE_URL (an empty database).
 * Usage: BENCH_DATABASE_URL=postgres://… npx tsx bench/inbound.ts
 *        (BENCH_REQUESTS, default 20000; BENCH_CONCURRENCY, default 32)
 */
import { type LoadRequest, listenBenchApp, machineBusyMs, openBenchDatabase, percentile, runLoadInChildProcess } from './support.js';
import { generateApiKey } from '../src/admin/api-key-service.js';
import { apiKeys } from '../src/admin/admin.schema.js';
import { organisations } from '../src/catalog/catalog.schema.js';
import { webhookSubscriptions } from '../src/exchange/exchange.schema.js';
import { generateWebhookSecret } from '../src/exchange/webhook-signature.js';
import { countRows } from '../src/platform/db/client.js';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 20_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);
// The app's default DATABASE_POOL_SIZE: with more connections than cores, PostgreSQL's
// backends mostly take turns on the same 2 cores and do less in total (pgbench agrees).
const POOL_SIZE = Number(process.env['BENCH_POOL_SIZE'] ?? 10);
const WARMUP = 2000;

const database = await openBenchDatabase(POOL_SIZE);
const [org] = await database.db.select().from(organisations).limit(1);
if (org === undefined) throw new Error('no organisation');
const { prefix, key, secretHash } = generateApiKey();
await database.db.insert(apiKeys).values({ prefix, secretHash, name: 'bench', organisationId: org.id, scopes: ['events:write'] });
// Two subscribers, so each update also fans out to the outbox as in production.
for (const name of ['one-stop', 'national-portal']) {
  await database.db.insert(webhookSubscriptions).values({ name, organisationId: org.id, url: 'http://127.0.0.1:9/unused', eventTypes: ['*'], secret: generateWebhookSecret() });
}
const { app, base } = await listenBenchApp(database);

function update(i: number): LoadRequest {
  return {
    method: 'POST',
    path: '/api/v1/exchange/status-reports',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `bench-${i}-${prefix}` },
    body: JSON.stringify({
      system: 'national-portal',
      subject: 'dossier',
      code: String(1 + (i % 10)),
      occurredAt: new Date(Date.UTC(2026, 2, 2, 1, 0, i % 3600)).toISOString(),
      dossierCode: `000.00.17.H19-260302-${String(i % 9999).padStart(4, '0')}`,
    }),
  };
}

const warmup = Array.from({ length: WARMUP }, (_, i) => update(i));
const measured = Array.from({ length: REQUESTS }, (_, i) => update(WARMUP + i));
// CPU time over the measured phase: this process (the server; with PGlite, the database too),
// the load generator, and the whole machine, whose remainder is PostgreSQL, the kernel's
// loopback work and whatever else runs at the time (run it on an otherwise idle machine).
let serverCpu0 = process.cpuUsage();
let busy0 = machineBusyMs();
const result = await runLoadInChildProcess({ base, concurrency: CONCURRENCY, warmup, measured }, () => {
  serverCpu0 = process.cpuUsage();
  busy0 = machineBusyMs();
});
const serverCpu = process.cpuUsage(serverCpu0);
const busyMs = machineBusyMs() - busy0;

const failed = REQUESTS - (result.statuses['201'] ?? 0);
const sent = WARMUP + REQUESTS;
const [events, outboxRows, keys] = [await countRows(database.db, 'exchange_events'), await countRows(database.db, 'outbox'), await countRows(database.db, 'idempotency_keys')];
const serverMs = (serverCpu.user + serverCpu.system) / 1000;
const cores = (ms: number) => (ms / 1000 / result.seconds).toFixed(2);
const perUpdate = (ms: number) => `${((ms * 1000) / REQUESTS).toFixed(0)} µs`;
console.log(
  `${database.driver}: ${REQUESTS} inbound status updates (after ${WARMUP} warm-up), ${CONCURRENCY} in flight, pool ${POOL_SIZE}: ` +
    `${(REQUESTS / result.seconds).toFixed(0)} updates/s, p50 ${percentile(result.latenciesMs, 0.5)} ms, p95 ${percentile(result.latenciesMs, 0.95)} ms, ` +
    `p99 ${percentile(result.latenciesMs, 0.99)} ms, failed ${failed} ${JSON.stringify(result.statuses)}`,
);
console.log(`  rows: ${events}/${sent} events, ${outboxRows}/${2 * sent} outbox rows, ${keys}/${sent} idempotency keys`);
console.log(
  `  CPU while measured (cores busy, per update): machine ${cores(busyMs)}; server process ${cores(serverMs)}, ${perUpdate(serverMs)}; ` +
    `load generator ${cores(result.clientCpuMs)}, ${perUpdate(result.clientCpuMs)}; the rest ${cores(busyMs - serverMs - result.clientCpuMs)}, ${perUpdate(busyMs - serverMs - result.clientCpuMs)}`,
);
await app.close();
await database.close();
