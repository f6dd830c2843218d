/**
 * The in-process transport: how the built-in desk receives events. Its subscription is an
 * ordinary row of `webhook_subscriptions` whose URL is `inproc://<name>`; the relay claims,
 * signs, retries and dead-letters its deliveries exactly like a partner's, and the receiving
 * module verifies the Standard Webhooks signature like a partner would. Only the last step,
 * the HTTP request, is a function call. Administrators cannot create such URLs (subscriptions
 * accept http and https only); the application creates them at boot.
 */
import { and, eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import type { EventEnvelopeBody } from './event-catalogue.js';
import { webhookSubscriptions } from './exchange.schema.js';
import { generateWebhookSecret } from './webhook-signature.js';
import type { WebhookRequest, WebhookResult, WebhookSender } from './webhook-sender.js';
import type { Db } from '../platform/db/client.js';

export const IN_PROCESS_SCHEME = 'inproc:';

/** Returns normally when the event is handled (or deliberately ignored); throws to have it retried. */
export type InProcessHandler = (event: EventEnvelopeBody) => Promise<void>;

export interface InProcessReceiver {
  name: string;
  handler: InProcessHandler;
}

/** A sender that hands `inproc://` deliveries to their receiver and everything else to HTTP. */
export function createTransport(http: WebhookSender, db: Db, receivers: readonly InProcessReceiver[]): WebhookSender {
  const byName = new Map(receivers.map((r) => [r.name, r]));
  const secrets = new Map<string, string>();

  async function secretOf(url: string): Promise<string[]> {
    const rows = await db.select({ secret: webhookSubscriptions.secret, previous: webhookSubscriptions.previousSecret }).from(webhookSubscriptions).where(eq(webhookSubscriptions.url, url));
    return rows.flatMap((r) => [r.secret, ...(r.previous === null ? [] : [r.previous])]);
  }

  return async (request: WebhookRequest): Promise<WebhookResult> => {
    if (!request.url.startsWith(IN_PROCESS_SCHEME)) return http(request);
    const started = performance.now();
    const done = (ok: boolean, error: string | null): WebhookResult => ({ ok, statusCode: ok ? 204 : 500, error, responseExcerpt: null, durationMs: Math.round(performance.now() - started) });
    const receiver = byName.get(request.url.slice(IN_PROCESS_SCHEME.length).replace(/^\/\//u, ''));
    if (receiver === undefined) return done(false, `no in-process receiver for ${request.url}`);
    try {
      const candidates = secrets.has(request.url) ? [secrets.get(request.url) ?? ''] : await secretOf(request.url);
      const body = request.body.toString('utf8');
      const verified = candidates.find((secret) => {
        try {
          new Webhook(secret).verify(body, request.headers);
          return true;
        } catch {
          return false;
        }
      });
      if (verified === undefined) return done(false, 'signature did not verify');
      secrets.set(request.url, verified);
      await receiver.handler(JSON.parse(body) as EventEnvelopeBody);
      return done(true, null);
    } catch (error) {
      // Forget the secret on failure: it may have been rotated.
      secrets.delete(request.url);
      return done(false, error instanceof Error ? error.message.slice(0, 500) : 'handler failed');
    }
  };
}

/** Creates (once) the subscription of an in-process receiver, owned by `organisationId`. */
export async function ensureInProcessSubscription(db: Db, input: { name: string; label: string; organisationId: string; eventTypes: string[] }): Promise<void> {
  const url = `${IN_PROCESS_SCHEME}//${input.name}`;
  const [existing] = await db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(and(eq(webhookSubscriptions.url, url), eq(webhookSubscriptions.active, true)));
  if (existing !== undefined) {
    await db.update(webhookSubscriptions).set({ eventTypes: input.eventTypes }).where(eq(webhookSubscriptions.id, existing.id));
    return;
  }
  await db.insert(webhookSubscriptions).values({ name: input.label, organisationId: input.organisationId, url, eventTypes: input.eventTypes, secret: generateWebhookSecret(), allowPrivateNetwork: true });
}
