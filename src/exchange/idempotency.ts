/**
 * Idempotent writes (DESIGN.md invariant 2). The key row is inserted in the same transaction as
 * the change it guards, and the response is stored there too: a replay returns the first
 * response, a concurrent duplicate waits on the key row and then sees the stored response, and
 * a change that fails rolls the key back so a corrected retry can use it. The same key with a
 * different request is refused with 422.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import { type CheckedEvent, eventColumns, eventCtes } from './events.js';
import { idempotencyKeys } from './exchange.schema.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

export const IDEMPOTENCY_KEY_PATTERN = '^[A-Za-z0-9_.:-]{8,128}$';

export function requestFingerprint(method: string, route: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${route}\n${JSON.stringify(body)}`).digest('hex');
}

interface Scope {
  principal: string;
  key: string;
  fingerprint: string;
}

/**
 * `answer`, when the response is known before the work (the caller chose the ids), is stored
 * with the key at once, saving a round trip; otherwise the work's result is stored after it.
 */
export async function idempotent<T>(
  db: Db,
  scope: Scope,
  work: (tx: Db) => Promise<{ status: number; body: T }>,
  answer?: { status: number; body: T },
): Promise<IdempotentResult<T>> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ principal: scope.principal, key: scope.key, fingerprint: scope.fingerprint, status: answer?.status ?? null, response: answer?.body ?? null })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) return storedAnswer<T>(tx, scope);
    const result = await work(tx);
    if (answer !== undefined) return { ...answer, replayed: false };
    await tx
      .update(idempotencyKeys)
      .set({ status: result.status, response: result.body })
      .where(and(eq(idempotencyKeys.principal, scope.principal), eq(idempotencyKeys.key, scope.key)));
    return { ...result, replayed: false };
  });
}

/**
 * A change that is exactly one event (and its outbox rows), its answer known before it is
 * written (the caller chose the event's id). The key row with the stored answer, the event and
 * its fan-out are ONE statement outside any explicit transaction: a statement is atomic on its
 * own, so they commit together or not at all (invariants 1 and 2), in one round trip where
 * `idempotent` takes four (BEGIN, key, event, COMMIT).
 *
 * The event is written only if this statement inserted the key. A key already committed makes
 * the insert do nothing; a key being inserted by a concurrent request makes PostgreSQL wait for
 * that transaction, then do nothing if it committed (insert if it rolled back). When nothing was
 * written the stored answer is read by a second statement, whose newer snapshot sees the
 * winner's row: the first response as a replay, 422 for another request, 409 without an answer.
 */
export async function idempotentEvent<T>(db: Db, scope: Scope, event: CheckedEvent, answer: { status: number; body: T }): Promise<IdempotentResult<T>> {
  const result = await eventStatement(db).execute({ ...scope, status: answer.status, response: JSON.stringify(answer.body), ...eventColumns(event) });
  // Both drivers answer raw SQL with `{ rows }`; the shared prepared-query type cannot say so.
  if ((result as { rows: unknown[] }).rows.length === 1) return { ...answer, replayed: false };
  return storedAnswer<T>(db, scope);
}

/**
 * The statement of `idempotentEvent`, built once per database and named, so that PostgreSQL
 * parses and plans it once per connection instead of on every call, and this process does not
 * rebuild its text either: both showed in the profiles of the inbound benchmark. Only the
 * values change, through placeholders. (PGlite ignores the name and runs it as before.)
 */
const dialect = new PgDialect();
const eventStatements = new WeakMap<Db, PgPreparedQuery<PreparedQueryConfig>>();

function eventStatement(db: Db): PgPreparedQuery<PreparedQueryConfig> {
  const known = eventStatements.get(db);
  if (known !== undefined) return known;
  const p = (name: string) => sql.placeholder(name);
  const event = { id: p('id'), type: p('type'), version: p('version'), occurredAt: p('occurredAt'), dossierCode: p('dossierCode'), itemNumber: p('itemNumber'), subjectKey: p('subjectKey'), source: p('source'), data: p('data') };
  const query = sql`with key as (
          insert into idempotency_keys (principal, key, fingerprint, status, response)
          values (${p('principal')}, ${p('key')}, ${p('fingerprint')}, ${p('status')}, ${p('response')}::jsonb)
          on conflict do nothing
          returning 1
        ),
        ${eventCtes(event, sql`exists (select 1 from key)`)}
        select seq from event`;
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, 'exchange_idempotent_event', false);
  eventStatements.set(db, prepared);
  return prepared;
}

/** The answer stored under a key already used: the first response, or why it cannot be given. */
async function storedAnswer<T>(db: Db, scope: Scope): Promise<IdempotentResult<T>> {
  const [first] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.principal, scope.principal), eq(idempotencyKeys.key, scope.key)));
  if (first === undefined || first.status === null) throw new AppError('CONFLICT', { detail: { vi: 'Yêu cầu cùng khoá đang được xử lý', en: 'A request with this key is in progress' } });
  if (first.fingerprint !== scope.fingerprint) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', {
      detail: { vi: 'Khoá Idempotency-Key này đã dùng cho một yêu cầu khác', en: 'This Idempotency-Key was used for a different request' },
    });
  }
  return { status: first.status, body: first.response as T, replayed: true };
}
