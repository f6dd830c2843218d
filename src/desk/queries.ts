/** Reading dossiers: the desk's lists, one dossier with its steps (personal data: audited), the tracking book (form 06). */
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { DeskActor, DeskDeps } from './deps.js';
import { dossiers } from './desk.schema.js';
import { type DossierRow, notFound, stepsOf } from './dossier-store.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { organisationById, procedureByCode } from '../catalog/lookups.js';
import { DOSSIER_STATUSES, type DossierStatus, availableActions } from '../domain/dossier/lifecycle.js';

export { DOSSIER_STATUSES };

export function summary(d: DossierRow) {
  return {
    id: d.id,
    code: d.code,
    procedureCode: d.procedureCode,
    channel: d.channel,
    resultMethod: d.resultMethod,
    itemNumber: d.itemNumber,
    status: d.status,
    filedAt: d.filedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    forwardBy: d.forwardBy.toISOString(),
    dueMoved: d.dueMoved,
  };
}

export function createDeskQueries(deps: DeskDeps) {
  const { db } = deps;

  async function list(actor: DeskActor, filter: { status?: DossierStatus | undefined }) {
    const rows = await db
      .select()
      .from(dossiers)
      .where(and(inArray(dossiers.agencyId, [...actor.visibleOrganisationIds]), filter.status === undefined ? undefined : eq(dossiers.status, filter.status)))
      .orderBy(desc(dossiers.filedAt))
      .limit(500);
    return rows.map(summary);
  }

  async function detail(actor: DeskActor & AccountPrincipal, idOrCode: string, context: RequestContext) {
    const [row] = await db.select().from(dossiers).where(/^[0-9a-f-]{36}$/iu.test(idOrCode) ? eq(dossiers.id, idOrCode) : eq(dossiers.code, idOrCode));
    if (row === undefined || !actor.visibleOrganisationIds.has(row.agencyId)) throw notFound();
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'dossier.read', outcome: 'success', subjectType: 'dossier', subjectId: row.code, personalData: true });
    const [steps, agency, procedure] = await Promise.all([stepsOf(db, row.id), organisationById(db, row.agencyId), procedureByCode(db, row.procedureCode)]);
    return {
      ...summary(row),
      agency: { code: agency.code, name: agency.nameVi },
      procedureName: procedure.name,
      applicant: { name: row.applicantName, phone: row.applicantPhone, email: row.applicantEmail, address: row.applicantAddress },
      availableActions: availableActions(row.status, actor.role),
      steps: steps.map((s) => ({ seq: s.seq, action: s.action, fromStatus: s.fromStatus, toStatus: s.toStatus, at: s.at.toISOString(), byRole: s.byRole, note: s.note })),
    };
  }

  /** Dossiers received in [from, to) by the desks the actor sees, oldest first: the tracking book. */
  async function book(actor: DeskActor, from: Date, to: Date) {
    return db
      .select()
      .from(dossiers)
      .where(and(inArray(dossiers.agencyId, [...actor.visibleOrganisationIds]), gte(dossiers.filedAt, from), lt(dossiers.filedAt, to)))
      .orderBy(asc(dossiers.filedAt))
      .limit(5000);
  }

  return { list, detail, book };
}
