/**
 * Working time of the one-stop desks: which days are worked, office hours, and the deadline
 * arithmetic built on them. Instants are `Date`s (UTC); every wall-clock reading is Vietnam
 * time (UTC+7), whatever the zone of the machine.
 */
import {
  type DayOfWeek,
  type PlainDate,
  VIETNAM_UTC_OFFSET_MINUTES,
  dayOfWeek,
  fromEpochDay,
  plainDateParts,
  toEpochDay,
} from '../time/plain-date.js';
import type { YearCalendar } from './holidays.js';

/** A wall-clock time `HH:MM`, 00:00–24:00. */
export type ClockTime = string;

export type WorkingPeriod = { readonly start: ClockTime; readonly end: ClockTime };

export type WorkingHours = {
  /** In order, not overlapping. */
  readonly periods: readonly WorkingPeriod[];
  /** The ordinary working week; holidays and make-up days come from the year calendars. */
  readonly weekdays: readonly DayOfWeek[];
};

/** The hours real one-stop systems use: 8 hours a day, Monday to Friday (configurable per deployment). */
export const DEFAULT_WORKING_HOURS = {
  periods: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  weekdays: [1, 2, 3, 4, 5],
} as const satisfies WorkingHours;

/**
 * Decree 61/2018 Art. 18: a dossier received after 15:00 goes to the processing unit at the
 * start of the next working day instead of the same day.
 */
export const DEFAULT_FORWARD_CUTOFF: ClockTime = '15:00';

/** A procedure's processing time, as published: usually in working days, sometimes in hours. */
export type ProcessingTime = { readonly workingDays: number } | { readonly workingHours: number };

export type WorkingCalendarOptions = {
  /**
   * The calendar of a year, official schedule included when there is one (see
   * `calendarYears`). Called at most once per year: results are cached by the calendar.
   */
  readonly years: (year: number) => YearCalendar;
  readonly hours?: WorkingHours;
  readonly forwardCutoff?: ClockTime;
};

export type WorkingCalendar = {
  readonly hours: WorkingHours;
  /** Sum of the periods: one working day, for converting days to hours (8 by default). */
  readonly hoursPerDay: number;
  /** The cached year calendar in use for `year`. */
  calendarOf(year: number): YearCalendar;
  isWorkingDay(date: PlainDate): boolean;
  /** Inside a working period (start included, end excluded) of a working day. */
  isWorkingInstant(instant: Date): boolean;
  /**
   * `instant` itself inside a working period; otherwise the start of the next period. The end
   * of a period is outside it, so 11:30 gives 13:30 and 17:00 gives the next working morning.
   */
  nextWorkingStart(instant: Date): Date;
  /**
   * `hours` of working time after `instant`, rounded to the minute. Time outside working
   * periods does not count, so counting after hours starts at the next working morning.
   * Landing exactly at a period's end stays there (07:00 + 8 h = 17:00 the same day); zero
   * hours returns `instant` unchanged.
   */
  addWorkingHours(instant: Date, hours: number): Date;
  /** `addWorkingHours(instant, days × hoursPerDay)`: systems count a working day as 8 hours. */
  addWorkingDays(instant: Date, days: number): Date;
  /** The due date of a dossier whose legal filing time is `receivedAt`. */
  dueDate(receivedAt: Date, processingTime: ProcessingTime): Date;
  /**
   * After a supplement request the processing time runs again from zero from the moment the
   * dossier is complete (Decree 61/2018 Art. 19): a new `dueDate`, not the remainder of the old one.
   */
  restartAfterSupplement(completedAt: Date, processingTime: ProcessingTime): Date;
  /** Working hours from `from` to `to`; negative when `to` is earlier. For on-time reports. */
  workingHoursBetween(from: Date, to: Date): number;
  /**
   * The n-th working day after `date` (before it when n is negative), `date` itself not
   * counted: J+n for transit limits. `n = 0` returns `date`.
   */
  addWorkingDaysToDate(date: PlainDate, n: number): PlainDate;
  /**
   * When a dossier received at `receivedAt` must have reached the processing unit: the end of
   * the same working day if received on a working day before the cut-off (15:00); otherwise
   * the end of the first period of the next working day (11:30). The decree says "at the start
   * of the next working day"; a deadline at the very start could only be met the evening
   * before, so the morning period is allowed, which is how desks apply it. A receipt on a day
   * off is treated like a late one.
   */
  forwardDeadline(receivedAt: Date): Date;
};

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
/** No real calendar has a year without a working day; this bounds the search if one is misconfigured. */
const MAX_DAYS_WITHOUT_WORK = 366;

