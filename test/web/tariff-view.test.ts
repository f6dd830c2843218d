/**
 * The tariff page's layout and weight check. Each printed cell must be what the quote rule
 * charges for every weight in its row, so the rows are checked against `postageFor` itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postageFor } from '../../src/domain/tariff/quote.js';
import { SAMPLE_TARIFF_DA_NANG_2021 } from '../../src/domain/tariff/sample-da-nang-2021.js';
import type { TariffTable } from '../../src/domain/tariff/types.js';
import { checkWeight, directionTable, splitByToday, timingOf, zoneGroups } from '../../src/web/pages/tariffs/tariff-view.js';

const table = SAMPLE_TARIFF_DA_NANG_2021;

describe('directionTable', () => {
  it('lays the Đà Nẵng sample out as printed: three tiers and the per-500 g row, four zones', () => {
    const view = directionTable(table, 'pickup');
    assert.ok(view !== null);
    assert.deepEqual(view.zones, ['intra-district', 'intra-province', 'inter-province-near', 'inter-province-far']);
    assert.deepEqual(
      view.rows.map((row) => [row.fromGrams, row.upToGrams]),
      [
        [0, 100],
        [100, 250],
        [250, 500],
      ],
    );
    assert.deepEqual(view.rows[0]?.prices, { 'intra-district': 26_000, 'intra-province': 30_000, 'inter-province-near': 30_500, 'inter-province-far': 31_000 });
    assert.deepEqual(view.extraPer500Grams, { 'intra-district': 2_200, 'intra-province': 2_900, 'inter-province-near': 3_600, 'inter-province-far': 6_300 });
    assert.equal(view.lastTierGrams, 500);
  });

  it('every cell is the price the quote rule charges for each weight of its row', () => {
    for (const direction of ['pickup', 'delivery'] as const) {
      const view = directionTable(table, direction);
      assert.ok(view !== null);
      for (const rate of table.rates.filter((r) => r.direction === direction)) {
        for (const row of view.rows) {
          for (const grams of [row.fromGrams + 1, Math.floor((row.fromGrams + row.upToGrams) / 2), row.upToGrams]) {
            assert.equal(row.prices[rate.zone], postageFor(rate, grams), `${direction} ${rate.zone} ${grams} g`);
          }
        }
      }
    }
  });

  it('with zones tiered differently, rows are the union of limits and a zone past its own tiers shows no price', () => {
    const mixed: TariffTable = {
      ...table,
      rates: [
        { direction: 'pickup', zone: 'intra-district', tiers: [{ upToGrams: 100, price: 10_000 }], extraPer500Grams: 1_000 },
        { direction: 'pickup', zone: 'intra-province', tiers: [{ upToGrams: 50, price: 11_000 }, { upToGrams: 200, price: 12_000 }], extraPer500Grams: 2_000 },
      ],
    };
    const view = directionTable(mixed, 'pickup');
    assert.ok(view !== null);
    assert.deepEqual(view.zones, ['intra-district', 'intra-province']);
    assert.deepEqual(
      view.rows.map((row) => [row.upToGrams, row.prices['intra-district'], row.prices['intra-province']]),
      [
        [50, 10_000, 11_000],
        [100, 10_000, 12_000],
        [200, null, 12_000],
      ],
    );
    assert.equal(directionTable(mixed, 'delivery'), null);
  });
});

describe('zoneGroups', () => {
  it('splits the zones as published tables do, within and between provinces, leaving out empty groups', () => {
    assert.deepEqual(zoneGroups(['intra-district', 'intra-province', 'inter-province-near', 'inter-province-far']), [
      { group: 'intra-province', zones: ['intra-district', 'intra-province'] },
      { group: 'inter-province', zones: ['inter-province-near', 'inter-province-far'] },
    ]);
    assert.deepEqual(zoneGroups(['inter-province-far']), [{ group: 'inter-province', zones: ['inter-province-far'] }]);
  });
});

describe('splitByToday', () => {
  const later: TariffTable = { ...table, id: 'later', validFrom: '2030-01-01' };
  const closed: TariffTable = { ...table, id: 'closed', validFrom: '2019-01-01', validTo: '2021-04-19' };

  it('puts the table in force first and the others newest first', () => {
    const { current, others } = splitByToday([closed, table, later], '2026-05-01');
    assert.equal(current?.id, table.id);
    assert.deepEqual(
      others.map((t) => t.id),
      ['later', 'closed'],
    );
    assert.equal(timingOf(later, '2026-05-01'), 'future');
    assert.equal(timingOf(closed, '2026-05-01'), 'past');
    assert.equal(timingOf(table, '2026-05-01'), 'in-force');
  });

  it('says there is none rather than guessing when no table is in force', () => {
    const { current, others } = splitByToday([later], '2026-05-01');
    assert.equal(current, null);
    assert.equal(others.length, 1);
  });
});

describe('checkWeight', () => {
  it('accepts whole grams, with spaces or the Vietnamese thousands dot', () => {
    assert.deepEqual(checkWeight('150'), { ok: true, grams: 150 });
    assert.deepEqual(checkWeight(' 1 200 '), { ok: true, grams: 1200 });
    assert.deepEqual(checkWeight('1.200'), { ok: true, grams: 1200 });
    assert.deepEqual(checkWeight('30.000'), { ok: true, grams: 30_000 });
  });

  it('refuses, with a reason, what the quote API would refuse', () => {
    assert.deepEqual(checkWeight(''), { ok: false, reason: 'empty' });
    assert.deepEqual(checkWeight('1,5'), { ok: false, reason: 'not-whole-grams' });
    assert.deepEqual(checkWeight('12.5'), { ok: false, reason: 'not-whole-grams' });
    assert.deepEqual(checkWeight('-3'), { ok: false, reason: 'not-whole-grams' });
    assert.deepEqual(checkWeight('abc'), { ok: false, reason: 'not-whole-grams' });
    assert.deepEqual(checkWeight('0'), { ok: false, reason: 'too-light' });
    assert.deepEqual(checkWeight('30001'), { ok: false, reason: 'too-heavy' });
  });
});
