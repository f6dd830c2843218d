/** Opening the database and preparing it: migrations, reference data, demo data. */
import type { Logger } from 'pino';
import { loadDemoData } from './admin/demo-data.js';
import { loadReferenceData } from './catalog/reference-data.js';
import type { Config } from './platform/config.js';
import { type Database, openDatabase } from './platform/db/client.js';

export async function openConfiguredDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl === null) {
    logger.info({ dir: config.pgliteDir }, `no DATABASE_URL: using the embedded PGlite database in ${config.pgliteDir}`);
  } else {
    logger.info('DATABASE_URL set: using PostgreSQL');
  }
  return openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, poolSize: config.databasePoolSize });
}

export async function prepareDatabase(database: Database, config: Config, logger: Logger): Promise<void> {
  await database.migrate();
  const loaded = await loadReferenceData(database.db);
  logger.info(loaded, 'reference data in place');
  if (!config.demoData) return;
  const demo = await loadDemoData(database.db);
  if (demo === null) return;
  // Printed on the console on purpose (not the log): the person who ran `npm start` needs them.
  const lines = [
    '',
    '⚠  DEMO ACCOUNTS — for demonstration only, never for real use (set DEMO_DATA=false in production)',
    `   password for every account: ${demo.password}`,
    ...demo.accounts.map((a) => `   ${a.username.padEnd(14)} ${a.role.padEnd(20)} ${a.organisation}`),
    `   partner API key (scope catalog:read, shown once): ${demo.apiKey}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
