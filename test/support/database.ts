/**
 * The database under test. By default an in-memory PGlite; with TEST_DATABASE_URL (a server URL,
 * e.g. postgres://postgres@127.0.0.1:5432/postgres) a fresh PostgreSQL database is created for
 * each test file and dropped afterwards. Every suite runs unchanged on both (DESIGN.md).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/platform/db/client.js';

const configured = process.env['TEST_DATABASE_URL'];
const SERVER_URL = configured === undefined || configured === '' ? undefined : configured;
export const TEST_DRIVER = SERVER_URL === undefined ? 'pglite' : 'postgresql';

export async function openTestDatabase(): Promise<Database> {
  const serverUrl = SERVER_URL;
  if (serverUrl === undefined) {
    const database = await openPglite(null);
    await database.migrate();
    return database;
  }
  const name = `bcci_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 60);
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
