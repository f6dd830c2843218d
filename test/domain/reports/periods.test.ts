import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PERIOD_KINDS, PERIOD_KEY_PATTERN, monthsOf, nextPeriod, parsePeriod, periodContaining, periodInstants, periodLabel, previousPeriod, trailingMonths } from '../../../src/domain/reports/periods.js';
import { addDays, parsePlainDate, plainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;

describe('reporting periods', () => {
  test('each key names its first and last day', () => {
    const cases: Array<[string, string, string, string]> = [
      ['2025-02', 'month', '2025-02-01', '2025-02-28'],
      ['2024-02', 'month', '2024-02-01', '2024-02-29'],
      ['2025-Q3', 'quarter', '2025-07-01', '2025-09-30'],
      ['2025-H1', 'half-year', '2025-01-01', '2025-06-30'],
      ['2025-H2', 'half-year', '2025-07-01', '2025-12-31'],
      ['2025', 'year', '2025-01-01', '2025-12-31'],
    ];
    for (const [key, kind, first, last] of cases) {
      const period = parsePeriod(key);
      assert.ok(period !== null, key);
      assert.deepEqual([period.kind, period.key, period.first, period.last], [kind, key, first, last]);
    }
  });

  test('malformed keys are refused, and the request pattern agrees', () => {
    for (const key of ['2025-13', '2025-00', '2025-Q5', '2025-H3', '25', '2025-7', '2025-q1', '']) {
      assert.equal(parsePeriod(key), null, key);
      assert.equal(new RegExp(PERIOD_KEY_PATTERN, 'u').test(key), false, key);
    }
    for (const key of ['2025-01', '2025-Q4', '2025-H2', '2025']) assert.equal(new RegExp(PERIOD_KEY_PATTERN, 'u').test(key), true, key);
  });

  test('a period runs from Vietnam midnight to Vietnam midnight: 23:30 on 31 December is still December', () => {
    const year = parsePeriod('2025');
    assert.ok(year !== null);
    const { from, to } = periodInstants(year);
    assert.equal(from.toISOString(), '2024-12-31T17:00:00.000Z');
    assert.equal(to.toISOString(), '2025-12-31T17:00:00.000Z');
  });

  test('the period containing a day, and the ones around it', () => {
    assert.equal(periodContaining('quarter', d('2025-11-15')).key, '2025-Q4');
    assert.equal(nextPeriod(periodContaining('quarter', d('2025-11-15'))).key, '2026-Q1');
    assert.equal(previousPeriod(periodContaining('month', d('2025-01-10'))).key, '2024-12');
    assert.equal(previousPeriod(periodContaining('half-year', d('2025-03-01'))).key, '2024-H2');
  });

  test('a 12-month trend ends with the month of the given day', () => {
    const months = trailingMonths(d('2026-03-31'), 12).map((m) => m.key);
    assert.deepEqual(months, ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  test('labels in Vietnamese and English', () => {
    const label = (key: string) => {
      const p = parsePeriod(key);
      assert.ok(p !== null);
      return periodLabel(p);
    };
    assert.deepEqual(label('2025-Q3'), { vi: 'Quý III năm 2025', en: 'Q3 2025' });
    assert.deepEqual(label('2025-H1'), { vi: '6 tháng đầu năm 2025', en: 'First half of 2025' });
    assert.deepEqual(label('2025-07'), { vi: 'Tháng 7/2025', en: 'July 2025' });
  });

  test('property: periods of a kind tile the calendar with no gap or overlap', () => {
    const day = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays(plainDate(1950, 1, 1), n));
    fc.assert(
      fc.property(day, fc.constantFrom(...PERIOD_KINDS), (date, kind) => {
        const p = periodContaining(kind, date);
        assert.ok(p.first <= date && date <= p.last);
        assert.equal(nextPeriod(p).first, addDays(p.last, 1));
        assert.equal(previousPeriod(nextPeriod(p)).key, p.key);
        assert.deepEqual(parsePeriod(p.key), p);
        const months = monthsOf(p);
        assert.equal(months[0]?.first, p.first);
        assert.equal(months.at(-1)?.last, p.last);
      }),
    );
  });
});
