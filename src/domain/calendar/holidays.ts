/**
 * Public holidays of the civil service (Labour Code 2019, Art. 112) and the yearly official
 * schedules that move them.
 *
 * The government fixes each year's breaks by decision (swapping days, adding make-up
 * Saturdays), so an official schedule is data, entered per year and per holiday group. For
 * a group with no official entry the default below is computed, so future years still get a
 * sensible calendar until the decision is published and entered.
 */
import {
  type DayOfWeek,
  type PlainDate,
  addDays,
  compare,
  dayOfWeek,
  plainDate,
  plainDateParts,
} from '../time/plain-date.js';
import { lunarToSolar } from './lunar.js';

export const HOLIDAY_GROUPS = ['new-year', 'tet', 'hung-kings', 'reunification-labour', 'national-day', 'other'] as const;
export type HolidayGroup = (typeof HOLIDAY_GROUPS)[number];

/**
 * - `holiday`: a statutory holiday (or a day of an official break for it);
 * - `compensatory`: nghỉ bù, owed because a holiday fell on a weekly rest day;
 * - `swapped`: nghỉ hoán đổi, a weekday off paid back by a make-up working day;
 * - `makeup-workday`: làm bù, a weekend day that is worked.
 * `swapped` is kept apart from `compensatory` because the law treats them differently: a
 * compensatory day is owed, a swapped day is repaid.
 */
export type CalendarDayKind = 'holiday' | 'compensatory' | 'swapped' | 'makeup-workday';
export type DayOffKind = Exclude<CalendarDayKind, 'makeup-workday'>;

export type OfficialDayOff = {
  readonly date: PlainDate;
  readonly kind: DayOffKind;
  /** Vietnamese, as in the decision. */
  readonly name: string;
  readonly nameEn: string;
};

export type OfficialWorkday = { readonly date: PlainDate; readonly name: string; readonly nameEn: string };

/**
 * One year's decision. An entry for a group replaces the default computation for that group
 * only, compensatory days included; the other groups stay computed. Weekend days inside a
 * break need not be listed: they are not worked anyway. Every date must lie in `year`; a break
 * that crosses New Year's Eve is entered in both years.
 */
export type OfficialSchedule = {
  readonly year: number;
  readonly source: string;
  readonly groups: ReadonlyArray<{
    readonly group: HolidayGroup;
    readonly daysOff: readonly OfficialDayOff[];
    readonly makeupWorkdays: readonly OfficialWorkday[];
  }>;
};

export type CalendarDay = {
  readonly date: PlainDate;
  readonly kind: CalendarDayKind;
  readonly group: HolidayGroup;
  /** Vietnamese, shown to citizens and officers. */
  readonly name: string;
  readonly nameEn: string;
};

/**
 * The exceptions to the ordinary Monday–Friday week of one year: every weekday that is not
 * worked and every weekend day that is, one entry per date, sorted by date.
 */
export type YearCalendar = { readonly year: number; readonly days: readonly CalendarDay[] };

export const MIN_CALENDAR_YEAR = 1900;
export const MAX_CALENDAR_YEAR = 2100;

/**
 * Decisions for 2026, as reported in DOMAIN.md ("Working time"). Only the groups decided so
 * far: Hùng Kings' day, 30 April–1 May and National Day 2026 are computed.
 */
export const OFFICIAL_SCHEDULE_2026: OfficialSchedule = {
  year: 2026,
  source: 'Government notices on the 2026 New Year and Tết breaks for civil servants (see DOMAIN.md)',
  groups: [
    {
      // 1–4 January: Thursday the holiday, Friday swapped, then the weekend.
      group: 'new-year',
      daysOff: [
        { date: plainDate(2026, 1, 1), kind: 'holiday', name: 'Tết Dương lịch', nameEn: "New Year's Day" },
        {
          date: plainDate(2026, 1, 2),
          kind: 'swapped',
          name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)',
          nameEn: 'Swapped day off (worked on Saturday 10 January 2026)',
        },
      ],
      makeupWorkdays: [
        {
          date: plainDate(2026, 1, 10),
          name: 'Làm bù cho thứ Sáu 02/01/2026',
          nameEn: 'Make-up working day for Friday 2 January 2026',
        },
      ],
    },
    {
      // 14–22 February (27 tháng Chạp – mùng 6 Tết): the five weekdays below plus two weekends.
      group: 'tet',
      daysOff: [16, 17, 18, 19, 20].map((day) => ({
        date: plainDate(2026, 2, day),
        kind: 'holiday' as const,
        name: 'Tết Nguyên đán',
        nameEn: 'Lunar New Year (Tết)',
      })),
      makeupWorkdays: [],
    },
  ],
};

type Holiday = { readonly date: PlainDate; readonly group: HolidayGroup; readonly name: string; readonly nameEn: string };

