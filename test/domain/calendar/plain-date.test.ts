import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  compare,
  dayOfWeek,
  daysBetween,
  formatVietnamInstant,
  fromEpochDay,
  isPlainDate,
  parsePlainDate,
  plainDate,
  toEpochDay,
  toVietnamLocal,
  vietnamDateOf,
  vietnamInstant,
} from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;
/** Epoch days of 1900-01-01 … 2100-12-31. */
const epochDays = fc.integer({ min: -25_567, max: 47_846 });

test('a plain date is accepted only as YYYY-MM-DD naming a real day', () => {
  assert.equal(parsePlainDate('2026-02-28'), '2026-02-28');
  assert.equal(parsePlainDate('2024-02-29'), '2024-02-29');
  for (const bad of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-2-3', '2026-02-03T00:00', ' 2026-02-03', '']) {
    assert.throws(() => parsePlainDate(bad), RangeError, bad);
    assert.equal(isPlainDate(bad), false, bad);
  }
  assert.equal(isPlainDate(20260203), false);
  assert.equal(isPlainDate(new Date(0)), false);
  assert.equal(isPlainDate('2000-02-29'), true);
});

test('plainDate builds from numbers and refuses impossible ones', () => {
  assert.equal(plainDate(2026, 2, 3), '2026-02-03');
  assert.throws(() => plainDate(2026, 2, 30), RangeError);
  assert.throws(() => plainDate(2026, 1.5, 3), RangeError);
  assert.throws(() => plainDate(10_000, 1, 1), RangeError);
});

test('day arithmetic crosses months, years and leap days', () => {
  assert.equal(addDays(d('2024-02-28'), 1), '2024-02-29');
  assert.equal(addDays(d('2025-02-28'), 1), '2025-03-01');
  assert.equal(addDays(d('2025-12-31'), 1), '2026-01-01');
  assert.equal(addDays(d('2026-01-01'), -1), '2025-12-31');
  assert.equal(daysBetween(d('2026-02-13'), d('2026-02-27')), 14);
  assert.equal(daysBetween(d('2026-02-27'), d('2026-02-13')), -14);
  assert.throws(() => addDays(d('2026-01-01'), 0.5), RangeError);
});

test('day of week counts 0 = Sunday to 6 = Saturday', () => {
  assert.equal(dayOfWeek(d('1970-01-01')), 4);
  assert.equal(dayOfWeek(d('1900-01-01')), 1);
  assert.equal(dayOfWeek(d('2026-02-13')), 5);
  assert.equal(dayOfWeek(d('2026-01-10')), 6);
  assert.equal(dayOfWeek(d('2026-02-22')), 0);
});

test('string order is date order', () => {
  assert.equal(compare(d('2026-02-13'), d('2026-02-27')), -1);
  assert.equal(compare(d('2026-02-27'), d('2026-02-13')), 1);
  assert.equal(compare(d('2026-02-13'), d('2026-02-13')), 0);
});

test('epoch days agree with the proleptic Gregorian calendar of Date over 1900–2100', () => {
  fc.assert(
    fc.property(epochDays, fc.integer({ min: -400, max: 400 }), (day, n) => {
      const date = fromEpochDay(day);
      assert.equal(date, new Date(day * 86_400_000).toISOString().slice(0, 10));
      assert.equal(toEpochDay(date), day);
      assert.equal(dayOfWeek(date), new Date(day * 86_400_000).getUTCDay());
      assert.equal(daysBetween(date, addDays(date, n)), n);
    }),
    { numRuns: 500 },
  );
});

test('Vietnam is UTC+7: the date turns at 17:00 UTC', () => {
  assert.equal(vietnamDateOf(new Date('2026-02-12T16:59:59.999Z')), '2026-02-12');
  assert.equal(vietnamDateOf(new Date('2026-02-12T17:00:00Z')), '2026-02-13');
  assert.deepEqual(toVietnamLocal(new Date('2026-02-12T17:00:00Z')), {
    date: '2026-02-13',
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  assert.equal(vietnamInstant(d('2026-02-13'), 9).toISOString(), '2026-02-13T02:00:00.000Z');
});

test('instants are written in ISO 8601 with the +07:00 offset', () => {
  assert.equal(formatVietnamInstant(new Date('2026-02-27T02:00:00Z')), '2026-02-27T09:00:00+07:00');
  assert.equal(formatVietnamInstant(new Date('2026-12-31T17:30:05.250Z')), '2027-01-01T00:30:05.250+07:00');
  assert.equal(formatVietnamInstant(new Date('1969-12-31T16:59:59Z')), '1969-12-31T23:59:59+07:00');
});

test('formatting and reading back gives the same instant', () => {
  fc.assert(
    fc.property(fc.integer({ min: -2_208_988_800_000, max: 4_133_980_799_999 }), (ms) => {
      const instant = new Date(ms);
      assert.equal(new Date(formatVietnamInstant(instant)).getTime(), ms);
      const local = toVietnamLocal(instant);
      assert.equal(vietnamInstant(local.date, local.hour, local.minute, local.second, local.millisecond).getTime(), ms);
    }),
    { numRuns: 500 },
  );
});

test('an invalid Date or time of day is a RangeError', () => {
  assert.throws(() => formatVietnamInstant(new Date(Number.NaN)), RangeError);
  assert.throws(() => vietnamDateOf(new Date(Number.NaN)), RangeError);
  assert.throws(() => vietnamInstant(d('2026-02-13'), 24), RangeError);
  assert.throws(() => vietnamInstant(d('2026-02-13'), 9, 60), RangeError);
});
