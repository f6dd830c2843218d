import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AGENCY_LEVELS, AGENCY_LEVEL_INFO, agencyLevelOf, parseAgencyLevel } from '../../../src/domain/procedure/agency-level.js';

describe('agency levels of procedures', () => {
  it('maps the labels of the catalogue to stable ids, whatever their case or marks', () => {
    assert.equal(agencyLevelOf('Cấp tỉnh'), 'province');
    assert.equal(agencyLevelOf('cấp xã'), 'commune');
    assert.equal(agencyLevelOf('CẤP BỘ'), 'ministry');
    assert.equal(agencyLevelOf('Cơ quan khác'), 'other');
  });

  it('files an unknown label, such as the district level abolished in 2025, under other', () => {
    assert.equal(agencyLevelOf('Cấp huyện'), 'other');
  });

  it('reads a filter given as an id or as a label, and refuses anything else', () => {
    assert.equal(parseAgencyLevel('province'), 'province');
    assert.equal(parseAgencyLevel('Cấp xã'), 'commune');
    assert.equal(parseAgencyLevel('cap xa'), 'commune');
    assert.equal(parseAgencyLevel('district'), null);
    assert.equal(parseAgencyLevel('Cấp huyện'), null);
  });

  it('has a Vietnamese and an English label for every id', () => {
    for (const id of AGENCY_LEVELS) {
      const info: { vi: string; en: string } = AGENCY_LEVEL_INFO[id];
      assert.ok(info.vi.length > 0 && info.en.length > 0, id);
    }
  });
});
