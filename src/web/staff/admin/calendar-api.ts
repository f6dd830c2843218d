/** A calendar year for editing (GET /api/v1/admin/calendar/{year}) and saving it (PUT, same path). */
import { type Decoder, fetchJson, ignoreBody } from '../../api.js';
import { HOLIDAY_GROUPS, type HolidayGroup } from '../../../domain/calendar/holidays.js';
import { arrayField, nullableString, numberField, oneOf, recordOf, stringField } from './decode.js';

export const DAY_KINDS = ['holiday', 'compensatory', 'swapped', 'makeup-workday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface EditableDay {
  date: string;
  kind: DayKind;
  group: HolidayGroup;
  name: string;
  nameEn: string;
}

export interface EditableYear {
  year: number;
  source: string | null;
  officialGroups: HolidayGroup[];
  days: EditableDay[];
  updatedAt: string | null;
}

const decodeDay = (value: unknown): EditableDay => {
  const day = recordOf(value, 'day');
  return {
    date: stringField(day, 'date'),
    kind: oneOf(DAY_KINDS, day['kind'], 'kind'),
    group: oneOf(HOLIDAY_GROUPS, day['group'], 'group'),
    name: stringField(day, 'name'),
    nameEn: stringField(day, 'nameEn'),
  };
};

const decodeYear: Decoder<EditableYear> = (value) => {
  const year = recordOf(value, 'year');
  return {
    year: numberField(year, 'year'),
    source: nullableString(year, 'source'),
    officialGroups: arrayField(year, 'officialGroups').map((g) => oneOf(HOLIDAY_GROUPS, g, 'group')),
    days: arrayField(year, 'days').map(decodeDay),
    updatedAt: nullableString(year, 'updatedAt'),
  };
};

export function fetchYear(year: number, signal: AbortSignal): Promise<EditableYear> {
  return fetchJson(`/api/v1/admin/calendar/${year}`, decodeYear, { signal });
}

/**
 * The groups to send: those already entered and those edited here, each with all its days as
 * they now stand. Groups neither entered nor edited stay computed by the statutory rule.
 */
export function scheduleBody(source: string, days: readonly EditableDay[], groups: ReadonlySet<HolidayGroup>) {
  return {
    source: source.trim(),
    groups: HOLIDAY_GROUPS.filter((g) => groups.has(g)).map((group) => ({
      group,
      daysOff: days.flatMap((d) => (d.group === group && d.kind !== 'makeup-workday' ? [{ date: d.date, kind: d.kind, name: d.name, nameEn: d.nameEn }] : [])),
      makeupWorkdays: days.filter((d) => d.group === group && d.kind === 'makeup-workday').map((d) => ({ date: d.date, name: d.name, nameEn: d.nameEn })),
    })),
  };
}

export function saveYear(year: number, body: ReturnType<typeof scheduleBody>): Promise<void> {
  return fetchJson(`/api/v1/admin/calendar/${year}`, ignoreBody, { method: 'PUT', body });
}
