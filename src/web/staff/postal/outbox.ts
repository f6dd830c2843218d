/**
 * The device's outbox of postal writes (intake, delivery, failed attempt, scan): every write is
 * put here first, with its Idempotency-Key made the moment the postman acts, and sent from
 * here. A write that cannot reach the server waits; one the server refuses stays, with the
 * server's reasons, until the postman corrects or discards it; nothing leaves the outbox
 * silently. Because the key travels with the write, a write whose answer was lost is sent again
 * and the server answers the first response: it arrives once. Pure functions over a plain
 * state; outbox-store.ts keeps it in localStorage and sends it.
 */
import { DecodeError, isRecord } from '../../api.js';

export const OUTBOX_KINDS = ['intake', 'delivery', 'attempt', 'scan'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface FieldReason {
  name: string;
  message: string;
}

/** The server's refusal as kept with the entry (problem details and the extensions we use). */
export interface StoredProblem {
  status: number;
  code: string;
  title: string;
  detail: string | null;
  errors: FieldReason[];
  /** INTAKE_INCOMPLETE: what the citizen must add. */
  missing: { id: string; document: string }[];
  /** INTAKE_INCOMPLETE: where the guidance slip is printed. */
  guidanceSlip: string | null;
}

/** What the postman recognises an entry by, on the outbox list. */
export interface EntrySummary {
  itemNumber: string | null;
  name: string | null;
  pickupId: string | null;
}

export interface OutboxEntry {
  id: string;
  /** Idempotency-Key: made when the action was taken, kept through every retry. */
  key: string;
  kind: OutboxKind;
  /** The item the write is about (delivery, attempt, scan); null for an intake. */
  itemNumber: string | null;
  body: Record<string, unknown>;
  summary: EntrySummary;
  createdAt: string;
  status: 'waiting' | 'refused';
  problem: StoredProblem | null;
  /** How many times a send was tried. */
  tries: number;
}

export interface SentEntry {
  id: string;
  kind: OutboxKind;
  itemNumber: string | null;
  name: string | null;
  at: string;
}

export interface OutboxState {
  entries: OutboxEntry[];
  /** The last writes sent, newest first, for "sent: open the slip". */
  sent: SentEntry[];
  /** Stored entries this version cannot read: kept as they are (never silently dropped) until discarded. */
  unreadable: unknown[];
}

export const EMPTY_OUTBOX: OutboxState = { entries: [], sent: [], unreadable: [] };
const SENT_KEPT = 10;

/** The API path of an entry: the only place that knows where each kind goes. */
export function pathOf(entry: Pick<OutboxEntry, 'kind' | 'itemNumber'>): string {
  const item = encodeURIComponent(entry.itemNumber ?? '');
  switch (entry.kind) {
    case 'intake':
      return '/api/v1/postal/intakes';
    case 'delivery':
      return `/api/v1/postal/items/${item}/delivery`;
    case 'attempt':
      return `/api/v1/postal/items/${item}/delivery-attempts`;
    case 'scan':
      return `/api/v1/postal/items/${item}/scans`;
    default: {
      const exhaustive: never = entry.kind;
      return exhaustive;
    }
  }
}

export function enqueue(state: OutboxState, entry: OutboxEntry): OutboxState {
  return { ...state, entries: [...state.entries, entry] };
}

/** A corrected entry takes the place of the refused one and waits again. */
export function replaceEntry(state: OutboxState, id: string, entry: OutboxEntry): OutboxState {
  return { ...state, entries: state.entries.map((e) => (e.id === id ? entry : e)) };
}

export function removeEntry(state: OutboxState, id: string): OutboxState {
  return { ...state, entries: state.entries.filter((e) => e.id !== id) };
}

export function markTried(state: OutboxState, id: string): OutboxState {
  return { ...state, entries: state.entries.map((e) => (e.id === id ? { ...e, tries: e.tries + 1 } : e)) };
}

export function markRefused(state: OutboxState, id: string, problem: StoredProblem): OutboxState {
  return { ...state, entries: state.entries.map((e) => (e.id === id ? { ...e, status: 'refused' as const, problem } : e)) };
}

/** The entry reached the server and was accepted (or answered as before): it leaves the outbox. */
export function markSent(state: OutboxState, id: string, at: string, itemNumber: string | null): OutboxState {
  const entry = state.entries.find((e) => e.id === id);
  if (entry === undefined) return state;
  // The citizen's name is not kept once the write is sent: the item number says which it was.
  const sent: SentEntry = { id, kind: entry.kind, itemNumber: itemNumber ?? entry.itemNumber ?? entry.summary.itemNumber, name: null, at };
  return { ...state, entries: state.entries.filter((e) => e.id !== id), sent: [sent, ...state.sent.filter((s) => s.id !== id)].slice(0, SENT_KEPT) };
}

/** Entries to send, in the order the actions were taken. */
export function waitingEntries(state: OutboxState): OutboxEntry[] {
  return state.entries.filter((e) => e.status === 'waiting');
}

export function refusedEntries(state: OutboxState): OutboxEntry[] {
  return state.entries.filter((e) => e.status === 'refused');
}

/** Pickups with an intake still in the outbox, so the round can say so. */
export function pickupsInOutbox(state: OutboxState): Set<string> {
  return new Set(state.entries.flatMap((e) => (e.kind === 'intake' && e.summary.pickupId !== null ? [e.summary.pickupId] : [])));
}

/** Items with a delivery or attempt still in the outbox. */
export function itemsInOutbox(state: OutboxState): Set<string> {
  return new Set(state.entries.flatMap((e) => ((e.kind === 'delivery' || e.kind === 'attempt') && e.itemNumber !== null ? [e.itemNumber] : [])));
}

// ── Reading back what was stored ─────────────────────────────────────────────────────────────

function str(r: Record<string, unknown>, key: string): string {
  const value = r[key];
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is not a string`);
  return value;
}

function strOrNull(r: Record<string, unknown>, key: string): string | null {
  const value = r[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is not a string`);
  return value;
}

