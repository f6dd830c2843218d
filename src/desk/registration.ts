/**
 * Registering a dossier at the desk (Decree 61/2018 Art. 17): a dossier code of the agency and
 * day, the legal filing time (the handover record's signature for a postal dossier, the
 * receipt otherwise), the due date from the procedure's processing time on the working-time
 * calendar, and the time by which it must reach the processing unit. The post hears of it
 * through the exchange (`dossier.registered`), in the same transaction.
 */
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { DeskActor, DeskDeps } from './deps.js';
import { deskPostalStaff, dossiers } from './desk.schema.js';
import { issueDossierCode } from './dossier-codes.js';
import { type DossierRow, takeStep } from './dossier-store.js';
import { type OrganisationRow, organisationById, procedureByCode } from '../catalog/lookups.js';
import type { ProcessingTime, WorkingCalendar } from '../domain/calendar/working-time.js';
import { processingTimeOf } from '../domain/dossier/legal-time.js';
import type { Channel, ResultMethod } from '../domain/dossier/national-portal.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface DossierDocument {
  name: string;
  kind: 'original' | 'copy' | 'certified-copy';
  quantity: number;
}

export interface RegisterInput {
  procedureCode: string;
  channel: Channel;
  resultMethod: ResultMethod;
  itemNumber?: string | undefined;
  manifestId?: string | undefined;
  applicant: { name: string; phone: string; email?: string | null | undefined; idNumber?: string | null | undefined; address: string; unitCode?: string | null | undefined };
  documents: DossierDocument[];
  /** Only when the catalogue publishes no processing time for the procedure. */
  processingTime?: ProcessingTime | undefined;
}

/** The desk the actor registers for: their own, or the one a postal staff member works at (R8). */
export async function deskOfActor(db: Db, actor: DeskActor, today: string): Promise<{ desk: OrganisationRow; role: DeskActor['role'] }> {
  const own = await organisationById(db, actor.organisationId);
  if (own.kind === 'public_service_centre') return { desk: own, role: actor.role };
  const [assignment] = await db
    .select({ deskId: deskPostalStaff.deskId })
    .from(deskPostalStaff)
    .where(and(eq(deskPostalStaff.accountId, actor.accountId), lte(deskPostalStaff.since, today), or(isNull(deskPostalStaff.until), gte(deskPostalStaff.until, today))));
  if (assignment === undefined) {
    throw new AppError('FORBIDDEN', { detail: { vi: 'Bạn không làm việc tại một Bộ phận Một cửa', en: 'You do not work at a one-stop desk' } });
  }
  // Postal staff working at the desk receive dossiers in the desk's name (Decision 45/2016, R8).
  return { desk: await organisationById(db, assignment.deskId), role: 'desk_officer' };
}

export function createRegistration(deps: DeskDeps) {
  /**
   * `calendar` is read before the transaction opens: on the embedded database a transaction
   * holds the only connection, so nothing inside it may query outside it.
   */
  async function registerIn(tx: Db, calendar: WorkingCalendar, actor: Pick<DeskActor, 'accountId' | 'role'> & { organisationId: string; visibleOrganisationIds: ReadonlySet<string> }, desk: OrganisationRow, input: RegisterInput, filedAt: Date): Promise<DossierRow> {
    if (desk.agencyCode === null) throw new AppError('CONFLICT', { detail: { vi: `${desk.nameVi} chưa có mã định danh cơ quan`, en: `${desk.nameEn} has no agency code` } });
    const procedure = await procedureByCode(tx, input.procedureCode);
    const processingTime = processingTimeOf(procedure.submissionMethods, input.channel) ?? input.processingTime;
    if (processingTime === undefined) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'processingTime', vi: 'danh mục chưa công bố thời hạn giải quyết của thủ tục này: cần nhập', en: 'the catalogue publishes no processing time for this procedure: state it' }] });
    }
    const code = await issueDossierCode(tx, desk.agencyCode, filedAt);
    const dueAt = calendar.dueDate(filedAt, processingTime);
    const [created] = await tx
      .insert(dossiers)
      .values({
        code,
        agencyId: desk.id,
        procedureCode: procedure.code,
        channel: input.channel,
        resultMethod: input.resultMethod,
        itemNumber: input.itemNumber ?? null,
        manifestId: input.manifestId ?? null,
        applicantName: input.applicant.name,
        applicantPhone: input.applicant.phone,
        applicantEmail: input.applicant.email ?? null,
        applicantIdNumber: input.applicant.idNumber ?? null,
        applicantAddress: input.applicant.address,
        unitCode: input.applicant.unitCode ?? null,
        documents: input.documents,
        status: 'awaiting-handover',
        filedAt,
        clockStartedAt: filedAt,
        processingTime,
        dueAt,
        forwardBy: calendar.forwardDeadline(filedAt),
        receivedBy: actor.accountId,
        updatedAt: filedAt,
      })
      .returning();
    if (created === undefined) throw new Error('dossier insert returned no row');
    const registered = await takeStep(tx, actor, created, { action: 'register', at: filedAt, data: { channel: input.channel } });
    await deps.exchange.report(
      tx,
      { principal: `account:${actor.accountId}`, visibleOrganisationIds: actor.visibleOrganisationIds },
      `desk:${registered.id}:registered`,
      {
        type: 'dossier.registered',
        occurredAt: filedAt.toISOString(),
        dossierCode: registered.code,
        ...(registered.itemNumber === null ? {} : { itemNumber: registered.itemNumber }),
        data: { filedAt: filedAt.toISOString(), dueAt: dueAt.toISOString(), agency: { code: desk.code, name: desk.nameVi }, procedureCode: procedure.code },
      },
    );
    return registered;
  }

  /** A dossier received in person or online (channels 1 and 2): filed when received. */
  async function registerDirect(actor: DeskActor, input: RegisterInput): Promise<DossierRow> {
    if (input.channel === 'postal') {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'channel', vi: 'hồ sơ qua bưu chính được tiếp nhận từ biên bản giao nhận', en: 'postal dossiers are received from their handover record' }] });
    }
    const now = deps.now();
    const { desk, role } = await deskOfActor(deps.db, actor, vietnamDateOf(now));
    const calendar = await deps.calendar.calendar();
    return deps.db.transaction((tx) => registerIn(tx, calendar, { ...actor, role, visibleOrganisationIds: new Set([...actor.visibleOrganisationIds, desk.id]) }, desk, input, now));
  }

  return { registerIn, registerDirect };
}

export type Registration = ReturnType<typeof createRegistration>;
