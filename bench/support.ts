/** What every bench needs: its database, migrated, and optionally the app listening on loopback. */
import { Writable } from 'node:stream';
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

/** The whole app on a free loopback port, logging nothing. */
export async function listenBenchApp(database: Database): Promise<{ app: App; base: string }> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const silent = new Writable({ write: (_c, _e, done) => done() });
  const app = await buildApp({ config, services: createServices(database, config), logger: createLogger('silent', silent), version: 'bench' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { app, base: `http://127.0.0.1:${address.port}` };
}
