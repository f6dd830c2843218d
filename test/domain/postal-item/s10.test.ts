import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatS10,
  s10CheckDigit,
  s10Parts,
  s10RangeSize,
  S10Error,
  S10_WEIGHTS,
  serialToS10,
  validateS10,
  type S10Range,
} from '../../../src/domain/postal-item/index.js';

const letters2 = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')).chain((a) =>
  fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')).map((b) => a + b),
);
const serials = fc.integer({ min: 0, max: 99_999_999 });

function remainder(serial: string): number {
  let sum = 0;
  S10_WEIGHTS.forEach((w, i) => {
    sum += Number(serial[i]) * w;
  });
  return sum % 11;
}

describe('S10 check digit', () => {
  it('gives 9 for serial 47312482 (the UPU example)', () => {
    assert.equal(s10CheckDigit(47312482), 9);
    assert.equal(s10CheckDigit('47312482'), 9);
  });

  it('maps C = 11 to 5 (serial 00000000: S = 0)', () => {
    assert.equal(s10CheckDigit(0), 5);
  });

  it('maps C = 10 to 0 (S mod 11 = 1)', () => {
    // Found by search rather than by hand, so the test does not depend on mental arithmetic.
    const serial = Array.from({ length: 1000 }, (_, n) => String(n).padStart(8, '0')).find(
      (s) => remainder(s) === 1,
    );
    assert.ok(serial);
    assert.equal(s10CheckDigit(serial), 0);
  });

  it('rejects serials that are not 8 digits or out of range', () => {
    for (const bad of [-1, 100_000_000, 1.5]) {
      assert.throws(() => s10CheckDigit(bad), (e: unknown) => e instanceof S10Error && e.code === 'invalid-serial');
    }
    assert.throws(() => s10CheckDigit('1234567'), S10Error);
    assert.throws(() => s10CheckDigit('1234567a'), S10Error);
  });
});

describe('formatS10', () => {
  it('builds RR473124829VN and pads short serials', () => {
    assert.equal(formatS10('RR', 47312482, 'VN'), 'RR473124829VN');
    assert.equal(formatS10('EE', 4, 'VN'), 'EE000000045VN');
  });

  it('refuses lower-case or non-letter prefixes and countries instead of guessing', () => {
    assert.throws(() => formatS10('rr', 1, 'VN'), (e: unknown) => e instanceof S10Error && e.code === 'invalid-service-indicator');
    assert.throws(() => formatS10('R1', 1, 'VN'), S10Error);
    assert.throws(() => formatS10('RR', 1, 'VNM'), (e: unknown) => e instanceof S10Error && e.code === 'invalid-country');
  });

  it('every formatted number validates (property)', () => {
    fc.assert(
      fc.property(letters2, serials, letters2, (si, serial, cc) => {
        const n = formatS10(si, serial, cc);
        const result = validateS10(n, { country: cc });
        return result.ok && result.value === n && !result.normalised;
      }),
    );
  });
});

