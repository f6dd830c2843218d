/** The directory of agencies and post offices, and administrative units valid on a date. */
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

  return { listOrganisations, unitsAt };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
