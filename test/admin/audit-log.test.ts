import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../src/admin/audit.js';
import type { Database } from '../../src/platform/db/client.js';
import { openTestDatabase } from '../support/database.js';

describe('the audit log is append-only', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
    await recordAudit(database.db, { type: 'system' }, null, { action: 'test.entry', outcome: 'success' });
  });
  after(() => database.close());

  test('rows cannot be updated, deleted or truncated', async () => {
    // The driver wraps the server's error; the trigger's message is in the cause.
    const appendOnly = (e: unknown) => /append-only/.test(String(e instanceof Error ? (e.cause ?? e) : e));
    await assert.rejects(database.db.execute(sql`update audit_log set action = 'changed'`), appendOnly);
    await assert.rejects(database.db.execute(sql`delete from audit_log`), appendOnly);
    await assert.rejects(database.db.execute(sql`truncate audit_log`), appendOnly);
    const rows = (await database.db.execute(sql`select action from audit_log`)) as unknown as { rows: Array<{ action: string }> };
    assert.deepEqual(rows.rows.map((r) => r.action), ['test.entry']);
  });
});
