/**
 * Searching the procedures catalogue (the public "Procedures by post" page). The catalogue is a
 * few hundred rows that change a few times a year, so each process keeps an index of it for
 * 30 seconds (reference-cache.ts) and searches in memory: accent-insensitive matching on code
 * and name, ranked (domain/text/rank.ts), filtered by field, agency level and postal service,
 * with facets for the filters.
 */
import { asc, sql } from 'drizzle-orm';
import { procedures } from './catalog.schema.js';
import { type PostalStatus, type ProcessingTimeView, postalMethodOf, postalStatus, processingTimeView, readMethods } from './procedure-records.js';
import { AGENCY_LEVELS, AGENCY_LEVEL_INFO, type AgencyLevel, agencyLevelOf, parseAgencyLevel } from '../domain/procedure/agency-level.js';
import { foldForSearch } from '../domain/text/fold.js';
import { type SearchKey, rankEntries, searchKey, searchQuery } from '../domain/text/rank.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { referenceCache } from '../platform/reference-cache.js';

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  levels: string[];
  byPost: boolean;
  processingTime: ProcessingTimeView | null;
  fee: string | null;
}

/** A summary with what the index needs beside it. */
export interface IndexedProcedure {
  summary: ProcedureSummary;
  postal: PostalStatus;
  levelIds: AgencyLevel[];
  foldedField: string;
  key: SearchKey;
}

export interface SearchParams {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  byPost?: boolean | undefined;
  limit: number;
  offset: number;
}

export interface SearchResult {
  total: number;
  items: ProcedureSummary[];
  facets: {
    fields: Array<{ value: string; count: number }>;
    levels: Array<{ id: AgencyLevel; label: string; count: number }>;
  };
}

export function createProcedureSearch(db: Db) {
  const cache = referenceCache<IndexedProcedure[]>(30_000);

  /** Every procedure, indexed, in code order. Only the columns a summary needs are read. */
  function all(): Promise<IndexedProcedure[]> {
    return cache('all', async () => {
      const rows = await db
        .select({
          code: procedures.code,
          name: procedures.name,
          field: procedures.field,
          agencyLevels: procedures.agencyLevels,
          postalServiceOffered: procedures.postalServiceOffered,
          publishingDecision: procedures.publishingDecision,
          postalDecision: procedures.postalDecision,
          postalSince: procedures.postalSince,
          methods: sql<unknown>`${procedures.details} -> 'submissionMethods'`,
        })
        .from(procedures)
        .orderBy(asc(procedures.code));
      return rows.map((row): IndexedProcedure => {
        const method = postalMethodOf(readMethods(row.methods));
        const postal = postalStatus(row);
        return {
          summary: {
            code: row.code,
            name: row.name,
            field: row.field,
            levels: row.agencyLevels,
            byPost: postal.offered,
            processingTime: processingTimeView(method),
            fee: method?.feeText ?? null,
          },
          postal,
          levelIds: [...new Set(row.agencyLevels.map(agencyLevelOf))],
          foldedField: foldForSearch(row.field),
          key: searchKey(row.code, row.name),
        };
      });
    });
  }

  /**
   * Facets count the set matched by `q` and `byPost`, before the field and level filters: the
   * page shows how many each choice would give, and choosing one does not hide the others.
   */
  async function search(params: SearchParams): Promise<SearchResult> {
    const level = params.level === undefined ? null : parseAgencyLevel(params.level);
    if (params.level !== undefined && level === null) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ in: 'query', name: 'level', vi: `phải là một trong ${AGENCY_LEVELS.join(', ')} hoặc tên cấp như trong danh mục`, en: `must be one of ${AGENCY_LEVELS.join(', ')} or a level label from the catalogue` }],
      });
    }
    const entries = await all();
    const q = params.q?.trim() ?? '';
    const matched = q === '' ? entries : rankEntries(searchQuery(q), entries, (e) => e.key).map((r) => r.entry);
    const base = params.byPost === undefined ? matched : matched.filter((e) => e.postal.offered === params.byPost);

    const field = params.field === undefined ? null : foldForSearch(params.field);
    const filtered = base.filter((e) => (field === null || e.foldedField === field) && (level === null || e.levelIds.includes(level)));
    return {
      total: filtered.length,
      items: filtered.slice(params.offset, params.offset + params.limit).map((e) => e.summary),
      facets: { fields: fieldFacets(base), levels: levelFacets(base) },
    };
  }

  return { all, search };
}

function fieldFacets(entries: readonly IndexedProcedure[]): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.summary.field, (counts.get(e.summary.field) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'vi'));
}

/**
 * One entry per level id that occurs, in a fixed order, labelled as the catalogue writes the
 * level; `other` also gathers labels not known to the domain table.
 */
function levelFacets(entries: readonly IndexedProcedure[]): Array<{ id: AgencyLevel; label: string; count: number }> {
  const counts = new Map<AgencyLevel, number>();
  for (const e of entries) for (const id of e.levelIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return AGENCY_LEVELS.flatMap((id) => {
    const count = counts.get(id);
    return count === undefined ? [] : [{ id, label: AGENCY_LEVEL_INFO[id].vi, count }];
  });
}

export type ProcedureSearch = ReturnType<typeof createProcedureSearch>;
