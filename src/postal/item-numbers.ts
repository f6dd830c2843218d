/**
 * Issuing UPU S10 item numbers from the ranges the operator allotted. Serials are taken in
 * order; after the last serial the range wraps to the first, skipping any number issued within
 * the last 12 months (S10 forbids reuse within that time). The range row is locked for the
 * issue, so concurrent intakes never get the same number.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { s10Numbers, s10Ranges } from './postal.schema.js';
import { type S10Number, type S10Range, checkS10Range, serialToS10 } from '../domain/postal-item/s10.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

const REUSE_AFTER_MS = 365 * 24 * 3_600_000;

export interface RangeView extends S10Range {
  id: number;
  nextSerial: number;
  active: boolean;
  note: string | null;
}

export async function addS10Range(db: Db, range: S10Range & { note?: string }): Promise<RangeView> {
  try {
    checkS10Range(range);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', { detail: { vi: 'Dải số hiệu bưu gửi không hợp lệ', en: error instanceof Error ? error.message : 'Invalid S10 range' } });
  }
  const [row] = await db
    .insert(s10Ranges)
    .values({ prefix: range.prefix, country: range.country, firstSerial: range.firstSerial, lastSerial: range.lastSerial, nextSerial: range.firstSerial, note: range.note ?? null })
    .onConflictDoNothing()
    .returning();
  if (row === undefined) throw new AppError('CONFLICT', { detail: { vi: 'Dải số này đã có', en: 'This range exists already' } });
  return row;
}

/** Records `number` as issued, or takes over one last issued more than 12 months ago; false when it is in use. */
async function takeNumber(tx: Db, rangeId: number, number: string, now: Date): Promise<boolean> {
  const reusableBefore = new Date(now.getTime() - REUSE_AFTER_MS);
  const taken = await tx
    .insert(s10Numbers)
    .values({ number, rangeId, issuedAt: now })
    .onConflictDoUpdate({
      target: s10Numbers.number,
      set: { issuedAt: now, rangeId, timesIssued: sql`${s10Numbers.timesIssued} + 1` },
      setWhere: sql`${s10Numbers.issuedAt} < ${reusableBefore.toISOString()}::timestamptz`,
    })
    .returning({ number: s10Numbers.number });
  return taken.length === 1;
}

/** The first active range of the prefix, locked for the rest of the transaction. */
async function lockActiveRange(tx: Db, prefix: string) {
  const [range] = await tx
    .select()
    .from(s10Ranges)
    .where(and(eq(s10Ranges.prefix, prefix), eq(s10Ranges.active, true)))
    .orderBy(asc(s10Ranges.id))
    .limit(1)
    .for('update');
  if (range === undefined) {
    throw new AppError('CONFLICT', { detail: { vi: `Chưa cấu hình dải số hiệu bưu gửi cho tiền tố ${prefix}`, en: `No item-number range is configured for prefix ${prefix}` } });
  }
  return range;
}

/** Issues the next free number of the first active range with the prefix. Run inside the intake's transaction. */
export async function issueS10Number(tx: Db, prefix: string, now: Date): Promise<S10Number> {
  const range = await lockActiveRange(tx, prefix);
  const size = range.lastSerial - range.firstSerial + 1;
  let serial = range.nextSerial;
  for (let tried = 0; tried < size; tried += 1) {
    const number = serialToS10(range, serial);
    const following = serial === range.lastSerial ? range.firstSerial : serial + 1;
    // Insert, or take over a number last issued more than 12 months ago; otherwise skip it.
    const taken = await takeNumber(tx, range.id, number, now);
    serial = following;
    if (taken) {
      await tx.update(s10Ranges).set({ nextSerial: serial }).where(eq(s10Ranges.id, range.id));
      return number;
    }
  }
  throw new AppError('CONFLICT', {
    detail: { vi: `Dải số hiệu ${prefix} đã dùng hết trong 12 tháng qua: cần cấp dải mới`, en: `Every number of range ${prefix} was issued within 12 months: a new range is needed` },
  });
}

/**
 * Intakes take numbers from a block this process reserved, not from the range row itself: the
 * range row is locked only for the short transaction that reserves the next block, so
 * concurrent intakes do not queue behind one another on it (bench/intake.ts: from 50 to several
 * hundred intakes a second on PostgreSQL). Each number is still recorded in `s10_numbers` in the
 * intake's own transaction, with the 12-month reuse rule. The price: a number of a block that a
 * failed intake or a stopped process did not use is skipped, never issued; S10 numbers need
 * not be consecutive, only unique.
 */
export function createS10Allocator(db: Db, options: { blockSize: number } = { blockSize: 32 }) {
  const blocks = new Map<string, { range: typeof s10Ranges.$inferSelect; serials: number[] }>();
  const refills = new Map<string, Promise<void>>();

  /** In `within` (the intake's transaction) when a block runs out inside one, else in a transaction of its own. */
  async function reserve(prefix: string, within: Db | null): Promise<void> {
    const run = <T>(work: (tx: Db) => Promise<T>) => (within === null ? db.transaction(work) : work(within));
    await run(async (tx) => {
      const range = await lockActiveRange(tx, prefix);
      const size = range.lastSerial - range.firstSerial + 1;
      const serials: number[] = [];
      let serial = range.nextSerial;
      for (let i = 0; i < Math.min(options.blockSize, size); i += 1) {
        serials.push(serial);
        serial = serial === range.lastSerial ? range.firstSerial : serial + 1;
      }
      await tx.update(s10Ranges).set({ nextSerial: serial }).where(eq(s10Ranges.id, range.id));
      blocks.set(prefix, { range, serials });
    });
  }

  /**
   * Called before the intake's transaction: tops the block up outside it. On the embedded
   * database a transaction holds the only connection, so a reservation inside it must use it.
   */
  async function prepare(prefix: string): Promise<void> {
    const block = blocks.get(prefix);
    if (block !== undefined && block.serials.length > 4) return;
    let refill = refills.get(prefix);
    if (refill === undefined) {
      refill = reserve(prefix, null).finally(() => refills.delete(prefix));
      refills.set(prefix, refill);
    }
    await refill;
  }

  /** The next number for an intake; recorded as issued in `tx`, the intake's transaction. */
  async function issue(tx: Db, prefix: string, now: Date): Promise<S10Number> {
    for (let tried = 0; ; tried += 1) {
      let block = blocks.get(prefix);
      if (block === undefined || block.serials.length === 0) {
        // Rare: more intakes at once than the block held. A block reserved in a transaction that
        // then fails is still handed out; its numbers may be reserved again by another process,
        // and the insert below skips any number already issued, so none is ever issued twice.
        await reserve(prefix, tx);
        block = blocks.get(prefix);
        if (block === undefined) continue;
      }
      const { range } = block;
      if (tried > range.lastSerial - range.firstSerial + 1) {
        throw new AppError('CONFLICT', {
          detail: { vi: `Dải số hiệu ${prefix} đã dùng hết trong 12 tháng qua: cần cấp dải mới`, en: `Every number of range ${prefix} was issued within 12 months: a new range is needed` },
        });
      }
      const serial = block.serials.shift();
      if (serial === undefined) continue;
      const number = serialToS10(range, serial);
      if (await takeNumber(tx, range.id, number, now)) return number;
    }
  }

  return { prepare, issue };
}

export type S10Allocator = ReturnType<typeof createS10Allocator>;
