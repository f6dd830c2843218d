/** The desk workspace's calls, each with the decoder of its answer. Writes carry the CSRF token (api.ts). */
import type { DossierStatus } from '../../../domain/dossier/lifecycle.js';
import { fetchJson, ignoreBody } from '../../api.js';
import {
  type Acknowledged,
  type AssistedFiling,
  type AssistedOutcome,
  type DossierDetail,
  type DossierSummary,
  type HandoverRecord,
  type Organisation,
  type ProcedureChoice,
  type ResultHandover,
  type ResultMethod,
  type Unit,
  decodeAcknowledged,
  decodeAssistedFilings,
  decodeDossierDetail,
  decodeDossierList,
  decodeDossierSummary,
  decodeInbox,
  decodeOrganisations,
  decodeProcedureChoices,
  decodeProcedureDocuments,
  decodeResultHandover,
  decodeUnits,
} from './decode.js';
import type { AcknowledgeBody } from './tally.js';

const DESK = '/api/v1/desk';
const enc = encodeURIComponent;

export function pendingHandovers(signal: AbortSignal): Promise<HandoverRecord[]> {
  return fetchJson(`${DESK}/inbox?status=pending`, decodeInbox, { signal });
}

/** The inbox has no single-record route: the record is found among the desk's own (pending first). */
export async function handoverRecord(manifestId: string, signal: AbortSignal): Promise<HandoverRecord | null> {
  const all = await fetchJson(`${DESK}/inbox`, decodeInbox, { signal });
  return all.find((r) => r.manifestId === manifestId) ?? null;
}

export function acknowledgeHandover(manifestId: string, body: AcknowledgeBody): Promise<Acknowledged> {
  return fetchJson(`${DESK}/inbox/${enc(manifestId)}/acknowledge`, decodeAcknowledged, { method: 'POST', body });
}

export function dossiers(status: DossierStatus | null, signal: AbortSignal): Promise<DossierSummary[]> {
  const query = status === null ? '' : `?status=${enc(status)}`;
  return fetchJson(`${DESK}/dossiers${query}`, decodeDossierList, { signal });
}

export function dossier(id: string, signal?: AbortSignal): Promise<DossierDetail> {
  return fetchJson(`${DESK}/dossiers/${enc(id)}`, decodeDossierDetail, { signal });
}

/** One processing step (the path part after the dossier: forward, refusal, result…). */
export function takeStep(id: string, step: string, body: object): Promise<DossierSummary> {
  return fetchJson(`${DESK}/dossiers/${enc(id)}/${step}`, decodeDossierSummary, { method: 'POST', body });
}

export function handResultsToPost(dossierIds: string[]): Promise<ResultHandover> {
  return fetchJson(`${DESK}/result-handovers`, decodeResultHandover, { method: 'POST', body: { dossierIds } });
}

export interface RegistrationBody {
  procedureCode: string;
  channel: 'in-person' | 'online';
  resultMethod: ResultMethod;
  applicant: { name: string; phone: string; email?: string; idNumber?: string; address: string; unitCode?: string };
  documents: Array<{ name: string; kind: 'original' | 'copy' | 'certified-copy'; quantity: number }>;
  processingTime?: { workingDays: number };
}

export function registerDossier(body: RegistrationBody): Promise<DossierSummary> {
  return fetchJson(`${DESK}/dossiers`, decodeDossierSummary, { method: 'POST', body });
}

export function organisations(signal: AbortSignal): Promise<Organisation[]> {
  return fetchJson('/api/v1/organisations', decodeOrganisations, { signal });
}

export function searchProcedures(q: string, signal: AbortSignal): Promise<ProcedureChoice[]> {
  const query = new URLSearchParams({ q, limit: '8' });
  return fetchJson(`/api/v1/procedures?${query.toString()}`, decodeProcedureChoices, { signal });
}

export function procedureDocuments(code: string, signal?: AbortSignal): Promise<string[]> {
  return fetchJson(`/api/v1/procedures/${enc(code)}`, decodeProcedureDocuments, { signal });
}

export function unitsInForce(signal: AbortSignal): Promise<Unit[]> {
  return fetchJson('/api/v1/units', decodeUnits, { signal });
}

export function assistedFilings(period: { from: string; to: string }, signal: AbortSignal): Promise<AssistedFiling[]> {
  const query = new URLSearchParams(period);
  return fetchJson(`/api/v1/assisted-filings?${query.toString()}`, decodeAssistedFilings, { signal });
}

export interface AssistedFilingBody {
  procedureCode: string;
  outcome: AssistedOutcome;
  onlineDossierCode?: string;
  note?: string;
}

/** The POST answers a shorter shape; the log is read again after a write. */
export function recordAssistedFiling(body: AssistedFilingBody): Promise<void> {
  return fetchJson('/api/v1/assisted-filings', ignoreBody, { method: 'POST', body });
}

/** Where the browser opens a form or the tracking book: plain links, the session cookie goes along. */
export const formUrl = (id: string, form: string): string => `${DESK}/dossiers/${enc(id)}/forms/${enc(form)}`;
export const trackingBookUrl = (kind: 'pdf' | 'csv', period: { from: string; to: string }): string => `${DESK}/tracking-book.${kind}?${new URLSearchParams(period).toString()}`;

