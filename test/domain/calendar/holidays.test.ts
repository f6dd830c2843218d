import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  type CalendarDay,
  type OfficialSchedule,
  HOLIDAY_GROUPS,
  OFFICIAL_SCHEDULE_2026,
  calendarYears,
  isWeekend,
  yearCalendar,
} from '../../../src/domain/calendar/holidays.js';
import { compare, parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;

function summary(days: readonly CalendarDay[]): string[] {
  return days.map((day) => `${day.date} ${day.kind} ${day.group}`);
}

function entriesBetween(year: number, from: string, to: string, official?: OfficialSchedule): string[] {
  return summary(yearCalendar(year, official).days.filter((day) => day.date >= from && day.date <= to));
}

test('the default year lists the statutory holidays on weekdays (2026, no official schedule)', () => {
  assert.deepEqual(summary(yearCalendar(2026).days), [
    '2026-01-01 holiday new-year',
    '2026-02-16 holiday tet',
    '2026-02-17 holiday tet',
    '2026-02-18 holiday tet',
    '2026-02-19 holiday tet',
    '2026-02-20 holiday tet',
    // Hùng Kings' day is Sunday 26 April.
    '2026-04-27 compensatory hung-kings',
    '2026-04-30 holiday reunification-labour',
    '2026-05-01 holiday reunification-labour',
    '2026-09-01 holiday national-day',
    '2026-09-02 holiday national-day',
  ]);
});

test('default Tết is the last day of the lunar year plus the first four days of the new one', () => {
  // 2024: Tết on Saturday 10 February; 9–13 February with two weekend days to compensate.
  assert.deepEqual(entriesBetween(2024, '2024-02-01', '2024-02-29'), [
    '2024-02-09 holiday tet',
    '2024-02-12 holiday tet',
    '2024-02-13 holiday tet',
    '2024-02-14 compensatory tet',
    '2024-02-15 compensatory tet',
  ]);
});

test('a holiday on Saturday or Sunday gives the next working day off', () => {
  // New Year 2022 on a Saturday, Hùng Kings' day 2022 on a Sunday.
  assert.deepEqual(entriesBetween(2022, '2022-01-01', '2022-01-15'), ['2022-01-03 compensatory new-year']);
  assert.deepEqual(entriesBetween(2022, '2022-04-01', '2022-04-20'), ['2022-04-11 compensatory hung-kings']);
});

test('several holidays on a weekend give as many compensatory days, one after the other', () => {
  // 30 April 2022 is a Saturday and 1 May a Sunday: off Monday 2 and Tuesday 3 May, as decided that year.
  assert.deepEqual(entriesBetween(2022, '2022-04-25', '2022-05-31'), [
    '2022-05-02 compensatory reunification-labour',
    '2022-05-03 compensatory reunification-labour',
  ]);
});

test('compensatory days skip the holidays that follow', () => {
  // 2023: Hùng Kings' day Saturday 29 April, 30 April Sunday, 1 May Monday: off 29 April – 3 May, as decided.
  assert.deepEqual(entriesBetween(2023, '2023-04-25', '2023-05-31'), [
    '2023-05-01 holiday reunification-labour',
    '2023-05-02 compensatory hung-kings',
    '2023-05-03 compensatory reunification-labour',
  ]);
});

test('National Day is 2 September with 1 September by default', () => {
  assert.deepEqual(entriesBetween(2025, '2025-08-25', '2025-09-30'), [
    '2025-09-01 holiday national-day',
    '2025-09-02 holiday national-day',
  ]);
  // 2023: 2 September is a Saturday.
  assert.deepEqual(entriesBetween(2023, '2023-08-25', '2023-09-30'), [
    '2023-09-01 holiday national-day',
    '2023-09-04 compensatory national-day',
  ]);
});

test('the 2026 official schedule: New Year 1–4 January with Saturday 10 January worked, Tết 14–22 February', () => {
  const calendar = yearCalendar(2026, OFFICIAL_SCHEDULE_2026);
  assert.deepEqual(entriesBetween(2026, '2026-01-01', '2026-02-28', OFFICIAL_SCHEDULE_2026), [
    '2026-01-01 holiday new-year',
    '2026-01-02 swapped new-year',
    '2026-01-10 makeup-workday new-year',
    '2026-02-16 holiday tet',
    '2026-02-17 holiday tet',
    '2026-02-18 holiday tet',
    '2026-02-19 holiday tet',
    '2026-02-20 holiday tet',
  ]);
  const listed = new Set(calendar.days.map((day) => day.date));
  for (const weekend of ['2026-01-03', '2026-01-04', '2026-02-14', '2026-02-15', '2026-02-21', '2026-02-22']) {
    assert.equal(listed.has(d(weekend)), false, `${weekend} is a weekend day inside a break and not listed`);
  }
});

test('an official group replaces only its own group, compensatory days included', () => {
  // Hùng Kings' day is still computed in 2026, with its compensatory Monday.
  assert.deepEqual(entriesBetween(2026, '2026-04-01', '2026-04-30', OFFICIAL_SCHEDULE_2026), [
    '2026-04-27 compensatory hung-kings',
    '2026-04-30 holiday reunification-labour',
  ]);
  // A decision for 30 April – 1 May 2022 that gives only one day back: no computed second day.
  const official: OfficialSchedule = {
    year: 2022,
    source: 'test',
    groups: [
      {
        group: 'reunification-labour',
        daysOff: [{ date: d('2022-05-02'), kind: 'compensatory', name: 'Nghỉ bù', nameEn: 'Compensatory day off' }],
        makeupWorkdays: [],
      },
    ],
  };
  assert.deepEqual(entriesBetween(2022, '2022-04-25', '2022-05-31', official), ['2022-05-02 compensatory reunification-labour']);
});

test('a computed holiday inside another group’s official break is compensated after it', () => {
  const official: OfficialSchedule = {
    year: 2026,
    source: 'test',
    groups: [
      {
        group: 'other',
        daysOff: [{ date: d('2026-04-30'), kind: 'holiday', name: 'Ngày nghỉ khác', nameEn: 'Other day off' }],
        makeupWorkdays: [],
      },
    ],
  };
  assert.deepEqual(entriesBetween(2026, '2026-04-28', '2026-05-31', official), [
    '2026-04-30 holiday other',
    '2026-05-01 holiday reunification-labour',
    '2026-05-04 compensatory reunification-labour',
  ]);
});

test('days carry Vietnamese and English names', () => {
  const byDate = new Map(yearCalendar(2023).days.map((day) => [day.date, day]));
  assert.equal(byDate.get(d('2023-01-23'))?.name, 'Tết Nguyên đán');
  assert.equal(byDate.get(d('2023-05-01'))?.name, 'Ngày Quốc tế Lao động');
  assert.equal(byDate.get(d('2023-05-02'))?.name, 'Nghỉ bù Giỗ Tổ Hùng Vương');
  assert.equal(byDate.get(d('2023-05-03'))?.name, 'Nghỉ bù Ngày Chiến thắng');
  assert.equal(byDate.get(d('2023-09-01'))?.name, 'Quốc khánh');
  assert.equal(byDate.get(d('2023-09-01'))?.nameEn, 'National Day');
  const names2025 = new Set(yearCalendar(2025).days.map((day) => day.name));
  for (const name of ['Tết Dương lịch', 'Tết Nguyên đán', 'Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng', 'Ngày Quốc tế Lao động', 'Quốc khánh']) {
    assert.ok(names2025.has(name), name);
  }
  const makeup = yearCalendar(2026, OFFICIAL_SCHEDULE_2026).days.find((day) => day.kind === 'makeup-workday');
  assert.match(makeup?.name ?? '', /^Làm bù/);
});

test('every year 1900–2100 lists sorted, distinct dates: weekdays off and weekend days worked', () => {
  for (let year = 1900; year <= 2100; year += 1) {
    const { days } = yearCalendar(year);
    const groups = new Set(days.map((day) => day.group));
    for (let i = 0; i < days.length; i += 1) {
      const day = days[i];
      const next = days[i + 1];
      assert.ok(day !== undefined);
      assert.equal(day.date.slice(0, 4), String(year));
      assert.equal(isWeekend(day.date), day.kind === 'makeup-workday', `${day.date} ${day.kind}`);
      if (next !== undefined) assert.equal(compare(day.date, next.date), -1);
    }
    // Statutory days and compensation: 11 days off every year, nothing worked.
    assert.equal(days.length, 11, `${year}: ${summary(days).join(', ')}`);
    for (const group of HOLIDAY_GROUPS) if (group !== 'other') assert.ok(groups.has(group), `${year} ${group}`);
  }
});

test('calendarYears uses the official schedule of a year when there is one', () => {
  const years = calendarYears([OFFICIAL_SCHEDULE_2026]);
  assert.deepEqual(years(2026), yearCalendar(2026, OFFICIAL_SCHEDULE_2026));
  assert.deepEqual(years(2027), yearCalendar(2027));
  assert.throws(() => calendarYears([OFFICIAL_SCHEDULE_2026, OFFICIAL_SCHEDULE_2026]), RangeError);
});

test('a year outside 1900–2100 or an inconsistent official schedule is a RangeError', () => {
  assert.throws(() => yearCalendar(1899), RangeError);
  assert.throws(() => yearCalendar(2101), RangeError);
  assert.throws(() => yearCalendar(2026.5), RangeError);
  assert.throws(() => yearCalendar(2027, OFFICIAL_SCHEDULE_2026), RangeError);
  const schedule = (groups: OfficialSchedule['groups']): OfficialSchedule => ({ year: 2026, source: 'test', groups });
  const off = { kind: 'holiday', name: 'x', nameEn: 'x' } as const;
  // A make-up day on a weekday, a date in another year, a date twice, a group twice.
  assert.throws(() => yearCalendar(2026, schedule([{ group: 'tet', daysOff: [], makeupWorkdays: [{ date: d('2026-01-09'), name: 'x', nameEn: 'x' }] }])), RangeError);
  assert.throws(() => yearCalendar(2026, schedule([{ group: 'new-year', daysOff: [{ ...off, date: d('2025-12-31') }], makeupWorkdays: [] }])), RangeError);
  assert.throws(
    () =>
      yearCalendar(
        2026,
        schedule([
          { group: 'new-year', daysOff: [{ ...off, date: d('2026-01-02') }], makeupWorkdays: [] },
          { group: 'other', daysOff: [{ ...off, date: d('2026-01-02') }], makeupWorkdays: [] },
        ]),
      ),
    RangeError,
  );
  assert.throws(
    () =>
      yearCalendar(
        2026,
        schedule([
          { group: 'tet', daysOff: [], makeupWorkdays: [] },
          { group: 'tet', daysOff: [], makeupWorkdays: [] },
        ]),
      ),
    RangeError,
  );
});
