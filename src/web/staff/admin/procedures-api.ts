/**
 * The procedures catalogue from the administrator's side: the public search and detail (their
 * decoders are the public pages' own), the postal decision (R4) and file uploads (R5).
 */
import { type Decoder, fetchJson } from '../../api.js';
import { type ProcedureDetail, type ProcedureSearchResult, decodeProcedure, decodeSearchResult } from '../../pages/procedures/procedures-api.js';
import { nullableString, oneOf, recordOf, stringField, booleanField } from './decode.js';

export type { ProcedureDetail, ProcedureFile, ProcedureSummary } from '../../pages/procedures/procedures-api.js';

export const PAGE_SIZE = 20;

export interface ProcedureQuery {
  q: string;
  /** null: both. */
  byPost: boolean | null;
}

export function searchProcedures(query: ProcedureQuery, limit: number, signal: AbortSignal): Promise<ProcedureSearchResult> {
  const params = new URLSearchParams({ limit: String(limit) });
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  if (query.byPost !== null) params.set('byPost', String(query.byPost));
  return fetchJson(`/api/v1/procedures?${params.toString()}`, decodeSearchResult, { signal });
}

export function fetchProcedure(code: string, signal: AbortSignal): Promise<ProcedureDetail> {
  return fetchJson(`/api/v1/procedures/${encodeURIComponent(code)}`, decodeProcedure, { signal });
}

export interface PostalState {
  offered: boolean;
  basis: 'national-catalogue' | 'provincial-decision' | null;
  decision: string | null;
  since: string | null;
}

const decodePostal: Decoder<PostalState> = (value) => {
  const postal = recordOf(recordOf(value, 'answer')['postal'], 'postal');
  const basis = postal['basis'];
  return {
    offered: booleanField(postal, 'offered'),
    basis: basis === null ? null : oneOf(['national-catalogue', 'provincial-decision'] as const, basis, 'basis'),
    decision: nullableString(postal, 'decision'),
    since: nullableString(postal, 'since'),
  };
};

export function savePostal(code: string, body: { offered: boolean; decision: string | null; since: string | null }): Promise<PostalState> {
  return fetchJson(`/api/v1/admin/procedures/${encodeURIComponent(code)}/postal`, decodePostal, { method: 'PUT', body });
}

export const FILE_KINDS = ['sample-set', 'form'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface UploadBody {
  kind: FileKind;
  titleVi: string;
  titleEn: string;
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

const decodeUploaded: Decoder<{ id: string; title: string }> = (value) => {
  const file = recordOf(recordOf(value, 'answer')['file'], 'file');
  return { id: stringField(file, 'id'), title: stringField(file, 'title') };
};

export function uploadFile(code: string, body: UploadBody): Promise<{ id: string; title: string }> {
  return fetchJson(`/api/v1/admin/procedures/${encodeURIComponent(code)}/files`, decodeUploaded, { method: 'POST', body });
}
