/**
 * The post's printed documents, built from the records: the phiếu gửi hồ sơ of an item, the
 * guidance slip of a refused intake (from its event), and the handover records. Each read is
 * scoped to the actor's organisations; slips carry personal data, so printing one is audited.
 */
import { and, eq } from 'drizzle-orm';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationById, procedureByCode, staffName } from '../catalog/lookups.js';
import { manifestItems, manifests, pickupRequests, postalItems } from './postal.schema.js';
import { recordAudit } from '../admin/audit.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { renderGuidanceSlip, renderHandoverManifest, renderIntakeSlip } from '../documents/index.js';
import { buildChecklist, type TallyEntry } from '../domain/postal-item/checklist.js';
import { exchangeEvents } from '../exchange/exchange.schema.js';
import { AppError } from '../platform/errors.js';

function signatureBytes(dataUrl: string | null): Buffer | null {
  if (dataUrl === null) return null;
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? null : Buffer.from(dataUrl.slice(comma + 1), 'base64');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export function createPostalDocuments(deps: PostalDeps) {
  const { db } = deps;

  async function intakeSlip(actor: AccountPrincipal & PostalActor, itemNumber: string, context: RequestContext): Promise<Buffer> {
    const [item] = await db.select().from(postalItems).where(eq(postalItems.itemNumber, itemNumber));
    if (item === undefined || !(actor.visibleOrganisationIds.has(item.postOfficeId) || actor.visibleOrganisationIds.has(item.agencyId))) {
      throw new AppError('NOT_FOUND', { detail: { vi: `Không có bưu gửi ${itemNumber} trong phạm vi của bạn`, en: `No item ${itemNumber} within your scope` } });
    }
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'postal-item.slip-printed', outcome: 'success', subjectType: 'postal-item', subjectId: itemNumber, personalData: true });
    const [procedure, office, agency, staff] = await Promise.all([procedureByCode(db, item.procedureCode), organisationById(db, item.postOfficeId), organisationById(db, item.agencyId), staffName(db, item.takenInBy)]);
    const labels = new Map(buildChecklist(procedure.components).map((c) => [c.id, c.document]));
    const tally = item.tally as TallyEntry[];
    const discount = item.quoteLines.find((l) => l.code === 'discount');
    return renderIntakeSlip({
      slipNumber: item.slipNumber,
      itemNumber: item.itemNumber,
      trackingUrl: `${deps.publicBaseUrl.replace(/\/$/u, '')}/tra-cuu/${item.itemNumber}`,
      takenInAt: item.takenInAt,
      place: item.place,
      postOfficeName: office.nameVi,
      applicant: { name: item.applicantName, phone: item.applicantPhone, idNumber: item.applicantIdNumber, address: item.addressLine },
      procedure: { code: procedure.code, name: procedure.name },
      serviceForm: item.serviceForm,
      agencyName: agency.nameVi,
      // Only what was handed over or found missing: the items that did not apply would fill pages.
      documents: tally.filter((e) => e.status !== 'not-applicable').map((e) => ({ label: labels.get(e.id) ?? e.id, present: e.status === 'present', copyKind: e.copyKind, note: e.note })),
      postage: item.postage,
      discount: discount === undefined ? null : { label: discount.labelVi, amount: Math.abs(discount.amount) },
      feesCollected: item.feesCollected,
      feesMethod: item.feesMethod,
      total: item.postage + item.feesCollected,
      staffName: staff,
      signatures: { citizen: signatureBytes(item.signatureCitizen), staff: signatureBytes(item.signatureStaff) },
    });
  }

  async function guidanceSlip(actor: PostalActor, refusalId: string): Promise<Buffer> {
    const [event] = UUID.test(refusalId) ? await db.select().from(exchangeEvents).where(and(eq(exchangeEvents.id, refusalId), eq(exchangeEvents.type, 'intake.refused-incomplete'))) : [];
    const data = event?.data as { pickupId: string; procedureCode: string; missing: string[]; postOffice: { code: string; name: string }; staffId: string } | undefined;
    if (event === undefined || data === undefined) throw new AppError('NOT_FOUND', { detail: { vi: 'Không có lần từ chối nhận này', en: 'No such refused intake' } });
    const [officeRow] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, data.postOffice.code));
    const officeId = officeRow?.id;
    if (officeId === undefined || !actor.visibleOrganisationIds.has(officeId)) throw new AppError('NOT_FOUND', { detail: { vi: 'Không có lần từ chối nhận này', en: 'No such refused intake' } });
    const [pickup] = UUID.test(data.pickupId) ? await db.select({ name: pickupRequests.applicantName }).from(pickupRequests).where(eq(pickupRequests.id, data.pickupId)) : [];
    const procedure = await procedureByCode(db, data.procedureCode);
    return renderGuidanceSlip({
      issuedAt: event.occurredAt,
      postOfficeName: data.postOffice.name,
      staffName: await staffName(db, data.staffId),
      applicantName: pickup?.name ?? '',
      procedure: { code: procedure.code, name: procedure.name },
      missing: data.missing,
    });
  }

  async function manifest(actor: PostalActor, id: string): Promise<Buffer> {
    const [m] = UUID.test(id) ? await db.select().from(manifests).where(eq(manifests.id, id)) : [];
    if (m === undefined || !(actor.visibleOrganisationIds.has(m.fromOrganisationId) || actor.visibleOrganisationIds.has(m.toOrganisationId))) {
      throw new AppError('NOT_FOUND', { detail: { vi: 'Không có biên bản này', en: 'No such handover record' } });
    }
    const lines = await db
      .select({ itemNumber: manifestItems.itemNumber, fees: manifestItems.fees, procedureCode: postalItems.procedureCode, applicantName: postalItems.applicantName })
      .from(manifestItems)
      .innerJoin(postalItems, eq(postalItems.itemNumber, manifestItems.itemNumber))
      .where(eq(manifestItems.manifestId, id))
      .orderBy(manifestItems.itemNumber);
    const names = new Map<string, string>();
    for (const code of new Set(lines.map((l) => l.procedureCode))) names.set(code, (await procedureByCode(db, code)).name);
    const [from, to] = await Promise.all([organisationById(db, m.fromOrganisationId), organisationById(db, m.toOrganisationId)]);
    return renderHandoverManifest({
      number: m.number,
      direction: m.direction,
      fromName: from.nameVi,
      toName: to.nameVi,
      createdAt: m.createdAt,
      items: lines.map((l) => ({ itemNumber: l.itemNumber, procedureName: names.get(l.procedureCode) ?? l.procedureCode, applicantName: l.applicantName, fees: l.fees })),
      feesTotal: m.feesTotal,
      acknowledgement: m.acknowledgedAt === null || m.acknowledgement === null ? null : { signedAt: m.acknowledgedAt, ...m.acknowledgement },
      signatures: { sender: signatureBytes(m.signatureSender), receiver: signatureBytes(m.signatureReceiver) },
    });
  }

  return { intakeSlip, guidanceSlip, manifest };
}