describe('validateS10 says exactly what is wrong', () => {
  it('accepts a valid number', () => {
    const r = validateS10('RR473124829VN', { country: 'VN' });
    assert.deepEqual(r, { ok: true, value: 'RR473124829VN', normalised: false });
  });

  it('accepts lower case and spaces, and says it normalised them', () => {
    const r = validateS10('  rr 4731 2482 9 vn ');
    assert.deepEqual(r, { ok: true, value: 'RR473124829VN', normalised: true });
  });

  it('explains a wrong check digit with the expected digit', () => {
    const r = validateS10('RR473124823VN');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.problem.reason, 'check-digit');
    assert.equal(r.problem.vi, 'Số kiểm tra sai: với số hiệu 47312482 số kiểm tra phải là 9, không phải 3');
    assert.equal(r.problem.en, 'Wrong check digit: for serial 47312482 the check digit must be 9, not 3');
  });

  const cases: Array<[string, string, Parameters<typeof validateS10>[1]]> = [
    ['RR47312482VN', 'length', {}],
    ['RR4731248299VN', 'length', {}],
    ['', 'length', {}],
    ['R1473124829VN', 'service-indicator', {}],
    ['RR473124829VN', 'service-indicator', { serviceIndicators: ['EE', 'CP'] }],
    ['RR47312A829VN', 'serial', {}],
    ['RR47312482XVN', 'check-digit', {}],
    ['RR4731248291N', 'country', {}],
    ['RR473124829US', 'country', { country: 'VN' }],
  ];
  for (const [input, reason, opts] of cases) {
    it(`"${input}" fails on ${reason}`, () => {
      const r = validateS10(input, opts);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.problem.reason, reason);
      assert.ok(r.problem.vi.length > 0 && r.problem.en.length > 0);
    });
  }

  it('accepts a prefix from the configured list and a lower-case expected country', () => {
    assert.equal(validateS10('EE000000045VN', { serviceIndicators: ['EE'], country: 'vn' }).ok, true);
  });

  it('changing the check digit always makes the number invalid (property)', () => {
    fc.assert(
      fc.property(letters2, serials, fc.integer({ min: 1, max: 9 }), (si, serial, delta) => {
        const n = formatS10(si, serial, 'VN');
        const wrong = String((Number(n[10]) + delta) % 10);
        const r = validateS10(n.slice(0, 10) + wrong + n.slice(11));
        return !r.ok && r.problem.reason === 'check-digit';
      }),
    );
  });

  it('changing one serial digit is caught, except when S mod 11 moves between 0 and 6 (property)', () => {
    fc.assert(
      fc.property(serials, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (serial, pos, delta) => {
        const n = formatS10('RR', serial, 'VN');
        const digits = n.slice(2, 10);
        const changed = digits.slice(0, pos) + String((Number(digits[pos]) + delta) % 10) + digits.slice(pos + 1);
        const r = validateS10(`RR${changed}${n.slice(10)}`);
        // The weights are all prime to 11, so the remainder always changes; only the pair
        // {0, 6} shares a check digit (C = 11 → 5 and C = 5).
        const undetectable = new Set([remainder(digits), remainder(changed)]).size === 2 &&
          [0, 6].includes(remainder(digits)) && [0, 6].includes(remainder(changed));
        return undetectable ? r.ok : !r.ok && r.problem.reason === 'check-digit';
      }),
      { numRuns: 2000 },
    );
  });

  it('documents the blind spot with a concrete pair: 00000004 and 20000004 both carry check digit 5', () => {
    assert.equal(validateS10('RR000000045VN').ok, true);
    assert.equal(validateS10('RR200000045VN').ok, true);
  });

  it('splits a valid number into its parts', () => {
    const r = validateS10('RR473124829VN');
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(s10Parts(r.value), { serviceIndicator: 'RR', serial: '47312482', checkDigit: 9, country: 'VN' });
  });
});

describe('S10 ranges', () => {
  const range: S10Range = { prefix: 'RR', country: 'VN', firstSerial: 47312480, lastSerial: 47312489 };

  it('issues numbers inside the range, both ends included', () => {
    assert.equal(serialToS10(range, 47312482), 'RR473124829VN');
    assert.equal(validateS10(serialToS10(range, 47312480)).ok, true);
    assert.equal(validateS10(serialToS10(range, 47312489)).ok, true);
    assert.equal(s10RangeSize(range), 10);
  });

  it('refuses serials outside the range', () => {
    for (const serial of [47312479, 47312490, 47312482.5]) {
      assert.throws(() => serialToS10(range, serial), (e: unknown) => e instanceof S10Error && e.code === 'serial-out-of-range');
    }
  });

  it('refuses ranges that are reversed, negative, too long or badly prefixed', () => {
    const bad: S10Range[] = [
      { ...range, firstSerial: 10, lastSerial: 9 },
      { ...range, firstSerial: -1 },
      { ...range, lastSerial: 100_000_000 },
    ];
    for (const r of bad) {
      assert.throws(() => serialToS10(r, 47312482), (e: unknown) => e instanceof S10Error && e.code === 'invalid-range');
    }
    assert.throws(() => serialToS10({ ...range, prefix: 'R' }, 47312482), (e: unknown) => e instanceof S10Error && e.code === 'invalid-service-indicator');
  });
});
