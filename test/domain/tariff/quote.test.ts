import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkTariffTable,
  quote,
  SAMPLE_TARIFF_DA_NANG_2021 as DN,
  TariffError,
  ZONES,
  type QuoteRequest,
  type TariffTable,
} from '../../../src/domain/tariff/index.js';
import { codeOf as sharedCodeOf } from '../support/error-code.js';

const base: QuoteRequest = { direction: 'pickup', zone: 'intra-district', weightGrams: 100, collectFees: false };

const codeOf = (fn: () => unknown) => sharedCodeOf(fn, TariffError);

describe('the Đà Nẵng 2021 sample table', () => {
  it('is a valid table, flagged as a sample, in force from 20 April 2021', () => {
    assert.deepEqual(checkTariffTable(DN), []);
    assert.equal(DN.isSample, true);
    assert.equal(DN.validFrom, '2021-04-20');
  });

  it('prices every direction × zone', () => {
    for (const direction of ['pickup', 'delivery'] as const) {
      for (const zone of ZONES) {
        assert.equal(DN.rates.filter((r) => r.direction === direction && r.zone === zone).length, 1, `${direction}/${zone}`);
      }
    }
  });

  it('lists the Circular 22/2017 categories: 2 free, 8 at 50 %', () => {
    assert.equal(DN.discounts.filter((d) => d.percent === 100).length, 2);
    assert.equal(DN.discounts.filter((d) => d.percent === 50).length, 8);
  });
});

describe('quote: postage by direction, zone and weight', () => {
  it('pickup, same district, 100 g costs 26.000 đ', () => {
    const q = quote(DN, base);
    assert.equal(q.total, 26000);
    assert.equal(q.tariffId, 'sample-da-nang-2021');
    assert.equal(q.isSample, true);
    assert.deepEqual(q.lines.map((l) => l.code), ['postage-pickup']);
  });

  it('both directions within the province at 300 g is 30.500 + 32.500 đ', () => {
    const q = quote(DN, { ...base, direction: 'both', zone: 'intra-province', weightGrams: 300 });
    assert.deepEqual(
      q.lines.map((l) => [l.code, l.amount]),
      [
        ['postage-pickup', 30500],
        ['postage-delivery', 32500],
      ],
    );
    assert.equal(q.total, 63000);
  });

  it('tier limits are inclusive: 100 g is the first tier, 101 g the second', () => {
    assert.equal(quote(DN, { ...base, direction: 'delivery', weightGrams: 100 }).total, 26000);
    assert.equal(quote(DN, { ...base, direction: 'delivery', weightGrams: 101 }).total, 27000);
    assert.equal(quote(DN, { ...base, direction: 'delivery', weightGrams: 500 }).total, 28500);
  });

  it('1.200 g adds two started 500 g steps above the 500 g tier', () => {
    // 26.500 + 2 × 2.200
    assert.equal(quote(DN, { ...base, weightGrams: 1200 }).total, 30900);
    // 501 g already starts a step; 1.000 g is exactly one; 1.001 g starts the second.
    assert.equal(quote(DN, { ...base, weightGrams: 501 }).total, 28700);
    assert.equal(quote(DN, { ...base, weightGrams: 1000 }).total, 28700);
    assert.equal(quote(DN, { ...base, weightGrams: 1001 }).total, 30900);
    // Far inter-province delivery: 40.000 + 2 × 6.300.
    assert.equal(quote(DN, { ...base, direction: 'delivery', zone: 'inter-province-far', weightGrams: 1200 }).total, 52600);
  });

  it('postage never falls as weight rises (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pickup' as const, 'delivery' as const, 'both' as const),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 20000 }),
        (direction, zone, w) =>
          quote(DN, { ...base, direction, zone, weightGrams: w }).total <=
          quote(DN, { ...base, direction, zone, weightGrams: w + 1 }).total,
      ),
    );
  });
});

