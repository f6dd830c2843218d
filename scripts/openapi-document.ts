/** Builds the app on an empty in-memory database and returns its OpenAPI document. */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { buildApp } from '../src/http/app.js';
import { loadConfig } from '../src/platform/config.js';
import { openPglite } from '../src/platform/db/client.js';
import { createLogger } from '../src/platform/logger.js';
import { createServices } from '../src/services.js';

export async function generateOpenApi(): Promise<unknown> {
  // Fixed values, so the document does not depend on who generates it.
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_BASE_URL: 'http://localhost:3000' });
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const database = await openPglite(null);
  const silent = new Writable({ write: (_c, _e, done) => done() });
  const app = await buildApp({ config, services: createServices(database, config), logger: createLogger('silent', silent), version });
  const document = app.swagger();
  await app.close();
  await database.close();
  return document;
}
