/**
 * Publishing a new tariff version (the administrator's "new table" form). The domain rule
 * (domain/tariff/new-version.ts) checks the table and decides which versions it closes; here
 * the versions are read and changed under one lock, so two administrators publishing at once
 * cannot both become "the latest", and the closed versions' last day is written both in their
 * column and in their stored table (which the quotes read).
 */
import { asc, eq, sql } from 'drizzle-orm';
import { tariffs } from './catalog.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { planTariffVersion } from '../domain/tariff/new-version.js';
import type { PlainDateString, TariffTable } from '../domain/tariff/types.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { invalidateReferenceCaches } from '../platform/reference-cache.js';

export interface PublishedVersion {
  table: TariffTable;
  /** Versions whose last day was set by this one. */
  closed: Array<{ id: string; validTo: PlainDateString }>;
}

/** The key of the transaction-scoped lock that serialises publications. */
const LOCK = sql`select pg_advisory_xact_lock(hashtext('tariffs:publish'))`;

export function createTariffAdmin(deps: { db: Db; today: () => string }) {
  const { db } = deps;

  async function publish(actor: AccountPrincipal, input: TariffTable, context: RequestContext): Promise<PublishedVersion> {
    const table: TariffTable = { ...input, id: input.id.trim(), nameVi: input.nameVi.normalize('NFC').trim(), nameEn: input.nameEn.trim(), source: input.source.normalize('NFC').trim() };
    const result = await db.transaction(async (tx) => {
      await tx.execute(LOCK);
      const rows = await tx.select({ table: tariffs.table }).from(tariffs).orderBy(asc(tariffs.validFrom));
      const existing = rows.map((r) => r.table as unknown as TariffTable);
      const plan = planTariffVersion(existing, table, deps.today());
      if (!plan.ok) {
        // A table wrong in itself is a 400 whatever else; a sound table that clashes with the
        // published versions is a 409.
        const fields = plan.problems.map((p) => ({ in: 'body' as const, name: p.path, vi: p.vi, en: p.en }));
        const conflict = plan.problems.find((p) => p.kind === 'conflict');
        if (conflict === undefined || plan.problems.some((p) => p.kind === 'invalid')) throw new AppError('VALIDATION_FAILED', { fields });
        throw new AppError('CONFLICT', { detail: { vi: conflict.vi, en: conflict.en }, fields });
      }
      for (const close of plan.closes) {
        const previous = existing.find((t) => t.id === close.id);
        if (previous === undefined) throw new Error(`tariff ${close.id} vanished`);
        await tx
          .update(tariffs)
          .set({ validTo: close.validTo, table: { ...previous, validTo: close.validTo } as unknown as Record<string, unknown> })
          .where(eq(tariffs.id, close.id));
      }
      await tx.insert(tariffs).values({
        id: table.id,
        nameVi: table.nameVi,
        nameEn: table.nameEn,
        validFrom: table.validFrom,
        validTo: table.validTo,
        isSample: table.isSample,
        table: table as unknown as Record<string, unknown>,
      });
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'tariff.publish',
        outcome: 'success',
        subjectType: 'tariff',
        subjectId: table.id,
        details: { validFrom: table.validFrom, validTo: table.validTo, isSample: table.isSample, closed: plan.closes },
      });
      return { table, closed: plan.closes };
    });
    invalidateReferenceCaches();
    return result;
  }

  return { publish };
}

export type TariffAdmin = ReturnType<typeof createTariffAdmin>;
