/**
 * Scans: a postal staff member confirms receiving an item (invariant 3: the receiving side
 * confirms). The place is checked: an item in transit can be received only at its destination
 * office; a postman takes out only what is at an office they work for or already in their
 * hands. A second scan of the same transfer, or one that lost the race to another scan, is a
 * 409 naming the item's state. Mobile retries carry an Idempotency-Key and get the first answer.
 */
import { eq } from 'drizzle-orm';
import { type ItemRow, custodyConflict, lockItem, moveItem, stateOf, type Party } from './custody-store.js';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationById, organisationByCode } from '../catalog/lookups.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { CustodyState } from '../domain/postal-item/custody.js';
import { idempotent, requestFingerprint } from '../exchange/idempotency.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export const SCAN_TARGETS = ['at-post-office', 'in-transit', 'out-for-handover', 'result-at-post-office', 'result-in-transit', 'out-for-delivery'] as const satisfies readonly CustodyState[];
export type ScanTarget = (typeof SCAN_TARGETS)[number];

export interface ScanInput {
  to: ScanTarget;
  /** Destination office code, for a move into transit. */
  destination?: string | undefined;
  note?: string | undefined;
}

export interface ItemStateView {
  itemNumber: string;
  state: string;
  custodian: { kind: string; ref: string };
  version: number;
}

export const itemStateView = (i: ItemRow): ItemStateView => ({ itemNumber: i.itemNumber, state: i.state, custodian: { kind: i.custodianKind, ref: i.custodianRef }, version: i.version });

async function officeIdOf(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code));
  return row?.id ?? null;
}

/** Whether the actor may hand the item on: theirs, or at an office they work for. */
export async function actorHolds(db: Db, actor: PostalActor, item: ItemRow): Promise<boolean> {
  if (item.custodianKind === 'postman') return item.custodianRef === actor.accountId;
  if (item.custodianKind === 'post-office') {
    const id = await officeIdOf(db, item.custodianRef);
    return id !== null && actor.visibleOrganisationIds.has(id);
  }
  return false;
}

export function createScans(deps: PostalDeps) {
  const { db } = deps;

  async function scan(actor: PostalActor, key: string, itemNumber: string, input: ScanInput) {
    const now = deps.now();
    const principal = `account:${actor.accountId}`;
    const office = await organisationById(db, actor.organisationId);
    return idempotent<ItemStateView>(db, { principal, key, fingerprint: requestFingerprint('POST', `/api/v1/postal/items/${itemNumber}/scans`, input) }, async (tx) => {
      const item = await lockItem(tx, itemNumber);
      const from = stateOf(item);
      if (from === input.to) throw custodyConflict(item, 'Bưu gửi đã ở trạng thái này: lần quét này trùng', 'The item is in this state already: a duplicate scan');
      let party: Party;
      switch (input.to) {
        case 'at-post-office':
        case 'result-at-post-office': {
          // Received at the actor's own office; from transit, only at the destination.
          if ((from === 'in-transit' || from === 'result-in-transit') && item.custodianRef !== office.code) {
            throw custodyConflict(item, `Bưu gửi đang chuyển đến ${item.custodianRef}, không phải bưu cục này`, `The item is travelling to ${item.custodianRef}, not to this office`);
          }
          party = { kind: 'post-office', ref: office.code };
          break;
        }
        case 'in-transit':
        case 'result-in-transit': {
          if (input.destination === undefined) throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'destination', vi: 'cần bưu cục đến', en: 'the destination office is required' }] });
          const destination = await organisationByCode(tx, input.destination, 'destination');
          if (destination.kind !== 'post_office' && destination.kind !== 'postal_operator') {
            throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'destination', vi: 'phải là một bưu cục', en: 'must be a post office' }] });
          }
          if (!(await actorHolds(tx, actor, item))) throw custodyConflict(item, 'Bưu gửi không ở bưu cục của bạn', 'The item is not at your office');
          party = { kind: 'transit', ref: destination.code };
          break;
        }
        case 'out-for-handover':
        case 'out-for-delivery': {
          if (!(await actorHolds(tx, actor, item))) throw custodyConflict(item, 'Bưu gửi không ở bưu cục của bạn', 'The item is not at your office');
          party = { kind: 'postman', ref: actor.accountId };
          break;
        }
      }
      const moved = await moveItem(tx, item, { to: input.to, party, place: office.code, at: now, by: principal, note: input.note ?? null });
      return { status: 200, body: itemStateView(moved) };
    });
  }

  return { scan };
}
