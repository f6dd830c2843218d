/** A running app on a fresh test database with reference and demo data, driven by inject(). */
import { eq } from 'drizzle-orm';
import { Writable } from 'node:stream';
import { accounts } from '../../src/admin/admin.schema.js';
import { DEMO_PASSWORD, loadDemoData } from '../../src/admin/demo-data.js';
import { organisations } from '../../src/catalog/catalog.schema.js';
import { loadReferenceData } from '../../src/catalog/reference-data.js';
import { buildApp } from '../../src/http/app.js';
import type { App } from '../../src/http/app-type.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/client.js';
import { createLogger } from '../../src/platform/logger.js';
import { type AppServices, type Clock, createServices } from '../../src/services.js';
import { openTestDatabase } from './database.js';

export interface TestApp {
  app: App;
  database: Database;
  services: AppServices;
  config: Config;
  demoApiKey: string;
  /** Everything the app logged, one JSON line each. */
  logLines: string[];
  login(username: string, password?: string): Promise<Session>;
  organisationId(code: string): Promise<string>;
  accountId(username: string): Promise<string>;
  close(): Promise<void>;
}

/** A clock the test moves by hand. */
export function manualClock(start: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(start);
  return {
    now: () => new Date(now.getTime()),
    set(iso) {
      now = new Date(iso);
    },
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

export async function startTestApp(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', ...env });
  const database = await openTestDatabase();
  await loadReferenceData(database.db);
  const demo = await loadDemoData(database.db);
  if (demo === null) throw new Error('demo data was not loaded');
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
      done();
    },
  });
  const services = createServices(database, config, options.clock);
  await services.ensureBuiltins();
  const app = await buildApp({ config, services, logger: createLogger(config.logLevel, sink), version: 'test' });

  async function login(username: string, password = DEMO_PASSWORD): Promise<Session> {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
    const setCookie = response.cookies.find((c) => c.name === 'bcci_session');
    if (setCookie === undefined) throw new Error('no session cookie');
    const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    const cookie = `bcci_session=${setCookie.value}`;
    return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
  }

  return {
    app,
    database,
    services,
    config,
    demoApiKey: demo.apiKey,
    logLines,
    login,
    async organisationId(code) {
      const [row] = await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code));
      if (row === undefined) throw new Error(`no organisation ${code}`);
      return row.id;
    },
    async accountId(username) {
      const [row] = await database.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
      if (row === undefined) throw new Error(`no account ${username}`);
      return row.id;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
