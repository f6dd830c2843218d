/** Lookups the postal and desk flows share: organisations, procedures and staff names. */
import { eq } from 'drizzle-orm';
import { accounts } from '../admin/admin.schema.js';
import { organisations, procedures } from './catalog.schema.js';
import type { SubmissionMethod } from '../domain/dossier/legal-time.js';
import type { CatalogueComponentGroup } from '../domain/postal-item/checklist.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { referenceCache } from '../platform/reference-cache.js';

export type OrganisationRow = typeof organisations.$inferSelect;

// Reference data, read on every intake and scan: kept 30 s per process (see reference-cache.ts).
const organisationCache = referenceCache<OrganisationRow | undefined>(30_000);
const procedureCache = referenceCache<ProcedureFacts | undefined>(30_000);

export async function organisationById(db: Db, id: string): Promise<OrganisationRow> {
  const org = await organisationCache(`id:${id}`, async () => (await db.select().from(organisations).where(eq(organisations.id, id)))[0]);
  if (org === undefined) throw new Error(`organisation ${id} is missing`);
  return org;
}

export async function organisationByCode(db: Db, code: string, field: string): Promise<OrganisationRow> {
  const org = await organisationCache(`code:${code}`, async () => (await db.select().from(organisations).where(eq(organisations.code, code)))[0]);
  if (org === undefined || !org.active) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: field, vi: `không có cơ quan, đơn vị mã ${code}`, en: `no organisation has code ${code}` }] });
  }
  return org;
}

export async function staffName(db: Db, accountId: string): Promise<string> {
  const [row] = await db.select({ name: accounts.displayName }).from(accounts).where(eq(accounts.id, accountId));
  return row?.name ?? '';
}

export interface ProcedureFacts {
  code: string;
  name: string;
  agencyLevels: string[];
  postalServiceOffered: boolean;
  components: CatalogueComponentGroup[];
  submissionMethods: SubmissionMethod[];
}

export async function procedureByCode(db: Db, code: string): Promise<ProcedureFacts> {
  const facts = await procedureCache(code, () => readProcedure(db, code));
  if (facts === undefined) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'procedureCode', vi: `không có thủ tục mã ${code}`, en: `no procedure has code ${code}` }] });
  }
  return facts;
}

async function readProcedure(db: Db, code: string): Promise<ProcedureFacts | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.code, code));
  if (row === undefined) return undefined;
  const raw = row.details['dossierComponents'];
  const components: CatalogueComponentGroup[] = Array.isArray(raw)
    ? raw.flatMap((g: unknown) => {
        if (typeof g !== 'object' || g === null) return [];
        const group = (g as { group?: unknown }).group;
        const items = (g as { items?: unknown }).items;
        if (!Array.isArray(items)) return [];
        return [{
          group: typeof group === 'string' ? group : null,
          items: items.flatMap((i: unknown) => {
            if (typeof i !== 'object' || i === null) return [];
            const document = (i as { document?: unknown }).document;
            const quantity = (i as { quantity?: unknown }).quantity;
            return typeof document === 'string' ? [{ document, quantity: typeof quantity === 'string' ? quantity : null }] : [];
          }),
        }];
      })
    : [];
  const methods = row.details['submissionMethods'];
  const submissionMethods: SubmissionMethod[] = Array.isArray(methods)
    ? methods.flatMap((m: unknown) => {
        if (typeof m !== 'object' || m === null) return [];
        const { method, processingTimeValue, processingTimeUnit } = m as { method?: unknown; processingTimeValue?: unknown; processingTimeUnit?: unknown };
        return typeof method === 'string'
          ? [{ method, processingTimeValue: typeof processingTimeValue === 'number' ? processingTimeValue : null, processingTimeUnit: typeof processingTimeUnit === 'string' ? processingTimeUnit : null }]
          : [];
      })
    : [];
  return { code: row.code, name: row.name, agencyLevels: row.agencyLevels, postalServiceOffered: row.postalServiceOffered, components, submissionMethods };
}
