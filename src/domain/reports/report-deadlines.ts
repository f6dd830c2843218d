/**
 * Deadlines of the periodic reports and how near each one is. The rules are data
 * (data/plans/report-deadlines.json): the postal operator reports to the provincial department
 * quarterly by the 10th of the month after the quarter, for the half-year by 10 July and for
 * the year by 10 January (DOMAIN.md); the Chairman's six-month and annual reports (R12) have
 * no day in the plan, so theirs is a setting marked unconfirmed.
 */
import { type Period, halfYearPeriod, quarterPeriod, yearPeriod } from './periods.js';
import { type PlainDate, daysBetween, plainDate, plainDateParts } from '../time/plain-date.js';

/** Which periods a report covers: every quarter, the first half of the year, or the year. */
export const DEADLINE_PERIODS = ['quarters', 'first-half', 'year'] as const;
export type DeadlinePeriods = (typeof DEADLINE_PERIODS)[number];

export interface DeadlineRule {
  kind: string;
  periods: DeadlinePeriods;
  /** Months after the period's last month in which the report is due (1: the next month). */
  dueMonthsAfter: number;
  /** Day of that month. */
  dueDay: number;
  /** Who makes the report: the government side or the postal operator. */
  side: 'government' | 'postal';
  vi: string;
  en: string;
  recipientVi: string;
  source: string;
  confirmed: boolean;
}

export interface Deadline {
  kind: string;
  period: Period;
  dueOn: PlainDate;
}

/** The day a report on `period` is due under `rule`. */
export function dueDateOf(rule: Pick<DeadlineRule, 'dueMonthsAfter' | 'dueDay'>, period: Period): PlainDate {
  const { year, month } = plainDateParts(period.last);
  const index = year * 12 + (month - 1) + rule.dueMonthsAfter;
  const dueYear = Math.floor(index / 12);
  const dueMonth = (index % 12) + 1;
  return plainDate(dueYear, dueMonth, rule.dueDay);
}

function periodsOfYear(rule: DeadlineRule, year: number): Period[] {
  switch (rule.periods) {
    case 'quarters':
      return [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
    case 'first-half':
      return [halfYearPeriod(year, 1)];
    case 'year':
      return [yearPeriod(year)];
    default: {
      const exhaustive: never = rule.periods;
      return exhaustive;
    }
  }
}

/** Every deadline falling between two days, both included, in order of date then kind. */
export function deadlinesBetween(rules: readonly DeadlineRule[], from: PlainDate, to: PlainDate): Deadline[] {
  const first = plainDateParts(from).year - 2;
  const last = plainDateParts(to).year;
  const found: Deadline[] = [];
  for (const rule of rules) {
    for (let year = first; year <= last; year += 1) {
      for (const period of periodsOfYear(rule, year)) {
        const dueOn = dueDateOf(rule, period);
        if (dueOn >= from && dueOn <= to) found.push({ kind: rule.kind, period, dueOn });
      }
    }
  }
  return found.sort((a, b) => (a.dueOn === b.dueOn ? a.kind.localeCompare(b.kind) : a.dueOn < b.dueOn ? -1 : 1));
}

export type DeadlineState = 'submitted' | 'overdue' | 'due-soon' | 'upcoming';

/** Submitted reports are done; otherwise past the day is overdue, within `leadDays` is due soon. */
export function deadlineState(dueOn: PlainDate, today: PlainDate, leadDays: number, submitted: boolean): { state: DeadlineState; daysLeft: number } {
  const daysLeft = daysBetween(today, dueOn);
  if (submitted) return { state: 'submitted', daysLeft };
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  return { state: daysLeft <= leadDays ? 'due-soon' : 'upcoming', daysLeft };
}
