/**
 * Command line: `start` (serve the API and web app), `migrate` (apply migrations and exit),
 * `seed` (migrations, reference data and, if enabled, demo data; then exit).
 */
import { readFileSync } from 'node:fs';
import { openConfiguredDatabase, prepareDatabase } from './boot.js';
import { buildApp } from './http/app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';
import { createServices } from './services.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function main(argv: readonly string[]): Promise<void> {
  const command = argv[0] ?? 'start';
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

  switch (command) {
    case 'migrate':
      await database.migrate();
      logger.info('migrations applied');
      await database.close();
      return;
    case 'seed':
      await prepareDatabase(database, config, logger);
      await database.close();
      return;
    case 'start': {
      await prepareDatabase(database, config, logger);
      const app = await buildApp({ config, services: createServices(database, config), logger, version, serveWeb: true });
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down');
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
      await app.listen({ host: config.host, port: config.port });
      logger.info(`bcci-hub ${version} ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`);
      return;
    }
    default:
      console.error(`Unknown command "${command}". Use: start | migrate | seed`);
      await database.close();
      process.exit(2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? `Start failed: ${error.message}` : 'Start failed');
  process.exit(1);
});
