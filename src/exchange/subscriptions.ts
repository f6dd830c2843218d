/**
 * Webhook subscriptions of partner systems. The signing secret is shown once at creation and
 * at each rotation; after a rotation the previous secret keeps signing (both signatures are
 * sent) for a grace period, so the partner can switch without losing a message.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { EVENT_TYPES } from './event-catalogue.js';
import { webhookSubscriptions } from './exchange.schema.js';
import { generateWebhookSecret } from './webhook-signature.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export const ROTATION_GRACE_MS = 24 * 3_600_000;

export interface SubscriptionView {
  id: string;
  name: string;
  organisationId: string;
  url: string;
  eventTypes: string[];
  allowPrivateNetwork: boolean;
  active: boolean;
  previousSecretExpiresAt: string | null;
  createdAt: string;
}

function view(row: typeof webhookSubscriptions.$inferSelect): SubscriptionView {
  return {
    id: row.id,
    name: row.name,
    organisationId: row.organisationId,
    url: row.url,
    eventTypes: row.eventTypes,
    allowPrivateNetwork: row.allowPrivateNetwork,
    active: row.active,
    previousSecretExpiresAt: row.previousSecretExpiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const notFound = () => new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy đăng ký webhook', en: 'Webhook subscription not found' } });

function checkInput(url: string, eventTypes: readonly string[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'url', vi: 'không phải địa chỉ URL', en: 'not a URL' }] });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'url', vi: 'phải dùng https (hoặc http)', en: 'must use https (or http)' }] });
  }
  const unknown = eventTypes.filter((t) => t !== '*' && !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      detail: { vi: `Loại sự kiện không có trong danh mục: ${unknown.join(', ')}`, en: `Unknown event types: ${unknown.join(', ')}` },
      fields: [{ in: 'body', name: 'eventTypes', vi: 'có loại sự kiện không có trong danh mục', en: 'contains unknown event types' }],
    });
  }
}

export function createSubscriptionService(db: Db, now: () => Date) {
  async function create(
    actor: AccountPrincipal,
    input: { name: string; organisationId: string; url: string; eventTypes: string[]; allowPrivateNetwork: boolean },
    context: RequestContext,
  ): Promise<{ secret: string; subscription: SubscriptionView }> {
    checkInput(input.url, input.eventTypes);
    if (!actor.visibleOrganisationIds.has(input.organisationId)) throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy tổ chức', en: 'Organisation not found' } });
    const secret = generateWebhookSecret();
    return db.transaction(async (tx) => {
      const [row] = await tx.insert(webhookSubscriptions).values({ ...input, eventTypes: [...new Set(input.eventTypes)], secret, createdAt: now() }).returning();
      if (row === undefined) throw new Error('insert returned no row');
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'webhook.create',
        outcome: 'success',
        subjectType: 'webhook_subscription',
        subjectId: row.id,
        details: { allowPrivateNetwork: row.allowPrivateNetwork, eventTypes: row.eventTypes },
      });
      return { secret, subscription: view(row) };
    });
  }

  async function list(actor: AccountPrincipal): Promise<SubscriptionView[]> {
    const rows = await db
      .select()
      .from(webhookSubscriptions)
      .where(inArray(webhookSubscriptions.organisationId, [...actor.visibleOrganisationIds]))
      .orderBy(desc(webhookSubscriptions.createdAt));
    return rows.map(view);
  }

  async function owned(tx: Db, actor: AccountPrincipal, id: string) {
    const [row] = await tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).for('update');
    if (row === undefined || !actor.visibleOrganisationIds.has(row.organisationId)) throw notFound();
    return row;
  }

  async function rotateSecret(actor: AccountPrincipal, id: string, context: RequestContext): Promise<{ secret: string; subscription: SubscriptionView }> {
    return db.transaction(async (tx) => {
      const row = await owned(tx, actor, id);
      const secret = generateWebhookSecret();
      const [updated] = await tx
        .update(webhookSubscriptions)
        .set({ secret, previousSecret: row.secret, previousSecretExpiresAt: new Date(now().getTime() + ROTATION_GRACE_MS) })
        .where(eq(webhookSubscriptions.id, id))
        .returning();
      if (updated === undefined) throw notFound();
      await recordAudit(tx, { type: 'principal', principal: actor }, context, { action: 'webhook.rotate-secret', outcome: 'success', subjectType: 'webhook_subscription', subjectId: id });
      return { secret, subscription: view(updated) };
    });
  }

  async function deactivate(actor: AccountPrincipal, id: string, context: RequestContext): Promise<SubscriptionView> {
    return db.transaction(async (tx) => {
      await owned(tx, actor, id);
      const [updated] = await tx.update(webhookSubscriptions).set({ active: false }).where(and(eq(webhookSubscriptions.id, id))).returning();
      if (updated === undefined) throw notFound();
      await recordAudit(tx, { type: 'principal', principal: actor }, context, { action: 'webhook.deactivate', outcome: 'success', subjectType: 'webhook_subscription', subjectId: id });
      return view(updated);
    });
  }

  return { create, list, rotateSecret, deactivate };
}

export type SubscriptionService = ReturnType<typeof createSubscriptionService>;
