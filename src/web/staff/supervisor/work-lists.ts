/**
 * Pure helpers of the supervisor's screens, kept apart from React so they are unit-tested:
 * grouping what may be handed over by desk, the day in Vietnam, idempotency keys, labels of
 * values the server may extend.
 */
import { CUSTODY_STATES, CUSTODY_STATE_INFO, type CustodyState } from '../../../domain/postal-item/custody.js';
import { formatDate, formatDateTime } from '../../format.js';
import type { Language } from '../../i18n/language.js';
import type { OrgRef } from './decode.js';
import type { HandoverItem } from './handover-api.js';

export interface DeskGroup {
  desk: OrgRef;
  items: HandoverItem[];
}

/** A handover record goes to one desk: the items ready, by the desk they are addressed to, desks in name order. */
export function groupByDesk(items: readonly HandoverItem[]): DeskGroup[] {
  const groups = new Map<string, DeskGroup>();
  for (const item of items) {
    const group = groups.get(item.desk.code) ?? { desk: item.desk, items: [] };
    group.items.push(item);
    groups.set(item.desk.code, group);
  }
  return [...groups.values()].sort((a, b) => a.desk.name.localeCompare(b.desk.name, 'vi'));
}

/** The fees collected on behalf of the agency for the items chosen, remitted with the record. */
export function feesOf(items: readonly HandoverItem[], chosen: ReadonlySet<string>): number {
  return items.reduce((sum, item) => (chosen.has(item.itemNumber) ? sum + item.fees : sum), 0);
}

/** Today's date in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD, whatever the device's zone. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A plain YYYY-MM-DD date that exists. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A key for one intended change (Idempotency-Key): a retry after a lost answer sends the same
 * key and gets the first answer instead of a second record. getRandomValues works on plain HTTP
 * too, where randomUUID is missing.
 */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `sv-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function isCustodyState(value: string): value is CustodyState {
  return (CUSTODY_STATES as readonly string[]).includes(value);
}

/** The custody state in words; a state this build does not know is shown as the server wrote it. */
export function custodyStateLabel(state: string, language: Language): string {
  return isCustodyState(state) ? CUSTODY_STATE_INFO[state][language] : state;
}

function isKeyOf<K extends string>(labels: Readonly<Record<K, string>>, value: string): value is K {
  return Object.prototype.hasOwnProperty.call(labels, value);
}

/** A label from a table of known values, or the value itself when the server sent a newer one. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: string): string {
  return isKeyOf(labels, value) ? labels[value] : value;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A pickup window: "08:00–10:00 30/11/2026" (in English "30/11/2026, 08:00–10:00") within one day, both ends in full otherwise. */
export function windowText(from: string, to: string, language: Language): string {
  const day = formatDate(from, language);
  if (day !== formatDate(to, language)) return `${formatDateTime(from, language)} – ${formatDateTime(to, language)}`;
  const hours = `${timeFormat.format(new Date(from))}–${timeFormat.format(new Date(to))}`;
  return language === 'vi' ? `${hours} ${day}` : `${day}, ${hours}`;
}