function parseClockTime(text: ClockTime): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (match === null || minute > 59 || hour * 60 + minute > 24 * 60) {
    throw new RangeError(`Not a clock time HH:MM within 00:00–24:00: ${JSON.stringify(text)}`);
  }
  return (hour * 60 + minute) * MS_PER_MINUTE;
}

type Period = { readonly start: number; readonly end: number };

function parsePeriods(hours: WorkingHours): { all: readonly Period[]; first: Period; last: Period } {
  const periods = hours.periods.map((period) => ({ start: parseClockTime(period.start), end: parseClockTime(period.end) }));
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('Working hours need at least one period');
  let previousEnd = 0;
  for (const period of periods) {
    if (period.start >= period.end || period.start < previousEnd) {
      throw new RangeError('Working periods must be non-empty, in order and not overlapping');
    }
    previousEnd = period.end;
  }
  return { all: periods, first, last };
}

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** The Vietnam-local day of an instant (as an epoch day) and the time since that day's midnight. */
function locate(ms: number): { day: number; sinceMidnight: number } {
  const local = ms + OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, sinceMidnight: local - day * MS_PER_DAY };
}

function midnight(day: number): number {
  return day * MS_PER_DAY - OFFSET_MS;
}

function assertFiniteNonNegative(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be a finite number ≥ 0: ${value}`);
}

export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const hours = options.hours ?? DEFAULT_WORKING_HOURS;
  const { all: periods, first: firstPeriod, last: lastPeriod } = parsePeriods(hours);
  const cutoff = parseClockTime(options.forwardCutoff ?? DEFAULT_FORWARD_CUTOFF);
  const weekdays = new Set<number>(hours.weekdays);
  if (weekdays.size === 0) throw new RangeError('Working hours need at least one weekday');
  const msPerDay = periods.reduce((sum, period) => sum + period.end - period.start, 0);

  type YearIndex = { readonly calendar: YearCalendar; readonly off: ReadonlySet<number>; readonly worked: ReadonlySet<number> };
  const cache = new Map<number, YearIndex>();

  function yearIndex(year: number): YearIndex {
    const cached = cache.get(year);
    if (cached !== undefined) return cached;
    const calendar = options.years(year);
    if (calendar.year !== year) throw new RangeError(`Asked for the calendar of ${year}, got ${calendar.year}`);
    const off = new Set<number>();
    const worked = new Set<number>();
    for (const day of calendar.days) {
      switch (day.kind) {
        case 'holiday':
        case 'compensatory':
        case 'swapped':
          off.add(toEpochDay(day.date));
          break;
        case 'makeup-workday':
          worked.add(toEpochDay(day.date));
          break;
        default: {
          const _exhaustive: never = day.kind;
          return _exhaustive;
        }
      }
    }
    const index = { calendar, off, worked };
    cache.set(year, index);
    return index;
  }

  function isWorkingEpochDay(day: number): boolean {
    const date = fromEpochDay(day);
    const { off, worked } = yearIndex(plainDateParts(date).year);
    if (worked.has(day)) return true;
    if (off.has(day)) return false;
    return weekdays.has(dayOfWeek(date));
  }

  function nextWorkingDay(day: number, direction: 1 | -1): number {
    for (let candidate = day + direction, steps = 0; steps < MAX_DAYS_WITHOUT_WORK; candidate += direction, steps += 1) {
      if (isWorkingEpochDay(candidate)) return candidate;
    }
    throw new RangeError(`No working day within ${MAX_DAYS_WITHOUT_WORK} days of ${fromEpochDay(day)}`);
  }

  /** The instant itself if inside a period, else the next period start; as epoch milliseconds. */
  function nextStartMs(ms: number): number {
    const { day, sinceMidnight } = locate(ms);
    if (isWorkingEpochDay(day)) {
      for (const period of periods) {
        if (sinceMidnight < period.end) return sinceMidnight >= period.start ? ms : midnight(day) + period.start;
      }
    }
    return midnight(nextWorkingDay(day, 1)) + firstPeriod.start;
  }

  /** The end of the period containing `ms`, which must be inside one. */
  function periodEndMs(ms: number): number {
    const { day, sinceMidnight } = locate(ms);
    const period = periods.find((candidate) => sinceMidnight >= candidate.start && sinceMidnight < candidate.end);
    if (period === undefined) throw new Error('periodEndMs called outside working time');
    return midnight(day) + period.end;
  }

  function addWorkingMs(start: number, amount: number): number {
    if (amount === 0) return start;
    let remaining = amount;
    let cursor = start;
    for (;;) {
      cursor = nextStartMs(cursor);
      const end = periodEndMs(cursor);
      if (remaining <= end - cursor) return cursor + remaining;
      remaining -= end - cursor;
      cursor = end;
    }
  }

  function addWorkingHours(instant: Date, amount: number): Date {
    assertFiniteNonNegative(amount, 'Working hours');
    return new Date(addWorkingMs(instantMs(instant), Math.round(amount * 60) * MS_PER_MINUTE));
  }

  function addWorkingDays(instant: Date, days: number): Date {
    assertFiniteNonNegative(days, 'Working days');
    return addWorkingHours(instant, (days * msPerDay) / MS_PER_HOUR);
  }

  function dueDate(receivedAt: Date, processingTime: ProcessingTime): Date {
    return 'workingDays' in processingTime
      ? addWorkingDays(receivedAt, processingTime.workingDays)
      : addWorkingHours(receivedAt, processingTime.workingHours);
  }

  function workingMsBetween(from: number, to: number): number {
    let total = 0;
    const first = locate(from).day;
    const last = locate(to).day;
    for (let day = first; day <= last; day += 1) {
      if (!isWorkingEpochDay(day)) continue;
      const base = midnight(day);
      for (const period of periods) {
        const overlap = Math.min(to, base + period.end) - Math.max(from, base + period.start);
        if (overlap > 0) total += overlap;
      }
    }
    return total;
  }

  return {
    hours,
    hoursPerDay: msPerDay / MS_PER_HOUR,
    calendarOf: (year) => yearIndex(year).calendar,
    isWorkingDay: (date) => isWorkingEpochDay(toEpochDay(date)),
    isWorkingInstant(instant) {
      const ms = instantMs(instant);
      return nextStartMs(ms) === ms;
    },
    nextWorkingStart: (instant) => new Date(nextStartMs(instantMs(instant))),
    addWorkingHours,
    addWorkingDays,
    dueDate,
    restartAfterSupplement: dueDate,
    workingHoursBetween(from, to) {
      const a = instantMs(from);
      const b = instantMs(to);
      return a <= b ? workingMsBetween(a, b) / MS_PER_HOUR : -workingMsBetween(b, a) / MS_PER_HOUR;
    },
    addWorkingDaysToDate(date, n) {
      if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer: ${n}`);
      let day = toEpochDay(date);
      for (let i = 0; i < Math.abs(n); i += 1) day = nextWorkingDay(day, n > 0 ? 1 : -1);
      return fromEpochDay(day);
    },
    forwardDeadline(receivedAt) {
      const { day, sinceMidnight } = locate(instantMs(receivedAt));
      if (isWorkingEpochDay(day) && sinceMidnight < cutoff) return new Date(midnight(day) + lastPeriod.end);
      return new Date(midnight(nextWorkingDay(day, 1)) + firstPeriod.end);
    },
  };
}
