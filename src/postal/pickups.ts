/**
 * Pickup requests (Decision 45/2016 Art. 5: the citizen asks the post to collect the dossier or
 * deliver the result at an address). Made on the public site, by the hotline or at a counter;
 * routed to the post office of the address's current unit (older addresses are resolved);
 * assigned to the postman with the fewest open pickups there unless a supervisor chooses;
 * cancellable until the dossier is taken in. The citizen follows it with the reference and a
 * secret token given once; staff reads of the applicant's details are audited.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationById, procedureByCode } from '../catalog/lookups.js';
import { lockPickup } from './intake.js';
import { type PickupStatus, type ServiceForm, pickupRequests } from './postal.schema.js';
import { accounts } from '../admin/admin.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { organisations } from '../catalog/catalog.schema.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import { recordEvent } from '../exchange/events.js';
import { AppError } from '../platform/errors.js';

export interface PickupInput {
  procedureCode: string;
  serviceForm: ServiceForm;
  applicant: { name: string; phone: string; email?: string | undefined };
  address: string;
  unitCode: string;
  window: { from: string; to: string };
  /** From a confirmed phone verification; needed on the public channel unless verification is off. */
  phoneVerificationToken?: string | undefined;
}

export interface PickupView {
  id: string;
  reference: string;
  procedureCode: string;
  serviceForm: ServiceForm;
  status: PickupStatus;
  unitCode: string;
  postOffice: { code: string; name: string };
  window: { from: string; to: string };
  channel: 'public' | 'hotline' | 'counter';
  postmanAssigned: boolean;
  itemNumber: string | null;
  createdAt: string;
}

export interface PickupDetail extends PickupView {
  applicant: { name: string; phone: string; email: string | null };
  address: string;
  postmanId: string | null;
  cancelReason: string | null;
}

type PickupRow = typeof pickupRequests.$inferSelect;

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_WINDOW_AHEAD_MS = 30 * 24 * 3_600_000;

