/**
 * API keys of partner systems. The full key is returned once, at creation; only its prefix
 * (to tell keys apart) and a hash are stored. Keys carry scopes and can be revoked.
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

export function createApiKeyService(db: Db, now: () => Date, subtree: SubtreeResolver) {
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
    return db.transaction(async (tx) => {
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
  }

  /** Resolves a presented key; null when it is malformed, unknown or revoked. */
  async function resolve(presented: string): Promise<ApiKeyPrincipal | null> {
    const match = KEY_PATTERN.exec(presented);
    if (match === null || match[1] === undefined) return null;
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.prefix, match[1]), isNull(apiKeys.revokedAt)))
      .limit(1);
    if (row === undefined || !constantTimeEqual(row.secretHash, sha256(presented))) return null;
    const at = now();
    // Record use at most once a minute per key: cheap, and enough to spot unused keys.
    if (row.lastUsedAt === null || at.getTime() - row.lastUsedAt.getTime() > 60_000) {
      await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, row.id));
    }
    return {
      kind: 'api_key',
      apiKeyId: row.id,
      organisationId: row.organisationId,
      scopes: row.scopes.filter(isApiKeyScope),
      visibleOrganisationIds: await subtree(row.organisationId),
    };
  }

  return { create, list, revoke, resolve };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
