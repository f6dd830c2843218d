import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  SAMPLE_TARIFF_DA_NANG_2021 as DN,
  TariffError,
  tariffInForce,
  type TariffTable,
} from '../../../src/domain/tariff/index.js';
import { codeOf as sharedCodeOf } from '../support/error-code.js';

const v2022: TariffTable = { ...DN, id: 'v2022', validFrom: '2022-01-01', validTo: '2025-06-30' };
const v2025: TariffTable = { ...DN, id: 'v2025', validFrom: '2025-07-01', validTo: null };

const codeOf = (fn: () => unknown) => sharedCodeOf(fn, TariffError);

describe('tariffInForce picks the table valid on a date', () => {
  const tables = [v2025, DN, v2022];

  it('uses the latest validFrom among tables in force', () => {
    assert.equal(tariffInForce(tables, '2023-05-05').id, 'v2022');
    assert.equal(tariffInForce(tables, '2021-12-31').id, 'sample-da-nang-2021');
  });

  it('treats validFrom and validTo as inclusive days', () => {
    assert.equal(tariffInForce(tables, '2022-01-01').id, 'v2022');
    assert.equal(tariffInForce(tables, '2025-06-30').id, 'v2022');
    assert.equal(tariffInForce(tables, '2025-07-01').id, 'v2025');
  });

  it('says so when no table is in force', () => {
    assert.equal(codeOf(() => tariffInForce(tables, '2021-04-19')), 'no-tariff-in-force');
    assert.equal(codeOf(() => tariffInForce([], '2024-01-01')), 'no-tariff-in-force');
  });

  it('refuses two tables starting the same day instead of picking by list order', () => {
    assert.equal(codeOf(() => tariffInForce([v2025, { ...v2025, id: 'other' }], '2026-01-01')), 'ambiguous-tariff');
  });

  it('refuses a date that is not YYYY-MM-DD or not a real day', () => {
    for (const d of ['2024-02-30', '2024-2-3', '20240203', '']) {
      assert.equal(codeOf(() => tariffInForce(tables, d)), 'invalid-date', d);
    }
  });
});
