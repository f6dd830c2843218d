/** The working-time calendar: days off and make-up days of a year, and due dates. */
import { Type } from 'typebox';
import type { CalendarService } from '../../catalog/calendar-service.js';
import { HOLIDAY_GROUPS, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, type OfficialSchedule } from '../../domain/calendar/holidays.js';
import type { CalendarDayKind } from '../../domain/calendar/holidays.js';
import { formatVietnamInstant, parsePlainDate } from '../../domain/time/plain-date.js';
import { AppError } from '../../platform/errors.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const PUBLIC_KINDS = ['holiday', 'compensatory', 'makeup-workday'] as const;
type PublicKind = (typeof PUBLIC_KINDS)[number];

/**
 * The published contract has three kinds. A weekday given off in exchange for a make-up
 * Saturday is, for a partner counting working days, a compensated day off: its name says
 * which Saturday is worked for it.
 */
function publicKind(kind: CalendarDayKind): PublicKind {
  switch (kind) {
    case 'holiday':
      return 'holiday';
    case 'compensatory':
    case 'swapped':
      return 'compensatory';
    case 'makeup-workday':
      return 'makeup-workday';
    default: {
      const exhaustive: never = kind;
      return exhaustive;
    }
  }
}

const YearParam = Type.Integer({ minimum: MIN_CALENDAR_YEAR, maximum: MAX_CALENDAR_YEAR, description: `${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}` });
const Day = Type.Object({
  date: Type.String({ format: 'date' }),
  kind: stringEnum(PUBLIC_KINDS),
  name: Type.String({ description: 'Vietnamese name' }),
  nameEn: Type.String(),
});
const DayOff = Type.Object(
  { date: Type.String({ format: 'date' }), kind: stringEnum(['holiday', 'compensatory', 'swapped'] as const), name: Type.String({ minLength: 1 }), nameEn: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);
const Workday = Type.Object({ date: Type.String({ format: 'date' }), name: Type.String({ minLength: 1 }), nameEn: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const errors = { 400: Type.Ref('Problem') };

/** `2026-02-13T09:00:00+07:00`: an instant with an explicit offset, as the contract requires. */
const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$';

export function calendarRoutes(app: App, deps: { calendar: CalendarService }): void {
  app.get(
    '/api/v1/calendar/holidays',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'Every weekday not worked and every weekend day worked in a year',
        querystring: Type.Object({ year: YearParam }, { additionalProperties: false }),
        response: { 200: Type.Object({ year: Type.Integer(), days: Type.Array(Day) }), ...errors },
      },
    },
    async (request) => {
      const year = await deps.calendar.year(request.query.year);
      return { year: year.year, days: year.days.map((d) => ({ date: d.date, kind: publicKind(d.kind), name: d.name, nameEn: d.nameEn })) };
    },
  );

  app.get(
    '/api/v1/calendar/due-date',
    {
      config: { access: 'public' },
      schema: {
        tags: ['calendar'],
        summary: 'Due date from a receipt instant and a processing time in working days or working hours (8 hours = 1 day)',
        querystring: Type.Object(
          {
            receivedAt: Type.String({ pattern: INSTANT_PATTERN, description: 'ISO 8601 instant with offset, e.g. 2026-02-13T09:00:00+07:00' }),
            workingDays: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
            workingHours: Type.Optional(Type.Number({ minimum: 0, maximum: 8000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ dueAt: Type.String({ description: 'ISO 8601 in Vietnam time (+07:00)' }) }), ...errors },
      },
    },
    async (request) => {
      const { receivedAt, workingDays, workingHours } = request.query;
      if ((workingDays === undefined) === (workingHours === undefined)) {
        throw new AppError('VALIDATION_FAILED', {
          detail: { vi: 'Cần đúng một trong hai tham số workingDays hoặc workingHours', en: 'Give exactly one of workingDays or workingHours' },
          fields: [{ in: 'query', name: workingDays === undefined ? 'workingDays' : 'workingHours', vi: 'cần đúng một trong workingDays, workingHours', en: 'exactly one of workingDays, workingHours' }],
        });
      }
      const instant = new Date(receivedAt);
      const year = Number(receivedAt.slice(0, 4));
      if (Number.isNaN(instant.getTime()) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
        throw new AppError('VALIDATION_FAILED', {
          detail: { vi: `receivedAt không phải thời điểm hợp lệ trong ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}`, en: `receivedAt is not a valid instant in ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}` },
          fields: [{ in: 'query', name: 'receivedAt', vi: 'thời điểm không hợp lệ', en: 'not a valid instant' }],
        });
      }
      const due = await deps.calendar.dueDate(instant, workingDays !== undefined ? { workingDays } : { workingHours: workingHours ?? 0 });
      if (due.getUTCFullYear() > MAX_CALENDAR_YEAR) {
        throw new AppError('VALIDATION_FAILED', { detail: { vi: 'Hạn xử lý vượt quá năm 2100', en: 'The due date falls after 2100' }, fields: [{ in: 'query', name: 'workingDays', vi: 'quá lớn', en: 'too large' }] });
      }
      return { dueAt: formatVietnamInstant(due) };
    },
  );

  app.put(
    '/api/v1/admin/calendar/:year',
    {
      config: { access: { permission: 'calendar:manage' } },
      schema: {
        tags: ['calendar'],
        summary: "Enter or replace a year's official schedule of days off and make-up working days; groups not listed stay computed",
        params: Type.Object({ year: YearParam }),
        body: Type.Object(
          {
            source: Type.String({ minLength: 1, maxLength: 500, description: 'The deciding document, e.g. Thông báo số …/TB-VPCP' }),
            groups: Type.Array(
              Type.Object({ group: stringEnum(HOLIDAY_GROUPS), daysOff: Type.Array(DayOff), makeupWorkdays: Type.Array(Workday) }, { additionalProperties: false }),
              { maxItems: HOLIDAY_GROUPS.length },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ year: Type.Integer(), days: Type.Array(Day) }), 401: Type.Ref('Problem'), 403: Type.Ref('Problem'), ...errors },
      },
    },
    async (request) => {
      const { year } = request.params;
      const schedule: OfficialSchedule = {
        year,
        source: request.body.source,
        groups: request.body.groups.map((g) => ({
          group: g.group,
          daysOff: g.daysOff.map((d) => ({ ...d, date: parsePlainDate(d.date) })),
          makeupWorkdays: g.makeupWorkdays.map((d) => ({ ...d, date: parsePlainDate(d.date) })),
        })),
      };
      const computed = await deps.calendar.putSchedule(accountOf(request), schedule, requestContext(request));
      return { year: computed.year, days: computed.days.map((d) => ({ date: d.date, kind: publicKind(d.kind), name: d.name, nameEn: d.nameEn })) };
    },
  );
}
