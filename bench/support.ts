/** What every bench needs: its database, migrated, and optionally the app listening on loopback. */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadReferenceData } from '../src/catalog/reference-data.js';
import { buildApp } from '../src/http/app.js';
import type { App } from '../src/http/app-type.js';
import { loadConfig } from '../src/platform/config.js';
import { type Database, openPglite, openPostgres } from '../src/platform/db/client.js';
import { createLogger } from '../src/platform/logger.js';
import { createServices } from '../src/services.js';

/** In-memory PGlite, or PostgreSQL when BENCH_DATABASE_URL names an empty database. */
export async function openBenchDatabase(poolSize: number, options: { referenceData?: boolean } = {}): Promise<Database> {
  const url = process.env['BENCH_DATABASE_URL'];
  const database = url === undefined || url === '' ? await openPglite(null) : await openPostgres(url, poolSize);
  await database.migrate();
  if (options.referenceData !== false) await loadReferenceData(database.db);
  return database;
}

/**
 * The whole app on a free loopback port. It logs nothing unless BENCH_LOG_LEVEL says so (e.g.
 * `info`, as in production); the lines are then formatted and redacted as usual, and discarded.
 */
export async function listenBenchApp(database: Database): Promise<{ app: App; base: string }> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const discard = new Writable({ write: (_c, _e, done) => done() });
  const level = process.env['BENCH_LOG_LEVEL'] ?? 'silent';
  const app = await buildApp({ config, services: createServices(database, config), logger: createLogger(level === '' ? 'silent' : level, discard), version: 'bench' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

// ---------------------------------------------------------------------------------------------
// Load generation in a child process: with the client in the server's process, both compete for
// one event loop and the figure says as much about the client as about the server. In a child
// process the operating system schedules them apart; on a 2-core machine they still share the
// cores with the database, which the bench reports by measuring CPU time on each side.

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadPlan {
  base: string;
  concurrency: number;
  /** Sent first and not measured: lets both processes' JIT and the database caches settle. */
  warmup: LoadRequest[];
  measured: LoadRequest[];
}

export interface LoadResult {
  seconds: number;
  /** Sorted ascending. */
  latenciesMs: number[];
  /** Count per HTTP status of the measured requests (0: no answer). */
  statuses: Record<string, number>;
  /** CPU time the load generator itself used during the measured phase. */
  clientCpuMs: number;
}

const LOAD_CHILD_FLAG = '--bench-load-generator';

/**
 * Runs the plan from a child process (same Node flags minus profiling, so a `--cpu-prof` of
 * the bench profiles the server only) and returns what it measured. `onMeasuring` is called
 * when the warm-up is over, for the caller to start its own measurements.
 */
export function runLoadInChildProcess(plan: LoadPlan, onMeasuring: () => void = () => undefined): Promise<LoadResult> {
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof') && !a.startsWith('--prof'));
  const child = fork(fileURLToPath(import.meta.url), [LOAD_CHILD_FLAG], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<LoadResult>((resolve, reject) => {
    child.on('message', (message: LoadResult | 'measuring') => {
      if (message === 'measuring') {
        onMeasuring();
        return;
      }
      resolve(message);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${String(code)}`));
    });
    child.send(plan);
  });
}

function send(agent: Agent, base: string, r: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${base}${r.path}`, { method: r.method, headers: r.body === undefined ? r.headers : { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) }, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('error', () => resolve(0));
    req.end(r.body);
  });
}

async function runPlan(plan: LoadPlan): Promise<LoadResult> {
  // One keep-alive connection per in-flight request, as a partner's HTTP client pool would.
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const drive = async (requests: LoadRequest[], latencies: number[] | null, statuses: Record<string, number>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: plan.concurrency }, async () => {
        while (next < requests.length) {
          const r = requests[next];
          next += 1;
          if (r === undefined) break;
          const t0 = performance.now();
          const status = await send(agent, plan.base, r);
          latencies?.push(performance.now() - t0);
          statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
        }
      }),
    );
  };
  await drive(plan.warmup, null, {});
  process.send?.('measuring');
  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await drive(plan.measured, latenciesMs, statuses);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  latenciesMs.sort((a, b) => a - b);
  return { seconds, latenciesMs, statuses, clientCpuMs: (cpu.user + cpu.system) / 1000 };
}

if (process.argv.includes(LOAD_CHILD_FLAG)) {
  process.once('message', (plan: LoadPlan) => {
    void runPlan(plan).then((result) => process.send?.(result));
  });
}

/** The p-th quantile of sorted values, in ms with one decimal. */
export function percentile(sorted: readonly number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1);
}

/** Busy CPU time of the whole machine (all processes, all cores) so far, in ms. */
export function machineBusyMs(): number {
  return cpus().reduce((sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
}
