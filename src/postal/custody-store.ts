/**
 * Moving an item from one custodian to the next (DESIGN.md invariant 3). The item row is
 * locked, the move is checked against the custody rules of the domain, and the new state, the
 * transfer row (naming both parties) and the `item.custody-changed` event are written in the
 * caller's transaction. Two scans of the same item at once queue on the row lock; the second
 * then finds the item already moved and is refused with 409, as is a scan at the wrong place.
 */
import { eq, sql } from 'drizzle-orm';
import { custodyTransfers, postalItems } from './postal.schema.js';
import { type CustodianKind, type CustodyState, CUSTODY_STATE_INFO, CUSTODY_STATES, transferCustody } from '../domain/postal-item/custody.js';
import { recordEvent } from '../exchange/events.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export type ItemRow = typeof postalItems.$inferSelect;

export interface Party {
  kind: CustodianKind;
  /** Account id for a postman, organisation code for an office or desk, 'citizen' for the citizen. */
  ref: string;
}

export function isCustodyState(value: string): value is CustodyState {
  return (CUSTODY_STATES as readonly string[]).includes(value);
}

export function stateOf(item: ItemRow): CustodyState {
  if (!isCustodyState(item.state)) throw new Error(`item ${item.itemNumber} has unknown state ${item.state}`);
  return item.state;
}

/** Locks the item for the rest of the transaction; 404 when there is none. */
export async function lockItem(tx: Db, itemNumber: string): Promise<ItemRow> {
  const [item] = await tx.select().from(postalItems).where(eq(postalItems.itemNumber, itemNumber)).for('update');
  if (item === undefined) throw new AppError('NOT_FOUND', { detail: { vi: `Không có bưu gửi ${itemNumber}`, en: `No item ${itemNumber}` } });
  return item;
}

export function custodyConflict(item: ItemRow, vi: string, en: string): AppError {
  const state = stateOf(item);
  return new AppError('CUSTODY_CONFLICT', {
    detail: { vi: `${vi} (hiện: ${CUSTODY_STATE_INFO[state].vi})`, en: `${en} (now: ${CUSTODY_STATE_INFO[state].en})` },
    extra: { itemNumber: item.itemNumber, state },
  });
}

export interface Move {
  to: CustodyState;
  party: Party;
  /** Organisation code of where it happens. */
  place: string;
  at: Date;
  by: string;
  note?: string | null;
  /** Other columns that change with the move (filing time, delivery counters…). */
  set?: Partial<Pick<ItemRow, 'filedAt' | 'dossierCode' | 'failedAttempts' | 'nextAttemptOn' | 'agencyId'>>;
}

export async function moveItem(tx: Db, item: ItemRow, move: Move): Promise<ItemRow> {
  const from = stateOf(item);
  const check = transferCustody(from, move.to);
  if (!check.ok) {
    throw from === move.to
      ? custodyConflict(item, 'Bưu gửi đã ở trạng thái này: thao tác đã được ghi nhận trước đó', 'The item is in this state already: the transfer was recorded before')
      : custodyConflict(item, `Không thể chuyển bưu gửi sang "${CUSTODY_STATE_INFO[move.to].vi}"`, `The item cannot move to "${CUSTODY_STATE_INFO[move.to].en}"`);
  }
  const [updated] = await tx
    .update(postalItems)
    .set({ ...move.set, state: move.to, custodianKind: move.party.kind, custodianRef: move.party.ref, version: sql`${postalItems.version} + 1`, updatedAt: move.at })
    .where(eq(postalItems.itemNumber, item.itemNumber))
    .returning();
  if (updated === undefined) throw new Error('locked item vanished');
  await tx.insert(custodyTransfers).values({
    itemNumber: item.itemNumber,
    seq: item.version,
    fromState: from,
    toState: move.to,
    fromKind: item.custodianKind,
    fromRef: item.custodianRef,
    toKind: move.party.kind,
    toRef: move.party.ref,
    place: move.place,
    at: move.at,
    recordedBy: move.by,
    note: move.note ?? null,
  });
  await recordEvent(tx, {
    type: 'item.custody-changed',
    occurredAt: move.at,
    itemNumber: item.itemNumber,
    dossierCode: item.dossierCode,
    subjectKey: item.itemNumber,
    source: 'postal',
    data: { from: { kind: item.custodianKind as CustodianKind, ref: item.custodianRef }, to: move.party, place: move.place },
  });
  return updated;
}
