/** Shapes the reports' answers share: organisations named, pages of a list. */
import { inArray } from 'drizzle-orm';
import { organisations } from '../catalog/catalog.schema.js';
import type { Db } from '../platform/db/client.js';

export interface OrgRef {
  id: string;
  code: string;
  name: string;
}

/** Names of organisations by id, for the lists (one query for a whole page). */
export async function orgRefs(db: Db, ids: Iterable<string | null>): Promise<Map<string, OrgRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: organisations.id, code: organisations.code, name: organisations.nameVi }).from(organisations).where(inArray(organisations.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export function offsetOf(page: PageRequest): number {
  return (page.page - 1) * page.pageSize;
}
