/**
 * A calendar date with no time of day and no time zone: `YYYY-MM-DD`, as written on an
 * appointment slip or a postal slip.
 *
 * The trap: a `PlainDate` is NOT a `Date`. A JavaScript `Date` is an instant, and
 * `new Date('2026-02-13')` is UTC midnight, which is already 07:00 in Vietnam, and still
 * 12 February in any zone west of UTC. Turning a date into an instant (or back) needs a
 * zone; in this project that zone is always Vietnam, so the only conversions are
 * {@link vietnamDateOf}, {@link toVietnamLocal} and {@link vietnamInstant} below.
 *
 * The brand makes a plain `string` unassignable to `PlainDate`: a value gets the type only by
 * passing through {@link parsePlainDate}, {@link plainDate} or date arithmetic here, so every
 * `PlainDate` is a real date (no 2026-02-30). Being a string, it compares, sorts, serialises
 * to JSON and keys a `Map` or `Set` as-is.
 */
export type PlainDate = string & { readonly __brand: 'PlainDate' };

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type PlainDateParts = { readonly year: number; readonly month: number; readonly day: number };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Vietnam (Asia/Ho_Chi_Minh) has been UTC+7 without daylight saving since 1975. A fixed
 * offset is exact for every instant this system handles and, unlike `Intl`, gives the same
 * answer on every machine whatever its ICU data or `TZ`.
 */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function format(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/** Years 0001–9999 only: the four-digit form is what keeps string order equal to date order. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  if (!isValidParts(year, month, day)) {
    throw new RangeError(`Not a calendar date: year ${year}, month ${month}, day ${day}`);
  }
  return format(year, month, day);
}

export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (match === null) return false;
  return isValidParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Accepts exactly `YYYY-MM-DD`; anything else, or a day the month does not have, is a RangeError. */
export function parsePlainDate(text: string): PlainDate {
  if (!isPlainDate(text)) {
    throw new RangeError(`Not a YYYY-MM-DD calendar date: ${JSON.stringify(text)}`);
  }
  return text;
}

export function plainDateParts(date: PlainDate): PlainDateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Days since 1970-01-01 (negative before). Integer arithmetic on the proleptic Gregorian
 * calendar (H. Hinnant, "chrono-compatible low-level date algorithms"), so no `Date` and no
 * two-digit-year quirk of `Date.UTC`.
 */
export function toEpochDay(date: PlainDate): number {
  const { year, month, day } = plainDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromEpochDay(epochDay: number): PlainDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Epoch day must be an integer: ${epochDay}`);
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return plainDate(year, month, day);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

export function dayOfWeek(date: PlainDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as DayOfWeek;
}

/** For `Array.prototype.sort`: negative, zero or positive as `a` is before, equal to or after `b`. */
export function compare(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Signed: `daysBetween(a, addDays(a, n)) === n`. */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** A wall-clock reading in Vietnam: the date plus the time of day. */
export type VietnamLocalDateTime = {
  readonly date: PlainDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
};

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
  return ms;
}

export function toVietnamLocal(instant: Date): VietnamLocalDateTime {
  const local = instantMs(instant) + OFFSET_MS;
  const epochDay = Math.floor(local / MS_PER_DAY);
  let rest = local - epochDay * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return { date: fromEpochDay(epochDay), hour, minute, second, millisecond: rest - second * 1000 };
}

/** The date an instant falls on in Vietnam: 2026-02-12T18:00:00Z is already 13 February there. */
export function vietnamDateOf(instant: Date): PlainDate {
  return fromEpochDay(Math.floor((instantMs(instant) + OFFSET_MS) / MS_PER_DAY));
}

/** The instant at which Vietnam's clocks show the given date and time. */
export function vietnamInstant(date: PlainDate, hour = 0, minute = 0, second = 0, millisecond = 0): Date {
  const inRange = (value: number, max: number): boolean => Number.isInteger(value) && value >= 0 && value <= max;
  if (!inRange(hour, 23) || !inRange(minute, 59) || !inRange(second, 59) || !inRange(millisecond, 999)) {
    throw new RangeError(`Not a time of day: ${hour}:${minute}:${second}.${millisecond}`);
  }
  const local = toEpochDay(date) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
  return new Date(local - OFFSET_MS);
}

/**
 * ISO 8601 in Vietnam time with an explicit offset, e.g. `2026-02-27T09:00:00+07:00`: the form
 * a citizen or an officer can read and any ISO parser turns back into the same instant.
 * Milliseconds appear only when not zero, so nothing is lost and whole seconds stay short.
 */
export function formatVietnamInstant(instant: Date): string {
  const { date, hour, minute, second, millisecond } = toVietnamLocal(instant);
  const two = (n: number): string => String(n).padStart(2, '0');
  const fraction = millisecond === 0 ? '' : `.${String(millisecond).padStart(3, '0')}`;
  return `${date}T${two(hour)}:${two(minute)}:${two(second)}${fraction}+07:00`;
}
