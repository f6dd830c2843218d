/**
 * Idempotent writes (DESIGN.md invariant 2). The key row is inserted in the same transaction as
 * the change it guards, and the response is stored there too: a replay returns the first
 * response, a concurrent duplicate waits on the key row and then sees the stored response, and
 * a change that fails rolls the key back so a corrected retry can use it. The same key with a
 * different request is refused with 422.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
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

/**
 * `answer`, when the response is known before the work (the caller chose the ids), is stored
 * with the key at once, saving a round trip; otherwise the work's result is stored after it.
 */
export async function idempotent<T>(
  db: Db,
  scope: { principal: string; key: string; fingerprint: string },
  work: (tx: Db) => Promise<{ status: number; body: T }>,
  answer?: { status: number; body: T },
): Promise<IdempotentResult<T>> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ principal: scope.principal, key: scope.key, fingerprint: scope.fingerprint, status: answer?.status ?? null, response: answer?.body ?? null })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      const [first] = await tx
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
    const result = await work(tx);
    if (answer !== undefined) return { ...answer, replayed: false };
    await tx
      .update(idempotencyKeys)
      .set({ status: result.status, response: result.body })
      .where(and(eq(idempotencyKeys.principal, scope.principal), eq(idempotencyKeys.key, scope.key)));
    return { ...result, replayed: false };
  });
}
