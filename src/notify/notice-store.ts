/**
 * The notice rows and their states. A row is claimed (`sending`) before its send and settled
 * after it, each in one statement, so two deliveries of the same event never send the same
 * notice at once; a claim left by a process that died is taken over after the lease.
 */
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { SendResult } from './channels.js';
import { FINAL_NOTICE_STATUSES, type NoticeStatus } from './notice-kinds.js';
import { notices } from './notify.schema.js';
import type { Db } from '../platform/db/client.js';

/** Longer than any send may take (SMTP and gateway time out within 30 s). */
export const NOTICE_SEND_LEASE_MS = 120_000;

export type NoticeRow = typeof notices.$inferSelect;
export type NewNotice = typeof notices.$inferInsert;

export function isFinal(status: NoticeStatus): boolean {
  return FINAL_NOTICE_STATUSES.includes(status);
}

/** The rows of an event, created once: a redelivery finds those of the first delivery. */
export async function noticesOfEvent(db: Db, eventId: string, rows: readonly NewNotice[]): Promise<NoticeRow[]> {
  if (rows.length > 0) await db.insert(notices).values([...rows]).onConflictDoNothing({ target: [notices.eventId, notices.channel] });
  return db.select().from(notices).where(eq(notices.eventId, eventId)).orderBy(notices.id);
}

/** Takes the row for one send; false when it is settled already or another send holds it. */
export async function claimNotice(db: Db, id: number, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - NOTICE_SEND_LEASE_MS);
  const claimed = await db
    .update(notices)
    .set({ status: 'sending', attempts: sql`${notices.attempts} + 1`, lastAttemptAt: now })
    .where(and(eq(notices.id, id), or(inArray(notices.status, ['pending', 'failed']), and(eq(notices.status, 'sending'), lt(notices.lastAttemptAt, stale)))))
    .returning({ id: notices.id });
  return claimed.length === 1;
}

export async function settleNotice(db: Db, id: number, now: Date, result: SendResult): Promise<void> {
  await db.update(notices).set({ status: result.status, providerMessageId: result.providerMessageId, lastError: null, sentAt: now }).where(eq(notices.id, id));
}

/** `error` must name no recipient (NoticeSendError's text does not). */
export async function failNotice(db: Db, id: number, error: string): Promise<void> {
  await db.update(notices).set({ status: 'failed', lastError: error.slice(0, 500) }).where(eq(notices.id, id));
}

/** The contact was removed since the row was written: nothing to send it to. */
export async function skipNotice(db: Db, id: number): Promise<void> {
  await db.update(notices).set({ status: 'skipped-no-contact' }).where(and(eq(notices.id, id), inArray(notices.status, ['pending', 'failed'])));
}

export async function statusOf(db: Db, id: number): Promise<NoticeStatus | null> {
  const [row] = await db.select({ status: notices.status }).from(notices).where(eq(notices.id, id));
  return row?.status ?? null;
}
