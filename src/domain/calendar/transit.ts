/**
 * Postal transit limits "J + n" (Circular 17/2017/TT-BTTTT Art. 7(2)): J is the date on the
 * postal slip, n a number of working days. The table predates the 2025 abolition of districts
 * and may be redefined, so it is data passed in, with the circular's values as the default.
 */
import type { PlainDate } from '../time/plain-date.js';
import type { WorkingCalendar } from './working-time.js';

export const TRANSIT_SCOPES = ['same-district', 'intra-province', 'inter-province-near', 'inter-province-far'] as const;
export type TransitScope = (typeof TRANSIT_SCOPES)[number];

export type TransitLimit = {
  readonly scope: TransitScope;
  readonly days: number;
  /** When an appointment slip must be brought back to the citizen, the trip counts until it is. */
  readonly daysWithAppointmentSlip: number;
};

/** One limit per scope, filed under its own scope, so a new scope does not compile until it has a limit. */
export type TransitLimits = { readonly [S in TransitScope]: TransitLimit & { readonly scope: S } };

export const DEFAULT_TRANSIT_LIMITS = {
  // Within one district (quận/huyện/thị xã/thành phố thuộc tỉnh).
  'same-district': { scope: 'same-district', days: 1, daysWithAppointmentSlip: 2 },
  // Between districts of the same province.
  'intra-province': { scope: 'intra-province', days: 2, daysWithAppointmentSlip: 4 },
  // Between provinces, where both ends are special-class or class-I cities ("đô thị loại đặc biệt, loại I").
  'inter-province-near': { scope: 'inter-province-near', days: 3, daysWithAppointmentSlip: 6 },
  // Between provinces, any other places.
  'inter-province-far': { scope: 'inter-province-far', days: 4, daysWithAppointmentSlip: 8 },
} as const satisfies TransitLimits;

/** The last date by which the post must have delivered an item taken in on day `jDate`. */
export function transitDeadline(
  calendar: Pick<WorkingCalendar, 'addWorkingDaysToDate'>,
  jDate: PlainDate,
  scope: TransitScope,
  withAppointmentSlip: boolean,
  limits: TransitLimits = DEFAULT_TRANSIT_LIMITS,
): PlainDate {
  const limit = limits[scope];
  return calendar.addWorkingDaysToDate(jDate, withAppointmentSlip ? limit.daysWithAppointmentSlip : limit.days);
}
