/**
 * The pickup windows offered to a citizen: a morning and an afternoon slot on each of the next
 * days the post collects (Monday to Saturday), in Vietnam time whatever the phone's time zone.
 * A slot that has started is not offered. Pure, so it is tested without a browser.
 */

export interface PickupSlot {
  /** Stable key, e.g. "2026-11-30-morning". */
  key: string;
  /** The day, YYYY-MM-DD (Vietnam). */
  day: string;
  part: 'morning' | 'afternoon';
  from: string;
  to: string;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const PARTS = [
  { part: 'morning', from: '08:00', to: '11:30' },
  { part: 'afternoon', from: '13:30', to: '17:00' },
] as const;

/** The instant of a Vietnam wall-clock time, as ISO with the +07:00 offset the API keeps. */
function vietnamInstant(day: string, time: string): string {
  return `${day}T${time}:00+07:00`;
}

/** Slots on the next `days` collection days, starting today (Vietnam). */
export function pickupSlots(now: Date, days = 6): PickupSlot[] {
  const slots: PickupSlot[] = [];
  const vietnamNow = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  let cursor = Date.UTC(vietnamNow.getUTCFullYear(), vietnamNow.getUTCMonth(), vietnamNow.getUTCDate());
  let collected = 0;
  while (collected < days) {
    const date = new Date(cursor);
    cursor += 86_400_000;
    // Sunday: post offices collect no dossiers.
    if (date.getUTCDay() === 0) continue;
    collected += 1;
    const day = date.toISOString().slice(0, 10);
    for (const { part, from, to } of PARTS) {
      const start = vietnamInstant(day, from);
      if (new Date(start).getTime() <= now.getTime()) continue;
      slots.push({ key: `${day}-${part}`, day, part, from: start, to: vietnamInstant(day, to) });
    }
  }
  return slots;
}
