/**
 * What the postal workspaces read from the API, each answer checked by a decoder. Writes go
 * through the outbox (outbox-store.ts), never from here. Reference answers (checklists,
 * procedures, quotes, units) are kept in this tab's memory once read, so a screen opened
 * before the signal dropped keeps working without it.
 */
import { DecodeError, type Decoder, fetchJson, isRecord, stringField } from '../../api.js';
import { ROUND_STATES, type RoundState } from './round-order.js';

type R = Record<string, unknown>;

function record(value: unknown, what: string): R {
  if (!isRecord(value)) throw new DecodeError(`${what} is not an object`);
  return value;
}

function list(r: R, key: string): unknown[] {
  const value = r[key];
  if (!Array.isArray(value)) throw new DecodeError(`"${key}" is not a list`);
  return value;
}

function num(r: R, key: string): number {
  const value = r[key];
  if (typeof value !== 'number') throw new DecodeError(`"${key}" is not a number`);
  return value;
}

function bool(r: R, key: string): boolean {
  const value = r[key];
  if (typeof value !== 'boolean') throw new DecodeError(`"${key}" is not a boolean`);
  return value;
}

function strOrNull(r: R, key: string): string | null {
  const value = r[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is not a string`);
  return value;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, what: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new DecodeError(`unknown ${what} ${String(value)}`);
  return found;
}

export interface Named {
  code: string;
  name: string;
}

function named(value: unknown, what: string): Named {
  const r = record(value, what);
  return { code: stringField(r, 'code'), name: stringField(r, 'name') };
}

export const SERVICE_FORMS = ['send-dossier', 'receive-result', 'both'] as const;
export type ServiceForm = (typeof SERVICE_FORMS)[number];

// ── The round ────────────────────────────────────────────────────────────────────────────────

export interface RoundPickup {
  id: string;
  reference: string;
  status: 'requested' | 'assigned';
  procedure: Named;
  serviceForm: ServiceForm;
  window: { from: string; to: string };
  unit: Named;
  address: string;
  applicant: { name: string; phone: string; email: string | null };
}

export interface RoundDelivery {
  itemNumber: string;
  dossierCode: string | null;
  procedure: Named;
  state: RoundState;
  heldBy: 'me' | 'office';
  failedAttempts: number;
  nextAttemptOn: string | null;
  unit: Named;
  address: string;
  applicant: { name: string; phone: string };
  idNumberLast4: string | null;
}

export interface Round {
  date: string;
  pickups: RoundPickup[];
  deliveries: RoundDelivery[];
}

export const decodeRound: Decoder<Round> = (value) => {
  const r = record(value, 'round');
  return {
    date: stringField(r, 'date'),
    pickups: list(r, 'pickups').map((item) => {
      const p = record(item, 'pickup');
      const window = record(p['window'], 'window');
      const applicant = record(p['applicant'], 'applicant');
      return {
        id: stringField(p, 'id'),
        reference: stringField(p, 'reference'),
        status: oneOf(['requested', 'assigned'] as const, p['status'], 'pickup status'),
        procedure: named(p['procedure'], 'procedure'),
        serviceForm: oneOf(SERVICE_FORMS, p['serviceForm'], 'service form'),
        window: { from: stringField(window, 'from'), to: stringField(window, 'to') },
        unit: named(p['unit'], 'unit'),
        address: stringField(p, 'address'),
        applicant: { name: stringField(applicant, 'name'), phone: stringField(applicant, 'phone'), email: strOrNull(applicant, 'email') },
      };
    }),
    deliveries: list(r, 'deliveries').map((item) => {
      const d = record(item, 'delivery');
      const applicant = record(d['applicant'], 'applicant');
      return {
        itemNumber: stringField(d, 'itemNumber'),
        dossierCode: strOrNull(d, 'dossierCode'),
        procedure: named(d['procedure'], 'procedure'),
        state: oneOf(ROUND_STATES, d['state'], 'item state'),
        heldBy: oneOf(['me', 'office'] as const, d['heldBy'], 'holder'),
        failedAttempts: num(d, 'failedAttempts'),
        nextAttemptOn: strOrNull(d, 'nextAttemptOn'),
        unit: named(d['unit'], 'unit'),
        address: stringField(d, 'address'),
        applicant: { name: stringField(applicant, 'name'), phone: stringField(applicant, 'phone') },
        idNumberLast4: strOrNull(d, 'idNumberLast4'),
      };
    }),
  };
};

/** The last round read in this tab, for screens opened while the signal is gone. */
let lastRound: Round | null = null;

export function rememberedRound(): Round | null {
  return lastRound;
}

export async function fetchRound(signal?: AbortSignal): Promise<Round> {
  const round = await fetchJson('/api/v1/postal/round', decodeRound, { signal });
  lastRound = round;
  return round;
}

// ── Reference data: checklists, procedures, quotes, units ────────────────────────────────────

export interface ChecklistItem {
  id: string;
  group: string | null;
  document: string;
  originals: number;
  copies: number;
  required: boolean;
}

export interface Checklist {
  procedureCode: string;
  procedureName: string;
  postalServiceOffered: boolean;
  items: ChecklistItem[];
}

export const decodeChecklist: Decoder<Checklist> = (value) => {
  const r = record(value, 'checklist');
  return {
    procedureCode: stringField(r, 'procedureCode'),
    procedureName: stringField(r, 'procedureName'),
    postalServiceOffered: bool(r, 'postalServiceOffered'),
    items: list(r, 'items').map((item) => {
      const i = record(item, 'checklist item');
      return { id: stringField(i, 'id'), group: strOrNull(i, 'group'), document: stringField(i, 'document'), originals: num(i, 'originals'), copies: num(i, 'copies'), required: bool(i, 'required') };
    }),
  };
};

export interface ProcedureFacts {
  code: string;
  name: string;
  levels: string[];
  byPost: boolean;
}

const decodeProcedure: Decoder<ProcedureFacts> = (value) => {
  const r = record(value, 'procedure');
  const levels = list(r, 'levels').filter((l): l is string => typeof l === 'string');
  return { code: stringField(r, 'code'), name: stringField(r, 'name'), levels, byPost: bool(record(r['postal'], 'postal'), 'offered') };
};

export interface ProcedureChoice {
  code: string;
  name: string;
}

export interface QuoteLine {
  code: string;
  labelVi: string;
  labelEn: string;
  amount: number;
}

export interface Quote {
  lines: QuoteLine[];
  total: number;
  isSample: boolean;
}

function decodeLine(value: unknown): QuoteLine {
  const l = record(value, 'line');
  return { code: stringField(l, 'code'), labelVi: stringField(l, 'labelVi'), labelEn: stringField(l, 'labelEn'), amount: num(l, 'amount') };
}

const decodeQuote: Decoder<Quote> = (value) => {
  const r = record(value, 'quote');
  return { lines: list(r, 'lines').map(decodeLine), total: num(r, 'total'), isSample: bool(r, 'isSample') };
};

export interface Unit {
  code: string;
  fullName: string;
  level: number;
}

const decodeUnits: Decoder<Unit[]> = (value) =>
  list(record(value, 'units'), 'items').map((item) => {
    const u = record(item, 'unit');
    return { code: stringField(u, 'code'), fullName: stringField(u, 'fullName'), level: num(u, 'level') };
  });

/** A reader that asks once per path and tab; a failed read is forgotten so the next try asks again. */
function cachedReader<T>(decode: Decoder<T>): (path: string) => Promise<T> {
  const reads = new Map<string, Promise<T>>();
  return (path) => {
    const hit = reads.get(path);
    if (hit !== undefined) return hit;
    const read = fetchJson(path, decode);
    reads.set(path, read);
    read.catch(() => reads.delete(path));
    return read;
  };
}

const readChecklist = cachedReader(decodeChecklist);
const readProcedure = cachedReader(decodeProcedure);
const readUnits = cachedReader(decodeUnits);
const readQuote = cachedReader(decodeQuote);

export const fetchChecklist = (procedureCode: string) => readChecklist(`/api/v1/postal/checklists/${encodeURIComponent(procedureCode)}`);
export const fetchProcedure = (code: string) => readProcedure(`/api/v1/procedures/${encodeURIComponent(code)}`);
export const fetchUnits = () => readUnits('/api/v1/units');

export function fetchQuote(query: { direction: 'pickup' | 'delivery' | 'both'; zone: 'intra-district' | 'intra-province'; weightGrams: number; collectFees: boolean }): Promise<Quote> {
  const params = new URLSearchParams({ direction: query.direction, zone: query.zone, weightGrams: String(query.weightGrams), collectFees: String(query.collectFees) });
  return readQuote(`/api/v1/tariffs/quote?${params.toString()}`);
}

export function searchProcedures(q: string, signal: AbortSignal): Promise<ProcedureChoice[]> {
  const params = new URLSearchParams({ q, byPost: 'true', limit: '8' });
  return fetchJson(
    `/api/v1/procedures?${params.toString()}`,
    (value) =>
      list(record(value, 'answer'), 'items').map((item) => {
        const r = record(item, 'procedure');
        return { code: stringField(r, 'code'), name: stringField(r, 'name') };
      }),
    { signal },
  );
}

// ── Answers of writes (sent through the outbox) ──────────────────────────────────────────────

export interface TakenIn {
  itemNumber: string;
  slipNumber: string;
  state: string;
  agency: Named;
  postOffice: Named;
  postage: number;
  quoteLines: QuoteLine[];
  feesCollected: number;
  total: number;
  transitDueOn: string;
  trackingUrl: string;
  payment: { amount: number; vietQr: string } | null;
}

export const decodeTakenIn: Decoder<TakenIn> = (value) => {
  const r = record(value, 'intake answer');
  if (r['outcome'] !== 'taken-in') throw new DecodeError('not taken in');
  const payment = r['payment'] === null || r['payment'] === undefined ? null : record(r['payment'], 'payment');
  return {
    itemNumber: stringField(r, 'itemNumber'),
    slipNumber: stringField(r, 'slipNumber'),
    state: stringField(r, 'state'),
    agency: named(r['agency'], 'agency'),
    postOffice: named(r['postOffice'], 'post office'),
    postage: num(r, 'postage'),
    quoteLines: list(r, 'quoteLines').map(decodeLine),
    feesCollected: num(r, 'feesCollected'),
    total: num(r, 'total'),
    transitDueOn: stringField(r, 'transitDueOn'),
    trackingUrl: stringField(r, 'trackingUrl'),
    payment: payment === null ? null : { amount: num(payment, 'amount'), vietQr: stringField(payment, 'vietQr') },
  };
};

/** Intake answers of this tab, so the slip screen can show the price and the VietQR code after a navigation. */
const takenIn = new Map<string, TakenIn>();

export function rememberTakenIn(answer: TakenIn): void {
  takenIn.set(answer.itemNumber, answer);
}

export function rememberedTakenIn(itemNumber: string): TakenIn | null {
  return takenIn.get(itemNumber) ?? null;
}

export const slipPath = (itemNumber: string) => `/api/v1/postal/items/${encodeURIComponent(itemNumber)}/slip.pdf`;
