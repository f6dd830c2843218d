/**
 * HTTP throughput and latency of public endpoints, on this machine's loopback only, with a
 * bounded number of requests. The app runs in this process on an in-memory PGlite, or on
 * PostgreSQL when BENCH_DATABASE_URL names an empty database.
 * Usage: npx tsx bench/http.ts   |   BENCH_DATABASE_URL=postgres://… npx tsx bench/http.ts
 */
import { performance } from 'node:perf_hooks';
import { listenBenchApp, openBenchDatabase } from './support.js';

const REQUESTS = 4000;
const CONCURRENCY = 16;

const database = await openBenchDatabase(20);
const { app, base } = await listenBenchApp(database);

async function run(name: string, path: (i: number) => string): Promise<void> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const i = next;
      next += 1;
      const start = performance.now();
      const response = await fetch(base + path(i));
      await response.arrayBuffer();
      if (response.status !== 200) failures += 1;
      latencies.push(performance.now() - start);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0).toFixed(1);
  console.log(`${name.padEnd(34)} ${(REQUESTS / seconds).toFixed(0).padStart(6)} req/s  p50 ${pct(0.5).padStart(5)} ms  p95 ${pct(0.95).padStart(5)} ms  p99 ${pct(0.99).padStart(5)} ms  non-200: ${failures}`);
}

console.log(`${database.driver}, ${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time`);
await run('GET /api/health', () => '/api/health');
await run('GET /api/v1/calendar/due-date', (i) => `/api/v1/calendar/due-date?receivedAt=2026-02-${String(1 + (i % 27)).padStart(2, '0')}T09:00:00%2B07:00&workingDays=${1 + (i % 30)}`);
await run('GET /api/v1/calendar/holidays', (i) => `/api/v1/calendar/holidays?year=${2000 + (i % 50)}`);
await run('GET /api/v1/tariffs/quote', (i) => `/api/v1/tariffs/quote?direction=both&zone=intra-province&weightGrams=${100 + (i % 900)}&collectFees=true&date=2026-03-01`);
await run('GET /api/v1/units (95 communes)', () => '/api/v1/units?at=2026-06-01&parent=75');
await app.close();
await database.close();
