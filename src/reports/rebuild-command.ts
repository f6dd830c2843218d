/**
 * `npm run reports:rebuild`: the reporting projection from scratch, from the event log and the
 * owners' tables, on the configured database (DATABASE_URL, or the embedded one). Safe while
 * the app runs: the rebuild is one transaction; reports wait for it, deliveries queue behind it.
 */
import { openConfiguredDatabase } from '../boot.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { createProjector } from './projector.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config, logger);
  try {
    await database.migrate();
    const result = await createProjector({ db: database.db, now: () => new Date() }).rebuild();
    logger.info(result, 'reporting projection rebuilt');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Rebuild failed: ${error.message}` : 'Rebuild failed');
  process.exit(1);
});
