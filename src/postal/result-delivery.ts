/**
 * The result leg. The desk hands results to the post on its handover record and says so
 * through the exchange (`result.handed-to-post`); the item passes from the desk to the post.
 * The postman then delivers against an identity check and a signature, or records a failed
 * attempt with a normalised reason; after at least two invitations two working days apart the
 * result may go back to the agency (Decision 45/2016 Art. 8). A citizen may ask for another
 * delivery date while the result waits at the office.
 */
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { custodyConflict, lockItem, moveItem, stateOf } from './custody-store.js';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationById } from '../catalog/lookups.js';
import type { ExchangeCaller } from './manifests.js';
import { deliveryAttempts, postalItems } from './postal.schema.js';
import { actorHolds, type ItemStateView, itemStateView } from './scans.js';
import { type FailedDeliveryReason, INVITATION_GAP_WORKING_DAYS, type IdentityCheck, checkIdentityDocument, maskIdentityNumber, mayReturnToAgency, receivedBy } from '../domain/postal-item/delivery.js';
import { type PlainDate, addDays, parsePlainDate, vietnamDateOf } from '../domain/time/plain-date.js';
import type { EventData } from '../exchange/event-catalogue.js';
import { idempotent, requestFingerprint } from '../exchange/idempotency.js';
import { recordEvent } from '../exchange/events.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface FailedAttemptInput {
  reason: FailedDeliveryReason;
  note?: string | undefined;
}

export interface DeliveredInput {
  identity: IdentityCheck;
  signature: string;
  photo?: string | undefined;
}

