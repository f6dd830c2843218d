/**
 * The working-time calendar in use: computed holidays plus the official yearly schedules an
 * administrator has entered, and the configured office hours. The schedules are read from the
 * database and kept for a minute, so a change made on one server reaches the others quickly
 * without a read per request.
 */
import { asc, eq } from 'drizzle-orm';
import { calendarSchedules } from './catalog.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { type OfficialSchedule, type YearCalendar, calendarYears, yearCalendar } from '../domain/calendar/holidays.js';
import { type ProcessingTime, type WorkingCalendar, type WorkingHours, createWorkingCalendar } from '../domain/calendar/working-time.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

const CACHE_MS = 60_000;

export function createCalendarService(db: Db, hours: WorkingHours, now: () => Date) {
  let cached: { at: number; calendar: WorkingCalendar } | null = null;

  async function calendar(): Promise<WorkingCalendar> {
    const at = now().getTime();
    if (cached !== null && at - cached.at < CACHE_MS) return cached.calendar;
    const rows = await db.select().from(calendarSchedules).orderBy(asc(calendarSchedules.year));
    const schedules = rows.map((r) => r.schedule as unknown as OfficialSchedule);
    cached = { at, calendar: createWorkingCalendar({ years: calendarYears(schedules), hours }) };
    return cached.calendar;
  }

  async function year(y: number): Promise<YearCalendar> {
    return (await calendar()).calendarOf(y);
  }

  async function dueDate(receivedAt: Date, processingTime: ProcessingTime): Promise<Date> {
    return (await calendar()).dueDate(receivedAt, processingTime);
  }

  /** Enters or replaces a year's official schedule; it is checked by computing the year with it. */
  async function putSchedule(actor: AccountPrincipal, schedule: OfficialSchedule, context: RequestContext): Promise<YearCalendar> {
    let computed: YearCalendar;
    try {
      computed = yearCalendar(schedule.year, schedule);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'invalid schedule';
      throw new AppError('VALIDATION_FAILED', { detail: { vi: `Lịch nghỉ không hợp lệ: ${message}`, en: `Invalid schedule: ${message}` } });
    }
    await db.transaction(async (tx) => {
      const values = { year: schedule.year, schedule: schedule as unknown as Record<string, unknown>, updatedBy: actor.accountId, updatedAt: now() };
      const [existing] = await tx.select({ year: calendarSchedules.year }).from(calendarSchedules).where(eq(calendarSchedules.year, schedule.year));
      if (existing === undefined) await tx.insert(calendarSchedules).values(values);
      else await tx.update(calendarSchedules).set(values).where(eq(calendarSchedules.year, schedule.year));
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'calendar.schedule.put',
        outcome: 'success',
        subjectType: 'calendar_year',
        subjectId: String(schedule.year),
      });
    });
    cached = null;
    return computed;
  }

  return { calendar, year, dueDate, putSchedule };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
