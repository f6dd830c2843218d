import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DossierCodeError,
  formatDossierCode,
  parseAgencyCode,
  parseDossierCode,
  type DossierCodeErrorCode,
} from '../../../src/domain/dossier/index.js';
import { codeOf as sharedCodeOf } from '../support/error-code.js';

const codeOf = (fn: () => unknown) => sharedCodeOf(fn, DossierCodeError);

describe('agency codes are accepted in both notations', () => {
  it('right to left (Circular 01/2018) and left to right (Decision 20/2020) are the same agency', () => {
    const a = parseAgencyCode('000.00.17.H19');
    const b = parseAgencyCode('H19.17');
    assert.ok(a.equals(b));
    assert.equal(a.toRightToLeft(), '000.00.17.H19');
    assert.equal(a.toLeftToRight(), 'H19.17');
    assert.equal(b.toRightToLeft(), '000.00.17.H19');
    assert.equal(String(b), '000.00.17.H19');
    assert.equal(a.depth, 2);
  });

  it('handles every depth, explicit empty groups, lower case and spaces around', () => {
    const cases: Array<[string, string, string]> = [
      ['H19', '000.00.00.H19', 'H19'],
      ['000.00.00.H19', '000.00.00.H19', 'H19'],
      ['H19.17.05', '000.05.17.H19', 'H19.17.05'],
      ['H19.17.05.123', '123.05.17.H19', 'H19.17.05.123'],
      ['123.05.17.H19', '123.05.17.H19', 'H19.17.05.123'],
      ['H19.17.00.000', '000.00.17.H19', 'H19.17'],
      ['  g01.02 ', '000.00.02.G01', 'G01.02'],
    ];
    for (const [input, rtl, ltr] of cases) {
      const code = parseAgencyCode(input);
      assert.equal(code.toRightToLeft(), rtl, input);
      assert.equal(code.toLeftToRight(), ltr, input);
    }
  });

  it('round-trips through both notations (property)', () => {
    const segment = (width: number) => fc.integer({ min: 1, max: 10 ** width - 1 }).map((n) => String(n).padStart(width, '0'));
    const level1 = fc.tuple(fc.constantFrom(...'ABCDEFGHK'.split('')), fc.integer({ min: 0, max: 99 })).map(([l, n]) => `${l}${String(n).padStart(2, '0')}`);
    // Depth 1–4, each set level non-zero so the spelling is already canonical.
    const ltr = fc
      .tuple(fc.integer({ min: 1, max: 4 }), level1, segment(2), segment(2), segment(3))
      .map(([depth, ...levels]) => levels.slice(0, depth).join('.'));
    fc.assert(
      fc.property(ltr, (text) => {
        const code = parseAgencyCode(text);
        return code.toLeftToRight() === text && parseAgencyCode(code.toRightToLeft()).equals(code);
      }),
    );
  });

  const malformed = ['', '17.H19', 'H19.1', 'H19.17.5', 'H19.17.05.12', '00.00.17.H19', '000.00.17.H1', '19H.17', 'H19.17.05.123.4', 'H19-17', '000.00.XX.H19'];
  for (const input of malformed) {
    it(`refuses "${input}" as malformed, with a message in both languages`, () => {
      assert.equal(codeOf(() => parseAgencyCode(input)), 'malformed-agency-code');
      try {
        parseAgencyCode(input);
      } catch (e) {
        assert.ok(e instanceof DossierCodeError);
        assert.match(e.vi, /Mã cơ quan/);
        assert.match(e.message, /Agency code/);
      }
    });
  }

  it('refuses a lower level under an empty higher one', () => {
    assert.equal(codeOf(() => parseAgencyCode('000.17.00.H19')), 'agency-code-gap');
    assert.equal(codeOf(() => parseAgencyCode('H19.00.05')), 'agency-code-gap');
    assert.equal(codeOf(() => parseAgencyCode('123.00.17.H19')), 'agency-code-gap');
  });
});

describe('dossier codes: <agency right to left>-YYMMDD-NNNN', () => {
  it('formats from a date object or a YYYY-MM-DD string', () => {
    assert.equal(formatDossierCode('H19.17', { year: 2025, month: 7, day: 1 }, 1), '000.00.17.H19-250701-0001');
    assert.equal(formatDossierCode(parseAgencyCode('000.00.17.H19'), '2024-02-29', 9999), '000.00.17.H19-240229-9999');
  });

  it('refuses sequences outside 1..9999', () => {
    for (const seq of [0, 10000, -1, 1.5]) {
      assert.equal(codeOf(() => formatDossierCode('H19', '2025-07-01', seq)), 'sequence-out-of-range', String(seq));
    }
  });

  it('refuses dates that are not real or outside 2000–2099', () => {
    for (const d of ['2025-02-29', '2025-13-01', '2025-7-1', '1999-12-31', '2100-01-01']) {
      assert.equal(codeOf(() => formatDossierCode('H19', d, 1)), 'invalid-date', d);
    }
    assert.equal(codeOf(() => formatDossierCode('H19', { year: 2025, month: 4, day: 31 }, 1)), 'invalid-date');
  });

  it('parses either agency notation into the same canonical code', () => {
    for (const input of ['000.00.17.H19-250701-0042', 'H19.17-250701-0042', ' h19.17-250701-0042 ']) {
      const parsed = parseDossierCode(input);
      assert.equal(parsed.agency.toLeftToRight(), 'H19.17');
      assert.equal(parsed.date, '2025-07-01');
      assert.equal(parsed.sequence, 42);
      assert.equal(parsed.code, '000.00.17.H19-250701-0042');
    }
  });

  it('round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 9999 }),
        (year, month, day, seq) => {
          const code = formatDossierCode('H19.17.05', { year, month, day }, seq);
          const parsed = parseDossierCode(code);
          const date = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          return parsed.code === code && parsed.date === date && parsed.sequence === seq;
        },
      ),
    );
  });

  const bad: Array<[string, DossierCodeErrorCode]> = [
    ['000.00.17.H19-250701', 'malformed-dossier-code'],
    ['000.00.17.H19-250701-0001-1', 'malformed-dossier-code'],
    ['000.00.17.H19-25071-0001', 'malformed-dossier-code'],
    ['000.00.17.H19-250701-001', 'malformed-dossier-code'],
    ['000.00.17.H19-250701-0000', 'sequence-out-of-range'],
    ['000.00.17.H19-250231-0001', 'invalid-date'],
    ['17.H19-250701-0001', 'malformed-agency-code'],
  ];
  for (const [input, code] of bad) {
    it(`"${input}" is ${code}`, () => assert.equal(codeOf(() => parseDossierCode(input)), code));
  }
});
