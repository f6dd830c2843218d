/**
 * Taking a dossier in, at the citizen's address or at any post office of the province
 * (boundary-free). The documents are tallied against the procedure's list; a dossier missing a
 * required document is not taken: the refusal is recorded, no item is created, and a guidance
 * slip says what to add. A complete dossier gets an S10 item number, its postage from the
 * tariff in force, the fees collected on behalf if the citizen asks, both signatures, and is
 * routed to the competent desk; the item, its first custody transfer and the `dossier.taken-in`
 * event commit together (invariant 1). Mobile clients retry with the same Idempotency-Key.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type ItemRow, moveItem } from './custody-store.js';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationByCode, organisationById, procedureByCode, type OrganisationRow } from '../catalog/lookups.js';
import { createS10Allocator } from './item-numbers.js';
import { checkLabelNumber, takeLabelNumber } from './label-numbers.js';
import { type ServiceForm, pickupRequests, postalItems } from './postal.schema.js';
import { transitLimitsOn, transitScope } from './transit.js';
import { buildChecklist, evaluateTally, type TallyEntry, type TallyProblem } from '../domain/postal-item/checklist.js';
import { defaultDeskRoute } from '../domain/postal-item/routing.js';
import { transitDeadline } from '../domain/calendar/transit.js';
import { vietQrPayload } from '../domain/money/vietqr.js';
import { parsePlainDate, vietnamDateOf } from '../domain/time/plain-date.js';
import type { QuoteDirection, Zone } from '../domain/tariff/types.js';
import { idempotent, requestFingerprint } from '../exchange/idempotency.js';
import { recordEvent } from '../exchange/events.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface Applicant {
  name: string;
  phone: string;
  email?: string | undefined;
  idNumber?: string | undefined;
  address: string;
  unitCode: string;
}

export interface IntakeInput {
  pickupId?: string | undefined;
  procedureCode: string;
  serviceForm: ServiceForm;
  place: 'address' | 'post-office';
  applicant: Applicant;
  /** A desk the citizen chose (organisation code); otherwise the competent one of their unit. */
  agencyCode?: string | undefined;
  tally: TallyEntry[];
  weightGrams: number;
  discount?: string | undefined;
  fees?: { amount: number; method: 'cash' | 'transfer' } | undefined;
  signatures: { citizen: string; staff: string };
  /** The number of a pre-printed label stuck on the envelope (label-numbers.ts); otherwise the next number is issued. */
  itemNumber?: string | undefined;
}

export interface TakenIn {
  outcome: 'taken-in';
  itemNumber: string;
  slipNumber: string;
  state: string;
  agency: { code: string; name: string };
  postOffice: { code: string; name: string };
  postage: number;
  quoteLines: Array<{ code: string; labelVi: string; labelEn: string; amount: number }>;
  feesCollected: number;
  total: number;
  transitDueOn: string;
  trackingUrl: string;
  /** For a transfer: the VietQR payload to show as a QR code (amount: postage and fees). */
  payment: { method: 'transfer'; amount: number; vietQr: string } | null;
}

export interface RefusedIncomplete {
  outcome: 'refused-incomplete';
  refusalId: string;
  missing: Array<{ id: string; document: string }>;
}

export type IntakeResult = TakenIn | RefusedIncomplete;

function directionOf(form: ServiceForm): QuoteDirection {
  switch (form) {
    case 'send-dossier':
      return 'pickup';
    case 'receive-result':
      return 'delivery';
    case 'both':
      return 'both';
  }
}

function tallyError(problems: readonly TallyProblem[]): AppError {
  const text = (p: TallyProblem) => {
    switch (p.reason) {
      case 'unknown-item':
        return { vi: `${p.id}: không có trong danh mục giấy tờ của thủ tục`, en: `${p.id}: not in the procedure's document list` };
      case 'duplicate-item':
        return { vi: `${p.id}: kiểm đếm hai lần`, en: `${p.id}: tallied twice` };
      case 'not-tallied':
        return { vi: `${p.id}: chưa kiểm đếm`, en: `${p.id}: not tallied` };
      case 'required-marked-not-applicable':
        return { vi: `${p.id}: giấy tờ bắt buộc, không thể đánh dấu "không áp dụng"`, en: `${p.id}: required, cannot be "not applicable"` };
      case 'no-copy-kind':
        return { vi: `${p.id}: cần ghi bản chính hay bản sao`, en: `${p.id}: say whether original or copy` };
    }
  };
  return new AppError('VALIDATION_FAILED', { fields: problems.map((p) => ({ in: 'body' as const, name: 'tally', ...text(p) })) });
}

