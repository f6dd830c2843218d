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