export function createResultDelivery(deps: PostalDeps) {
  const { db } = deps;

  /**
   * Applied in the transaction that records `result.handed-to-post`. The item must belong to a
   * desk the caller covers and still be on the agency's side.
   */
  async function applyResultHandedToPost(tx: Db, caller: ExchangeCaller, envelope: { dossierCode: string | null; occurredAt: Date }, data: EventData<'result.handed-to-post'>): Promise<void> {
    const item = await lockItem(tx, data.resultItemNumber).catch(() => null);
    if (item === null || !caller.visibleOrganisationIds.has(item.agencyId)) {
      throw new AppError('NOT_FOUND', { detail: { vi: `Không có bưu gửi ${data.resultItemNumber} của cơ quan bạn`, en: `No item ${data.resultItemNumber} of your organisation` } });
    }
    if (item.serviceForm === 'send-dossier') {
      throw custodyConflict(item, 'Công dân không đăng ký nhận kết quả qua bưu chính', 'The citizen did not ask for the result by post');
    }
    const desk = await organisationById(tx, item.agencyId);
    const office = await organisationById(tx, item.postOfficeId);
    let current = item;
    const set = envelope.dossierCode === null ? {} : { dossierCode: envelope.dossierCode };
    if (stateOf(current) === 'at-desk' || stateOf(current) === 'at-processing-unit') {
      current = await moveItem(tx, current, { to: 'result-at-desk', party: { kind: 'desk', ref: desk.code }, place: desk.code, at: envelope.occurredAt, by: caller.principal, set });
    }
    if (stateOf(current) !== 'result-at-desk') throw custodyConflict(current, 'Kết quả không ở Bộ phận Một cửa', 'The result is not at the desk');
    // The carrier is named when the desk knows our postman; otherwise the item's office answers for it.
    const carrier = data.carrierId ?? office.code;
    await moveItem(tx, current, { to: 'result-collected', party: { kind: 'postman', ref: carrier }, place: desk.code, at: envelope.occurredAt, by: caller.principal, set });
  }

  /** Applied with `dossier.registered`: the post learns the dossier code of its item. */
  async function applyDossierRegistered(tx: Db, caller: ExchangeCaller, envelope: { dossierCode: string | null; itemNumber: string | null }): Promise<void> {
    if (envelope.itemNumber === null || envelope.dossierCode === null) return;
    const [item] = await tx.select({ agencyId: postalItems.agencyId }).from(postalItems).where(eq(postalItems.itemNumber, envelope.itemNumber));
    if (item === undefined || !caller.visibleOrganisationIds.has(item.agencyId)) {
      throw new AppError('NOT_FOUND', { detail: { vi: `Không có bưu gửi ${envelope.itemNumber} của cơ quan bạn`, en: `No item ${envelope.itemNumber} of your organisation` } });
    }
    await tx.update(postalItems).set({ dossierCode: envelope.dossierCode }).where(eq(postalItems.itemNumber, envelope.itemNumber));
  }

  async function nextInvitation(from: PlainDate): Promise<PlainDate> {
    return (await deps.calendar.calendar()).addWorkingDaysToDate(from, INVITATION_GAP_WORKING_DAYS);
  }

  async function failedAttempt(actor: PostalActor, key: string, itemNumber: string, input: FailedAttemptInput) {
    const now = deps.now();
    const principal = `account:${actor.accountId}`;
    const office = await organisationById(db, actor.organisationId);
    const next = await nextInvitation(parsePlainDate(vietnamDateOf(now)));
    return idempotent<ItemStateView>(db, { principal, key, fingerprint: requestFingerprint('POST', `/api/v1/postal/items/${itemNumber}/delivery-attempts`, input) }, async (tx) => {
      const item = await lockItem(tx, itemNumber);
      if (stateOf(item) !== 'out-for-delivery' || item.custodianRef !== actor.accountId) throw custodyConflict(item, 'Bạn không đang phát bưu gửi này', 'You are not delivering this item');
      const attempt = item.failedAttempts + 1;
      await tx.insert(deliveryAttempts).values({ itemNumber, attempt, at: now, outcome: 'failed', reason: input.reason, note: input.note ?? null, nextAttemptOn: next, postmanId: actor.accountId });
      const moved = await moveItem(tx, item, {
        to: 'result-at-post-office',
        party: { kind: 'post-office', ref: office.code },
        place: office.code,
        at: now,
        by: principal,
        note: input.reason,
        set: { failedAttempts: attempt, nextAttemptOn: next },
      });
      await recordEvent(tx, { type: 'delivery.attempted', occurredAt: now, itemNumber, dossierCode: item.dossierCode, subjectKey: itemNumber, source: 'postal', data: { attempt, reason: input.reason, nextAttemptOn: next } });
      return { status: 201, body: itemStateView(moved) };
    });
  }

  async function delivered(actor: PostalActor, key: string, itemNumber: string, input: DeliveredInput) {
    const problem = checkIdentityDocument(input.identity);
    if (problem !== null) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ in: 'body', name: 'identity.number', vi: problem === 'cccd-format' ? 'số căn cước gồm 12 chữ số' : 'số hộ chiếu gồm 6–9 chữ cái hoặc chữ số', en: problem === 'cccd-format' ? 'a citizen identity number has 12 digits' : 'a passport number has 6–9 letters or digits' }],
      });
    }
    const now = deps.now();
    const principal = `account:${actor.accountId}`;
    const office = await organisationById(db, actor.organisationId);
    // The card number is not stored in the request fingerprint's clear text either: only its hash is kept.
    return idempotent<ItemStateView>(db, { principal, key, fingerprint: requestFingerprint('POST', `/api/v1/postal/items/${itemNumber}/delivery`, input) }, async (tx) => {
      const item = await lockItem(tx, itemNumber);
      const state = stateOf(item);
      const atCounter = state === 'result-at-post-office' && (await actorHolds(tx, actor, item));
      if (!(state === 'out-for-delivery' && item.custodianRef === actor.accountId) && !atCounter) throw custodyConflict(item, 'Bạn không giữ bưu gửi này để phát', 'You do not hold this item for delivery');
      await tx.insert(deliveryAttempts).values({
        itemNumber,
        attempt: item.failedAttempts + 1,
        at: now,
        outcome: 'delivered',
        identityKind: input.identity.kind,
        identityNumberMasked: maskIdentityNumber(input.identity.number),
        receivedBy: receivedBy(input.identity),
        signature: input.signature,
        photo: input.photo ?? null,
        postmanId: actor.accountId,
      });
      const moved = await moveItem(tx, item, { to: 'delivered', party: { kind: 'citizen', ref: 'citizen' }, place: office.code, at: now, by: principal, set: { nextAttemptOn: null } });
      await recordEvent(tx, { type: 'delivery.delivered', occurredAt: now, itemNumber, dossierCode: item.dossierCode, subjectKey: itemNumber, source: 'postal', data: { deliveredAt: now.toISOString(), receivedBy: receivedBy(input.identity) } });
      return { status: 201, body: itemStateView(moved) };
    });
  }

  async function returnToAgency(actor: PostalActor, key: string, itemNumber: string) {
    const now = deps.now();
    const principal = `account:${actor.accountId}`;
    const today = parsePlainDate(vietnamDateOf(now));
    return idempotent<ItemStateView>(db, { principal, key, fingerprint: requestFingerprint('POST', `/api/v1/postal/items/${itemNumber}/return`, {}) }, async (tx) => {
      const item = await lockItem(tx, itemNumber);
      if (stateOf(item) !== 'result-at-post-office' || !(await actorHolds(tx, actor, item))) throw custodyConflict(item, 'Kết quả không ở bưu cục của bạn', 'The result is not at your office');
      const failures = await tx.select({ at: deliveryAttempts.at }).from(deliveryAttempts).where(and(eq(deliveryAttempts.itemNumber, itemNumber), eq(deliveryAttempts.outcome, 'failed'))).orderBy(asc(deliveryAttempts.attempt));
      const decision = mayReturnToAgency(failures.map((f) => ({ on: vietnamDateOf(f.at) })), today, item.nextAttemptOn === null ? null : parsePlainDate(item.nextAttemptOn));
      if (!decision.allowed) {
        throw new AppError('RETURN_NOT_ALLOWED', {
          detail: decision.reason === 'too-few-invitations'
            ? { vi: `Mới mời nhận ${failures.length} lần; cần ít nhất 2 lần cách nhau 2 ngày làm việc`, en: `Only ${failures.length} invitation(s); at least 2, two working days apart, are needed` }
            : { vi: `Chưa đến ngày mời nhận lần tiếp theo (${decision.earliest ?? ''})`, en: `The next invitation date (${decision.earliest ?? ''}) has not come yet` },
          extra: { failedAttempts: failures.length },
        });
      }
      const desk = await organisationById(tx, item.agencyId);
      const moved = await moveItem(tx, item, { to: 'returned-to-agency', party: { kind: 'desk', ref: desk.code }, place: desk.code, at: now, by: principal, set: { nextAttemptOn: null } });
      await recordEvent(tx, { type: 'result.returned-to-agency', occurredAt: now, itemNumber, dossierCode: item.dossierCode, subjectKey: itemNumber, source: 'postal', data: { returnedAt: now.toISOString(), attempts: failures.length } });
      return { status: 201, body: itemStateView(moved) };
    });
  }

  /** The citizen asked for another date: the next invitation moves, within 30 days. */
  async function redeliverOn(actor: PostalActor, itemNumber: string, on: string) {
    const now = deps.now();
    const today = parsePlainDate(vietnamDateOf(now));
    const date = parsePlainDate(on);
    if (date < today || date > addDays(today, 30)) throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'on', vi: 'từ hôm nay đến 30 ngày tới', en: 'from today to 30 days ahead' }] });
    return db.transaction(async (tx) => {
      const item = await lockItem(tx, itemNumber);
      if (stateOf(item) !== 'result-at-post-office' || !(await actorHolds(tx, actor, item))) throw custodyConflict(item, 'Kết quả không ở bưu cục của bạn', 'The result is not at your office');
      const [row] = await tx.update(postalItems).set({ nextAttemptOn: date, updatedAt: now }).where(eq(postalItems.itemNumber, itemNumber)).returning();
      if (row === undefined) throw new Error('locked item vanished');
      return itemStateView(row);
    });
  }

  /** Dossiers still on their way to the desk after their transit limit, at offices the actor sees. */
  async function overdue(actor: PostalActor) {
    const today = vietnamDateOf(deps.now());
    const rows = await db
      .select({ itemNumber: postalItems.itemNumber, state: postalItems.state, transitDueOn: postalItems.transitDueOn, postOfficeId: postalItems.postOfficeId, agencyId: postalItems.agencyId, takenInAt: postalItems.takenInAt })
      .from(postalItems)
      .where(and(inArray(postalItems.state, ['collected', 'at-post-office', 'in-transit', 'out-for-handover']), lt(postalItems.transitDueOn, today), inArray(postalItems.postOfficeId, [...actor.visibleOrganisationIds])))
      .orderBy(asc(postalItems.transitDueOn))
      .limit(1000);
    return rows.map((r) => ({ itemNumber: r.itemNumber, state: r.state, transitDueOn: r.transitDueOn, takenInAt: r.takenInAt.toISOString(), daysLate: Math.round((Date.parse(today) - Date.parse(r.transitDueOn)) / 86_400_000) }));
  }

  return { applyResultHandedToPost, applyDossierRegistered, failedAttempt, delivered, returnToAgency, redeliverOn, overdue };
}
