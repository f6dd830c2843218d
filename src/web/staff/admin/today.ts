/** Today's date in Vietnam (YYYY-MM-DD), whatever the device's time zone: the rules count Vietnam's days. */
import { type PlainDate, addDays, vietnamDateOf } from '../../../domain/time/plain-date.js';

export function vietnamToday(): PlainDate {
  return vietnamDateOf(new Date());
}

export function vietnamTomorrow(): PlainDate {
  return addDays(vietnamToday(), 1);
}
