/**
 * The search results for the filters in the address. A new search cancels the one still under
 * way (typing "khai sinh" sends a few requests; only the last may show), and the previous results
 * stay on screen until the new ones arrive, so the list does not flash empty at each keystroke.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { PAGE_SIZE, type SearchFilters, resultSetKey, searchRequestPath } from './search-state.js';
import { type ProcedureSearchResult, searchProcedures } from './procedures-api.js';

export interface SearchState {
  result: ProcedureSearchResult | null;
  /** A search for new filters is under way. */
  searching: boolean;
  loadingMore: boolean;
  problem: ApiProblem | null;
}

function isCancelled(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

export function useProcedureSearch(filters: SearchFilters): SearchState & { loadMore: () => Promise<number | null> } {
  const key = resultSetKey(filters);
  const [state, setState] = useState<SearchState>({ result: null, searching: true, loadingMore: false, problem: null });
  const current = useRef<{ result: ProcedureSearchResult | null; filters: SearchFilters; more: AbortController | null }>({ result: null, filters, more: null });
  current.current.filters = filters;

  useEffect(() => {
    const controller = new AbortController();
    current.current.more?.abort();
    setState((previous) => ({ ...previous, searching: true, loadingMore: false, problem: null }));
    // As many as were shown before (a reload, or Back from a procedure), so the reader's place is still there.
    searchProcedures(searchRequestPath(filters, 0, filters.shown), controller.signal).then(
      (result) => {
        current.current.result = result;
        setState({ result, searching: false, loadingMore: false, problem: null });
      },
      (error: unknown) => {
        if (isCancelled(error, controller.signal)) return;
        if (!(error instanceof ApiProblem)) throw error;
        setState((previous) => ({ ...previous, searching: false, problem: error }));
      },
    );
    return () => controller.abort();
    // The key says everything about the result set; `shown` alone changing needs no new search.
  }, [key]);

  /** Fetches the next page and appends it; returns the index of the first new item, or null. */
  async function loadMore(): Promise<number | null> {
    const before = current.current.result;
    if (before === null || before.items.length >= before.total || current.current.more !== null) return null;
    const controller = new AbortController();
    current.current.more = controller;
    setState((previous) => ({ ...previous, loadingMore: true, problem: null }));
    try {
      const page = await searchProcedures(searchRequestPath(current.current.filters, before.items.length, PAGE_SIZE), controller.signal);
      const result = { ...page, items: [...before.items, ...page.items] };
      current.current.result = result;
      setState({ result, searching: false, loadingMore: false, problem: null });
      return before.items.length;
    } catch (error) {
      if (isCancelled(error, controller.signal)) return null;
      if (!(error instanceof ApiProblem)) throw error;
      setState((previous) => ({ ...previous, loadingMore: false, problem: error }));
      return null;
    } finally {
      if (current.current.more === controller) current.current.more = null;
    }
  }

  return { ...state, loadMore };
}
