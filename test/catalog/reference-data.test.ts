import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CURRENT_UNIT_DATASET, UNIT_DATASETS, buildDirectory, readUnits } from '../../src/catalog/reference-data.js';
import { parseAgencyCode } from '../../src/domain/dossier/dossier-code.js';

describe('reference data', () => {
  test('each unit file has one province row and codes of the official lengths', () => {
    for (const { dataset } of UNIT_DATASETS) {
      const units = readUnits(dataset);
      assert.equal(units.filter((u) => u.parentCode === null).length, 1, dataset);
      for (const u of units) assert.match(u.code, u.parentCode === null ? /^\d{2}$/ : /^\d{3}$|^\d{5}$/, `${dataset} ${u.code}`);
      assert.equal(new Set(units.map((u) => u.code)).size, units.length, `${dataset}: codes are unique`);
    }
  });

  test('the eras do not overlap for one province', () => {
    const dongNai = UNIT_DATASETS.filter((d) => d.dataset.startsWith('dongnai'));
    for (let i = 1; i < dongNai.length; i += 1) {
      const previous = dongNai[i - 1];
      const current = dongNai[i];
      assert.ok(previous?.validTo !== null && previous !== undefined && current !== undefined && previous.validTo < current.validFrom);
    }
  });

  test('the directory has a centre, a people\'s committee and a post office for each of the 95 communes, and valid agency codes', () => {
    const entries = buildDirectory(readUnits(CURRENT_UNIT_DATASET));
    assert.equal(entries.filter((e) => e.kind === 'post_office').length, 95);
    assert.equal(entries.filter((e) => e.kind === 'public_service_centre').length, 96);
    const codes = new Set(entries.map((e) => e.code));
    assert.equal(codes.size, entries.length);
    for (const e of entries) {
      if (e.parentCode !== null) assert.ok(codes.has(e.parentCode), `${e.code} has its parent`);
      if (e.agencyCode !== null) assert.equal(parseAgencyCode(e.agencyCode).toRightToLeft(), e.agencyCode);
    }
    const agencyCodes = entries.flatMap((e) => (e.agencyCode === null ? [] : [e.agencyCode]));
    assert.equal(new Set(agencyCodes).size, agencyCodes.length, 'agency codes are unique');
  });
});

describe('procedures loaded into the catalogue', () => {
  test("the national sample and Đồng Nai's land summaries: shared codes keep both texts, the others are added", async () => {
    const { openTestDatabase } = await import('../support/database.js');
    const { loadReferenceData } = await import('../../src/catalog/reference-data.js');
    const { procedures } = await import('../../src/catalog/catalog.schema.js');
    const { eq } = await import('drizzle-orm');
    const database = await openTestDatabase();
    try {
      await loadReferenceData(database.db);
      await loadReferenceData(database.db); // a second start changes nothing
      const rows = await database.db.select().from(procedures);
      assert.equal(rows.length, 138 + 13);
      const [shared] = await database.db.select().from(procedures).where(eq(procedures.code, '1.012753'));
      assert.ok(shared);
      assert.equal(shared.source, 'national-sample');
      assert.ok(shared.details['dongNai'] !== undefined, 'the Đồng Nai summary sits beside the national text');
      assert.equal(rows.filter((r) => r.source === 'dongnai-land-curated').length, 13);
    } finally {
      await database.close();
    }
  });
});
