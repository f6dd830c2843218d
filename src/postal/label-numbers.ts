/**
 * Item numbers from pre-printed labels. The operator hands its postmen and counters rolls of
 * S10 labels cut from the ranges it allotted (DOMAIN.md: "from a pool pre-issued by VNPost"); the
 * postman sticks one on the envelope in front of the citizen and scans or types it, so the
 * number is known even when the intake waits on the phone for the network. Such a number must
 * be valid, lie in an active configured range, and not have been issued within 12 months (S10
 * forbids reuse); it is then recorded as issued like one the allocator takes, so the allocator
 * skips it later.
 */
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { s10Numbers, s10Ranges } from './postal.schema.js';
import { type S10Number, s10Parts, validateS10 } from '../domain/postal-item/s10.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

const REUSE_AFTER_MS = 365 * 24 * 3_600_000;

/** The label's number, normalised, or a 400 naming the field with the reason (a wrong check digit says which is right). */
export function checkLabelNumber(input: string): S10Number {
  const result = validateS10(input, { country: 'VN' });
  if (result.ok) return result.value;
  throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'itemNumber', vi: result.problem.vi, en: result.problem.en }] });
}

/** Records a label's number as issued, in the intake's transaction. */
export async function takeLabelNumber(tx: Db, number: S10Number, now: Date): Promise<void> {
  const { serviceIndicator, serial, country } = s10Parts(number);
  const value = Number(serial);
  const [range] = await tx
    .select({ id: s10Ranges.id })
    .from(s10Ranges)
    .where(and(eq(s10Ranges.prefix, serviceIndicator), eq(s10Ranges.country, country), eq(s10Ranges.active, true), lte(s10Ranges.firstSerial, value), gte(s10Ranges.lastSerial, value)))
    .limit(1);
  if (range === undefined) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ in: 'body', name: 'itemNumber', vi: `${number} không thuộc dải số hiệu nào đang dùng của bưu điện`, en: `${number} is not in any active item-number range of the post` }],
    });
  }
  const reusableBefore = new Date(now.getTime() - REUSE_AFTER_MS);
  const taken = await tx
    .insert(s10Numbers)
    .values({ number, rangeId: range.id, issuedAt: now })
    .onConflictDoUpdate({
      target: s10Numbers.number,
      set: { issuedAt: now, rangeId: range.id, timesIssued: sql`${s10Numbers.timesIssued} + 1` },
      setWhere: sql`${s10Numbers.issuedAt} < ${reusableBefore.toISOString()}::timestamptz`,
    })
    .returning({ number: s10Numbers.number });
  if (taken.length === 0) {
    throw new AppError('CONFLICT', {
      detail: { vi: `Số hiệu ${number} đã được dùng trong 12 tháng qua: hãy dán nhãn khác`, en: `The number ${number} was used within the last 12 months: use another label` },
      fields: [{ in: 'body', name: 'itemNumber', vi: 'số hiệu đã được dùng', en: 'number already used' }],
      extra: { itemNumber: number },
    });
  }
}
