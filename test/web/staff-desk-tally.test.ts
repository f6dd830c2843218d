/** The tally of a handover record before the desk signs it (src/web/staff/desk/tally.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatS10 } from '../../src/domain/postal-item/s10.js';
import { allReceived, extraLines, tallyBody, tallyCounts } from '../../src/web/staff/desk/tally.js';

const A = formatS10('RR', 10_000_001, 'VN');
const B = formatS10('RR', 10_000_002, 'VN');
const C = formatS10('RR', 10_000_003, 'VN');

describe('the tally of a handover record', () => {
  test('all received by default: the body lists every item once, as received', () => {
    assert.deepEqual(tallyBody([A, B], allReceived([A, B]), ''), { ok: true, body: { received: [A, B], missing: [], damaged: [], extra: [] } });
  });

  test('missing and damaged items go to their lists; damaged ones are still received by the desk', () => {
    const result = tallyBody([A, B, C], { [A]: 'received', [B]: 'missing', [C]: 'damaged' }, '');
    assert.deepEqual(result, { ok: true, body: { received: [A], missing: [B], damaged: [C], extra: [] } });
  });

  test('an item left unmarked is named', () => {
    assert.deepEqual(tallyBody([A, B], { [A]: 'received' }, ''), { ok: false, problems: [{ kind: 'unmarked', itemNumber: B }] });
  });

  test('extra items are read as a scanner types them: spaces and lower case cleaned, duplicates once', () => {
    const typed = `${C.toLowerCase()}\n  ${C.slice(0, 6)} ${C.slice(6)} ,\n`;
    assert.deepEqual(extraLines(typed).length, 2);
    const result = tallyBody([A], allReceived([A]), typed);
    assert.deepEqual(result, { ok: true, body: { received: [A], missing: [], damaged: [], extra: [C] } });
  });

  test('a wrong check digit is explained in both languages; a listed item typed as extra is sent back to the list', () => {
    const wrong = `${C.slice(0, 10)}${String((Number(C[10]) + 1) % 10)}${C.slice(11)}`;
    const result = tallyBody([A], allReceived([A]), `${wrong}\n${A}`);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.problems.length, 2);
    const [invalid, listed] = result.problems;
    assert.equal(invalid?.kind, 'extra-invalid');
    if (invalid?.kind === 'extra-invalid') {
      assert.match(invalid.vi, /Số kiểm tra sai/);
      assert.match(invalid.en, /Wrong check digit/);
    }
    assert.deepEqual(listed, { kind: 'extra-listed', itemNumber: A });
  });

  test('the counts read before signing', () => {
    assert.deepEqual(tallyCounts([A, B], { [A]: 'received', [B]: 'damaged' }, `${C}\n${C}\n${A}`), { received: 1, missing: 0, damaged: 1, extra: 1 });
  });
});
