/** The audit log, newest first, page by page backwards (GET /api/v1/admin/audit?beforeId=…). */
import { fetchJson } from '../../api.js';
import { booleanField, itemsOf, nullableString, numberField, recordOf, stringField } from './decode.js';

export interface AuditEntry {
  id: number;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: string;
  personalData: boolean;
}

export const AUDIT_PAGE_SIZE = 50;

const decodeEntry = (value: unknown): AuditEntry => {
  const r = recordOf(value, 'audit entry');
  return {
    id: numberField(r, 'id'),
    at: stringField(r, 'at'),
    actorType: stringField(r, 'actorType'),
    actorId: nullableString(r, 'actorId'),
    action: stringField(r, 'action'),
    subjectType: nullableString(r, 'subjectType'),
    subjectId: nullableString(r, 'subjectId'),
    outcome: stringField(r, 'outcome'),
    personalData: booleanField(r, 'personalData'),
  };
};

export function fetchAudit(beforeId: number | null, signal?: AbortSignal): Promise<AuditEntry[]> {
  const params = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (beforeId !== null) params.set('beforeId', String(beforeId));
  return fetchJson(`/api/v1/admin/audit?${params.toString()}`, itemsOf(decodeEntry), { signal });
}
