/**
 * Following the plan up (R13, R14): a task's deadline as the plan writes it ("Tháng 7 năm
 * 2019", "Quý 3/2019", "Thường xuyên", "Ngay sau khi chuyển giao…") turned into a day when it
 * names one; when a task is overdue; the statuses of a task and of a reported difficulty and
 * the changes allowed between them.
 */
import { daysInMonth, plainDate, type PlainDate } from '../time/plain-date.js';

export type TaskDeadline =
  /** A day: the last day of the month, quarter, half-year or year written, or the date written. */
  | { kind: 'date'; dueOn: PlainDate; precision: 'day' | 'month' | 'quarter' | 'half-year' | 'year' }
  /** "Thường xuyên": a standing task, never overdue. */
  | { kind: 'ongoing' }
  /** A deadline tied to an event ("right after the transfer"): no day until it happens. */
  | { kind: 'event'; text: string };

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

function validYear(year: number): boolean {
  return year >= 1900 && year <= 2999;
}

/** Reads a deadline as the plan's appendix writes it. */
export function parseTaskDeadline(text: string): TaskDeadline {
  const t = fold(text);
  if (/^thuong xuyen|^hang (nam|quy|thang)|^lien tuc/u.test(t)) return { kind: 'ongoing' };
  let m = /(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(t);
  if (m !== null) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { kind: 'date', dueOn: plainDate(year, month, day), precision: 'day' };
  }
  m = /^(?:truoc )?quy (\d|i{1,3}|iv)(?: nam |\/)(\d{4})/u.exec(t);
  if (m !== null) {
    const quarter = /^\d$/u.test(m[1] ?? '') ? Number(m[1]) : (ROMAN[m[1] ?? ''] ?? 0);
    const year = Number(m[2]);
    if (quarter >= 1 && quarter <= 4 && validYear(year)) return { kind: 'date', dueOn: plainDate(year, quarter * 3, daysInMonth(year, quarter * 3)), precision: 'quarter' };
  }
  m = /^(?:truoc )?thang (\d{1,2})(?: nam |\/)(\d{4})/u.exec(t);
  if (m !== null) {
    const [month, year] = [Number(m[1]), Number(m[2])];
    if (month >= 1 && month <= 12 && validYear(year)) return { kind: 'date', dueOn: plainDate(year, month, daysInMonth(year, month)), precision: 'month' };
  }
  m = /^6 thang (dau|cuoi) nam (\d{4})/u.exec(t);
  if (m !== null && validYear(Number(m[2]))) {
    const year = Number(m[2]);
    return m[1] === 'dau' ? { kind: 'date', dueOn: plainDate(year, 6, 30), precision: 'half-year' } : { kind: 'date', dueOn: plainDate(year, 12, 31), precision: 'half-year' };
  }
  m = /^(?:trong |truoc )?nam (\d{4})$/u.exec(t);
  if (m !== null && validYear(Number(m[1]))) return { kind: 'date', dueOn: plainDate(Number(m[1]), 12, 31), precision: 'year' };
  return { kind: 'event', text: text.trim() };
}

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_INFO = {
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  cancelled: { vi: 'Không thực hiện nữa', en: 'Cancelled' },
} as const satisfies Record<TaskStatus, { vi: string; en: string }>;

/** The changes allowed: a finished or cancelled task may be reopened, never skipped silently. */
const TASK_TRANSITIONS = {
  'not-started': ['in-progress', 'done', 'cancelled'],
  'in-progress': ['done', 'cancelled', 'not-started'],
  done: ['in-progress'],
  cancelled: ['not-started', 'in-progress'],
} as const satisfies Record<TaskStatus, readonly TaskStatus[]>;

export function mayChangeTaskStatus(from: TaskStatus, to: TaskStatus): boolean {
  return (TASK_TRANSITIONS[from] as readonly TaskStatus[]).includes(to);
}

/** Overdue: a day was set, it has passed, and the task is neither done nor cancelled. */
export function isTaskOverdue(deadline: TaskDeadline, status: TaskStatus, today: PlainDate): boolean {
  if (status === 'done' || status === 'cancelled') return false;
  switch (deadline.kind) {
    case 'date':
      return today > deadline.dueOn;
    case 'ongoing':
    case 'event':
      return false;
    default: {
      const exhaustive: never = deadline;
      return exhaustive;
    }
  }
}

export const DIFFICULTY_STATUSES = ['open', 'answered', 'closed'] as const;
export type DifficultyStatus = (typeof DIFFICULTY_STATUSES)[number];

/** A difficulty is answered once by the department it was routed to (the answer is kept as given), then closed. */
const DIFFICULTY_TRANSITIONS = {
  open: ['answered', 'closed'],
  answered: ['closed'],
  closed: [],
} as const satisfies Record<DifficultyStatus, readonly DifficultyStatus[]>;

export function mayChangeDifficultyStatus(from: DifficultyStatus, to: DifficultyStatus): boolean {
  return (DIFFICULTY_TRANSITIONS[from] as readonly DifficultyStatus[]).includes(to);
}
