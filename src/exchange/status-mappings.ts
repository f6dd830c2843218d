/**
 * Status codes of other systems mapped to ours, as data (DESIGN.md invariant 5). Inbound, a
 * code without a mapping is refused and kept for review, never guessed. The national portal's
 * codes 1–10 are loaded from the domain's table as the first mapping set.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { statusMappings, unmappedStatusReports } from './exchange.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { DOSSIER_STATUSES } from '../domain/dossier/lifecycle.js';
import { NATIONAL_STATUS_CODE } from '../domain/dossier/national-portal.js';
import { CUSTODY_STATES } from '../domain/postal-item/custody.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export type MappingSubject = 'dossier' | 'item';
export type MappingDirection = 'inbound' | 'outbound' | 'both';

export interface MappingEntry {
  externalCode: string;
  canonicalStatus: string;
  direction: MappingDirection;
  note?: string | null;
}

export const NATIONAL_PORTAL_SYSTEM = 'national-portal';

export function canonicalValues(subject: MappingSubject): readonly string[] {
  switch (subject) {
    case 'dossier':
      return DOSSIER_STATUSES;
    case 'item':
      return CUSTODY_STATES;
    default: {
      const exhaustive: never = subject;
      return exhaustive;
    }
  }
}

/** Outbound every status to its code; inbound each code to its first status (9 → processed). */
export function nationalPortalMappings(): MappingEntry[] {
  const entries: MappingEntry[] = [];
  const seenCodes = new Set<number>();
  for (const status of DOSSIER_STATUSES) {
    const code = NATIONAL_STATUS_CODE[status];
    const inboundToo = !seenCodes.has(code);
    seenCodes.add(code);
    entries.push({ externalCode: String(code), canonicalStatus: status, direction: inboundToo ? 'both' : 'outbound' });
  }
  return entries;
}

export async function loadNationalPortalMappings(db: Db): Promise<void> {
  const [existing] = await db.select({ id: statusMappings.id }).from(statusMappings).where(eq(statusMappings.system, NATIONAL_PORTAL_SYSTEM)).limit(1);
  if (existing !== undefined) return;
  await db.insert(statusMappings).values(nationalPortalMappings().map((e) => ({ ...e, system: NATIONAL_PORTAL_SYSTEM, subject: 'dossier' as const, note: 'Mã trạng thái hồ sơ của Cổng DVC quốc gia (de facto)' })));
}

function problem(vi: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail: { vi, en }, fields: [{ in: 'body', name: 'mappings', vi, en }] });
}

/**
 * Inbound lookups are on every partner status report: each process keeps answers for 30 s
 * (a replacement made in this process clears them at once; other processes see it within 30 s).
 */
const INBOUND_CACHE_MS = 30_000;

export function createStatusMappingService(db: Db, now: () => Date = () => new Date()) {
  const inboundCache = new Map<string, { at: number; status: string | null }>();

  async function inbound(system: string, subject: MappingSubject, externalCode: string): Promise<string | null> {
    const cacheKey = JSON.stringify([system, subject, externalCode]);
    const at = now().getTime();
    const hit = inboundCache.get(cacheKey);
    if (hit !== undefined && at - hit.at < INBOUND_CACHE_MS) return hit.status;
    const status = await lookupInbound(system, subject, externalCode);
    inboundCache.set(cacheKey, { at, status });
    return status;
  }

  async function lookupInbound(system: string, subject: MappingSubject, externalCode: string): Promise<string | null> {
    const [row] = await db
      .select({ status: statusMappings.canonicalStatus })
      .from(statusMappings)
      .where(and(eq(statusMappings.system, system), eq(statusMappings.subject, subject), eq(statusMappings.externalCode, externalCode), inArray(statusMappings.direction, ['inbound', 'both'])));
    return row?.status ?? null;
  }

  async function outbound(system: string, subject: MappingSubject, canonicalStatus: string): Promise<string | null> {
    const [row] = await db
      .select({ code: statusMappings.externalCode })
      .from(statusMappings)
      .where(and(eq(statusMappings.system, system), eq(statusMappings.subject, subject), eq(statusMappings.canonicalStatus, canonicalStatus), inArray(statusMappings.direction, ['outbound', 'both'])));
    return row?.code ?? null;
  }

  async function list(system: string, subject: MappingSubject): Promise<MappingEntry[]> {
    const rows = await db
      .select()
      .from(statusMappings)
      .where(and(eq(statusMappings.system, system), eq(statusMappings.subject, subject)))
      .orderBy(asc(statusMappings.externalCode), asc(statusMappings.canonicalStatus));
    return rows.map((r) => ({ externalCode: r.externalCode, canonicalStatus: r.canonicalStatus, direction: r.direction, note: r.note }));
  }

  /** Replaces the whole mapping set of one system and subject, after checking it. */
  async function replace(actor: AccountPrincipal, system: string, subject: MappingSubject, entries: readonly MappingEntry[], context: RequestContext): Promise<MappingEntry[]> {
    const allowed = canonicalValues(subject);
    const unknown = entries.filter((e) => !allowed.includes(e.canonicalStatus)).map((e) => e.canonicalStatus);
    if (unknown.length > 0) throw problem(`Trạng thái không có trong danh mục: ${unknown.join(', ')}`, `Unknown canonical statuses: ${unknown.join(', ')}`);
    const inboundCodes = entries.filter((e) => e.direction !== 'outbound').map((e) => e.externalCode);
    const outboundStatuses = entries.filter((e) => e.direction !== 'inbound').map((e) => e.canonicalStatus);
    const dupCode = inboundCodes.find((c, i) => inboundCodes.indexOf(c) !== i);
    if (dupCode !== undefined) throw problem(`Mã ${dupCode} được ánh xạ chiều vào hai lần`, `Code ${dupCode} is mapped inbound twice`);
    const dupStatus = outboundStatuses.find((c, i) => outboundStatuses.indexOf(c) !== i);
    if (dupStatus !== undefined) throw problem(`Trạng thái ${dupStatus} được ánh xạ chiều ra hai lần`, `Status ${dupStatus} is mapped outbound twice`);
    await db.transaction(async (tx) => {
      await tx.delete(statusMappings).where(and(eq(statusMappings.system, system), eq(statusMappings.subject, subject)));
      if (entries.length > 0) await tx.insert(statusMappings).values(entries.map((e) => ({ ...e, note: e.note ?? null, system, subject, updatedAt: sql`now()` })));
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'status-mapping.replace',
        outcome: 'success',
        subjectType: 'status_mapping',
        subjectId: `${system}/${subject}`,
        details: { entries: entries.length },
      });
    });
    // After the commit, so no request in between can cache the old mapping again.
    inboundCache.clear();
    return list(system, subject);
  }

  /** Keeps a refused report so an administrator can see what to map. */
  async function keepUnmapped(system: string, subject: MappingSubject, externalCode: string, report: Record<string, unknown>, reportedBy: string): Promise<void> {
    await db.insert(unmappedStatusReports).values({ system, subject, externalCode, report, reportedBy });
  }

  async function listUnmapped(limit: number) {
    const rows = await db.select().from(unmappedStatusReports).where(sql`${unmappedStatusReports.resolvedAt} is null`).orderBy(asc(unmappedStatusReports.id)).limit(limit);
    return rows.map((r) => ({ id: r.id, system: r.system, subject: r.subject, externalCode: r.externalCode, reportedBy: r.reportedBy, receivedAt: r.receivedAt.toISOString() }));
  }

  return { inbound, outbound, list, replace, keepUnmapped, listUnmapped };
}

export type StatusMappingService = ReturnType<typeof createStatusMappingService>;