function newReference(): string {
  const bytes = randomBytes(8);
  return `YC-${[...bytes].map((b) => REFERENCE_ALPHABET[b % 32]).join('')}`;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function view(row: PickupRow, office: { code: string; nameVi: string }): PickupView {
  return {
    id: row.id,
    reference: row.reference,
    procedureCode: row.procedureCode,
    serviceForm: row.serviceForm,
    status: row.status,
    unitCode: row.unitCode,
    postOffice: { code: office.code, name: office.nameVi },
    window: { from: row.windowFrom.toISOString(), to: row.windowTo.toISOString() },
    channel: row.channel,
    postmanAssigned: row.postmanId !== null,
    itemNumber: row.itemNumber,
    createdAt: row.createdAt.toISOString(),
  };
}

export function createPickups(deps: PostalDeps) {
  const { db } = deps;

  async function officeFor(unitCode: string, provinceCode: string) {
    const candidates = await db.select().from(organisations).where(inArray(organisations.code, [`X${unitCode}-BD`, `P${provinceCode}-BD`]));
    const office = candidates.find((o) => o.code === `X${unitCode}-BD` && o.active) ?? candidates.find((o) => o.active);
    if (office === undefined) throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'unitCode', vi: 'chưa có bưu cục phục vụ địa bàn này', en: 'no post office serves this area yet' }] });
    return office;
  }

  /** `channel` public: no staff account; the citizen gets a token to follow and cancel. */
  async function request(input: PickupInput, channel: 'public' | 'hotline' | 'counter', staff: AccountPrincipal | null) {
    const now = deps.now();
    const from = new Date(input.window.from);
    const to = new Date(input.window.to);
    if (!(from < to) || to.getTime() < now.getTime() || from.getTime() > now.getTime() + MAX_WINDOW_AHEAD_MS) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'window', vi: 'khung giờ phải bắt đầu trước khi kết thúc, chưa qua, và trong vòng 30 ngày', en: 'the window must start before it ends, not be over, and lie within 30 days' }] });
    }
    const procedure = await procedureByCode(db, input.procedureCode);
    if (!procedure.postalServiceOffered) throw new AppError('PROCEDURE_NOT_BY_POST', { extra: { procedureCode: procedure.code } });
    const unit = await deps.organisations.resolveUnit(input.unitCode, vietnamDateOf(now));
    const office = await officeFor(unit.code, unit.provinceCode);
    const token = channel === 'public' ? randomBytes(24).toString('base64url') : null;
    // Staff at the hotline or a counter speak to the citizen; only the public site proves the phone.
    const consumePhoneToken = channel === 'public' ? deps.consumePhoneToken : undefined;
    const phoneToken = input.phoneVerificationToken;
    if (consumePhoneToken !== undefined && phoneToken === undefined) {
      throw new AppError('PHONE_NOT_VERIFIED', { fields: [{ in: 'body', name: 'phoneVerificationToken', vi: 'cần xác minh số điện thoại bằng mã gửi qua tin nhắn', en: 'verify the phone with the code sent by SMS first' }] });
    }
    const id = randomUUID();
    const row = await db.transaction(async (tx) => {
      if (consumePhoneToken !== undefined && phoneToken !== undefined) await consumePhoneToken(tx, input.applicant.phone, phoneToken);
      const [created] = await tx
        .insert(pickupRequests)
        .values({
          id,
          reference: newReference(),
          procedureCode: procedure.code,
          serviceForm: input.serviceForm,
          applicantName: input.applicant.name,
          applicantPhone: input.applicant.phone,
          applicantEmail: input.applicant.email ?? null,
          addressLine: input.address,
          unitCode: unit.code,
          givenUnitCode: input.unitCode,
          postOfficeId: office.id,
          windowFrom: from,
          windowTo: to,
          channel,
          accessTokenHash: token === null ? null : hashToken(token),
          createdBy: staff?.accountId ?? null,
          createdAt: now,
        })
        .returning();
      if (created === undefined) throw new Error('pickup insert returned no row');
      await recordEvent(tx, {
        type: 'pickup.requested',
        occurredAt: now,
        subjectKey: id,
        source: 'postal',
        data: { pickupId: id, procedureCode: procedure.code, serviceForm: input.serviceForm, unitCode: unit.code, window: { from: from.toISOString(), to: to.toISOString() } },
      });
      return created;
    });
    return { pickup: view(row, office), accessToken: token };
  }

  /** Assigns a postman of the pickup's office: the one named, or the one with the fewest open pickups. */
  async function assign(actor: PostalActor, pickupId: string, postmanId: string | undefined) {
    const now = deps.now();
    return db.transaction(async (tx) => {
      const pickup = await lockPickup(tx, actor, pickupId, ['requested', 'assigned']);
      const postmen = await tx
        .select({ id: accounts.id, open: count(pickupRequests.id) })
        .from(accounts)
        .leftJoin(pickupRequests, and(eq(pickupRequests.postmanId, accounts.id), eq(pickupRequests.status, 'assigned')))
        .where(and(eq(accounts.organisationId, pickup.postOfficeId), eq(accounts.role, 'postman'), eq(accounts.active, true)))
        .groupBy(accounts.id)
        .orderBy(asc(count(pickupRequests.id)), asc(accounts.id));
      const chosen = postmanId === undefined ? postmen[0] : postmen.find((p) => p.id === postmanId);
      if (chosen === undefined) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ in: 'body', name: 'postmanId', vi: postmanId === undefined ? 'bưu cục chưa có bưu tá nào' : 'không phải bưu tá của bưu cục phụ trách', en: postmanId === undefined ? 'the post office has no postman' : 'not a postman of the responsible post office' }],
        });
      }
      const [row] = await tx.update(pickupRequests).set({ status: 'assigned', postmanId: chosen.id }).where(eq(pickupRequests.id, pickupId)).returning();
      if (row === undefined) throw new Error('locked pickup vanished');
      const office = await organisationById(tx, pickup.postOfficeId);
      await recordEvent(tx, { type: 'pickup.assigned', occurredAt: now, subjectKey: pickupId, source: 'postal', data: { pickupId, postOffice: { code: office.code, name: office.nameVi }, postmanId: chosen.id } });
      return view(row, office);
    });
  }

  async function cancelRow(pickup: PickupRow, reason: string) {
    const now = deps.now();
    return db.transaction(async (tx) => {
      const [row] = await tx
        .update(pickupRequests)
        .set({ status: 'cancelled', cancelledAt: now, cancelReason: reason })
        .where(and(eq(pickupRequests.id, pickup.id), inArray(pickupRequests.status, ['requested', 'assigned'])))
        .returning();
      if (row === undefined) throw new AppError('CONFLICT', { detail: { vi: 'Yêu cầu đã được thực hiện hoặc đã hủy', en: 'The request was carried out or cancelled already' } });
      await recordEvent(tx, { type: 'pickup.cancelled', occurredAt: now, subjectKey: pickup.id, source: 'postal', data: { pickupId: pickup.id, reason } });
      return view(row, await organisationById(tx, row.postOfficeId));
    });
  }

  async function byReference(reference: string, token: string): Promise<PickupRow> {
    const [row] = await db.select().from(pickupRequests).where(eq(pickupRequests.reference, reference));
    // One answer for an unknown reference and a wrong token: the reference alone reveals nothing.
    if (row === undefined || row.accessTokenHash === null || row.accessTokenHash !== hashToken(token)) {
      throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy yêu cầu với mã và khoá này', en: 'No request with this reference and token' } });
    }
    return row;
  }

  async function publicView(reference: string, token: string): Promise<PickupView> {
    const row = await byReference(reference, token);
    return view(row, await organisationById(db, row.postOfficeId));
  }

  async function cancelByCitizen(reference: string, token: string, reason: string): Promise<PickupView> {
    return cancelRow(await byReference(reference, token), reason);
  }

  async function cancelByStaff(actor: PostalActor, pickupId: string, reason: string): Promise<PickupView> {
    const [row] = await db.select().from(pickupRequests).where(eq(pickupRequests.id, pickupId));
    if (row === undefined || !actor.visibleOrganisationIds.has(row.postOfficeId)) throw new AppError('NOT_FOUND', { detail: { vi: 'Không có yêu cầu thu gom này', en: 'No such pickup request' } });
    return cancelRow(row, reason);
  }

  /** Pickups of the offices the actor sees; a postman sees only those assigned to them. */
  async function list(actor: AccountPrincipal, status: PickupStatus | undefined): Promise<PickupView[]> {
    const rows = await db
      .select({ p: pickupRequests, code: organisations.code, nameVi: organisations.nameVi })
      .from(pickupRequests)
      .innerJoin(organisations, eq(organisations.id, pickupRequests.postOfficeId))
      .where(
        and(
          inArray(pickupRequests.postOfficeId, [...actor.visibleOrganisationIds]),
          status === undefined ? undefined : eq(pickupRequests.status, status),
          actor.role === 'postman' ? eq(pickupRequests.postmanId, actor.accountId) : undefined,
        ),
      )
      .orderBy(desc(pickupRequests.createdAt))
      .limit(500);
    return rows.map((r) => view(r.p, r));
  }

  async function detail(actor: AccountPrincipal, pickupId: string, context: RequestContext): Promise<PickupDetail> {
    const [row] = await db.select().from(pickupRequests).where(eq(pickupRequests.id, pickupId));
    if (row === undefined || !actor.visibleOrganisationIds.has(row.postOfficeId) || (actor.role === 'postman' && row.postmanId !== actor.accountId)) {
      throw new AppError('NOT_FOUND', { detail: { vi: 'Không có yêu cầu thu gom này', en: 'No such pickup request' } });
    }
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'pickup.read', outcome: 'success', subjectType: 'pickup', subjectId: row.id, personalData: true });
    return {
      ...view(row, await organisationById(db, row.postOfficeId)),
      applicant: { name: row.applicantName, phone: row.applicantPhone, email: row.applicantEmail },
      address: row.addressLine,
      postmanId: row.postmanId,
      cancelReason: row.cancelReason,
    };
  }

  return { request, assign, publicView, cancelByCitizen, cancelByStaff, list, detail };
}
