import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { validateS10 } from '../../src/domain/postal-item/s10.js';
import type { Database } from '../../src/platform/db/client.js';
import { s10Numbers } from '../../src/postal/postal.schema.js';
import { addS10Range, issueS10Number } from '../../src/postal/item-numbers.js';
import { AppError } from '../../src/platform/errors.js';
import { openTestDatabase } from '../support/database.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('postal item number validity API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('a valid number answers 200 with the normalised number', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/postal-items/rr473124829vn/validity' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { valid: true, number: 'RR473124829VN' });
  });

  test('a wrong check digit answers 400 saying which digit it should be', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/postal-items/RR473124823VN/validity' });
    assert.equal(response.statusCode, 400);
    const body = response.json() as { code: string; detail: string; reason: string; errors: Array<{ in: string; name: string }> };
    assert.equal(body.code, 'POSTAL_ITEM_NUMBER_INVALID');
    assert.equal(body.reason, 'check-digit');
    assert.match(body.detail, /9/);
    assert.deepEqual(body.errors.map((e) => [e.in, e.name]), [['path', 'number']]);
  });

  test('length, letters and country are each named', async () => {
    const cases = [
      ['RR47312482VN', 'length'],
      ['R1473124829VN', 'service-indicator'],
      ['RR4731248X9VN', 'serial'],
      ['RR473124829US', 'country'],
    ] as const;
    for (const [number, reason] of cases) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/postal-items/${number}/validity`, headers: { 'accept-language': 'en' } });
      assert.equal(response.statusCode, 400, number);
      assert.equal((response.json() as { reason: string }).reason, reason, number);
    }
  });
});

describe('issuing postal item numbers', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('numbers come in serial order, each a valid S10 number', async () => {
    await addS10Range(database.db, { prefix: 'RA', country: 'VN', firstSerial: 100, lastSerial: 199 });
    const now = new Date('2026-03-01T02:00:00Z');
    const issued: string[] = [];
    for (let i = 0; i < 3; i += 1) issued.push(await database.db.transaction((tx) => issueS10Number(tx, 'RA', now)));
    assert.deepEqual(issued.map((n) => n.slice(2, 10)), ['00000100', '00000101', '00000102']);
    for (const n of issued) assert.ok(validateS10(n).ok, n);
  });

  test('concurrent issues never get the same number', async () => {
    await addS10Range(database.db, { prefix: 'RB', country: 'VN', firstSerial: 1, lastSerial: 1000 });
    const now = new Date('2026-03-01T02:00:00Z');
    const issued = await Promise.all(Array.from({ length: 30 }, () => database.db.transaction((tx) => issueS10Number(tx, 'RB', now))));
    assert.equal(new Set(issued).size, 30);
  });

  test('a number is not reused within 12 months; after that it may be', async () => {
    await addS10Range(database.db, { prefix: 'RC', country: 'VN', firstSerial: 1, lastSerial: 2 });
    const t0 = new Date('2026-01-01T02:00:00Z');
    const a = await database.db.transaction((tx) => issueS10Number(tx, 'RC', t0));
    const b = await database.db.transaction((tx) => issueS10Number(tx, 'RC', t0));
    assert.notEqual(a, b);
    const sixMonths = new Date('2026-07-01T02:00:00Z');
    await assert.rejects(
      database.db.transaction((tx) => issueS10Number(tx, 'RC', sixMonths)),
      (e: unknown) => e instanceof AppError && e.code === 'CONFLICT',
    );
    const thirteenMonths = new Date('2027-02-01T02:00:00Z');
    const again = await database.db.transaction((tx) => issueS10Number(tx, 'RC', thirteenMonths));
    assert.equal(again, a);
    const [row] = await database.db.select().from(s10Numbers).where(eq(s10Numbers.number, a));
    assert.equal(row?.timesIssued, 2);
  });

  test('a failed intake rolls the number back: it is issued again next', async () => {
    await addS10Range(database.db, { prefix: 'RD', country: 'VN', firstSerial: 5, lastSerial: 50 });
    const now = new Date('2026-03-01T02:00:00Z');
    let rolledBack = '';
    await assert.rejects(
      database.db.transaction(async (tx) => {
        rolledBack = await issueS10Number(tx, 'RD', now);
        throw new Error('intake failed');
      }),
    );
    const next = await database.db.transaction((tx) => issueS10Number(tx, 'RD', now));
    assert.equal(next, rolledBack);
    const count = (await database.db.execute(sql`select count(*)::int as n from s10_numbers where number like 'RD%'`)) as unknown as { rows: Array<{ n: number }> };
    assert.equal(Number(count.rows[0]?.n), 1);
  });

  test('an unknown prefix is a clear conflict, and a bad range is refused', async () => {
    await assert.rejects(
      database.db.transaction((tx) => issueS10Number(tx, 'ZZ', new Date())),
      (e: unknown) => e instanceof AppError && e.code === 'CONFLICT' && /ZZ/.test(e.detail?.en ?? ''),
    );
    await assert.rejects(addS10Range(database.db, { prefix: 'R1', country: 'VN', firstSerial: 1, lastSerial: 2 }), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED');
  });
});
