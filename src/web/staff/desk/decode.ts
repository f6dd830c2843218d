/**
 * The desk's answers, checked field by field (the API's shapes are in src/http/routes/desk.ts,
 * desk-documents.ts and assisted-filings.ts). A dossier's legal dates drive what an officer does
 * next, so a shape we do not understand is an error, never a guess.
 */
import { DOSSIER_ACTIONS, DOSSIER_STATUSES, type DossierAction, type DossierStatus } from '../../../domain/dossier/lifecycle.js';
import { DecodeError, booleanField, nullableString, numberField, recordOf as record, stringField } from '../../api.js';

export type Channel = 'in-person' | 'online' | 'postal';
export type ResultMethod = 'in-person' | 'postal';
export type ServiceForm = 'send-dossier' | 'receive-result' | 'both';
export type OrganisationKind = 'province' | 'people_committee' | 'public_service_centre' | 'department' | 'processing_unit' | 'postal_operator' | 'post_office' | 'partner';
export type AssistedOutcome = 'submitted' | 'not-completed';

export interface DossierSummary {
  id: string;
  code: string;
  procedureCode: string;
  channel: Channel;
  resultMethod: ResultMethod;
  itemNumber: string | null;
  status: DossierStatus;
  filedAt: string;
  dueAt: string;
  forwardBy: string;
  dueMoved: boolean;
}

export interface DossierStep {
  seq: number;
  action: DossierAction;
  fromStatus: string;
  toStatus: string;
  at: string;
  byRole: string;
  note: string | null;
}

export interface DossierDetail extends DossierSummary {
  agency: { code: string; name: string };
  procedureName: string;
  applicant: { name: string; phone: string; email: string | null; address: string };
  availableActions: DossierAction[];
  steps: DossierStep[];
}

export interface InboxDossier {
  itemNumber: string;
  procedureCode: string;
  serviceForm: ServiceForm;
  fees: number;
  applicantName: string;
}

export interface HandoverRecord {
  manifestId: string;
  number: string;
  from: { code: string; name: string };
  feesTotal: number;
  sentAt: string;
  status: 'pending' | 'acknowledged';
  acknowledgedAt: string | null;
  dossiers: InboxDossier[];
}

export interface Acknowledged {
  manifest: HandoverRecord;
  registered: Array<{ id: string; code: string; itemNumber: string | null; dueAt: string }>;
}

export interface ResultHandover {
  number: string;
  dossiers: DossierSummary[];
}

export interface Organisation {
  id: string;
  code: string;
  kind: OrganisationKind;
  nameVi: string;
  nameEn: string;
  parentId: string | null;
  unitCode: string;
}

export interface AssistedFiling {
  id: string;
  procedureCode: string;
  procedureName: string | null;
  outcome: AssistedOutcome;
  onlineDossierCode: string | null;
  note: string | null;
  at: string;
  staffName: string;
  organisation: { code: string; name: string };
}

export interface ProcedureChoice {
  code: string;
  name: string;
}

export interface Unit {
  code: string;
  fullName: string;
  level: number;
}

// ── Primitives ─────────────────────────────────────────────────────────────────────────────


function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new DecodeError(`${what} is not a list`);
  return value;
}

function itemsOf(value: unknown): unknown[] {
  return list(record(value, 'answer')['items'], '"items"');
}




function oneOf<T extends string>(r: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const value = r[key];
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new DecodeError(`"${key}" is not one of ${allowed.join(', ')}`);
  return found;
}

function named(value: unknown, what: string): { code: string; name: string } {
  const r = record(value, what);
  return { code: stringField(r, 'code'), name: stringField(r, 'name') };
}

const CHANNELS = ['in-person', 'online', 'postal'] as const satisfies readonly Channel[];
const RESULT_METHODS = ['in-person', 'postal'] as const satisfies readonly ResultMethod[];
const SERVICE_FORMS = ['send-dossier', 'receive-result', 'both'] as const satisfies readonly ServiceForm[];
const ORGANISATION_KINDS = ['province', 'people_committee', 'public_service_centre', 'department', 'processing_unit', 'postal_operator', 'post_office', 'partner'] as const satisfies readonly OrganisationKind[];
const OUTCOMES = ['submitted', 'not-completed'] as const satisfies readonly AssistedOutcome[];

// ── Dossiers ───────────────────────────────────────────────────────────────────────────────

export function decodeDossierSummary(value: unknown): DossierSummary {
  const r = record(value, 'dossier');
  return {
    id: stringField(r, 'id'),
    code: stringField(r, 'code'),
    procedureCode: stringField(r, 'procedureCode'),
    channel: oneOf(r, 'channel', CHANNELS),
    resultMethod: oneOf(r, 'resultMethod', RESULT_METHODS),
    itemNumber: nullableString(r, 'itemNumber'),
    status: oneOf(r, 'status', DOSSIER_STATUSES),
    filedAt: stringField(r, 'filedAt'),
    dueAt: stringField(r, 'dueAt'),
    forwardBy: stringField(r, 'forwardBy'),
    dueMoved: booleanField(r, 'dueMoved'),
  };
}

export function decodeDossierList(value: unknown): DossierSummary[] {
  return itemsOf(value).map(decodeDossierSummary);
}

