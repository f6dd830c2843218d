/**
 * Inbound status updates per second from a partner system: POST /api/v1/exchange/status-reports
 * with an API key and a fresh Idempotency-Key each, over loopback, 16 at a time, bounded count.
 * Each request maps the code, writes the idempotency row, the event and its outbox rows.
 * PGlite by default; PostgreSQL with BENCH_DATABASE_URL (an empty database).
 * Usage: BENCH_DATABASE_URL=postgres://… npx tsx bench/inbound.ts
 */
import { performance } from 'node:perf_hooks';
import { listenBenchApp, openBenchDatabase } from './support.js';
import { generateApiKey } from '../src/admin/api-key-service.js';
import { apiKeys } from '../src/admin/admin.schema.js';
import { organisations } from '../src/catalog/catalog.schema.js';
import { webhookSubscriptions } from '../src/exchange/exchange.schema.js';
import { generateWebhookSecret } from '../src/exchange/webhook-signature.js';

const REQUESTS = 6000;
const CONCURRENCY = 16;

const database = await openBenchDatabase(24);
const [org] = await database.db.select().from(organisations).limit(1);
if (org === undefined) throw new Error('no organisation');
const { prefix, key, secretHash } = generateApiKey();
await database.db.insert(apiKeys).values({ prefix, secretHash, name: 'bench', organisationId: org.id, scopes: ['events:write'] });
// Two subscribers, so each update also fans out to the outbox as in production.
for (const name of ['one-stop', 'national-portal']) {
  await database.db.insert(webhookSubscriptions).values({ name, organisationId: org.id, url: 'http://127.0.0.1:9/unused', eventTypes: ['*'], secret: generateWebhookSecret() });
}
const { app, base } = await listenBenchApp(database);
const endpoint = `${base}/api/v1/exchange/status-reports`;

const latencies: number[] = [];
let next = 0;
let failures = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      const i = next;
      next += 1;
      const t0 = performance.now();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `bench-${i}-${prefix}` },
        body: JSON.stringify({ system: 'national-portal', subject: 'dossier', code: String(1 + (i % 10)), occurredAt: new Date().toISOString(), dossierCode: `000.00.17.H19-260302-${String(i % 9999).padStart(4, '0')}` }),
      });
      await response.arrayBuffer();
      if (response.status !== 201) failures += 1;
      latencies.push(performance.now() - t0);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0).toFixed(1);
console.log(`${database.driver}: ${REQUESTS} inbound status updates, ${CONCURRENCY} at a time: ${(REQUESTS / seconds).toFixed(0)} updates/s, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, failed ${failures}`);
await app.close();
await database.close();
