/**
 * Processing at the desk (Decree 61/2018 Art. 18–20): forwarding to the processing unit, the
 * supplement request (form 02) within three working days, after which the clock restarts when
 * the dossier is complete; refusal (form 03); the one apology with a new date (form 04), at
 * least a day before the due date; the result, and its return in person or through the post.
 * Each step that the post or the citizen must know of is reported through the exchange.
 */
import type { DeskActor, DeskDeps } from './deps.js';
import { type DossierRow, lockDossier, takeStep } from './dossier-store.js';
import { organisationByCode, organisationById } from '../catalog/lookups.js';
import { checkDelay, supplementRequestDeadline } from '../domain/dossier/legal-time.js';
import type { WorkingCalendar } from '../domain/calendar/working-time.js';
import { formatVietnamInstant } from '../domain/time/plain-date.js';
import type { InboundEvent } from '../exchange/inbound.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface SupplementInput {
  items: Array<{ name: string; reason: string }>;
}

export function createProcessing(deps: DeskDeps) {
  const { db } = deps;

  async function report(tx: Db, actor: DeskActor, dossier: DossierRow, suffix: string, event: Omit<InboundEvent, 'dossierCode' | 'itemNumber' | 'occurredAt'> & { occurredAt: Date }) {
    await deps.exchange.report(tx, { principal: `account:${actor.accountId}`, visibleOrganisationIds: actor.visibleOrganisationIds }, `desk:${dossier.id}:${suffix}`, {
      ...event,
      occurredAt: event.occurredAt.toISOString(),
      dossierCode: dossier.code,
      ...(dossier.itemNumber === null ? {} : { itemNumber: dossier.itemNumber }),
    });
  }

  /**
   * `work` runs with the dossier locked, in one transaction. The calendar is read first: on the
   * embedded database the transaction holds the only connection.
   */
  async function withDossier<T>(actor: DeskActor, id: string, work: (tx: Db, dossier: DossierRow, now: Date, calendar: WorkingCalendar) => Promise<T>): Promise<T> {
    const now = deps.now();
    const calendar = await deps.calendar.calendar();
    return db.transaction(async (tx) => work(tx, await lockDossier(tx, actor, id), now, calendar));
  }

  function forward(actor: DeskActor, id: string, toOrganisationCode: string, note: string | null) {
    return withDossier(actor, id, async (tx, dossier, now) => {
      const unit = await organisationByCode(tx, toOrganisationCode, 'toOrganisationCode');
      if (unit.kind === 'post_office' || unit.kind === 'postal_operator' || unit.kind === 'partner') {
        throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'toOrganisationCode', vi: 'phải là cơ quan có thẩm quyền giải quyết', en: 'must be a competent agency' }] });
      }
      const late = now > dossier.forwardBy;
      return takeStep(tx, actor, dossier, { action: 'forward', at: now, toOrganisationId: unit.id, note, data: { late, forwardBy: dossier.forwardBy.toISOString() }, set: { processingUnitId: unit.id } });
    });
  }

  function requestSupplement(actor: DeskActor, id: string, input: SupplementInput) {
    return withDossier(actor, id, async (tx, dossier, now, calendar) => {
      const deadline = supplementRequestDeadline(calendar, dossier.clockStartedAt);
      if (now > deadline) {
        throw new AppError('CONFLICT', {
          detail: { vi: `Đã quá 3 ngày làm việc kể từ khi tiếp nhận (hạn ${formatVietnamInstant(deadline)}): không thể yêu cầu bổ sung`, en: `More than 3 working days since reception (limit ${deadline.toISOString()}): a supplement can no longer be requested` },
        });
      }
      const updated = await takeStep(tx, actor, dossier, { action: 'request-supplement', at: now, data: { items: input.items } });
      await report(tx, actor, updated, 'supplement-requested', { type: 'dossier.supplement-requested', occurredAt: now, data: { items: input.items.map((i) => i.name), requestedAt: now.toISOString() } });
      return updated;
    });
  }

  /** The dossier is complete: the processing time runs again from zero (Art. 19). */
  function receiveSupplement(actor: DeskActor, id: string) {
    return withDossier(actor, id, async (tx, dossier, now, calendar) => {
      const dueAt = calendar.restartAfterSupplement(now, dossier.processingTime);
      const updated = await takeStep(tx, actor, dossier, { action: 'receive-supplement', at: now, data: { previousDueAt: dossier.dueAt.toISOString() }, set: { clockStartedAt: now, dueAt } });
      await report(tx, actor, updated, `supplement-received:${dossier.version}`, { type: 'dossier.supplement-received', occurredAt: now, data: { completedAt: now.toISOString(), dueAt: dueAt.toISOString() } });
      return updated;
    });
  }

  function refuse(actor: DeskActor, id: string, reason: string) {
    return withDossier(actor, id, async (tx, dossier, now) => {
      const updated = await takeStep(tx, actor, dossier, { action: 'refuse', at: now, note: reason });
      await report(tx, actor, updated, 'refused', { type: 'dossier.refused', occurredAt: now, data: { reason } });
      return updated;
    });
  }

  function notifyDelay(actor: DeskActor, id: string, input: { newDueAt: string; reason: string }) {
    return withDossier(actor, id, async (tx, dossier, now) => {
      const newDueAt = new Date(input.newDueAt);
      const check = checkDelay(now, dossier.dueAt, newDueAt, dossier.dueMoved);
      if (!check.ok) {
        switch (check.reason) {
          case 'already-moved':
            throw new AppError('CONFLICT', { detail: { vi: 'Hạn trả kết quả chỉ được lùi một lần', en: 'A due date may be moved only once' } });
          case 'too-late':
            throw new AppError('CONFLICT', { detail: { vi: `Văn bản xin lỗi phải gửi chậm nhất trước ngày hẹn (${check.lastDay ?? ''}) một ngày`, en: `The apology must be sent at least a day before the due date (${check.lastDay ?? ''})` } });
          case 'not-later':
            throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'newDueAt', vi: 'phải sau hạn hiện tại', en: 'must be after the current due date' }] });
        }
      }
      const updated = await takeStep(tx, actor, dossier, { action: 'notify-delay', at: now, note: input.reason, data: { previousDueAt: dossier.dueAt.toISOString(), dueAt: newDueAt.toISOString() }, set: { dueAt: newDueAt, dueMoved: true } });
      await report(tx, actor, updated, 'delay-notified', { type: 'dossier.delay-notified', occurredAt: now, data: { previousDueAt: dossier.dueAt.toISOString(), dueAt: newDueAt.toISOString(), reason: input.reason } });
      return updated;
    });
  }

  function recordResult(actor: DeskActor, id: string, note: string | null) {
    return withDossier(actor, id, async (tx, dossier, now) => {
      const updated = await takeStep(tx, actor, dossier, { action: 'record-result', at: now, note, set: { resultReadyAt: now } });
      await report(tx, actor, updated, 'result-ready', { type: 'result.ready', occurredAt: now, data: { readyAt: now.toISOString(), resultMethod: dossier.resultMethod === 'postal' ? 'post' : 'in-person' } });
      return updated;
    });
  }

  /**
   * Results handed to the post on one handover record of the desk: each dossier goes through
   * the exchange as `result.handed-to-post`, which the post applies to its item; one that the
   * post refuses rolls the whole record back.
   */
  async function handResultsToPost(actor: DeskActor, input: { dossierIds: string[]; carrierId?: string | undefined }) {
    const now = deps.now();
    return db.transaction(async (tx) => {
      const number = `KQ-${now.toISOString().slice(2, 10).replaceAll('-', '')}-${input.dossierIds.length}-${Math.floor(now.getTime() / 1000) % 100000}`;
      const handed: DossierRow[] = [];
      for (const id of [...input.dossierIds].sort()) {
        const dossier = await lockDossier(tx, actor, id);
        if (dossier.resultMethod !== 'postal' || dossier.itemNumber === null) {
          throw new AppError('CONFLICT', { detail: { vi: `Hồ sơ ${dossier.code} không đăng ký nhận kết quả qua bưu chính`, en: `Dossier ${dossier.code} did not ask for the result by post` } });
        }
        const updated = await takeStep(tx, actor, dossier, { action: 'hand-result-to-post', at: now, data: { manifest: number } });
        await report(tx, actor, updated, 'result-handed', {
          type: 'result.handed-to-post',
          occurredAt: now,
          data: { manifestId: number, resultItemNumber: dossier.itemNumber, ...(input.carrierId === undefined ? {} : { carrierId: input.carrierId }) },
        });
        handed.push(updated);
      }
      return { number, dossiers: handed };
    });
  }

  function deliverInPerson(actor: DeskActor, id: string) {
    return withDossier(actor, id, async (tx, dossier, now) => {
      if (dossier.status === 'result-with-post') throw new AppError('CONFLICT', { detail: { vi: 'Kết quả đang do bưu điện chuyển phát', en: 'The post is delivering the result' } });
      return takeStep(tx, actor, dossier, { action: 'deliver-result', at: now, set: { returnedAt: now } });
    });
  }

  async function agencyName(dossier: DossierRow) {
    return (await organisationById(db, dossier.agencyId)).nameVi;
  }

  return { forward, requestSupplement, receiveSupplement, refuse, notifyDelay, recordResult, handResultsToPost, deliverInPerson, agencyName };
}