function decodeStep(value: unknown): DossierStep {
  const r = record(value, 'step');
  return {
    seq: numberField(r, 'seq'),
    action: oneOf(r, 'action', DOSSIER_ACTIONS),
    fromStatus: stringField(r, 'fromStatus'),
    toStatus: stringField(r, 'toStatus'),
    at: stringField(r, 'at'),
    byRole: stringField(r, 'byRole'),
    note: nullableString(r, 'note'),
  };
}

export function decodeDossierDetail(value: unknown): DossierDetail {
  const r = record(value, 'dossier');
  const applicant = record(r['applicant'], 'applicant');
  const actions = list(r['availableActions'], '"availableActions"').map((a) => oneOf({ action: a }, 'action', DOSSIER_ACTIONS));
  return {
    ...decodeDossierSummary(r),
    agency: named(r['agency'], 'agency'),
    procedureName: stringField(r, 'procedureName'),
    applicant: { name: stringField(applicant, 'name'), phone: stringField(applicant, 'phone'), email: nullableString(applicant, 'email'), address: stringField(applicant, 'address') },
    availableActions: actions,
    steps: list(r['steps'], '"steps"').map(decodeStep),
  };
}

// ── Handover records ───────────────────────────────────────────────────────────────────────

export function decodeHandoverRecord(value: unknown): HandoverRecord {
  const r = record(value, 'handover record');
  return {
    manifestId: stringField(r, 'manifestId'),
    number: stringField(r, 'number'),
    from: named(r['from'], 'from'),
    feesTotal: numberField(r, 'feesTotal'),
    sentAt: stringField(r, 'sentAt'),
    status: oneOf(r, 'status', ['pending', 'acknowledged'] as const),
    acknowledgedAt: nullableString(r, 'acknowledgedAt'),
    dossiers: list(r['dossiers'], '"dossiers"').map((item) => {
      const d = record(item, 'listed dossier');
      return {
        itemNumber: stringField(d, 'itemNumber'),
        procedureCode: stringField(d, 'procedureCode'),
        serviceForm: oneOf(d, 'serviceForm', SERVICE_FORMS),
        fees: numberField(d, 'fees'),
        applicantName: stringField(d, 'applicantName'),
      };
    }),
  };
}

export function decodeInbox(value: unknown): HandoverRecord[] {
  return itemsOf(value).map(decodeHandoverRecord);
}

export function decodeAcknowledged(value: unknown): Acknowledged {
  const r = record(value, 'answer');
  return {
    manifest: decodeHandoverRecord(r['manifest']),
    registered: list(r['registered'], '"registered"').map((item) => {
      const d = record(item, 'registered dossier');
      return { id: stringField(d, 'id'), code: stringField(d, 'code'), itemNumber: nullableString(d, 'itemNumber'), dueAt: stringField(d, 'dueAt') };
    }),
  };
}

export function decodeResultHandover(value: unknown): ResultHandover {
  const r = record(value, 'answer');
  return { number: stringField(r, 'number'), dossiers: list(r['dossiers'], '"dossiers"').map(decodeDossierSummary) };
}

// ── Reference data and the assisted filing log ─────────────────────────────────────────────

export function decodeOrganisations(value: unknown): Organisation[] {
  return itemsOf(value).map((item) => {
    const r = record(item, 'organisation');
    return {
      id: stringField(r, 'id'),
      code: stringField(r, 'code'),
      kind: oneOf(r, 'kind', ORGANISATION_KINDS),
      nameVi: stringField(r, 'nameVi'),
      nameEn: stringField(r, 'nameEn'),
      parentId: nullableString(r, 'parentId'),
      unitCode: stringField(r, 'unitCode'),
    };
  });
}

export function decodeAssistedFiling(value: unknown): AssistedFiling {
  const r = record(value, 'assisted filing');
  return {
    id: stringField(r, 'id'),
    procedureCode: stringField(r, 'procedureCode'),
    procedureName: nullableString(r, 'procedureName'),
    outcome: oneOf(r, 'outcome', OUTCOMES),
    onlineDossierCode: nullableString(r, 'onlineDossierCode'),
    note: nullableString(r, 'note'),
    at: stringField(r, 'at'),
    staffName: stringField(r, 'staffName'),
    organisation: named(r['organisation'], 'organisation'),
  };
}

export function decodeAssistedFilings(value: unknown): AssistedFiling[] {
  return itemsOf(value).map(decodeAssistedFiling);
}

export function decodeProcedureChoices(value: unknown): ProcedureChoice[] {
  return itemsOf(value).map((item) => {
    const r = record(item, 'procedure');
    return { code: stringField(r, 'code'), name: stringField(r, 'name') };
  });
}

/** The documents a procedure asks for, as names: what the desk lists on form 01. Notes and papers only shown are left out. */
export function decodeProcedureDocuments(value: unknown): string[] {
  const r = record(value, 'procedure');
  return list(r['documents'], '"documents"').flatMap((group) => {
    const g = record(group, 'document group');
    if (booleanField(g, 'note') || booleanField(g, 'toShow')) return [];
    return list(g['items'], '"items"').map((item) => stringField(record(item, 'document'), 'document'));
  });
}

export function decodeUnits(value: unknown): Unit[] {
  return itemsOf(value).map((item) => {
    const r = record(item, 'unit');
    return { code: stringField(r, 'code'), fullName: stringField(r, 'fullName'), level: numberField(r, 'level') };
  });
}
