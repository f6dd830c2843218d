/** What a supervisor or administrator sees of the outbox: dead rows to replay, and counts. */
import { sql } from 'drizzle-orm';
import { replayDead } from './relay.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface OutboxEntry {
  id: number;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  eventId: string;
  eventType: string;
  subjectKey: string;
  subscriptionId: string;
  subscriptionName: string;
}

export function createOutboxAdmin(db: Db, now: () => Date) {
  async function list(actor: AccountPrincipal, status: 'pending' | 'dead', limit: number): Promise<OutboxEntry[]> {
    const visible = [...actor.visibleOrganisationIds];
    if (visible.length === 0) return [];
    const rows = await queryRows<{
      id: number; status: string; attempts: number; last_error: string | null; next_attempt_at: string | Date;
      event_id: string; type: string; subject_key: string; subscription_id: string; name: string;
    }>(
      db,
      sql`select o.id, o.status, o.attempts, o.last_error, o.next_attempt_at, e.id as event_id, e.type, o.subject_key, s.id as subscription_id, s.name
          from outbox o join exchange_events e on e.seq = o.event_seq join webhook_subscriptions s on s.id = o.subscription_id
          where o.status = ${status} and s.organisation_id in (${sql.join(visible.map((v) => sql`${v}::uuid`), sql`, `)})
          order by o.id limit ${limit}`,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      status: r.status,
      attempts: Number(r.attempts),
      lastError: r.last_error,
      nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
      eventId: r.event_id,
      eventType: r.type,
      subjectKey: r.subject_key,
      subscriptionId: r.subscription_id,
      subscriptionName: r.name,
    }));
  }

  async function replay(actor: AccountPrincipal, id: number, context: RequestContext): Promise<void> {
    const visible = [...actor.visibleOrganisationIds];
    const owned = await queryRows<{ id: number }>(
      db,
      sql`select o.id from outbox o join webhook_subscriptions s on s.id = o.subscription_id
          where o.id = ${id} and s.organisation_id in (${sql.join(visible.map((v) => sql`${v}::uuid`), sql`, `)})`,
    );
    if (owned.length === 0) throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy bản ghi hộp thư đi', en: 'Outbox entry not found' } });
    if (!(await replayDead(db, id, now()))) {
      throw new AppError('CONFLICT', { detail: { vi: 'Chỉ gửi lại được sự kiện ở trạng thái dead', en: 'Only a dead entry can be replayed' } });
    }
    await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'outbox.replay', outcome: 'success', subjectType: 'outbox', subjectId: String(id) });
  }

  return { list, replay };
}

export type OutboxAdmin = ReturnType<typeof createOutboxAdmin>;
