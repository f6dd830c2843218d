/** The directory of agencies and post offices, and administrative units valid on a date. */
import { currentUnitOf } from '../domain/address/unit-succession.js';
import { AppError } from '../platform/errors.js';
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { administrativeUnits, type OrganisationKind, organisations } from './catalog.schema.js';
import type { UnitRecord } from './reference-data.js';
import type { Db } from '../platform/db/client.js';

export interface OrganisationView {
  id: string;
  code: string;
  kind: OrganisationKind;
  nameVi: string;
  nameEn: string;
  parentId: string | null;
  unitCode: string;
  agencyCode: string | null;
  isDemo: boolean;
}

/** A published unit with the dates its version was in force. */
export interface UnitView extends Omit<UnitRecord, 'mergedFromText'> {
  validFrom: string;
  validTo: string | null;
}

export function createOrganisationService(db: Db) {
  // Every unit of every era is a few hundred rows that change once in years: read them once a
  // minute rather than on every intake.
  let units: { rows: Promise<(typeof administrativeUnits.$inferSelect)[]>; at: number } | null = null;
  function allUnits() {
    if (units === null || Date.now() - units.at > 60_000) {
      // A query builder runs again at every `await`: take its result once, as a promise.
      const rows = db.select().from(administrativeUnits).execute();
      units = { rows, at: Date.now() };
      rows.catch(() => {
        units = null;
      });
    }
    return units.rows;
  }

  async function listOrganisations(filter: { kind?: OrganisationKind }): Promise<OrganisationView[]> {
    const rows = await db
      .select()
      .from(organisations)
      .where(and(eq(organisations.active, true), filter.kind === undefined ? undefined : eq(organisations.kind, filter.kind)))
      .orderBy(asc(organisations.code));
    return rows.map((r) => ({ id: r.id, code: r.code, kind: r.kind, nameVi: r.nameVi, nameEn: r.nameEn, parentId: r.parentId, unitCode: r.unitCode, agencyCode: r.agencyCode, isDemo: r.isDemo }));
  }

  /** Units in force on `date` (YYYY-MM-DD), optionally the children of one unit. */
  async function unitsAt(date: string, parentCode: string | undefined): Promise<UnitView[]> {
    const rows = await db
      .select()
      .from(administrativeUnits)
      .where(
        and(
          lte(administrativeUnits.validFrom, date),
          or(isNull(administrativeUnits.validTo), gte(administrativeUnits.validTo, date)),
          parentCode === undefined ? undefined : eq(administrativeUnits.parentCode, parentCode),
        ),
      )
      .orderBy(asc(administrativeUnits.level), asc(administrativeUnits.code));
    return rows.map((r) => ({ code: r.code, name: r.name, fullName: r.fullName, nameEn: r.nameEn, type: r.type, level: r.level, parentCode: r.parentCode, validFrom: r.validFrom, validTo: r.validTo }));
  }

  /**
   * The current commune or ward (level ≥ 2, no children) of an address given with a unit code
   * of any era, on `date`. Refused with a clear error when the code is unknown, names a
   * province or district, or was split between several current units.
   */
  async function resolveUnit(code: string, date: string): Promise<{ code: string; fullName: string; provinceCode: string; givenCode: string }> {
    const rows = await allUnits();
    const inForce = rows.filter((r) => r.validFrom <= date && (r.validTo === null || r.validTo >= date));
    const parents = new Set(inForce.map((r) => r.parentCode).filter((c): c is string => c !== null));
    const current = inForce.filter((r) => !parents.has(r.code) && r.parentCode !== null);
    const history = rows.filter((r) => r.code === code).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
    const old = history[0];
    const oldParent = old?.parentCode == null ? undefined : rows.find((r) => r.code === old.parentCode && r.validFrom === old.validFrom);
    const outcome = currentUnitOf(code, current, old, oldParent?.fullName ?? null);
    const field = (vi: string, en: string) => [{ in: 'body' as const, name: 'unitCode', vi, en }];
    switch (outcome.kind) {
      case 'current':
      case 'merged': {
        const unit = current.find((u) => u.code === outcome.code);
        if (unit === undefined) throw new Error('resolved unit vanished');
        return { code: unit.code, fullName: unit.fullName, provinceCode: unit.provinceCode, givenCode: code };
      }
      case 'ambiguous':
        throw new AppError('VALIDATION_FAILED', {
          fields: field(`đơn vị ${code} đã được chia cho nhiều xã, phường (${outcome.candidates.join(', ')}): hãy chọn đơn vị hiện nay`, `unit ${code} was split between several current units (${outcome.candidates.join(', ')}): choose the current one`),
          extra: { candidates: outcome.candidates },
        });
      case 'unknown':
        throw new AppError('VALIDATION_FAILED', {
          fields: field(`không tìm thấy xã, phường có mã ${code}`, `no commune or ward has code ${code}`),
        });
    }
  }

  return { listOrganisations, unitsAt, resolveUnit };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
