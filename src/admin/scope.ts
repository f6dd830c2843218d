/**
 * Organisation scoping: an account sees its own organisation and every organisation below it
 * in the tree (a province administrator sits at the root and sees all; a commune desk officer
 * sees only that commune's centre). Every staff query filters by this set.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../platform/db/client.js';

export async function organisationSubtree(db: Db, rootId: string): Promise<Set<string>> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive subtree(id) as (
          select id from organisations where id = ${rootId}
          union
          select o.id from organisations o join subtree s on o.parent_id = s.id
        )
        select id from subtree`,
  );
  return new Set(rows.map((r) => r.id));
}

export function canSeeOrganisation(visible: ReadonlySet<string>, organisationId: string): boolean {
  return visible.has(organisationId);
}

/**
 * Subtrees change only when the directory changes (a merger, a new office), while every
 * request needs one: each process keeps them for `ttlMs`, so a directory change reaches
 * every account within that time.
 */
export function createSubtreeCache(db: Db, ttlMs: number, now: () => Date) {
  const cache = new Map<string, { at: number; ids: ReadonlySet<string> }>();
  return async function subtree(rootId: string): Promise<ReadonlySet<string>> {
    const at = now().getTime();
    const hit = cache.get(rootId);
    if (hit !== undefined && at - hit.at < ttlMs) return hit.ids;
    const ids = await organisationSubtree(db, rootId);
    cache.set(rootId, { at, ids });
    return ids;
  };
}

export type SubtreeResolver = ReturnType<typeof createSubtreeCache>;
