/** Reading one item with its custody chain and delivery attempts; staff reads are audited (personal data). */
import { and, asc, eq } from 'drizzle-orm';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationById } from '../catalog/lookups.js';
import { custodyTransfers, deliveryAttempts, postalItems } from './postal.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { AppError } from '../platform/errors.js';

export function createItemQueries(deps: PostalDeps) {
  const { db } = deps;

  async function detail(actor: AccountPrincipal & PostalActor, itemNumber: string, context: RequestContext) {
    const [item] = await db.select().from(postalItems).where(eq(postalItems.itemNumber, itemNumber));
    if (item === undefined || !(actor.visibleOrganisationIds.has(item.postOfficeId) || actor.visibleOrganisationIds.has(item.agencyId))) {
      throw new AppError('NOT_FOUND', { detail: { vi: `Không có bưu gửi ${itemNumber} trong phạm vi của bạn`, en: `No item ${itemNumber} within your scope` } });
    }
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'postal-item.read', outcome: 'success', subjectType: 'postal-item', subjectId: itemNumber, personalData: true });
    const [custody, attempts, agency, office] = await Promise.all([
      db.select().from(custodyTransfers).where(eq(custodyTransfers.itemNumber, itemNumber)).orderBy(asc(custodyTransfers.seq)),
      db.select().from(deliveryAttempts).where(and(eq(deliveryAttempts.itemNumber, itemNumber))).orderBy(asc(deliveryAttempts.attempt)),
      organisationById(db, item.agencyId),
      organisationById(db, item.postOfficeId),
    ]);
    return {
      itemNumber: item.itemNumber,
      slipNumber: item.slipNumber,
      procedureCode: item.procedureCode,
      serviceForm: item.serviceForm,
      state: item.state,
      custodian: { kind: item.custodianKind, ref: item.custodianRef },
      agency: { code: agency.code, name: agency.nameVi },
      postOffice: { code: office.code, name: office.nameVi },
      applicant: { name: item.applicantName, phone: item.applicantPhone, email: item.applicantEmail, address: item.addressLine, unitCode: item.unitCode },
      postage: item.postage,
      feesCollected: item.feesCollected,
      takenInAt: item.takenInAt.toISOString(),
      transitDueOn: item.transitDueOn,
      filedAt: item.filedAt?.toISOString() ?? null,
      dossierCode: item.dossierCode,
      failedAttempts: item.failedAttempts,
      nextAttemptOn: item.nextAttemptOn,
      version: item.version,
      custody: custody.map((c) => ({ seq: c.seq, from: { state: c.fromState, kind: c.fromKind, ref: c.fromRef }, to: { state: c.toState, kind: c.toKind, ref: c.toRef }, place: c.place, at: c.at.toISOString() })),
      attempts: attempts.map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), outcome: a.outcome, reason: a.reason, nextAttemptOn: a.nextAttemptOn, identityKind: a.identityKind, receivedBy: a.receivedBy })),
    };
  }

  return { detail };
}
