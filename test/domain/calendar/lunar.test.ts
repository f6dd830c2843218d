import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lunarToSolar, solarToLunar } from '../../../src/domain/calendar/lunar.js';
import { addDays, fromEpochDay, parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;

/** Published Vietnamese dates of Tết (lunar 1/1) and Hùng Kings' day (lunar 10/3). */
const TET: Record<number, string> = {
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  // The list this table was taken from gave 2030-02-03, which is the Chinese (UTC+8) date.
  // The new moon is at 16:07 UTC on 2 February 2030: 23:07 in Vietnam, 00:07 on the 3rd in
  // China, so Vietnam's Tết Canh Tuất is on 2 February, a day before China's.
  2030: '2030-02-02',
};

const HUNG_KINGS: Record<number, string> = {
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

test('Tết falls on the published Vietnamese date, 2019–2030', () => {
  for (const [year, date] of Object.entries(TET)) {
    assert.equal(lunarToSolar(Number(year), 1, 1), date, `Tết ${year}`);
    assert.deepEqual(solarToLunar(d(date)), { year: Number(year), month: 1, day: 1, leap: false }, `Tết ${year}`);
  }
});

test("Hùng Kings' day (10th day of the 3rd month) falls on the published date, 2019–2030", () => {
  for (const [year, date] of Object.entries(HUNG_KINGS)) {
    assert.equal(lunarToSolar(Number(year), 3, 10), date, `Hùng Kings ${year}`);
    assert.deepEqual(solarToLunar(d(date)), { year: Number(year), month: 3, day: 10, leap: false });
  }
});

test('the calendar is computed for UTC+7, not China’s UTC+8: Tết 1985, 2007 and 2030', () => {
  assert.equal(lunarToSolar(1985, 1, 1), '1985-01-21');
  assert.equal(lunarToSolar(2007, 1, 1), '2007-02-17');
  assert.equal(lunarToSolar(2030, 1, 1), '2030-02-02');
  // The Chinese New Year dates are ordinary days of the Vietnamese calendar.
  assert.deepEqual(solarToLunar(d('1985-02-20')), { year: 1985, month: 2, day: 1, leap: false });
  assert.deepEqual(solarToLunar(d('2007-02-18')), { year: 2007, month: 1, day: 2, leap: false });
  assert.deepEqual(solarToLunar(d('2030-02-03')), { year: 2030, month: 1, day: 2, leap: false });
});

test('a leap month repeats the number of the month before it', () => {
  const leapStarts: Array<[number, number, string]> = [
    [2017, 6, '2017-07-23'],
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'],
    // Leap month 11 of 2033, the case Chinese calendar software long got wrong.
    [2033, 11, '2033-12-22'],
  ];
  for (const [year, month, date] of leapStarts) {
    assert.equal(lunarToSolar(year, month, 1, true), date, `leap ${month}/${year}`);
    assert.deepEqual(solarToLunar(d(date)), { year, month, day: 1, leap: true });
    assert.deepEqual(solarToLunar(addDays(d(date), -1)).leap, false);
  }
});

test('a leap flag on an ordinary month, or a day the month lacks, is a RangeError', () => {
  assert.throws(() => lunarToSolar(2024, 1, 1, true), RangeError);
  assert.throws(() => lunarToSolar(2023, 3, 1, true), RangeError);
  // Month 12 of Ất Tỵ has 29 days: Tết Bính Ngọ follows 29 tháng Chạp (2026-02-16).
  assert.equal(lunarToSolar(2025, 12, 29), '2026-02-16');
  assert.throws(() => lunarToSolar(2025, 12, 30), RangeError);
  assert.throws(() => lunarToSolar(2025, 13, 1), RangeError);
  assert.throws(() => lunarToSolar(2025, 1, 0), RangeError);
  assert.throws(() => lunarToSolar(2025, 1, 31), RangeError);
});

test('dates are supported from 1900-01-01 to 2100-12-31 and refused outside', () => {
  assert.deepEqual(solarToLunar(d('1900-01-01')), { year: 1899, month: 12, day: 1, leap: false });
  assert.equal(lunarToSolar(1899, 12, 1), '1900-01-01');
  assert.equal(lunarToSolar(2100, 12, 1), '2100-12-31');
  assert.throws(() => solarToLunar(d('1899-12-31')), RangeError);
  assert.throws(() => solarToLunar(d('2101-01-01')), RangeError);
  assert.throws(() => lunarToSolar(1899, 11, 30), RangeError);
  assert.throws(() => lunarToSolar(2100, 12, 2), RangeError);
  assert.throws(() => lunarToSolar(1898, 1, 1), RangeError);
  assert.throws(() => lunarToSolar(2101, 1, 1), RangeError);
});

test('months whose true new moon strays far from the mean one are still found (2054, 2062)', () => {
  assert.deepEqual(solarToLunar(d('2054-05-07')), { year: 2054, month: 3, day: 30, leap: false });
  assert.deepEqual(solarToLunar(d('2062-04-09')), { year: 2062, month: 2, day: 30, leap: false });
});

test('converting a day to the lunar calendar and back gives the same day, 1900–2100', () => {
  fc.assert(
    fc.property(fc.integer({ min: -25_567, max: 47_846 }), (epochDay) => {
      const date = fromEpochDay(epochDay);
      const lunar = solarToLunar(date);
      assert.equal(lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap), date);
    }),
    { numRuns: 2000 },
  );
});

test('every day of 1900–2100 follows the day before it in the lunar calendar', () => {
  let previous = solarToLunar(d('1900-01-01'));
  for (let epochDay = -25_566; epochDay <= 47_846; epochDay += 1) {
    const lunar = solarToLunar(fromEpochDay(epochDay));
    if (lunar.day === 1) {
      assert.ok(previous.day === 29 || previous.day === 30, `${fromEpochDay(epochDay)} follows day ${previous.day}`);
      const sameNumber = lunar.month === previous.month && lunar.leap && !previous.leap;
      const nextNumber = lunar.month === (previous.month % 12) + 1 && !lunar.leap;
      assert.ok(sameNumber || nextNumber, `${fromEpochDay(epochDay)}: month ${lunar.month} after ${previous.month}`);
      assert.equal(lunar.year, previous.month === 12 && !lunar.leap ? previous.year + 1 : previous.year);
    } else {
      assert.deepEqual(lunar, { ...previous, day: previous.day + 1 });
    }
    previous = lunar;
  }
});
