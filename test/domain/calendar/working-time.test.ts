import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICIAL_SCHEDULE_2026, calendarYears, yearCalendar } from '../../../src/domain/calendar/holidays.js';
import { DEFAULT_WORKING_HOURS, createWorkingCalendar } from '../../../src/domain/calendar/working-time.js';
import { formatVietnamInstant, parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;
/** Vietnam wall-clock time, e.g. at('2026-02-13T09:00'). */
const at = (local: string): Date => new Date(`${local}:00+07:00`);
const show = (instant: Date): string => formatVietnamInstant(instant);

const calendar = createWorkingCalendar({ years: calendarYears([OFFICIAL_SCHEDULE_2026]) });

test('a working day is 8 hours: 07:00–11:30 and 13:30–17:00, Monday to Friday', () => {
  assert.equal(calendar.hoursPerDay, 8);
  assert.equal(calendar.hours, DEFAULT_WORKING_HOURS);
  assert.equal(calendar.workingHoursBetween(at('2026-03-02T00:00'), at('2026-03-03T00:00')), 8);
  assert.equal(calendar.isWorkingDay(d('2026-03-06')), true);
  assert.equal(calendar.isWorkingDay(d('2026-03-07')), false);
  assert.equal(calendar.isWorkingDay(d('2026-03-08')), false);
});

test('holidays, swapped and compensatory days are not worked; a make-up Saturday is', () => {
  assert.equal(calendar.isWorkingDay(d('2026-01-01')), false);
  assert.equal(calendar.isWorkingDay(d('2026-01-02')), false);
  assert.equal(calendar.isWorkingDay(d('2026-01-10')), true);
  assert.equal(calendar.isWorkingDay(d('2026-02-16')), false);
  assert.equal(calendar.isWorkingDay(d('2026-04-27')), false);
  assert.equal(calendar.isWorkingInstant(at('2026-01-10T09:00')), true);
});

test('5 working days from Friday 13 February 2026, 09:00, run over the Tết break to 27 February, 09:00', () => {
  const due = calendar.dueDate(at('2026-02-13T09:00'), { workingDays: 5 });
  assert.equal(show(due), '2026-02-27T09:00:00+07:00');
});

test('a dossier received after hours counts from 07:00 on the next working day', () => {
  assert.equal(show(calendar.dueDate(at('2026-03-05T18:00'), { workingHours: 1 })), '2026-03-06T08:00:00+07:00');
  assert.equal(show(calendar.dueDate(at('2026-03-05T18:00'), { workingDays: 1 })), '2026-03-06T17:00:00+07:00');
  // Friday evening 9 January: the next working day is the make-up Saturday.
  assert.equal(show(calendar.dueDate(at('2026-01-09T18:00'), { workingHours: 2 })), '2026-01-10T09:00:00+07:00');
});

test('the next working start: unchanged inside a period, else the next period start', () => {
  const next = (local: string): string => show(calendar.nextWorkingStart(at(local)));
  assert.equal(next('2026-03-05T09:15'), '2026-03-05T09:15:00+07:00');
  assert.equal(next('2026-03-05T07:00'), '2026-03-05T07:00:00+07:00');
  assert.equal(next('2026-03-05T06:00'), '2026-03-05T07:00:00+07:00');
  assert.equal(next('2026-03-05T11:30'), '2026-03-05T13:30:00+07:00');
  assert.equal(next('2026-03-05T12:00'), '2026-03-05T13:30:00+07:00');
  assert.equal(next('2026-03-05T17:00'), '2026-03-06T07:00:00+07:00');
  assert.equal(next('2026-03-06T17:00'), '2026-03-09T07:00:00+07:00');
  assert.equal(next('2026-02-13T17:00'), '2026-02-23T07:00:00+07:00');
  assert.equal(next('2026-04-24T23:59'), '2026-04-28T07:00:00+07:00');
});

test('landing exactly at the end of a period stays there', () => {
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T07:00'), 8)), '2026-03-05T17:00:00+07:00');
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T07:00'), 4.5)), '2026-03-05T11:30:00+07:00');
  assert.equal(show(calendar.addWorkingDays(at('2026-03-05T07:00'), 1)), '2026-03-05T17:00:00+07:00');
});

test('working hours skip the lunch break, nights and days off, to the minute', () => {
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T11:00'), 1)), '2026-03-05T14:00:00+07:00');
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T16:30'), 1)), '2026-03-06T07:30:00+07:00');
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T09:00'), 0.25)), '2026-03-05T09:15:00+07:00');
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T09:00'), 1 / 3)), '2026-03-05T09:20:00+07:00');
  assert.equal(show(calendar.addWorkingDays(at('2026-03-05T09:00'), 1)), '2026-03-06T09:00:00+07:00');
  assert.equal(show(calendar.addWorkingDays(at('2026-03-05T09:00'), 0.5)), '2026-03-05T15:00:00+07:00');
  // Zero adds nothing, even outside working hours.
  assert.equal(show(calendar.addWorkingHours(at('2026-03-05T20:00'), 0)), '2026-03-05T20:00:00+07:00');
});

test('negative, infinite or NaN amounts and invalid dates are RangeErrors', () => {
  assert.throws(() => calendar.addWorkingHours(at('2026-03-05T09:00'), -1), RangeError);
  assert.throws(() => calendar.addWorkingHours(at('2026-03-05T09:00'), Number.NaN), RangeError);
  assert.throws(() => calendar.addWorkingDays(at('2026-03-05T09:00'), Number.POSITIVE_INFINITY), RangeError);
  assert.throws(() => calendar.addWorkingHours(new Date(Number.NaN), 1), RangeError);
  assert.throws(() => calendar.addWorkingDaysToDate(d('2026-03-05'), 1.5), RangeError);
});

test('after a supplement the clock restarts from zero at completion', () => {
  const received = at('2026-03-02T09:00');
  const completed = at('2026-03-04T10:00');
  const processingTime = { workingDays: 3 } as const;
  assert.equal(show(calendar.dueDate(received, processingTime)), '2026-03-05T09:00:00+07:00');
  assert.equal(show(calendar.restartAfterSupplement(completed, processingTime)), '2026-03-09T10:00:00+07:00');
});

test('working hours between two instants count only working time, signed', () => {
  assert.equal(calendar.workingHoursBetween(at('2026-02-13T09:00'), at('2026-02-27T09:00')), 40);
  assert.equal(calendar.workingHoursBetween(at('2026-02-27T09:00'), at('2026-02-13T09:00')), -40);
  assert.equal(calendar.workingHoursBetween(at('2026-03-05T11:00'), at('2026-03-05T14:00')), 1);
  assert.equal(calendar.workingHoursBetween(at('2026-03-07T08:00'), at('2026-03-08T16:00')), 0);
  assert.equal(calendar.workingHoursBetween(at('2026-03-05T09:00'), at('2026-03-05T09:00')), 0);
});

test('whole working days from a date: J+n skips days off, n = 0 is the date itself', () => {
  assert.equal(calendar.addWorkingDaysToDate(d('2026-02-13'), 1), '2026-02-23');
  assert.equal(calendar.addWorkingDaysToDate(d('2026-02-23'), -1), '2026-02-13');
  assert.equal(calendar.addWorkingDaysToDate(d('2026-01-09'), 1), '2026-01-10');
  assert.equal(calendar.addWorkingDaysToDate(d('2026-01-10'), 1), '2026-01-12');
  assert.equal(calendar.addWorkingDaysToDate(d('2026-03-07'), 1), '2026-03-09');
  assert.equal(calendar.addWorkingDaysToDate(d('2026-03-07'), 0), '2026-03-07');
});

test('a dossier goes to the processing unit the same day, or by 11:30 the next working day after 15:00', () => {
  const deadline = (local: string): string => show(calendar.forwardDeadline(at(local)));
  assert.equal(deadline('2026-03-05T06:30'), '2026-03-05T17:00:00+07:00');
  assert.equal(deadline('2026-03-05T14:59'), '2026-03-05T17:00:00+07:00');
  assert.equal(deadline('2026-03-05T15:00'), '2026-03-06T11:30:00+07:00');
  assert.equal(deadline('2026-02-13T16:00'), '2026-02-23T11:30:00+07:00');
  assert.equal(deadline('2026-03-08T10:00'), '2026-03-09T11:30:00+07:00');
});

test('the year calendars are asked for once per year', () => {
  const asked: number[] = [];
  const counting = createWorkingCalendar({
    years: (year) => {
      asked.push(year);
      return yearCalendar(year, year === 2026 ? OFFICIAL_SCHEDULE_2026 : undefined);
    },
  });
  counting.dueDate(at('2026-12-20T09:00'), { workingDays: 30 });
  counting.workingHoursBetween(at('2026-01-01T00:00'), at('2027-03-01T00:00'));
  assert.deepEqual(asked, [2026, 2027]);
  assert.equal(counting.calendarOf(2026).year, 2026);
});

test('custom hours: other periods, another week, another cut-off', () => {
  const halfDays = createWorkingCalendar({
    years: (year) => yearCalendar(year),
    hours: { periods: [{ start: '08:00', end: '12:00' }], weekdays: [1, 2, 3, 4, 5, 6] },
    forwardCutoff: '10:00',
  });
  assert.equal(halfDays.hoursPerDay, 4);
  assert.equal(show(halfDays.addWorkingDays(at('2027-03-05T08:00'), 1)), '2027-03-05T12:00:00+07:00');
  assert.equal(show(halfDays.addWorkingDays(at('2027-03-05T10:00'), 1)), '2027-03-06T10:00:00+07:00');
  assert.equal(show(halfDays.forwardDeadline(at('2027-03-05T10:00'))), '2027-03-06T12:00:00+07:00');
});

test('inconsistent hours or year calendars are refused', () => {
  const years = (year: number) => yearCalendar(year);
  const make = (periods: Array<{ start: string; end: string }>) => () =>
    createWorkingCalendar({ years, hours: { periods, weekdays: [1, 2, 3, 4, 5] } });
  assert.throws(make([]), RangeError);
  assert.throws(make([{ start: '11:00', end: '09:00' }]), RangeError);
  assert.throws(make([{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }]), RangeError);
  assert.throws(make([{ start: '7:00', end: '11:30' }]), RangeError);
  assert.throws(make([{ start: '07:00', end: '24:30' }]), RangeError);
  assert.throws(() => createWorkingCalendar({ years, hours: { periods: DEFAULT_WORKING_HOURS.periods, weekdays: [] } }), RangeError);
  const wrongYear = createWorkingCalendar({ years: () => yearCalendar(2025) });
  assert.throws(() => wrongYear.isWorkingDay(d('2026-03-05')), RangeError);
  assert.throws(() => calendar.isWorkingDay(d('2101-01-03')), RangeError);
});
