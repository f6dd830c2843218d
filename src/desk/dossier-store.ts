/**
 * One step of a dossier: the lifecycle rules of the domain decide whether the actor may take
 * it now; the new status and the append-only step row (the control slip, form 05) are written
 * in the caller's transaction. Dossiers of other desks are invisible (404).
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { DeskActor } from './deps.js';
import { dossierSteps, dossiers } from './desk.schema.js';
import { DOSSIER_ACTION_INFO, DOSSIER_STATUS_INFO, type DossierAction, type DossierStatus, ONCE_PER_DOSSIER, applyAction } from '../domain/dossier/lifecycle.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export type DossierRow = typeof dossiers.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export function notFound(): AppError {
  return new AppError('NOT_FOUND', { detail: { vi: 'Không có hồ sơ này trong phạm vi của bạn', en: 'No such dossier within your scope' } });
}

/** By id or by dossier code; locked for the rest of the transaction. */
export async function lockDossier(tx: Db, actor: DeskActor, idOrCode: string): Promise<DossierRow> {
  const [row] = await tx.select().from(dossiers).where(UUID.test(idOrCode) ? eq(dossiers.id, idOrCode) : eq(dossiers.code, idOrCode)).for('update');
  if (row === undefined || !actor.visibleOrganisationIds.has(row.agencyId)) throw notFound();
  return row;
}

export interface StepInput {
  action: DossierAction;
  at: Date;
  note?: string | null;
  data?: Record<string, unknown>;
  toOrganisationId?: string | null;
  set?: Partial<Pick<DossierRow, 'dueAt' | 'clockStartedAt' | 'dueMoved' | 'processingUnitId' | 'resultReadyAt' | 'returnedAt' | 'forwardBy' | 'itemNumber'>>;
}

/** `accountId` null: the step was reported by the post through the exchange, not done by our staff. */
export async function takeStep(tx: Db, actor: { accountId: string | null; role: DeskActor['role'] }, dossier: DossierRow, step: StepInput): Promise<DossierRow> {
  const from = dossier.status;
  if ((ONCE_PER_DOSSIER as readonly DossierAction[]).includes(step.action)) {
    const [done] = await tx.select({ n: sql<number>`count(*)::int` }).from(dossierSteps).where(sql`${dossierSteps.dossierId} = ${dossier.id} and ${dossierSteps.action} = ${step.action}`);
    if (Number(done?.n ?? 0) > 0) {
      throw new AppError('CONFLICT', { detail: { vi: `${DOSSIER_ACTION_INFO[step.action].vi}: chỉ được thực hiện một lần`, en: `${DOSSIER_ACTION_INFO[step.action].en}: allowed only once` } });
    }
  }
  const result = applyAction(from, step.action, actor.role);
  if (!result.ok) {
    throw result.reason === 'role-not-allowed'
      ? new AppError('FORBIDDEN', { detail: { vi: `Vai trò của bạn không được: ${DOSSIER_ACTION_INFO[step.action].vi}`, en: `Your role may not: ${DOSSIER_ACTION_INFO[step.action].en}` } })
      : new AppError('CONFLICT', {
          detail: { vi: `Không thể "${DOSSIER_ACTION_INFO[step.action].vi}" khi hồ sơ "${DOSSIER_STATUS_INFO[from].vi}"`, en: `Cannot "${DOSSIER_ACTION_INFO[step.action].en}" while the dossier is "${DOSSIER_STATUS_INFO[from].en}"` },
          extra: { status: from },
        });
  }
  const [updated] = await tx
    .update(dossiers)
    .set({ ...step.set, status: result.next, version: sql`${dossiers.version} + 1`, updatedAt: step.at })
    .where(eq(dossiers.id, dossier.id))
    .returning();
  if (updated === undefined) throw new Error('locked dossier vanished');
  await tx.insert(dossierSteps).values({
    dossierId: dossier.id,
    seq: dossier.version,
    action: step.action,
    fromStatus: from,
    toStatus: result.next,
    at: step.at,
    byAccount: actor.accountId,
    byRole: actor.role,
    toOrganisationId: step.toOrganisationId ?? null,
    note: step.note ?? null,
    data: step.data ?? {},
  });
  return updated;
}

export async function stepsOf(db: Db, dossierId: string) {
  return db.select().from(dossierSteps).where(eq(dossierSteps.dossierId, dossierId)).orderBy(asc(dossierSteps.seq));
}

export function statusLabel(status: DossierStatus) {
  return DOSSIER_STATUS_INFO[status];
}
