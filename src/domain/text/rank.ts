/**
 * Ranking catalogue entries (a code and a name) against what someone typed. Tiers, best first:
 * the exact code; a code that starts with the query; a name that starts with it; the query
 * as a phrase starting at a word of the name; every query word starting a word of the name,
 * in any order; the query, or every word of it, anywhere inside the name. Within a tier a
 * shorter name comes first: "Thủ tục đăng ký khai sinh" before "…khai sinh có yếu tố nước
 * ngoài", the general case before its variants.
 */
import { foldForSearch, searchWords } from './fold.js';

export const MATCH_TIERS = ['code-exact', 'code-prefix', 'name-prefix', 'name-phrase', 'name-words', 'name-substring'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** An entry with its search forms computed once, when the index is built. */
export interface SearchKey {
  code: string;
  /** `foldForSearch(name)`. */
  name: string;
  /** " " + name + " ": word starts are found as " " + word. */
  padded: string;
}

export function searchKey(code: string, name: string): SearchKey {
  const folded = foldForSearch(name);
  return { code: code.trim().toLowerCase(), name: folded, padded: ` ${folded} ` };
}

/** A query folded once for every entry it is matched against. */
export interface SearchQuery {
  folded: string;
  words: string[];
}

export function searchQuery(text: string): SearchQuery {
  const folded = foldForSearch(text);
  return { folded, words: searchWords(folded) };
}

/** The best tier at which `key` matches `query`, or null when it does not match at all. */
export function matchTier(query: SearchQuery, key: SearchKey): MatchTier | null {
  const q = query.folded;
  if (q === '') return null;
  if (key.code === q) return 'code-exact';
  if (key.code.startsWith(q)) return 'code-prefix';
  if (key.name.startsWith(q)) return 'name-prefix';
  if (key.padded.includes(` ${q}`)) return 'name-phrase';
  if (query.words.every((w) => key.padded.includes(` ${w}`))) return 'name-words';
  if (key.name.includes(q) || query.words.every((w) => key.name.includes(w))) return 'name-substring';
  return null;
}

export interface Ranked<T> {
  entry: T;
  tier: MatchTier;
}

/**
 * The entries that match, best first (tier, then shorter name, then code): stable, so the same
 * query always pages through the same order.
 */
export function rankEntries<T>(query: SearchQuery, entries: readonly T[], keyOf: (entry: T) => SearchKey): Ranked<T>[] {
  const ranked: Array<Ranked<T> & { key: SearchKey; order: number }> = [];
  for (const entry of entries) {
    const key = keyOf(entry);
    const tier = matchTier(query, key);
    if (tier !== null) ranked.push({ entry, tier, key, order: MATCH_TIERS.indexOf(tier) });
  }
  ranked.sort((a, b) => a.order - b.order || a.key.name.length - b.key.name.length || (a.key.code < b.key.code ? -1 : a.key.code > b.key.code ? 1 : 0));
  return ranked.map(({ entry, tier }) => ({ entry, tier }));
}