function isKind(value: unknown): value is OutboxKind {
  return typeof value === 'string' && (OUTBOX_KINDS as readonly string[]).includes(value);
}

export function decodeProblem(value: unknown): StoredProblem {
  if (!isRecord(value)) throw new DecodeError('problem is not an object');
  const status = value['status'];
  if (typeof status !== 'number') throw new DecodeError('"status" is not a number');
  const errors = Array.isArray(value['errors']) ? value['errors'].flatMap((e: unknown) => (isRecord(e) && typeof e['name'] === 'string' && typeof e['message'] === 'string' ? [{ name: e['name'], message: e['message'] }] : [])) : [];
  const missing = Array.isArray(value['missing']) ? value['missing'].flatMap((m: unknown) => (isRecord(m) && typeof m['id'] === 'string' && typeof m['document'] === 'string' ? [{ id: m['id'], document: m['document'] }] : [])) : [];
  return { status, code: str(value, 'code'), title: str(value, 'title'), detail: strOrNull(value, 'detail'), errors, missing, guidanceSlip: strOrNull(value, 'guidanceSlip') };
}

function decodeEntry(value: unknown): OutboxEntry {
  if (!isRecord(value)) throw new DecodeError('entry is not an object');
  const kind = value['kind'];
  if (!isKind(kind)) throw new DecodeError('unknown kind');
  const status = value['status'];
  if (status !== 'waiting' && status !== 'refused') throw new DecodeError('unknown status');
  const body = value['body'];
  const summary = value['summary'];
  if (!isRecord(body) || !isRecord(summary)) throw new DecodeError('no body or summary');
  const tries = value['tries'];
  return {
    id: str(value, 'id'),
    key: str(value, 'key'),
    kind,
    itemNumber: strOrNull(value, 'itemNumber'),
    body,
    summary: { itemNumber: strOrNull(summary, 'itemNumber'), name: strOrNull(summary, 'name'), pickupId: strOrNull(summary, 'pickupId') },
    createdAt: str(value, 'createdAt'),
    status,
    problem: value['problem'] === null || value['problem'] === undefined ? null : decodeProblem(value['problem']),
    tries: typeof tries === 'number' ? tries : 0,
  };
}

function decodeSent(value: unknown): SentEntry {
  if (!isRecord(value)) throw new DecodeError('sent entry is not an object');
  const kind = value['kind'];
  if (!isKind(kind)) throw new DecodeError('unknown kind');
  return { id: str(value, 'id'), kind, itemNumber: strOrNull(value, 'itemNumber'), name: strOrNull(value, 'name'), at: str(value, 'at') };
}

/** The stored outbox; an entry that no longer reads (another app version, a damaged store) is kept aside, not lost. */
export function decodeOutbox(raw: string | null): OutboxState {
  if (raw === null) return EMPTY_OUTBOX;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ...EMPTY_OUTBOX, unreadable: [raw] };
  }
  if (!isRecord(value) || !Array.isArray(value['entries'])) return { ...EMPTY_OUTBOX, unreadable: [value] };
  const unreadable: unknown[] = Array.isArray(value['unreadable']) ? [...value['unreadable']] : [];
  const entries = value['entries'].flatMap((e: unknown) => {
    try {
      return [decodeEntry(e)];
    } catch {
      unreadable.push(e);
      return [];
    }
  });
  const sent = Array.isArray(value['sent'])
    ? value['sent'].flatMap((s: unknown) => {
        try {
          return [decodeSent(s)];
        } catch {
          // A line of the "sent" history is only a convenience: nothing waits on it.
          return [];
        }
      })
    : [];
  return { entries, sent, unreadable };
}
