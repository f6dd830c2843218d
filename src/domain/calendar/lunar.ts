/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7.
 *
 * Why not a library: Chinese-calendar libraries compute for UTC+8. When a new moon falls
 * between 16:00 and 17:00 UTC, China and Vietnam start the month on different days, and Tết
 * moves: 1985 (21 January in Vietnam, 20 February in China) and 2007 (17 vs 18 February).
 *
 * Method: Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"), itself based on
 * Jean Meeus, "Astronomical Algorithms" (1998):
 * - a month starts on the local day of a new moon;
 * - month 11 is the one containing the winter solstice;
 * - a year from one month 11 to the next with 13 months has a leap month: the first month
 *   with no major solar term (trung khí, the sun entering a 30° sector of longitude), which
 *   takes the number of the month before it.
 * The series are accurate to minutes over 1900–2100, the range supported here.
 */
import { type PlainDate, fromEpochDay, parsePlainDate, plainDate, toEpochDay } from '../time/plain-date.js';

export type LunarDate = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  readonly leap: boolean;
};

const TIME_ZONE_HOURS = 7;
/** Julian day number of 1970-01-01, to move between epoch days and Meeus' Julian days. */
const JDN_OF_EPOCH = 2_440_588;
/** Julian day of the new moon of 1900-01-01 (k = 0 in the series below) and the mean synodic month. */
const NEW_MOON_EPOCH = 2_415_021.076998695;
const SYNODIC_MONTH = 29.530588853;
const DEG = Math.PI / 180;

/** Solar dates 1900-01-01 to 2100-12-31, as epoch days. */
const MIN_DAY = toEpochDay(parsePlainDate('1900-01-01'));
const MAX_DAY = toEpochDay(parsePlainDate('2100-12-31'));

/** Julian day (UT) of the k-th new moon after 1900-01-01. Meeus ch. 49, reduced series. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
  // ΔT (terrestrial minus universal time), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Julian day number of the local (UTC+7) day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Apparent sun longitude in radians, [0, 2π), at Julian day `jd` (UT). Meeus ch. 25, low precision. */
function sunLongitude(jd: number): number {
  const t = (jd - 2_451_545.0) / 36_525;
  const t2 = t * t;
  const m = 357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** The 30° sector (0–11) the sun is in at the start of local day `dayNumber`; 9 starts at the winter solstice. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

// Each year's month 11 and leap month are needed again for every day of that year; caching
// them (results of a pure function, about 200 entries each) makes a conversion about 3× cheaper.
const month11Cache = new Map<number, number>();
const leapOffsetCache = new Map<number, number>();

/** Julian day number on which month 11 starts: the month containing the winter solstice of `solarYear`. */
function month11Start(solarYear: number): number {
  const cached = month11Cache.get(solarYear);
  if (cached !== undefined) return cached;
  const start = computeMonth11Start(solarYear);
  month11Cache.set(solarYear, start);
  return start;
}

function computeMonth11Start(solarYear: number): number {
  const off = jdn(solarYear, 12, 31) - 2_415_021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Past the solstice already at this new moon: the solstice is in the month before.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * In a 13-month year starting at month 11 (`a11`), how many months after it the leap month
 * comes: the first month whose start and the next month's start see the sun in the same sector.
 */
function leapMonthOffset(a11: number): number {
  const cached = leapOffsetCache.get(a11);
  if (cached !== undefined) return cached;
  const offset = computeLeapMonthOffset(a11);
  leapOffsetCache.set(a11, offset);
  return offset;
}

function computeLeapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = sector;
    i += 1;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== last && i < 14);
  return i - 1;
}

function jdn(year: number, month: number, day: number): number {
  return toEpochDay(plainDate(year, month, day)) + JDN_OF_EPOCH;
}

function assertInRange(epochDay: number, what: string): void {
  if (epochDay < MIN_DAY || epochDay > MAX_DAY) {
    throw new RangeError(`${what} is outside the supported range 1900-01-01 … 2100-12-31`);
  }
}

export function solarToLunar(date: PlainDate): LunarDate {
  const epochDay = toEpochDay(date);
  assertInRange(epochDay, `Date ${date}`);
  const dayNumber = epochDay + JDN_OF_EPOCH;
  const solarYear = Number(date.slice(0, 4));

  // The mean-month guess can be one month off when the true new moon strays far from the
  // mean one (e.g. 2054-05-07, 2062-04-09), so settle on the last new moon on or before the day.
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k) > dayNumber) k -= 1;
  while (newMoonDay(k + 1) <= dayNumber) k += 1;
  const monthStart = newMoonDay(k);

  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }

  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 at the start of the span belong to the lunar year before.
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * The solar date of a lunar date. Throws a RangeError for a day the month does not have
 * (day 30 of a 29-day month), for `leap` on a month that is not that year's leap month, and
 * for a date whose solar day falls outside 1900-01-01 … 2100-12-31 (so lunar year 1899 is
 * accepted for its months that fall in January 1900, which keeps the round trip total).
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number, leap = false): PlainDate {
  const label = `Lunar date ${lunarDay}/${lunarMonth}${leap ? ' (leap)' : ''}/${lunarYear}`;
  if (!Number.isInteger(lunarYear) || lunarYear < 1899 || lunarYear > 2100) {
    throw new RangeError(`${label}: the lunar year must be within 1900–2100`);
  }
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) {
    throw new RangeError(`${label}: the month must be 1–12`);
  }
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) {
    throw new RangeError(`${label}: the day must be 1–30`);
  }

  const [a11, b11] =
    lunarMonth < 11
      ? [month11Start(lunarYear - 1), month11Start(lunarYear)]
      : [month11Start(lunarYear), month11Start(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  let isLeapYear = false;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    isLeapYear = leap && lunarMonth === leapMonth;
    if (leap || off >= leapOff) off += 1;
  }
  if (leap && !isLeapYear) {
    throw new RangeError(`${label}: month ${lunarMonth} of ${lunarYear} is not a leap month`);
  }

  const monthStart = newMoonDay(k + off);
  const monthLength = newMoonDay(k + off + 1) - monthStart;
  if (lunarDay > monthLength) {
    throw new RangeError(`${label}: that month has ${monthLength} days`);
  }
  const epochDay = monthStart + lunarDay - 1 - JDN_OF_EPOCH;
  assertInRange(epochDay, label);
  return fromEpochDay(epochDay);
}
