/**
 * Reporting periods in Vietnam time: a month (`2025-07`), a quarter (`2025-Q3`), a half-year
 * (`2025-H1`) or a year (`2025`). A period is a range of plain dates, first and last day
 * included; the instants it covers run from Vietnam midnight of its first day to Vietnam
 * midnight after its last: 16:30 UTC on 31 December is 23:30 in Vietnam and counts in
 * December, 17:30 UTC is already 1 January there and counts in the next year.
 */
import { type PlainDate, addDays, daysInMonth, plainDate, plainDateParts, vietnamInstant } from '../time/plain-date.js';

export const PERIOD_KINDS = ['month', 'quarter', 'half-year', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** The canonical key: `2025-07`, `2025-Q3`, `2025-H1`, `2025`. */
  key: string;
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2; the year itself for a year. */
  index: number;
  first: PlainDate;
  last: PlainDate;
}

/** The pattern of a period key, for request schemas. */
export const PERIOD_KEY_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[1-2]))?$';

function make(kind: PeriodKind, year: number, firstMonth: number, months: number, index: number, key: string): Period {
  const lastMonth = firstMonth + months - 1;
  return { kind, key, year, index, first: plainDate(year, firstMonth, 1), last: plainDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function monthPeriod(year: number, month: number): Period {
  return make('month', year, month, 1, month, `${year}-${String(month).padStart(2, '0')}`);
}

export function quarterPeriod(year: number, quarter: number): Period {
  return make('quarter', year, (quarter - 1) * 3 + 1, 3, quarter, `${year}-Q${quarter}`);
}

export function halfYearPeriod(year: number, half: number): Period {
  return make('half-year', year, (half - 1) * 6 + 1, 6, half, `${year}-H${half}`);
}

export function yearPeriod(year: number): Period {
  return make('year', year, 1, 12, year, String(year));
}

/** The period a key names, or null when the key is not one (`2025-13`, `2025-Q5`, `25`). */
export function parsePeriod(key: string): Period | null {
  const match = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([1-2])))?$/u.exec(key);
  if (match === null) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2999) return null;
  if (match[2] !== undefined) return monthPeriod(year, Number(match[2]));
  if (match[3] !== undefined) return quarterPeriod(year, Number(match[3]));
  if (match[4] !== undefined) return halfYearPeriod(year, Number(match[4]));
  return yearPeriod(year);
}

/** The period of a kind that contains a date. */
export function periodContaining(kind: PeriodKind, date: PlainDate): Period {
  const { year, month } = plainDateParts(date);
  switch (kind) {
    case 'month':
      return monthPeriod(year, month);
    case 'quarter':
      return quarterPeriod(year, Math.ceil(month / 3));
    case 'half-year':
      return halfYearPeriod(year, month <= 6 ? 1 : 2);
    case 'year':
      return yearPeriod(year);
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

/** The period of the same kind just after this one. */
export function nextPeriod(period: Period): Period {
  return periodContaining(period.kind, addDays(period.last, 1));
}

/** The period of the same kind just before this one. */
export function previousPeriod(period: Period): Period {
  return periodContaining(period.kind, addDays(period.first, -1));
}

/** The months of a period, in order. */
export function monthsOf(period: Period): Period[] {
  const months: Period[] = [];
  for (let m = monthPeriod(period.year, plainDateParts(period.first).month); m.first <= period.last; m = nextPeriod(m)) months.push(m);
  return months;
}

/** The `count` months that end with the month containing `last` (a 12-month trend). */
export function trailingMonths(last: PlainDate, count: number): Period[] {
  const months: Period[] = [];
  let month = periodContaining('month', last);
  for (let i = 0; i < count; i += 1) {
    months.unshift(month);
    month = previousPeriod(month);
  }
  return months;
}

/** The instants a period covers: [from, to), Vietnam midnight to Vietnam midnight. */
export function periodInstants(period: Period): { from: Date; to: Date } {
  return { from: vietnamInstant(period.first), to: vietnamInstant(addDays(period.last, 1)) };
}

export function isWithin(date: PlainDate, period: Period): boolean {
  return date >= period.first && date <= period.last;
}

/** How the period is written in a Vietnamese report and in English. */
export function periodLabel(period: Period): { vi: string; en: string } {
  switch (period.kind) {
    case 'month':
      return { vi: `Tháng ${period.index}/${period.year}`, en: `${MONTH_NAMES[period.index - 1] ?? ''} ${period.year}` };
    case 'quarter':
      return { vi: `Quý ${['I', 'II', 'III', 'IV'][period.index - 1] ?? ''} năm ${period.year}`, en: `Q${period.index} ${period.year}` };
    case 'half-year':
      return period.index === 1 ? { vi: `6 tháng đầu năm ${period.year}`, en: `First half of ${period.year}` } : { vi: `6 tháng cuối năm ${period.year}`, en: `Second half of ${period.year}` };
    case 'year':
      return { vi: `Năm ${period.year}`, en: String(period.year) };
    default: {
      const exhaustive: never = period.kind;
      return exhaustive;
    }
  }
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
