/**
 * The tracking answer (GET /api/v1/tracking/{code}), checked field by field: this page is what
 * a citizen trusts about their dossier, so a shape we do not understand is an error, not a guess.
 */
import { DecodeError, nullableString, recordOf as record, stringField } from '../../api.js';

export type Leg = 'pickup' | 'send' | 'desk' | 'result' | 'delivery';
const LEGS: readonly Leg[] = ['pickup', 'send', 'desk', 'result', 'delivery'];

export interface Named {
  code: string;
  name: string;
}

export interface TimelineEntry {
  at: string;
  type: string;
  leg: Leg;
  vi: string;
  en: string;
  place: string | null;
  unit: Named | null;
}

export interface PersonalDetails {
  applicantName: string;
  phone: string;
  address: string | null;
  receivedBy: string | null;
}

export interface Tracking {
  code: string;
  kind: 'dossier' | 'item';
  dossierCode: string | null;
  itemNumbers: string[];
  procedure: Named | null;
  status: { code: string; vi: string; en: string };
  agency: Named | null;
  filedAt: string | null;
  dueAt: string | null;
  transitDueAt: string | null;
  timeline: TimelineEntry[];
  personalAvailable: boolean;
  personal: PersonalDetails | null;
}



function named(value: unknown, what: string): Named | null {
  if (value === null || value === undefined) return null;
  const r = record(value, what);
  return { code: stringField(r, 'code'), name: stringField(r, 'name') };
}

function leg(value: unknown): Leg {
  const found = LEGS.find((l) => l === value);
  if (found === undefined) throw new DecodeError(`unknown leg ${String(value)}`);
  return found;
}

function entry(value: unknown): TimelineEntry {
  const r = record(value, 'timeline entry');
  return {
    at: stringField(r, 'at'),
    type: stringField(r, 'type'),
    leg: leg(r['leg']),
    vi: stringField(r, 'vi'),
    en: stringField(r, 'en'),
    place: nullableString(r, 'place'),
    unit: named(r['unit'], 'unit'),
  };
}

function personal(value: unknown): PersonalDetails | null {
  if (value === null || value === undefined) return null;
  const r = record(value, 'personal');
  return { applicantName: stringField(r, 'applicantName'), phone: stringField(r, 'phone'), address: nullableString(r, 'address'), receivedBy: nullableString(r, 'receivedBy') };
}

export function decodeTracking(value: unknown): Tracking {
  const r = record(value, 'answer');
  const kind = r['kind'];
  if (kind !== 'dossier' && kind !== 'item') throw new DecodeError('"kind" is neither dossier nor item');
  const items = r['itemNumbers'];
  if (!Array.isArray(items) || !items.every((i): i is string => typeof i === 'string')) throw new DecodeError('"itemNumbers" is not a list of strings');
  const timeline = r['timeline'];
  if (!Array.isArray(timeline)) throw new DecodeError('"timeline" is not a list');
  const status = record(r['status'], 'status');
  const available = r['personalAvailable'];
  if (typeof available !== 'boolean') throw new DecodeError('"personalAvailable" is not a boolean');
  return {
    code: stringField(r, 'code'),
    kind,
    dossierCode: nullableString(r, 'dossierCode'),
    itemNumbers: items,
    procedure: named(r['procedure'], 'procedure'),
    status: { code: stringField(status, 'code'), vi: stringField(status, 'vi'), en: stringField(status, 'en') },
    agency: named(r['agency'], 'agency'),
    filedAt: nullableString(r, 'filedAt'),
    dueAt: nullableString(r, 'dueAt'),
    transitDueAt: nullableString(r, 'transitDueAt'),
    timeline: timeline.map(entry),
    personalAvailable: available,
    personal: personal(r['personal']),
  };
}
