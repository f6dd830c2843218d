/**
 * /thu-tuc: search the procedure catalogue. The filters live in the address (replaced, not
 * pushed, so Back leaves the page rather than undoing keystrokes); the API folds accents, so
 * "dang ky khai sinh" finds "Thủ tục đăng ký khai sinh".
 */
import { useEffect, useRef, useState } from 'react';
import { AGENCY_LEVEL_INFO, agencyLevelOf, isAgencyLevel } from '../../../domain/procedure/agency-level.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { PATHS, navigate, useSearch } from '../../router.js';
import '../catalog.css';
import { ProcedureCard } from './ProcedureCard.js';
import { SearchForm } from './SearchForm.js';
import { PAGE_SIZE, type SearchFilters, filtersToSearch, parseFilters } from './search-state.js';
import { text } from './text.js';
import { useProcedureSearch } from './use-procedure-search.js';

/** Long enough to let a word be finished on a phone keyboard, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

/** Writes filters to the address; the page reads them back through useSearch(). */
function showFilters(filters: SearchFilters): void {
  navigate(`${PATHS.procedures}${filtersToSearch(filters)}`, { replace: true, keepScroll: true });
}

export function ProceduresPage() {
  const t = useTexts(text).list;
  const language = useLanguage();
  usePageTitle(t.title);
  const filters = parseFilters(useSearch());
  const search = useProcedureSearch(filters);
  const [draft, setDraft] = useState(filters.q);
  /** The words this page last put in the address: any other change came from outside (Back, a link). */
  const written = useRef(filters.q);
  const timer = useRef<number | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);

  useEffect(() => {
    if (filters.q !== written.current) {
      written.current = filters.q;
      setDraft(filters.q);
    }
  }, [filters.q]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function writeWords(words: string): void {
    window.clearTimeout(timer.current);
    written.current = words;
    // Read the address now, not the render's copy: a filter may have changed during the pause.
    const latest = parseFilters(window.location.search);
    if (latest.q !== words) showFilters({ ...latest, q: words, shown: PAGE_SIZE });
  }

  function onDraft(value: string): void {
    setDraft(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => writeWords(value), TYPING_PAUSE_MS);
  }

  function onFilters(change: Partial<SearchFilters>): void {
    window.clearTimeout(timer.current);
    written.current = draft;
    showFilters({ ...parseFilters(window.location.search), q: draft, ...change, shown: PAGE_SIZE });
  }

  async function showMore(): Promise<void> {
    const first = await search.loadMore();
    if (first === null) return;
    setFocusFrom(first);
    showFilters({ ...parseFilters(window.location.search), shown: first + PAGE_SIZE });
  }

  // After "show more", keyboard and screen reader users continue from the first new result.
  useEffect(() => {
    if (focusFrom === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('.procedure-card__title a')[focusFrom]?.focus();
    setFocusFrom(null);
  }, [focusFrom, search.result]);

  /** English readers get the level in English; Vietnamese readers see the catalogue's own label. */
  function levelName(id: string, label: string): string {
    return language === 'vi' || !isAgencyLevel(id) ? label : AGENCY_LEVEL_INFO[id].en;
  }
  const levelOfLabel = (label: string): string => levelName(agencyLevelOf(label), label);

  const result = search.result;
  const status = search.searching ? t.searching : result === null ? '' : t.count(result.total);
  const filtered = filters.field !== null || filters.level !== null || filters.byPost;

  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <SearchForm
        draft={draft}
        onDraft={onDraft}
        onSubmit={() => writeWords(draft)}
        filters={filters}
        onFilters={onFilters}
        fields={result?.facets.fields ?? []}
        levels={result?.facets.levels ?? []}
        levelName={levelName}
      />

      <section aria-labelledby="ket-qua" className="results" aria-busy={search.searching}>
        <h2 id="ket-qua" className="visually-hidden">
          {t.resultsTitle}
        </h2>
        <p role="status" className="results__count">
          {status}
        </p>
        <ProblemAlert problem={search.problem} />
        {result !== null && result.total === 0 && !search.searching ? (
          <div className="empty">
            <h3>{t.emptyTitle}</h3>
            <ul>
              {Object.entries(t.emptyAdvice).map(([key, advice]) => (
                <li key={key}>{advice}</li>
              ))}
            </ul>
            {filtered ? (
              <button type="button" className="button button--secondary" onClick={() => onFilters({ field: null, level: null, byPost: false })}>
                {t.searchEverywhere}
              </button>
            ) : null}
          </div>
        ) : null}
        {result !== null && result.items.length > 0 ? (
          <ul className="procedure-list" ref={list}>
            {result.items.map((procedure) => (
              <ProcedureCard key={procedure.code} procedure={procedure} levelName={levelOfLabel} />
            ))}
          </ul>
        ) : null}
        {result !== null && result.items.length < result.total ? (
          <div className="more">
            <p className="muted">{t.shown(result.items.length, result.total)}</p>
            <button type="button" className="button button--secondary" disabled={search.loadingMore} onClick={() => void showMore()}>
              {search.loadingMore ? t.loadingMore : t.more}
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}
