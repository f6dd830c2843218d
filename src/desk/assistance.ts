/**
 * Two things the plan counts and publishes: help given to citizens filing online (R7), and
 * which postal staff work at each desk for procedures transferred to the post (R8).
 */
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { DeskActor, DeskDeps } from './deps.js';
import { assistedFilings, deskPostalStaff } from './desk.schema.js';
import { accounts } from '../admin/admin.schema.js';
import { organisationByCode, procedureByCode } from '../catalog/lookups.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import { AppError } from '../platform/errors.js';

export function createAssistance(deps: DeskDeps) {
  const { db } = deps;

  async function recordAssistedFiling(actor: DeskActor, input: { procedureCode: string; outcome: 'submitted' | 'not-completed'; onlineDossierCode?: string | undefined; note?: string | undefined }) {
    await procedureByCode(db, input.procedureCode);
    const [row] = await db
      .insert(assistedFilings)
      .values({ organisationId: actor.organisationId, staffId: actor.accountId, procedureCode: input.procedureCode, outcome: input.outcome, onlineDossierCode: input.onlineDossierCode ?? null, note: input.note ?? null, at: deps.now() })
      .returning();
    if (row === undefined) throw new Error('insert returned no row');
    return { id: row.id, procedureCode: row.procedureCode, outcome: row.outcome, at: row.at.toISOString() };
  }

  /** Assigns a postal staff member to a desk (province administrators). */
  async function assignPostalStaff(actor: DeskActor, input: { deskCode: string; accountId: string; since: string; procedureCodes: string[] }) {
    const desk = await organisationByCode(db, input.deskCode, 'deskCode');
    if (desk.kind !== 'public_service_centre' || !actor.visibleOrganisationIds.has(desk.id)) throw new AppError('NOT_FOUND', { detail: { vi: 'Không có Bộ phận Một cửa này', en: 'No such desk' } });
    const [staff] = await db.select().from(accounts).where(eq(accounts.id, input.accountId));
    if (staff === undefined || !['postman', 'counter_clerk', 'postal_supervisor'].includes(staff.role)) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'accountId', vi: 'phải là nhân viên bưu chính', en: 'must be a postal staff member' }] });
    }
    await db.insert(deskPostalStaff).values({ deskId: desk.id, accountId: staff.id, since: input.since, procedureCodes: input.procedureCodes }).onConflictDoNothing();
  }

  /** Public: who from the post works at this desk today (names only). */
  async function postalStaffAt(deskCode: string) {
    const desk = await organisationByCode(db, deskCode, 'deskCode');
    const today = vietnamDateOf(deps.now());
    const rows = await db
      .select({ name: accounts.displayName, since: deskPostalStaff.since, procedureCodes: deskPostalStaff.procedureCodes })
      .from(deskPostalStaff)
      .innerJoin(accounts, eq(accounts.id, deskPostalStaff.accountId))
      .where(and(eq(deskPostalStaff.deskId, desk.id), lte(deskPostalStaff.since, today), or(isNull(deskPostalStaff.until), gte(deskPostalStaff.until, today))))
      .orderBy(asc(accounts.displayName));
    return { desk: { code: desk.code, name: desk.nameVi }, staff: rows };
  }

  return { recordAssistedFiling, assignPostalStaff, postalStaffAt };
}
