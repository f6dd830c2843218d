/**
 * API keys of partner systems. The full key is returned once, at creation; only its prefix
 * (to tell keys apart) and a hash are stored. Keys carry scopes and can be revoked.
 *
 * A partner sends its key with every call, so each process remembers a verified key for a few
 * seconds (API_KEY_CACHE_MS) instead of reading its row every time. Revocation through this
 * service takes effect at once in the process that revoked; other processes stop accepting the
 * key within API_KEY_CACHE_MS. Only keys that verified are remembered, at most
 * API_KEY_CACHE_MAX of them, so a stream of forged keys neither fills memory nor skips the check.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { apiKeys } from './admin.schema.js';
import { recordAudit } from './audit.js';
import type { AccountPrincipal, ApiKeyPrincipal, RequestContext } from './principal.js';
import type { SubtreeResolver } from './scope.js';
import { constantTimeEqual, randomToken, sha256 } from './tokens.js';
import { type ApiKeyScope, isApiKeyScope } from '../domain/access/permissions.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

const KEY_PATTERN = /^bcci_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** How long a process trusts a key it verified: also how long a revocation takes to reach other processes. */
export const API_KEY_CACHE_MS = 5_000;
/** Verified keys remembered per process; beyond, the oldest is forgotten (and simply read again). */
export const API_KEY_CACHE_MAX = 1_000;

interface VerifiedKey {
  at: number;
  id: string;
  organisationId: string;
  scopes: ApiKeyScope[];
}

export interface ApiKeySummary {
  id: string;
  prefix: string;
  name: string;
  organisationId: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A new key: `bcci_<12-character public prefix>_<256-bit secret>`, and its stored hash. */
export function generateApiKey(): { prefix: string; key: string; secretHash: string } {
  const bytes = Buffer.from(randomToken(12), 'base64url');
  const prefix = Array.from(bytes.subarray(0, 12), (b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join('');
  const key = `bcci_${prefix}_${randomToken(32)}`;
  return { prefix, key, secretHash: sha256(key) };
}

function summary(row: typeof apiKeys.$inferSelect): ApiKeySummary {
  return {
    id: row.id,
    prefix: row.prefix,
    name: row.name,
    organisationId: row.organisationId,
    scopes: row.scopes.filter(isApiKeyScope),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function createApiKeyService(db: Db, now: () => Date, subtree: SubtreeResolver, cache: { ttlMs: number; max: number } = { ttlMs: API_KEY_CACHE_MS, max: API_KEY_CACHE_MAX }) {
  // Keyed by the SHA-256 of the presented key (never the key itself), which resolve computes
  // anyway. A Map lookup is not constant-time, but what it could leak is whether some hash is
  // present, and finding a key with a chosen hash prefix is as hard as guessing the key.
  const verified = new Map<string, VerifiedKey>();
  // Bumped by every revocation: a lookup that started before it does not remember its answer,
  // which might have been read before the revocation committed.
  let generation = 0;

  function forget(id: string): void {
    generation += 1;
    for (const [hash, entry] of verified) if (entry.id === id) verified.delete(hash);
  }

  async function create(
    actor: AccountPrincipal,
    input: { name: string; organisationId: string; scopes: readonly ApiKeyScope[] },
    context: RequestContext,
  ): Promise<{ key: string; apiKey: ApiKeySummary }> {
    if (!actor.visibleOrganisationIds.has(input.organisationId)) throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy tổ chức', en: 'Organisation not found' } });
    const { prefix, key, secretHash } = generateApiKey();
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(apiKeys)
        .values({ prefix, secretHash, name: input.name, organisationId: input.organisationId, scopes: [...new Set(input.scopes)], createdBy: actor.accountId, createdAt: now() })
        .returning();
      if (inserted === undefined) throw new Error('insert returned no row');
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'api-key.create',
        outcome: 'success',
        subjectType: 'api_key',
        subjectId: inserted.id,
        details: { scopes: inserted.scopes, organisationId: inserted.organisationId },
      });
      return inserted;
    });
    return { key, apiKey: summary(row) };
  }

  async function list(actor: AccountPrincipal): Promise<ApiKeySummary[]> {
    const rows = await db
      .select()
      .from(apiKeys)
      .where(inArray(apiKeys.organisationId, [...actor.visibleOrganisationIds]))
      .orderBy(desc(apiKeys.createdAt));
    return rows.map(summary);
  }

  async function revoke(actor: AccountPrincipal, id: string, context: RequestContext): Promise<ApiKeySummary> {
    const revoked = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
      if (row === undefined || !actor.visibleOrganisationIds.has(row.organisationId)) {
        throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy khoá API', en: 'API key not found' } });
      }
      if (row.revokedAt !== null) return summary(row);
      const [updated] = await tx.update(apiKeys).set({ revokedAt: now() }).where(eq(apiKeys.id, id)).returning();
      await recordAudit(tx, { type: 'principal', principal: actor }, context, { action: 'api-key.revoke', outcome: 'success', subjectType: 'api_key', subjectId: id });
      if (updated === undefined) throw new Error('update returned no row');
      return summary(updated);
    });
    // After the commit, so no lookup in between can remember the key again (see `generation`).
    forget(id);
    return revoked;
  }

  /** Resolves a presented key; null when it is malformed, unknown or revoked. */
  async function resolve(presented: string): Promise<ApiKeyPrincipal | null> {
    const match = KEY_PATTERN.exec(presented);
    if (match === null || match[1] === undefined) return null;
    const hash = sha256(presented);
    const hit = verified.get(hash);
    if (hit !== undefined) {
      const age = now().getTime() - hit.at;
      if (age >= 0 && age < cache.ttlMs) return principal(hit);
      verified.delete(hash);
    }
    const lookup = generation;
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.prefix, match[1]), isNull(apiKeys.revokedAt)))
      .limit(1);
    if (row === undefined || !constantTimeEqual(row.secretHash, hash)) return null;
    const at = now();
    // Record use at most once a minute per key: cheap, and enough to spot unused keys.
    if (row.lastUsedAt === null || at.getTime() - row.lastUsedAt.getTime() > 60_000) {
      await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, row.id));
    }
    const entry: VerifiedKey = { at: at.getTime(), id: row.id, organisationId: row.organisationId, scopes: row.scopes.filter(isApiKeyScope) };
    if (lookup === generation && cache.ttlMs > 0) {
      // Maps iterate in insertion order: the first key is the oldest remembered.
      if (verified.size >= cache.max) {
        const oldest = verified.keys().next();
        if (oldest.done !== true) verified.delete(oldest.value);
      }
      verified.set(hash, entry);
    }
    return principal(entry);
  }

  // The organisation subtree is asked for on every call, cached or not, so a directory change
  // reaches API keys exactly as it reaches sessions (the subtree cache's own time).
  async function principal(key: VerifiedKey): Promise<ApiKeyPrincipal> {
    return { kind: 'api_key', apiKeyId: key.id, organisationId: key.organisationId, scopes: [...key.scopes], visibleOrganisationIds: await subtree(key.organisationId) };
  }

  return { create, list, revoke, resolve };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
