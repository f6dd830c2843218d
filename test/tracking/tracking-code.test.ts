import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatS10, s10CheckDigit } from '../../src/domain/postal-item/s10.js';
import { parseTrackingCode } from '../../src/tracking/tracking-code.js';

describe('reading what a citizen types into the tracking box', () => {
  test('an item number in any case, with spaces, hyphens or dots between its groups and noise around it', () => {
    for (const input of ['RR473124829VN', 'rr473124829vn', '  RR 4731 2482 9 VN ', 'RR-473124829-VN', '-RR473124829VN-', 'RR.473.124.829.VN', '#RR473124829VN.']) {
      assert.deepEqual(parseTrackingCode(input), { ok: true, kind: 'item', code: 'RR473124829VN' }, input);
    }
  });

  test('a dossier code in either notation comes back canonical (agency right to left)', () => {
    assert.deepEqual(parseTrackingCode('000.00.17.H19-250701-0001'), { ok: true, kind: 'dossier', code: '000.00.17.H19-250701-0001' });
    assert.deepEqual(parseTrackingCode(' h19.17-250701-0001 '), { ok: true, kind: 'dossier', code: '000.00.17.H19-250701-0001' });
    assert.deepEqual(parseTrackingCode('-000.00.17.H19-250701-0001-'), { ok: true, kind: 'dossier', code: '000.00.17.H19-250701-0001' });
    assert.deepEqual(parseTrackingCode('000.00.17.H19 - 250701 - 0001'), { ok: true, kind: 'dossier', code: '000.00.17.H19-250701-0001' });
  });

  test('a wrong check digit is named, with the digit the serial calls for', () => {
    const result = parseTrackingCode('RR473124820VN');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.reason, 's10-check-digit');
    assert.equal(result.expectedCheckDigit, 9);
    assert.match(result.en, /check digit must be 9, not 0/);
    assert.match(result.vi, /số kiểm tra phải là 9/);
  });

  test('every other S10 fault says which part is wrong, and gives no check digit', () => {
    const reasons = [
      ['RR47312482VN', 's10-length'],
      ['RR4731248X9VN', 's10-serial'],
      ['RR473124829V1', 's10-country'],
      ['RR47312482XVN', 's10-check-digit'],
    ] as const;
    for (const [input, reason] of reasons) {
      const result = parseTrackingCode(input);
      assert.equal(result.ok, false, input);
      if (result.ok) continue;
      assert.equal(result.reason, reason, input);
      if (reason !== 's10-check-digit') assert.equal(result.expectedCheckDigit, undefined);
    }
    const letter = parseTrackingCode('RR47312482XVN');
    assert.equal(!letter.ok && letter.expectedCheckDigit, 9, 'a letter where the check digit goes: the right digit is still given');
  });

  test('a malformed dossier code gets the dossier code rule it breaks', () => {
    const result = parseTrackingCode('000.00.17.H19-251301-0001');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.reason, 'dossier-code');
    assert.match(result.en, /Receipt date "251301" is invalid/);
    const short = parseTrackingCode('000.00.17.H19-250701-01');
    assert.equal(!short.ok && short.reason, 'dossier-code');
  });

  test('empty and unrecognisable input', () => {
    assert.equal(parseTrackingCode('  -- ').ok, false);
    assert.equal((parseTrackingCode(' ') as { reason: string }).reason, 'empty');
    assert.equal((parseTrackingCode('hello') as { reason: string }).reason, 'unrecognised');
    assert.equal((parseTrackingCode('12345') as { reason: string }).reason, 'unrecognised');
  });

  test('property: every valid item number is read back, however it is spaced and cased', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.boolean(), fc.constantFrom('', ' ', '-'), (serial, lower, separator) => {
        const number = formatS10('RR', serial, 'VN');
        const typed = `${number.slice(0, 2)}${separator}${number.slice(2, 7)}${separator}${number.slice(7, 11)}${separator}${number.slice(11)}`;
        const result = parseTrackingCode(lower ? typed.toLowerCase() : typed);
        assert.deepEqual(result, { ok: true, kind: 'item', code: number });
      }),
    );
  });

  test('property: a changed check digit is refused with the right one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 9 }), (serial, shift) => {
        const number = formatS10('RR', serial, 'VN');
        const right = s10CheckDigit(serial);
        const wrong = String((right + shift) % 10);
        const result = parseTrackingCode(`${number.slice(0, 10)}${wrong}${number.slice(11)}`);
        assert.equal(result.ok, false);
        assert.equal(!result.ok && result.expectedCheckDigit, right);
      }),
    );
  });
});