const TET_NAME = { name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' } as const;

/** The statutory days of a group in a year, before any compensatory day. */
function defaultHolidays(year: number, group: HolidayGroup): Holiday[] {
  switch (group) {
    case 'new-year':
      return [{ date: plainDate(year, 1, 1), group, name: 'Tết Dương lịch', nameEn: "New Year's Day" }];
    case 'tet': {
      // Five days: the last day of the old lunar year and lunar 1/1–1/4, the most common
      // pattern of the official decisions; a decision often shifts it (e.g. two days before
      // and three after), and then it is entered as an official schedule.
      const firstDay = lunarToSolar(year, 1, 1);
      return [-1, 0, 1, 2, 3].map((offset) => ({ date: addDays(firstDay, offset), group, ...TET_NAME }));
    }
    case 'hung-kings':
      return [{ date: lunarToSolar(year, 3, 10), group, name: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration Day" }];
    case 'reunification-labour':
      return [
        {
          date: plainDate(year, 4, 30),
          group,
          name: 'Ngày Chiến thắng',
          nameEn: 'Reunification Day',
        },
        { date: plainDate(year, 5, 1), group, name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
      ];
    case 'national-day':
      // The law gives 2 September "and one adjacent day, before or after", chosen each year.
      // Default: 1 September, so the break is 1–2 September; a decision for another day is
      // entered as an official schedule.
      return [
        { date: plainDate(year, 9, 1), group, name: 'Quốc khánh', nameEn: 'National Day' },
        { date: plainDate(year, 9, 2), group, name: 'Quốc khánh', nameEn: 'National Day' },
      ];
    case 'other':
      // One-off days off exist only by decision.
      return [];
    default: {
      const _exhaustive: never = group;
      return _exhaustive;
    }
  }
}

const SATURDAY: DayOfWeek = 6;
const SUNDAY: DayOfWeek = 0;

export function isWeekend(date: PlainDate): boolean {
  const day = dayOfWeek(date);
  return day === SATURDAY || day === SUNDAY;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw new RangeError(`Calendar year must be an integer within ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}: ${year}`);
  }
}

function validateOfficial(year: number, official: OfficialSchedule): void {
  if (official.year !== year) {
    throw new RangeError(`Official schedule for ${official.year} given for year ${year}`);
  }
  const groups = new Set<HolidayGroup>();
  const dates = new Set<PlainDate>();
  for (const entry of official.groups) {
    if (groups.has(entry.group)) throw new RangeError(`Official schedule ${year}: group ${entry.group} appears twice`);
    groups.add(entry.group);
    for (const { date } of [...entry.daysOff, ...entry.makeupWorkdays]) {
      if (plainDateParts(date).year !== year) {
        throw new RangeError(`Official schedule ${year}: ${date} is not in ${year}`);
      }
      if (dates.has(date)) throw new RangeError(`Official schedule ${year}: ${date} is listed twice`);
      dates.add(date);
    }
    for (const { date } of entry.makeupWorkdays) {
      if (!isWeekend(date)) throw new RangeError(`Official schedule ${year}: make-up day ${date} is not a weekend day`);
    }
  }
}

/**
 * The exceptions to the Monday–Friday week for `year`: holidays and days off on weekdays,
 * worked weekend days. Groups in `official` are taken as decided; the others are computed:
 * statutory days, and for each one falling on Saturday or Sunday a compensatory day on the
 * next weekday that is not already off (several such holidays give several days, in order).
 * Throws a RangeError for a year outside 1900–2100 or an inconsistent official schedule.
 */
export function yearCalendar(year: number, official?: OfficialSchedule): YearCalendar {
  assertYear(year);
  if (official !== undefined) validateOfficial(year, official);

  const decided = new Map(official?.groups.map((entry) => [entry.group, entry]) ?? []);
  const byDate = new Map<PlainDate, CalendarDay>();
  const computed: Holiday[] = [];

  for (const group of HOLIDAY_GROUPS) {
    const entry = decided.get(group);
    if (entry === undefined) {
      computed.push(...defaultHolidays(year, group));
      continue;
    }
    for (const day of entry.daysOff) byDate.set(day.date, { ...day, group });
    for (const day of entry.makeupWorkdays) byDate.set(day.date, { ...day, kind: 'makeup-workday', group });
  }

  // A computed day already off (an official break of another group, or another holiday on
  // the same date) is lost to the worker just like one on a Sunday, so it is compensated too.
  const owed: Holiday[] = [];
  for (const holiday of computed.sort((a, b) => compare(a.date, b.date))) {
    if (isWeekend(holiday.date) || byDate.has(holiday.date)) {
      owed.push(holiday);
    } else {
      byDate.set(holiday.date, { ...holiday, kind: 'holiday' });
    }
  }
  for (const holiday of owed) {
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || byDate.has(date)) date = addDays(date, 1);
    byDate.set(date, {
      date,
      kind: 'compensatory',
      group: holiday.group,
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: `Compensatory day off (${holiday.nameEn})`,
    });
  }

  const days = [...byDate.values()]
    .filter((day) => (day.kind === 'makeup-workday') === isWeekend(day.date))
    .sort((a, b) => compare(a.date, b.date));
  return { year, days };
}

/**
 * The `years` function a working calendar needs, from the official schedules entered so far:
 * each year gets its own schedule if there is one, the default computation otherwise.
 */
export function calendarYears(schedules: readonly OfficialSchedule[]): (year: number) => YearCalendar {
  const byYear = new Map<number, OfficialSchedule>();
  for (const schedule of schedules) {
    if (byYear.has(schedule.year)) throw new RangeError(`Two official schedules for ${schedule.year}`);
    byYear.set(schedule.year, schedule);
  }
  return (year) => yearCalendar(year, byYear.get(year));
}
