export { foldForSearch, searchWords, stripDiacritics } from './fold.js';
export { MATCH_TIERS, matchTier, rankEntries, searchKey, searchQuery } from './rank.js';
export type { MatchTier, Ranked, SearchKey, SearchQuery } from './rank.js';
