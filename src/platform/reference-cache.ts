/**
 * A short-lived, bounded cache for reference data read on every write (procedures,
 * organisations, tariffs, transit limits). Such data changes a few times a year and its
 * changes take effect for new work only, so each process may keep a copy for a few seconds:
 * an intake then spends its round trips on what it writes. A failed read is not kept.
 *
 * An administrator's change (a procedure put on the post, a new tariff version) calls
 * `invalidateReferenceCaches()`: the process that made it reads afresh at once, so the
 * administrator sees what was saved; other processes follow within their time to live.
 */
let generation = 0;

/** Forgets every entry of every reference cache of this process. */
export function invalidateReferenceCaches(): void {
  generation += 1;
}

export function referenceCache<V>(ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, { at: number; generation: number; value: Promise<V> }>();
  return function cached(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit !== undefined && hit.generation === generation && now - hit.at < ttlMs) return hit.value;
    if (entries.size >= maxEntries) entries.clear();
    const value = load();
    const entry = { at: now, generation, value };
    entries.set(key, entry);
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return value;
  };
}
