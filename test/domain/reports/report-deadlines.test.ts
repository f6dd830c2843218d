import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type DeadlineRule, deadlineState, deadlinesBetween, dueDateOf } from '../../../src/domain/reports/report-deadlines.js';
import { parsePeriod } from '../../../src/domain/reports/periods.js';
import { parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;
const rule = (kind: string, periods: DeadlineRule['periods'], side: DeadlineRule['side'] = 'postal'): DeadlineRule => ({ kind, periods, dueMonthsAfter: 1, dueDay: 10, side, vi: kind, en: kind, recipientVi: '', source: '', confirmed: true });
const RULES = [rule('postal-quarterly', 'quarters'), rule('postal-half-year', 'first-half'), rule('postal-annual', 'year')];

describe('report deadlines', () => {
  test('the post: the 10th of the month after the quarter, 10 July for the half-year, 10 January for the year', () => {
    const due = (key: string) => {
      const p = parsePeriod(key);
      assert.ok(p !== null);
      return dueDateOf({ dueMonthsAfter: 1, dueDay: 10 }, p);
    };
    assert.equal(due('2025-Q1'), '2025-04-10');
    assert.equal(due('2025-Q4'), '2026-01-10');
    assert.equal(due('2025-H1'), '2025-07-10');
    assert.equal(due('2025'), '2026-01-10');
  });

  test('every deadline in a window, in date order', () => {
    const found = deadlinesBetween(RULES, d('2025-06-01'), d('2026-01-31')).map((x) => `${x.dueOn} ${x.kind} ${x.period.key}`);
    assert.deepEqual(found, [
      '2025-07-10 postal-half-year 2025-H1',
      '2025-07-10 postal-quarterly 2025-Q2',
      '2025-10-10 postal-quarterly 2025-Q3',
      '2026-01-10 postal-annual 2025',
      '2026-01-10 postal-quarterly 2025-Q4',
    ]);
  });

  test('due in N days, due soon within the lead time, overdue after, done once submitted', () => {
    assert.deepEqual(deadlineState(d('2025-07-10'), d('2025-06-20'), 14, false), { state: 'upcoming', daysLeft: 20 });
    assert.deepEqual(deadlineState(d('2025-07-10'), d('2025-06-26'), 14, false), { state: 'due-soon', daysLeft: 14 });
    assert.deepEqual(deadlineState(d('2025-07-10'), d('2025-07-10'), 14, false), { state: 'due-soon', daysLeft: 0 });
    assert.deepEqual(deadlineState(d('2025-07-10'), d('2025-07-13'), 14, false), { state: 'overdue', daysLeft: -3 });
    assert.deepEqual(deadlineState(d('2025-07-10'), d('2025-07-13'), 14, true), { state: 'submitted', daysLeft: -3 });
  });
});