describe('quote: discounts and the fee-collection surcharge', () => {
  it('50 % for a poor household halves postage, shown as a negative line', () => {
    const q = quote(DN, { ...base, direction: 'both', zone: 'intra-province', weightGrams: 300, discount: 'poor-household' });
    const line = q.lines.find((l) => l.code === 'discount');
    assert.ok(line);
    assert.equal(line.amount, -31500);
    assert.equal(line.labelVi, 'Giảm 50% cước: Người thuộc hộ nghèo');
    assert.equal(q.total, 31500);
  });

  it('a Heroic Mother rides free', () => {
    const q = quote(DN, { ...base, direction: 'both', discount: 'heroic-mother' });
    assert.equal(q.total, 0);
    assert.match(q.lines.at(-1)?.labelVi ?? '', /^Miễn cước: Bà mẹ Việt Nam anh hùng$/);
  });

  it('collecting fees adds 8.000 đ once per dossier, even for both directions', () => {
    const q = quote(DN, { ...base, direction: 'both', collectFees: true });
    assert.equal(q.lines.filter((l) => l.code === 'fee-collection').length, 1);
    assert.equal(q.total, 26000 + 26000 + 8000);
  });

  it('the discount applies to postage only, not to the surcharge (our reading of TT 22/2017)', () => {
    const q = quote(DN, { ...base, collectFees: true, discount: 'heroic-mother' });
    assert.deepEqual(
      q.lines.map((l) => [l.code, l.amount]),
      [
        ['postage-pickup', 26000],
        ['discount', -26000],
        ['fee-collection', 8000],
      ],
    );
    assert.equal(q.total, 8000);
  });

  it('the total is always the sum of the lines (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pickup' as const, 'delivery' as const, 'both' as const),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 50000 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...DN.discounts.map((d) => d.category)), { nil: undefined }),
        (direction, zone, weightGrams, collectFees, discount) => {
          const q = quote(DN, { direction, zone, weightGrams, collectFees, discount });
          return q.total === q.lines.reduce((s, l) => s + l.amount, 0) && q.total >= 0;
        },
      ),
    );
  });

  it('rounds an odd half in favour of the citizen', () => {
    const odd: TariffTable = {
      ...DN,
      rates: [{ direction: 'pickup', zone: 'intra-district', tiers: [{ upToGrams: 100, price: 25001 }], extraPer500Grams: 0 }],
    };
    const q = quote(odd, { ...base, discount: 'poor-household' });
    assert.equal(q.lines.find((l) => l.code === 'discount')?.amount, -12501);
  });
});

describe('quote: bad input is a TariffError with a specific code', () => {
  it('weight must be a positive whole number of grams', () => {
    for (const w of [0, -1, 1.5, Number.NaN]) {
      assert.equal(codeOf(() => quote(DN, { ...base, weightGrams: w })), 'invalid-weight');
    }
  });

  it('an unknown zone, or one the table does not price, is unknown-zone', () => {
    assert.equal(codeOf(() => quote(DN, { ...base, zone: 'moon' as never })), 'unknown-zone');
    const pickupOnly: TariffTable = { ...DN, rates: DN.rates.filter((r) => r.direction === 'pickup') };
    assert.equal(codeOf(() => quote(pickupOnly, { ...base, direction: 'both' })), 'unknown-zone');
  });

  it('a discount category the table does not list is unknown-discount', () => {
    assert.equal(codeOf(() => quote(DN, { ...base, discount: 'vip' })), 'unknown-discount');
  });

  it('an unknown direction is unknown-direction', () => {
    assert.equal(codeOf(() => quote(DN, { ...base, direction: 'sideways' as never })), 'unknown-direction');
  });

  it('a broken table is refused with the field that is wrong', () => {
    const broken: TariffTable = {
      ...DN,
      rates: [{ direction: 'pickup', zone: 'intra-district', tiers: [{ upToGrams: 250, price: 1 }, { upToGrams: 100, price: 2 }], extraPer500Grams: 0.5 }],
    };
    assert.equal(codeOf(() => quote(broken, base)), 'invalid-table');
    assert.deepEqual(
      checkTariffTable(broken).map((p) => p.path),
      ['rates[0].tiers[1].upToGrams', 'rates[0].extraPer500Grams'],
    );
  });

  it('messages exist in both languages', () => {
    try {
      quote(DN, { ...base, discount: 'vip' });
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof TariffError);
      assert.match(e.vi, /vip/);
      assert.match(e.message, /vip/);
    }
  });
});
