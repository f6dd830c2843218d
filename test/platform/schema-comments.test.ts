import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/platform/db/client.js';
import { openTestDatabase } from '../support/database.js';

describe('the schema documents itself', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('every table and every column has a comment', async () => {
    const missing = await queryRows<{ name: string }>(
      database.db,
      sql`select k.relname || coalesce('.' || a.attname, '') as name
          from pg_class k
          join pg_namespace n on n.oid = k.relnamespace and n.nspname = 'public'
          left join pg_attribute a on a.attrelid = k.oid and a.attnum > 0 and not a.attisdropped
          where k.relkind = 'r'
            and (obj_description(k.oid, 'pg_class') is null or col_description(k.oid, a.attnum) is null)
          order by 1`,
    );
    assert.deepEqual(missing.map((m) => m.name), []);
  });
});
