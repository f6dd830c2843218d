/**
 * Token buckets per client, in this process's memory. Public lookups are cheap for us but a
 * dossier code is guessable and the 4 phone digits are only 10,000 tries: the bucket lets a
 * person look at their dossier as often as they like and makes guessing slow (a wrong guess
 * costs many tokens).
 *
 * Per process: behind a load balancer with N copies a client gets up to N times the rate. The
 * map is bounded: the least recently seen clients are forgotten first, and a forgotten client
 * starts again with a full bucket, which is what an idle one would have anyway.
 */

export interface TokenBucketOptions {
  /** Tokens added per minute; also the bucket's size (the burst a client may spend at once). */
  perMinute: number;
  /** How many clients are remembered at most. */
  maxClients?: number;
  /** Milliseconds; a clock the tests move. */
  now?: () => number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBuckets(options: TokenBucketOptions) {
  const capacity = options.perMinute;
  const perMs = options.perMinute / 60_000;
  const maxClients = options.maxClients ?? 100_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order; re-inserting on each use keeps the least recent first.
  const buckets = new Map<string, Bucket>();

  function current(client: string, at: number): Bucket {
    const known = buckets.get(client);
    if (known === undefined) {
      if (buckets.size >= maxClients) {
        const oldest = buckets.keys().next();
        if (oldest.done !== true) buckets.delete(oldest.value);
      }
      const fresh = { tokens: capacity, at };
      buckets.set(client, fresh);
      return fresh;
    }
    buckets.delete(client);
    buckets.set(client, known);
    known.tokens = Math.min(capacity, known.tokens + Math.max(0, at - known.at) * perMs);
    known.at = at;
    return known;
  }

  return {
    /** Spends `cost` tokens if the client has them; otherwise says how long until it will. */
    take(client: string, cost = 1): TakeResult {
      const bucket = current(client, now());
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / perMs / 1000)) };
    },
    /** Takes `cost` tokens whatever is left (down to empty): a penalty, after the fact. */
    penalise(client: string, cost: number): void {
      const bucket = current(client, now());
      bucket.tokens = Math.max(0, bucket.tokens - cost);
    },
    /** Clients currently remembered. */
    get size(): number {
      return buckets.size;
    },
  };
}

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;
