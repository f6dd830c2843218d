/**
 * A short-lived, bounded cache for reference data read on every write (procedures,
 * organisations, tariffs, transit limits). Such data changes a few times a year and its
 * changes take effect for new work only, so each process may keep a copy for a few seconds:
 * an intake then spends its round trips on what it writes. A failed read is not kept.
 */
export function referenceCache<V>(ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return function cached(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit !== undefined && now - hit.at < ttlMs) return hit.value;
    if (entries.size >= maxEntries) entries.clear();
    const value = load();
    entries.set(key, { at: now, value });
    value.catch(() => entries.delete(key));
    return value;
  };
}
