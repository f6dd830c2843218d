import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OFFICIAL_SCHEDULE_2026, calendarYears } from '../../../src/domain/calendar/holidays.js';
import { createWorkingCalendar } from '../../../src/domain/calendar/working-time.js';
import { toVietnamLocal } from '../../../src/domain/time/plain-date.js';

const calendar = createWorkingCalendar({ years: calendarYears([OFFICIAL_SCHEDULE_2026]) });

/** Instants from 2024 to 2028 to the second, in Vietnam time. */
const instants = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00+07:00') / 1000, max: Date.parse('2028-12-31T23:59:59+07:00') / 1000 })
  .map((seconds) => new Date(seconds * 1000));
/** Working hours to the minute, up to 30 working days. */
const workingHours = fc.integer({ min: 0, max: 30 * 8 * 60 }).map((minutes) => minutes / 60);
const workingDays = fc.integer({ min: 0, max: 40 });
const PERIOD_ENDS = new Set(['11:30', '17:00']);

test('a due date is on a working day, inside working hours or exactly at the end of a period', () => {
  fc.assert(
    fc.property(instants, fc.integer({ min: 1, max: 40 }), fc.boolean(), (receivedAt, amount, inDays) => {
      const due = calendar.dueDate(receivedAt, inDays ? { workingDays: amount } : { workingHours: amount });
      const local = toVietnamLocal(due);
      assert.ok(calendar.isWorkingDay(local.date), `${due.toISOString()} is on a day off`);
      const clock = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
      const atPeriodEnd = PERIOD_ENDS.has(clock) && local.second === 0 && local.millisecond === 0;
      assert.ok(calendar.isWorkingInstant(due) || atPeriodEnd, `${due.toISOString()} is outside working hours`);
      assert.ok(due.getTime() > receivedAt.getTime());
    }),
    { numRuns: 300 },
  );
});

test('adding n then m working days is adding n + m', () => {
  fc.assert(
    fc.property(instants, workingDays, workingDays, (start, n, m) => {
      const stepwise = calendar.addWorkingDays(calendar.addWorkingDays(start, n), m);
      assert.equal(stepwise.getTime(), calendar.addWorkingDays(start, n + m).getTime());
    }),
    { numRuns: 300 },
  );
});

test('adding more working hours never gives an earlier instant, from any start', () => {
  fc.assert(
    fc.property(instants, instants, workingHours, workingHours, (a, b, h1, h2) => {
      const [early, late] = a.getTime() <= b.getTime() ? [a, b] : [b, a];
      const [less, more] = h1 <= h2 ? [h1, h2] : [h2, h1];
      assert.ok(calendar.addWorkingHours(early, less).getTime() <= calendar.addWorkingHours(early, more).getTime());
      assert.ok(calendar.addWorkingHours(early, less).getTime() <= calendar.addWorkingHours(late, less).getTime());
    }),
    { numRuns: 300 },
  );
});

test('the working hours between an instant and its due date are the hours added', () => {
  fc.assert(
    fc.property(instants, workingHours, (start, hours) => {
      const due = calendar.addWorkingHours(start, hours);
      const measured = calendar.workingHoursBetween(calendar.nextWorkingStart(start), due);
      assert.ok(Math.abs(measured - hours) < 1e-9, `${measured} ≠ ${hours}`);
    }),
    { numRuns: 300 },
  );
});
