/**
 * A year of the working-time calendar as the administrator edits it: every day off and worked
 * weekend day with its holiday group and exact kind (the public calendar folds "swapped" into
 * "compensatory" and drops the group), which groups follow an entered decision and which are
 * still computed, and the deciding document. Saving goes through the calendar service's
 * `putSchedule` (PUT /api/v1/admin/calendar/{year}).
 */
import { eq } from 'drizzle-orm';
import type { CalendarService } from './calendar-service.js';
import { calendarSchedules } from './catalog.schema.js';
import type { CalendarDayKind, HolidayGroup, OfficialSchedule } from '../domain/calendar/holidays.js';
import type { Db } from '../platform/db/client.js';

export interface EditableDay {
  date: string;
  kind: CalendarDayKind;
  group: HolidayGroup;
  name: string;
  nameEn: string;
}

export interface EditableYear {
  year: number;
  /** The deciding document of the entered schedule; null when nothing was entered for the year. */
  source: string | null;
  /** Groups taken from the entered schedule; the others are computed by the statutory rule. */
  officialGroups: HolidayGroup[];
  days: EditableDay[];
  updatedAt: string | null;
}

export function createCalendarAdmin(deps: { db: Db; calendar: CalendarService }) {
  async function yearForEditing(year: number): Promise<EditableYear> {
    const [row] = await deps.db.select().from(calendarSchedules).where(eq(calendarSchedules.year, year));
    const schedule = row === undefined ? null : (row.schedule as unknown as OfficialSchedule);
    const computed = await deps.calendar.year(year);
    return {
      year,
      source: schedule?.source ?? null,
      officialGroups: schedule?.groups.map((g) => g.group) ?? [],
      days: computed.days.map((d) => ({ date: d.date, kind: d.kind, group: d.group, name: d.name, nameEn: d.nameEn })),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  return { yearForEditing };
}

export type CalendarAdmin = ReturnType<typeof createCalendarAdmin>;
