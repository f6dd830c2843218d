/**
 * Who reads or writes the reports' records, and what they may see: their organisation and
 * everything under it (admin/scope.ts). A reader at the top of the tree sees everything, and
 * their queries carry no organisation filter at all: over a million rows, a list of every
 * organisation of the province is pure cost.
 */
import { eq } from 'drizzle-orm';
import type { AccountPrincipal } from '../admin/principal.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { referenceCache } from '../platform/reference-cache.js';
import type { ReadScope } from './measure-sql.js';

export type Reader = Pick<AccountPrincipal, 'accountId' | 'role' | 'organisationId' | 'visibleOrganisationIds'>;

const parents = referenceCache<{ parentId: string | null } | undefined>(30_000);

export async function readScope(db: Db, reader: Reader): Promise<ReadScope> {
  const org = await parents(reader.organisationId, async () => (await db.select({ parentId: organisations.parentId }).from(organisations).where(eq(organisations.id, reader.organisationId)))[0]);
  if (org !== undefined && org.parentId === null) return { kind: 'all' };
  return { kind: 'organisations', ids: [...reader.visibleOrganisationIds] };
}

export function notFound(what: { vi: string; en: string }): AppError {
  return new AppError('NOT_FOUND', { detail: { vi: `Không có ${what.vi} này trong phạm vi của bạn`, en: `No such ${what.en} within your scope` } });
}
