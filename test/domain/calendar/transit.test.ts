import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICIAL_SCHEDULE_2026, calendarYears } from '../../../src/domain/calendar/holidays.js';
import {
  type TransitLimits,
  DEFAULT_TRANSIT_LIMITS,
  TRANSIT_SCOPES,
  transitDeadline,
} from '../../../src/domain/calendar/transit.js';
import { createWorkingCalendar } from '../../../src/domain/calendar/working-time.js';
import { parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;
const calendar = createWorkingCalendar({ years: calendarYears([OFFICIAL_SCHEDULE_2026]) });

test('every scope has its limit, filed under its own name', () => {
  for (const scope of TRANSIT_SCOPES) {
    const limit = DEFAULT_TRANSIT_LIMITS[scope];
    assert.equal(limit.scope, scope);
    assert.ok(limit.days >= 1 && limit.daysWithAppointmentSlip >= limit.days, scope);
  }
});

test('the defaults are Circular 17/2017: J+1/J+2, J+2/J+4, J+3/J+6, J+4/J+8', () => {
  const j = d('2026-03-02'); // a Monday
  const deadlines = TRANSIT_SCOPES.map((scope) => [
    scope,
    transitDeadline(calendar, j, scope, false),
    transitDeadline(calendar, j, scope, true),
  ]);
  assert.deepEqual(deadlines, [
    ['same-district', '2026-03-03', '2026-03-04'],
    ['intra-province', '2026-03-04', '2026-03-06'],
    ['inter-province-near', '2026-03-05', '2026-03-10'],
    ['inter-province-far', '2026-03-06', '2026-03-12'],
  ]);
});

test('transit days are working days: J on the Friday before Tết 2026 gives J+1 on 23 February', () => {
  assert.equal(transitDeadline(calendar, d('2026-02-13'), 'same-district', false), '2026-02-23');
  assert.equal(transitDeadline(calendar, d('2026-02-13'), 'inter-province-far', true), '2026-03-04');
});

test('the limits are data: a province can pass its own table', () => {
  const limits: TransitLimits = {
    ...DEFAULT_TRANSIT_LIMITS,
    'same-district': { scope: 'same-district', days: 0, daysWithAppointmentSlip: 1 },
  };
  assert.equal(transitDeadline(calendar, d('2026-03-02'), 'same-district', false, limits), '2026-03-02');
  assert.equal(transitDeadline(calendar, d('2026-03-02'), 'same-district', true, limits), '2026-03-03');
});
