/**
 * The desk's time rules that are not the calendar itself (Decree 61/2018 Art. 17–19, kept by
 * Decree 118/2025): which processing time applies to a channel, the three working days within
 * which a supplement may be asked for, and the apology that moves a due date once, at least a
 * day before it.
 */
import type { ProcessingTime, WorkingCalendar } from '../calendar/working-time.js';
import { type PlainDate, vietnamDateOf } from '../time/plain-date.js';
import type { Channel } from './national-portal.js';

export interface SubmissionMethod {
  method: string;
  processingTimeValue?: number | null;
  processingTimeUnit?: string | null;
}

const METHOD_OF_CHANNEL = { 'in-person': 'trực tiếp', online: 'trực tuyến', postal: 'dịch vụ bưu chính' } as const satisfies Record<Channel, string>;

/**
 * The processing time the catalogue publishes for a channel. The portal writes "Ngày làm
 * việc", "Ngày" or nothing after the number; the decree counts processing time in working
 * days, so all three are read as working days, and "Giờ" as working hours. A channel without
 * its own row takes the in-person one (the portal lists the same time for all in practice).
 * Null when the catalogue has no number: the officer then states the time at registration.
 */
export function processingTimeOf(methods: readonly SubmissionMethod[], channel: Channel): ProcessingTime | null {
  const find = (name: string) => methods.find((m) => m.method.normalize('NFC').toLowerCase() === name);
  const method = find(METHOD_OF_CHANNEL[channel]) ?? find(METHOD_OF_CHANNEL['in-person']);
  const value = method?.processingTimeValue;
  if (method === undefined || value === undefined || value === null || !Number.isFinite(value) || value <= 0) return null;
  const unit = (method.processingTimeUnit ?? '').normalize('NFC').toLowerCase();
  return unit.startsWith('giờ') ? { workingHours: value } : { workingDays: value };
}

/** Missing items are asked for all at once, within 3 working days of the filing time (Art. 17(1)(a), 19(4)). */
export const SUPPLEMENT_REQUEST_WORKING_DAYS = 3;

export function supplementRequestDeadline(calendar: Pick<WorkingCalendar, 'addWorkingDays'>, filedAt: Date): Date {
  return calendar.addWorkingDays(filedAt, SUPPLEMENT_REQUEST_WORKING_DAYS);
}

export type DelayCheck = { ok: true } | { ok: false; reason: 'already-moved' | 'too-late' | 'not-later'; lastDay: PlainDate | null };

/**
 * A late agency apologises in writing and sets a new date at least one day before the due
 * date, and may do so only once (Art. 19(9)): the notice must be sent on a day before the due
 * day, and the new date must be later than the old one.
 */
export function checkDelay(now: Date, dueAt: Date, newDueAt: Date, alreadyMoved: boolean): DelayCheck {
  if (alreadyMoved) return { ok: false, reason: 'already-moved', lastDay: null };
  const dueDay = vietnamDateOf(dueAt);
  if (!(vietnamDateOf(now) < dueDay)) return { ok: false, reason: 'too-late', lastDay: dueDay };
  if (!(newDueAt > dueAt)) return { ok: false, reason: 'not-later', lastDay: null };
  return { ok: true };
}