export function createIntake(deps: PostalDeps) {
  const { db } = deps;
  const numbers = createS10Allocator(db);

  async function competentDesk(input: IntakeInput, unit: { code: string; provinceCode: string }, agencyLevels: string[]): Promise<OrganisationRow> {
    if (input.agencyCode !== undefined) {
      const chosen = await organisationByCode(db, input.agencyCode, 'agencyCode');
      if (chosen.kind !== 'public_service_centre') {
        throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'agencyCode', vi: 'phải là một Bộ phận Một cửa (trung tâm phục vụ hành chính công)', en: 'must be a one-stop desk (public service centre)' }] });
      }
      return chosen;
    }
    const route = defaultDeskRoute(agencyLevels, unit.code, unit.provinceCode);
    switch (route.level) {
      case 'commune':
        return organisationByCode(db, `X${route.unitCode}-TTPVHCC`, 'agencyCode');
      case 'province':
        return organisationByCode(db, `P${route.unitCode}-TTPVHCC`, 'agencyCode');
      case 'none':
        throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'agencyCode', vi: 'thủ tục không do cấp xã hay cấp tỉnh giải quyết: hãy chọn cơ quan nhận hồ sơ', en: 'the procedure is not handled at commune or province level: choose the receiving agency' }] });
    }
  }

  async function unitOfOrganisation(org: OrganisationRow, at: string): Promise<{ unitCode: string; provinceCode: string }> {
    if (org.unitCode.length <= 2) return { unitCode: org.unitCode, provinceCode: org.unitCode };
    const unit = await deps.organisations.resolveUnit(org.unitCode, at);
    return { unitCode: unit.code, provinceCode: unit.provinceCode };
  }

  async function takeIn(actor: PostalActor, key: string, input: IntakeInput): Promise<{ status: number; body: IntakeResult; replayed: boolean }> {
    const now = deps.now();
    const today = vietnamDateOf(now);
    const procedure = await procedureByCode(db, input.procedureCode);
    if (!procedure.postalServiceOffered) throw new AppError('PROCEDURE_NOT_BY_POST', { extra: { procedureCode: procedure.code } });
    const evaluation = evaluateTally(buildChecklist(procedure.components), input.tally);
    if (!evaluation.ok) throw tallyError(evaluation.problems);
    const label = input.itemNumber === undefined ? null : checkLabelNumber(input.itemNumber);
    const office = await organisationById(db, actor.organisationId);
    if (office.kind !== 'post_office' && office.kind !== 'postal_operator') {
      throw new AppError('FORBIDDEN', { detail: { vi: 'Chỉ nhân viên bưu chính được nhận gửi hồ sơ', en: 'Only postal staff may take dossiers in' } });
    }
    const fingerprint = requestFingerprint('POST', '/api/v1/postal/intakes', input);
    const principal = `account:${actor.accountId}`;

    if (!evaluation.complete) {
      const missing = evaluation.missing.map((m) => ({ id: m.id, document: m.document }));
      return idempotent<IntakeResult>(db, { principal, key, fingerprint }, async (tx) => {
        const refusalId = randomUUID();
        const subject = input.pickupId ?? `counter:${refusalId}`;
        if (input.pickupId !== undefined) await lockPickup(tx, actor, input.pickupId, ['requested', 'assigned']);
        if (input.pickupId !== undefined) await tx.update(pickupRequests).set({ status: 'refused-incomplete' }).where(eq(pickupRequests.id, input.pickupId));
        await recordEvent(tx, {
          id: refusalId,
          type: 'intake.refused-incomplete',
          occurredAt: now,
          subjectKey: subject,
          source: 'postal',
          data: { pickupId: subject, procedureCode: procedure.code, missing: missing.map((m) => m.document), postOffice: { code: office.code, name: office.nameVi }, staffId: actor.accountId },
        });
        return { status: 422, body: { outcome: 'refused-incomplete', refusalId, missing } };
      });
    }

    const unit = await deps.organisations.resolveUnit(input.applicant.unitCode, today);
    const desk = await competentDesk(input, unit, procedure.agencyLevels);
    const deskUnit = await unitOfOrganisation(desk, today);
    const from = { unitCode: unit.code, provinceCode: unit.provinceCode };
    const scope = transitScope(from, deskUnit);
    const zone: Zone = scope === 'same-district' ? 'intra-district' : scope === 'intra-province' ? 'intra-province' : 'inter-province-far';
    const feesCollected = input.fees?.amount ?? 0;
    const quote = await deps.tariffs.quoteOn(today, {
      direction: directionOf(input.serviceForm),
      zone,
      weightGrams: input.weightGrams,
      collectFees: feesCollected > 0,
      ...(input.discount === undefined ? {} : { discount: input.discount }),
    });
    const calendar = await deps.calendar.calendar();
    const transitDueOn = transitDeadline(calendar, parsePlainDate(today), scope, false, await transitLimitsOn(db, today));
    if (label === null) await numbers.prepare(deps.s10Prefix);

    return idempotent<IntakeResult>(db, { principal, key, fingerprint }, async (tx) => {
      if (input.pickupId !== undefined) await lockPickup(tx, actor, input.pickupId, ['requested', 'assigned']);
      if (label !== null) await takeLabelNumber(tx, label, now);
      const itemNumber = label ?? (await numbers.issue(tx, deps.s10Prefix, now));
      const slipNumber = `${today.slice(2).replaceAll('-', '')}-${itemNumber}`;
      const [created] = await tx
        .insert(postalItems)
        .values({
          itemNumber,
          slipNumber,
          pickupId: input.pickupId ?? null,
          procedureCode: procedure.code,
          serviceForm: input.serviceForm,
          agencyId: desk.id,
          postOfficeId: office.id,
          place: input.place,
          state: 'with-citizen',
          custodianKind: 'citizen',
          custodianRef: 'citizen',
          applicantName: input.applicant.name,
          applicantPhone: input.applicant.phone,
          applicantEmail: input.applicant.email ?? null,
          applicantIdNumber: input.applicant.idNumber ?? null,
          addressLine: input.applicant.address,
          unitCode: unit.code,
          weightGrams: input.weightGrams,
          postage: quote.total,
          discountCode: input.discount ?? null,
          quoteLines: quote.lines.map((l) => ({ code: l.code, labelVi: l.labelVi, labelEn: l.labelEn, amount: l.amount })),
          feesCollected,
          feesMethod: input.fees?.method ?? null,
          tally: evaluation.entries,
          signatureCitizen: input.signatures.citizen,
          signatureStaff: input.signatures.staff,
          takenInAt: now,
          takenInBy: actor.accountId,
          transitDueOn,
          updatedAt: now,
        })
        .returning();
      if (created === undefined) throw new Error('item insert returned no row');
      await recordEvent(tx, {
        type: 'dossier.taken-in',
        occurredAt: now,
        itemNumber,
        subjectKey: itemNumber,
        source: 'postal',
        data: {
          procedureCode: procedure.code,
          serviceForm: input.serviceForm,
          agency: { code: desk.code, name: desk.nameVi },
          postOffice: { code: office.code, name: office.nameVi },
          postage: quote.total,
          feesCollected,
          slipNumber,
        },
      });
      const item: ItemRow =
        input.place === 'address'
          ? await moveItem(tx, created, { to: 'collected', party: { kind: 'postman', ref: actor.accountId }, place: office.code, at: now, by: principal })
          : await moveItem(tx, created, { to: 'at-post-office', party: { kind: 'post-office', ref: office.code }, place: office.code, at: now, by: principal });
      if (input.pickupId !== undefined) await tx.update(pickupRequests).set({ status: 'taken-in', itemNumber }).where(eq(pickupRequests.id, input.pickupId));
      return {
        status: 201,
        body: {
          outcome: 'taken-in',
          itemNumber,
          slipNumber,
          state: item.state,
          agency: { code: desk.code, name: desk.nameVi },
          postOffice: { code: office.code, name: office.nameVi },
          postage: quote.total,
          quoteLines: quote.lines.map((l) => ({ code: l.code, labelVi: l.labelVi, labelEn: l.labelEn, amount: l.amount })),
          feesCollected,
          total: quote.total + feesCollected,
          transitDueOn,
          trackingUrl: `${deps.publicBaseUrl.replace(/\/$/u, '')}/tra-cuu/${itemNumber}`,
          payment:
            input.fees?.method === 'transfer' && deps.transferAccount !== null
              ? { method: 'transfer', amount: quote.total + feesCollected, vietQr: vietQrPayload({ ...deps.transferAccount, amount: quote.total + feesCollected, message: `BCCI ${itemNumber}` }) }
              : null,
        },
      };
    });
  }

  /** The list a postman ticks for a procedure, from the catalogue. */
  async function checklist(procedureCode: string) {
    const procedure = await procedureByCode(db, procedureCode);
    return { procedureCode: procedure.code, procedureName: procedure.name, postalServiceOffered: procedure.postalServiceOffered, items: buildChecklist(procedure.components) };
  }

  return { takeIn, checklist };
}

/** Locks a pickup request the actor's office may work on, in one of the expected states. */
export async function lockPickup(tx: Db, actor: PostalActor, pickupId: string, states: readonly string[]) {
  const [pickup] = await tx.select().from(pickupRequests).where(eq(pickupRequests.id, pickupId)).for('update');
  if (pickup === undefined || !actor.visibleOrganisationIds.has(pickup.postOfficeId)) {
    throw new AppError('NOT_FOUND', { detail: { vi: 'Không có yêu cầu thu gom này', en: 'No such pickup request' } });
  }
  if (!states.includes(pickup.status)) {
    throw new AppError('CONFLICT', { detail: { vi: `Yêu cầu thu gom đang ở trạng thái ${pickup.status}`, en: `The pickup request is ${pickup.status}` }, extra: { status: pickup.status } });
  }
  return pickup;
}
