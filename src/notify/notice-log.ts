/**
 * The log of notices for staff: what was sent, to whom (masked), when, and what failed. Each
 * notice belongs to the organisation of its dossier's agency or its item's post office; a
 * reader sees those of their subtree, and notices that belong to no organisation (one-time
 * codes) only from the top of the tree, like anonymous audit entries.
 */
import { and, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { NoticeChannel, NoticeKind, NoticeStatus } from './notice-kinds.js';
import { notices } from './notify.schema.js';
import type { AccountPrincipal } from '../admin/principal.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { Db } from '../platform/db/client.js';

export interface NoticeView {
  id: number;
  kind: NoticeKind;
  channel: NoticeChannel;
  status: NoticeStatus;
  recipient: string | null;
  language: 'vi' | 'en';
  reference: string | null;
  eventId: string | null;
  organisationId: string | null;
  attempts: number;
  providerMessageId: string | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  sentAt: string | null;
}

export interface NoticeFilter {
  status?: NoticeStatus | undefined;
  channel?: NoticeChannel | undefined;
  limit: number;
  /** Only notices older than this id (the `nextBefore` of the previous page). */
  before?: number | undefined;
}

export function createNoticeLog(db: Db) {
  async function list(reader: AccountPrincipal, filter: NoticeFilter): Promise<{ items: NoticeView[]; nextBefore: number | null }> {
    const roots = await db.select({ id: organisations.id }).from(organisations).where(isNull(organisations.parentId));
    const atTop = roots.some((r) => r.id === reader.organisationId);
    const visible = [...reader.visibleOrganisationIds];
    const scope: SQL | undefined = or(
      visible.length === 0 ? undefined : inArray(notices.organisationId, visible),
      atTop ? isNull(notices.organisationId) : undefined,
    );
    if (scope === undefined) return { items: [], nextBefore: null };
    const rows = await db
      .select()
      .from(notices)
      .where(
        and(
          scope,
          filter.status === undefined ? undefined : eq(notices.status, filter.status),
          filter.channel === undefined ? undefined : eq(notices.channel, filter.channel),
          filter.before === undefined ? undefined : lt(notices.id, filter.before),
        ),
      )
      .orderBy(desc(notices.id))
      .limit(filter.limit);
    const items = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      status: r.status,
      recipient: r.recipientMasked,
      language: r.language,
      reference: r.reference,
      eventId: r.eventId,
      organisationId: r.organisationId,
      attempts: r.attempts,
      providerMessageId: r.providerMessageId,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
      sentAt: r.sentAt?.toISOString() ?? null,
    }));
    const last = items.at(-1);
    return { items, nextBefore: items.length === filter.limit && last !== undefined ? last.id : null };
  }

  return { list };
}
