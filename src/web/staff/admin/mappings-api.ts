/**
 * Status mappings of other systems (/api/v1/admin/status-mappings/…): one system's table for
 * dossiers or items, replaced whole, and the reported codes refused for want of a mapping.
 * The statuses a code may map to, and their names, are the domain's own lists.
 */
import { type Decoder, fetchJson } from '../../api.js';
import { DOSSIER_STATUSES, DOSSIER_STATUS_INFO } from '../../../domain/dossier/lifecycle.js';
import { CUSTODY_STATES, CUSTODY_STATE_INFO } from '../../../domain/postal-item/custody.js';
import { itemsOf, nullableString, numberField, oneOf, recordOf, stringField } from './decode.js';

export const SUBJECTS = ['dossier', 'item'] as const;
export type Subject = (typeof SUBJECTS)[number];
export const DIRECTIONS = ['inbound', 'outbound', 'both'] as const;
export type MappingDirection = (typeof DIRECTIONS)[number];

export interface Mapping {
  externalCode: string;
  canonicalStatus: string;
  direction: MappingDirection;
  note: string | null;
}

export interface Unmapped {
  id: number;
  system: string;
  subject: Subject;
  externalCode: string;
  receivedAt: string;
}

/** The statuses a code of `subject` may stand for, named in the reader's language. */
export function canonicalChoices(subject: Subject, language: 'vi' | 'en'): Array<{ value: string; label: string }> {
  switch (subject) {
    case 'dossier':
      return DOSSIER_STATUSES.map((s) => ({ value: s, label: `${DOSSIER_STATUS_INFO[s][language]} (${s})` }));
    case 'item':
      return CUSTODY_STATES.map((s) => ({ value: s, label: `${CUSTODY_STATE_INFO[s][language]} (${s})` }));
    default: {
      const exhaustive: never = subject;
      return exhaustive;
    }
  }
}

const decodeMapping = (value: unknown): Mapping => {
  const r = recordOf(value, 'mapping');
  return { externalCode: stringField(r, 'externalCode'), canonicalStatus: stringField(r, 'canonicalStatus'), direction: oneOf(DIRECTIONS, r['direction'], 'direction'), note: nullableString(r, 'note') };
};

const decodeMappings: Decoder<Mapping[]> = itemsOf(decodeMapping);

const path = (system: string, subject: Subject): string => `/api/v1/admin/status-mappings/${encodeURIComponent(system)}/${subject}`;

export function fetchMappings(system: string, subject: Subject, signal: AbortSignal): Promise<Mapping[]> {
  return fetchJson(path(system, subject), decodeMappings, { signal });
}

export function saveMappings(system: string, subject: Subject, mappings: readonly Mapping[]): Promise<Mapping[]> {
  return fetchJson(path(system, subject), decodeMappings, {
    method: 'PUT',
    body: { mappings: mappings.map((m) => ({ externalCode: m.externalCode.trim(), canonicalStatus: m.canonicalStatus, direction: m.direction, note: m.note === null || m.note.trim() === '' ? null : m.note.trim() })) },
  });
}

export function fetchUnmapped(signal: AbortSignal): Promise<Unmapped[]> {
  return fetchJson(
    '/api/v1/admin/status-mappings/unmapped',
    itemsOf((value) => {
      const r = recordOf(value, 'unmapped');
      return { id: numberField(r, 'id'), system: stringField(r, 'system'), subject: oneOf(SUBJECTS, r['subject'], 'subject'), externalCode: stringField(r, 'externalCode'), receivedAt: stringField(r, 'receivedAt') };
    }),
    { signal },
  );
}
