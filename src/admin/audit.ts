/**
 * The audit service: who did what to which record, every refusal, and every staff read of a
 * person's data. Rows are append-only (a database trigger refuses UPDATE and DELETE).
 * Details must never hold personal data: record ids and reason codes, not names or phones.
 */
import { and, desc, inArray, isNull, lt, or } from 'drizzle-orm';
import { auditLog } from './admin.schema.js';
import type { Db } from '../platform/db/client.js';
import type { Principal, RequestContext } from './principal.js';

export type AuditOutcome = 'success' | 'denied' | 'failed';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  subjectType?: string;
  subjectId?: string;
  personalData?: boolean;
  details?: Record<string, unknown>;
}

export type AuditActor =
  | { type: 'principal'; principal: Principal }
  | { type: 'anonymous' }
  | { type: 'system' }
  | { type: 'account'; accountId: string; organisationId: string };

function actorColumns(actor: AuditActor): { actorType: 'account' | 'api_key' | 'anonymous' | 'system'; actorId: string | null; organisationId: string | null } {
  switch (actor.type) {
    case 'principal':
      return actor.principal.kind === 'account'
        ? { actorType: 'account', actorId: actor.principal.accountId, organisationId: actor.principal.organisationId }
        : { actorType: 'api_key', actorId: actor.principal.apiKeyId, organisationId: actor.principal.organisationId };
    case 'account':
      return { actorType: 'account', actorId: actor.accountId, organisationId: actor.organisationId };
    case 'anonymous':
      return { actorType: 'anonymous', actorId: null, organisationId: null };
    case 'system':
      return { actorType: 'system', actorId: null, organisationId: null };
    default: {
      const exhaustive: never = actor;
      return exhaustive;
    }
  }
}

export async function recordAudit(db: Db, actor: AuditActor, context: RequestContext | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    ...actorColumns(actor),
    action: entry.action,
    outcome: entry.outcome,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    personalData: entry.personalData ?? false,
    requestId: context?.requestId ?? null,
    ip: context?.ip ?? null,
    details: entry.details ?? null,
  });
}

export interface AuditView {
  id: number;
  at: string;
  actorType: string;
  actorId: string | null;
  organisationId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: string;
  personalData: boolean;
  requestId: string | null;
}

/**
 * The newest audit entries made by actors of organisations the reader may see, oldest id
 * excluded first (`beforeId` pages backwards). Anonymous entries (failed sign-ins) are shown
 * to readers whose scope is the whole tree, i.e. province administrators at the root.
 */
export async function listAudit(db: Db, reader: Principal, options: { limit: number; beforeId?: number; includeAnonymous: boolean }): Promise<AuditView[]> {
  const visible = [...reader.visibleOrganisationIds];
  const scope = options.includeAnonymous ? or(inArray(auditLog.organisationId, visible), isNull(auditLog.organisationId)) : inArray(auditLog.organisationId, visible);
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(scope, options.beforeId === undefined ? undefined : lt(auditLog.id, options.beforeId)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorType: r.actorType,
    actorId: r.actorId,
    organisationId: r.organisationId,
    action: r.action,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    outcome: r.outcome,
    personalData: r.personalData,
    requestId: r.requestId,
  }));
}
