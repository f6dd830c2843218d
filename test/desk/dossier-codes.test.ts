import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { issueDossierCode } from '../../src/desk/dossier-codes.js';
import { parseDossierCode } from '../../src/domain/dossier/dossier-code.js';
import type { Database } from '../../src/platform/db/client.js';
import { openTestDatabase } from '../support/database.js';

describe('dossier codes from the database', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test(`50 concurrent requests for one agency and day get 50 distinct consecutive numbers (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const receivedAt = new Date('2026-03-02T03:00:00Z');
    const codes = await Promise.all(Array.from({ length: 50 }, () => database.db.transaction((tx) => issueDossierCode(tx, '000.00.17.H19', receivedAt))));
    const sequences = codes.map((c) => parseDossierCode(c).sequence).sort((a, b) => a - b);
    assert.deepEqual(sequences, Array.from({ length: 50 }, (_, i) => i + 1));
    assert.equal(codes.find((c) => c.endsWith('-0001')), '000.00.17.H19-260302-0001');
  });

  test('the day is the Vietnam date of receipt, and each day starts again at 0001', async () => {
    // 17:30 UTC on 2 March is 00:30 on 3 March in Vietnam.
    const code = await database.db.transaction((tx) => issueDossierCode(tx, '000.00.17.H19', new Date('2026-03-02T17:30:00Z')));
    assert.equal(code, '000.00.17.H19-260303-0001');
  });

  test('both notations of the agency code share one sequence', async () => {
    const at = new Date('2026-03-04T03:00:00Z');
    const first = await database.db.transaction((tx) => issueDossierCode(tx, '000.00.18.H19', at));
    const second = await database.db.transaction((tx) => issueDossierCode(tx, 'H19.18', at));
    assert.equal(first, '000.00.18.H19-260304-0001');
    assert.equal(second, '000.00.18.H19-260304-0002');
  });

  test('a registration that fails leaves no gap', async () => {
    const at = new Date('2026-03-05T03:00:00Z');
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await issueDossierCode(tx, '000.00.19.H19', at);
        throw new Error('registration failed');
      }),
    );
    const code = await database.db.transaction((tx) => issueDossierCode(tx, '000.00.19.H19', at));
    assert.equal(code, '000.00.19.H19-260305-0001');
  });
});
