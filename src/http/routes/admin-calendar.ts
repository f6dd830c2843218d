/**
 * A year of the working-time calendar as the administrator edits it (the holidays screen):
 * each day with its holiday group and exact kind, which groups follow an entered decision, and
 * that decision's source. Saving is PUT /api/v1/admin/calendar/{year} (calendar.ts).
 */
import { Type } from 'typebox';
import type { CalendarAdmin } from '../../catalog/calendar-admin.js';
import { HOLIDAY_GROUPS, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '../../domain/calendar/holidays.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Problem = Type.Ref('Problem');

export function adminCalendarRoutes(app: App, deps: { calendarAdmin: CalendarAdmin }): void {
  app.get(
    '/api/v1/admin/calendar/:year',
    {
      config: { access: { permission: 'calendar:manage' } },
      schema: {
        tags: ['calendar'],
        summary: "A year's days off and make-up working days with their holiday group and exact kind, for editing",
        params: Type.Object({ year: Type.Integer({ minimum: MIN_CALENDAR_YEAR, maximum: MAX_CALENDAR_YEAR }) }),
        response: {
          200: Type.Object({
            year: Type.Integer(),
            source: Type.Union([Type.String(), Type.Null()], { description: 'The deciding document of the entered schedule; null when none was entered' }),
            officialGroups: Type.Array(stringEnum(HOLIDAY_GROUPS), { description: 'Groups taken from the entered schedule; the others are computed' }),
            days: Type.Array(
              Type.Object({
                date: Type.String({ format: 'date' }),
                kind: stringEnum(['holiday', 'compensatory', 'swapped', 'makeup-workday'] as const),
                group: stringEnum(HOLIDAY_GROUPS),
                name: Type.String(),
                nameEn: Type.String(),
              }),
            ),
            updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
          }),
          400: Problem,
          401: Problem,
          403: Problem,
        },
      },
    },
    async (request) => deps.calendarAdmin.yearForEditing(request.params.year),
  );
}
