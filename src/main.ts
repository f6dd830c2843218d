/**
 * Command line: `start [--role=api|worker|all]` (serve the API and web app, run the background
 * workers, or both), `migrate` (apply migrations and exit), `seed` (migrations, reference data
 * and, if enabled, demo data; then exit).
 */
import { readFileSync } from 'node:fs';
import { openConfiguredDatabase, prepareDatabase } from './boot.js';
import { createDailyReconciliation } from './exchange/reconciliation.js';
import { createRelay } from './exchange/relay.js';
import { createWebhookSender } from './exchange/webhook-sender.js';
import { buildApp } from './http/app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';
import { createReminderWorker } from './reports/reminder-worker.js';
import { createServices } from './services.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

type ProcessRole = 'api' | 'worker' | 'all';

function parseRole(argv: readonly string[]): ProcessRole {
  const flag = argv.find((a) => a.startsWith('--role='));
  const value = flag?.slice('--role='.length) ?? 'all';
  if (value === 'api' || value === 'worker' || value === 'all') return value;
  console.error(`--role must be api, worker or all, got "${value}"`);
  process.exit(2);
}

async function main(argv: readonly string[]): Promise<void> {
  const command = argv.find((a) => !a.startsWith('--')) ?? 'start';
  const role = parseRole(argv);
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
      const services = createServices(database, config);
      await services.ensureBuiltins();
      const workers = new AbortController();
      const running: Array<Promise<void>> = [];
      const app = role === 'worker' ? null : await buildApp({ config, services, logger, version, serveWeb: true });
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'shutting down');
        workers.abort();
        await app?.close();
        await Promise.allSettled(running);
        await database.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
      if (role !== 'api') {
        const relay = createRelay({ db: database.db, send: services.transport(createWebhookSender({ timeoutMs: config.webhookTimeoutMs })), now: () => new Date(), options: { maxAttempts: config.relayMaxAttempts } });
        running.push(
          relay.run(workers.signal).catch((error: unknown) => {
            logger.error({ err: error }, 'outbox relay stopped');
          }),
        );
        const daily = createDailyReconciliation({
          db: database.db,
          now: () => new Date(),
          onReport: (report) => logger.info({ day: report.day, differences: report.differences.length }, 'daily reconciliation kept'),
        });
        running.push(
          daily.run(workers.signal).catch((error: unknown) => {
            logger.error({ err: error }, 'daily reconciliation stopped');
          }),
        );
        // Report deadlines (issue 9): a reminder recorded once per deadline and stage.
        const reminders = createReminderWorker({ deadlines: services.reports.deadlines, onReminder: (r) => logger.info(r, 'report deadline reminder recorded') });
        running.push(
          reminders.run(workers.signal).catch((error: unknown) => {
            logger.error({ err: error }, 'report reminders stopped');
          }),
        );
        logger.info('outbox relay and daily reconciliation started');
      }
      if (app !== null) {
        await app.listen({ host: config.host, port: config.port });
        logger.info(`bcci-hub ${version} ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`);
      }
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
