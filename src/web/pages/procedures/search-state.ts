/**
 * The procedure search lives in the address (`/thu-tuc?q=khai+sinh&linh-vuc=Hộ+tịch`), so a
 * search can be shared and Back returns to it. Parameter names are Vietnamese like the paths;
 * the defaults (only procedures offered by post, one page of results) are left out, so the
 * plain `/thu-tuc` is the usual starting point.
 */

/** Results asked per "show more"; the API allows up to 100 per request. */
export const PAGE_SIZE = 20;
export const MAX_LIMIT = 100;

export interface SearchFilters {
  /** As typed; the API folds case and accents. */
  q: string;
  /** A field name as in the catalogue ("Hộ tịch"), or null for every field. */
  field: string | null;
  /** An agency level id ("commune", "province", …), or null for every level. */
  level: string | null;
  /** Only procedures offered by post (the default). */
  byPost: boolean;
  /** How many results were shown, so a reload or Back shows as many again. */
  shown: number;
}

const PARAM = { q: 'q', field: 'linh-vuc', level: 'cap', all: 'tat-ca', shown: 'so' } as const;

function nonEmpty(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function shownFrom(value: string | null): number {
  if (value === null || !/^\d{1,4}$/.test(value)) return PAGE_SIZE;
  return Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, Number(value)));
}

/** Reads the filters from a query string ("?q=…" or ""); anything malformed falls back to the default. */
export function parseFilters(search: string): SearchFilters {
  const params = new URLSearchParams(search);
  return {
    q: params.get(PARAM.q) ?? '',
    field: nonEmpty(params.get(PARAM.field)),
    level: nonEmpty(params.get(PARAM.level)),
    byPost: params.get(PARAM.all) !== '1',
    shown: shownFrom(params.get(PARAM.shown)),
  };
}

/** The query string for the address bar: "" for the defaults, else "?…" with defaults left out. */
export function filtersToSearch(filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim() !== '') params.set(PARAM.q, filters.q);
  if (filters.field !== null) params.set(PARAM.field, filters.field);
  if (filters.level !== null) params.set(PARAM.level, filters.level);
  if (!filters.byPost) params.set(PARAM.all, '1');
  if (filters.shown > PAGE_SIZE) params.set(PARAM.shown, String(Math.min(MAX_LIMIT, filters.shown)));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The API request for one page of results. The words are trimmed: "khai sinh " is the same search. */
export function searchRequestPath(filters: SearchFilters, offset: number, limit: number): string {
  const params = new URLSearchParams();
  const q = filters.q.trim().replace(/\s+/g, ' ');
  if (q !== '') params.set('q', q);
  if (filters.field !== null) params.set('field', filters.field);
  if (filters.level !== null) params.set('level', filters.level);
  params.set('byPost', String(filters.byPost));
  params.set('limit', String(Math.min(MAX_LIMIT, Math.max(1, limit))));
  params.set('offset', String(Math.max(0, offset)));
  return `/api/v1/procedures?${params.toString()}`;
}

/**
 * What decides the result set (not how many are shown): when it changes, the list is fetched
 * afresh; when only `shown` changes, the page already holds the results.
 */
export function resultSetKey(filters: SearchFilters): string {
  return searchRequestPath(filters, 0, 1);
}
