/**
 * Recording an event: the event row and one outbox row per interested subscription, written
 * with the caller's transaction (DESIGN.md invariant 1), so a state change and its events
 * commit together or not at all. The data is checked against the catalogue first.
 */
import { randomUUID } from 'node:crypto';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import Value from 'typebox/value';
import { type EventData, type EventEnvelopeBody, type EventType, catalogueEntry } from './event-catalogue.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface NewEvent<T extends EventType> {
  type: T;
  version?: number;
  occurredAt: Date;
  dossierCode?: string | null;
  itemNumber?: string | null;
  /** Orders delivery; defaults to the dossier code, else the item number. */
  subjectKey?: string;
  source: string;
  data: EventData<T>;
  /** Given when the caller must know the id before writing (e.g. to store its answer first). */
  id?: string;
}

export interface RecordedEvent extends EventEnvelopeBody {
  seq: number;
}

/** An event checked against the catalogue, with its id chosen: what is written, as written. */
export interface CheckedEvent {
  id: string;
  type: EventType;
  version: number;
  occurredAt: string;
  dossierCode: string | null;
  itemNumber: string | null;
  subjectKey: string;
  source: string;
  data: Record<string, unknown>;
}

/** Checks an event against the catalogue (VALIDATION_FAILED otherwise) and chooses its id. */
export function checkEvent<T extends EventType>(event: NewEvent<T>): CheckedEvent {
  const version = event.version ?? 1;
  const entry = catalogueEntry(event.type, version);
  if (entry === undefined) throw new AppError('VALIDATION_FAILED', { detail: { vi: `Không có loại sự kiện ${event.type} v${version}`, en: `No event type ${event.type} v${version}` } });
  if (!Value.Check(entry.data, event.data)) {
    const first = [...Value.Errors(entry.data, event.data)][0];
    const where = first === undefined ? '' : `${first.instancePath || '/'}: ${first.message}`;
    throw new AppError('VALIDATION_FAILED', { detail: { vi: `Dữ liệu sự kiện ${event.type} không hợp lệ (${where})`, en: `Invalid ${event.type} data (${where})` } });
  }
  const subjectKey = event.subjectKey ?? event.dossierCode ?? event.itemNumber;
  if (subjectKey === undefined || subjectKey === null || subjectKey === '') {
    throw new AppError('VALIDATION_FAILED', { detail: { vi: 'Sự kiện cần mã hồ sơ, số hiệu bưu gửi hoặc khoá chủ thể', en: 'An event needs a dossier code, an item number or a subject key' } });
  }
  return {
    id: event.id ?? randomUUID(),
    type: event.type,
    version,
    occurredAt: event.occurredAt.toISOString(),
    dossierCode: event.dossierCode ?? null,
    itemNumber: event.itemNumber ?? null,
    subjectKey,
    source: event.source,
    data: event.data as Record<string, unknown>,
  };
}

/** What the event's columns are written from: values, or placeholders of a prepared statement. */
export type EventColumns = Record<'id' | 'type' | 'version' | 'occurredAt' | 'dossierCode' | 'itemNumber' | 'subjectKey' | 'source' | 'data', string | number | null | Placeholder>;

/** The column values of a checked event, its data as JSON text. */
export function eventColumns(event: CheckedEvent): EventColumns {
  return { ...event, data: JSON.stringify(event.data) };
}

/**
 * The event and its fan-out to every active subscription that wants its type, as two CTEs,
 * `event` (returning `seq`) and `fanout`, for a caller to finish into one statement. With
 * `onlyIf`, the event (and so its fan-out) is written only when that condition holds: the
 * idempotent path gates it on its key row having been inserted by the same statement.
 */
export function eventCtes(event: EventColumns, onlyIf: SQL = sql`true`): SQL {
  return sql`event as (
          insert into exchange_events (id, type, version, occurred_at, dossier_code, item_number, subject_key, source, data)
          select ${event.id}, ${event.type}, ${event.version}, ${event.occurredAt}::timestamptz, ${event.dossierCode},
                 ${event.itemNumber}, ${event.subjectKey}, ${event.source}, ${event.data}::jsonb
          where ${onlyIf}
          returning seq
        ),
        fanout as (
          insert into outbox (event_seq, subscription_id, subject_key)
          select event.seq, s.id, ${event.subjectKey} from event, webhook_subscriptions s
          where s.active and (${event.type} = any(s.event_types) or '*' = any(s.event_types))
        )`;
}

export async function recordEvent<T extends EventType>(tx: Db, event: NewEvent<T>): Promise<RecordedEvent> {
  const checked = checkEvent(event);
  // One statement: one round trip, inside the caller's transaction.
  const rows = await queryRows<{ seq: number }>(tx, sql`with ${eventCtes(eventColumns(checked))} select seq from event`);
  const row = rows[0];
  if (row === undefined) throw new Error('event insert returned no row');
  return {
    seq: Number(row.seq),
    id: checked.id,
    type: event.type,
    version: checked.version,
    occurredAt: checked.occurredAt,
    dossierCode: checked.dossierCode,
    itemNumber: checked.itemNumber,
    data: checked.data,
  };
}
