/**
 * The real server for browser tests: a fresh test database with reference and demo data, the
 * built web app served by the same process (like `npm start`), listening on a free port.
 * Mirrors test/support/app.ts, which drives the API with inject() and serves no web app.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { loadDemoData } from '../../../src/admin/demo-data.js';
import { loadReferenceData } from '../../../src/catalog/reference-data.js';
import { WEB_DIST, buildApp } from '../../../src/http/app.js';
import { loadConfig } from '../../../src/platform/config.js';
import { createLogger } from '../../../src/platform/logger.js';
import { type AppServices, type Clock, createServices } from '../../../src/services.js';
import type { App } from '../../../src/http/app-type.js';
import { openTestDatabase } from '../../support/database.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INDEX_HTML = join(WEB_DIST, 'index.html');
/** What the bundle is made of: a change in any of these makes dist/web stale. */
const WEB_SOURCES = [join(ROOT, 'src/web'), join(ROOT, 'src/domain'), join(ROOT, 'vite.config.ts')];
const BUILD_LOCK = join(ROOT, 'dist/.web-build.lock');
const STALE_LOCK_MS = 120_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function webBuildIsCurrent(): boolean {
  if (!existsSync(INDEX_HTML)) return false;
  const built = statSync(INDEX_HTML).mtimeMs;
  return WEB_SOURCES.every((source) => !existsSync(source) || newestMtime(source) <= built);
}

function runViteBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    // --no-install: vite is a devDependency; never fetch one from the registry in a test.
    const child = spawn('npx', ['--no-install', 'vite', 'build', '--config', 'vite.config.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${String(code)}:\n${output}`))));
  });
}

/**
 * Builds the web app when dist/web is missing or older than its sources. node --test runs test
 * files in parallel processes, so a lock folder (mkdir is atomic) makes one of them build while
 * the others wait; a lock left by a crashed run is broken after two minutes.
 */
export async function ensureWebBuilt(): Promise<void> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    if (webBuildIsCurrent()) return;
    try {
      mkdirSync(BUILD_LOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock !== undefined && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      if (!webBuildIsCurrent()) await runViteBuild();
      return;
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

export interface WebServer {
  /** e.g. http://127.0.0.1:41234, no trailing slash. */
  baseUrl: string;
  /** The server itself, for setting up data through the API with inject(). */
  app: App;
  services: AppServices;
  /** Everything the server logged, one JSON line each: print it when a test fails. */
  logLines: string[];
  close(): Promise<void>;
}

/** `clock`: the server's time, for tests that need days to pass (e.g. items overdue against J+n). */
export async function startWebServer(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<WebServer> {
  await ensureWebBuilt();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env });
  const database = await openTestDatabase();
  await loadReferenceData(database.db);
  if ((await loadDemoData(database.db)) === null) throw new Error('demo data was not loaded');
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
      done();
    },
  });
  const services = createServices(database, config, options.clock);
  await services.ensureBuiltins();
  const app = await buildApp({ config, services, logger: createLogger(config.logLevel, sink), version: 'test', serveWeb: true });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: address.replace(/\/$/, ''),
    app,
    services,
    logLines,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
