/**
 * The search box and filters. Every control is labelled; the filters act as soon as they change
 * (no second button to find), and the words act after a short pause in typing or on Enter.
 */
import { type FormEvent, useId } from 'react';
import { useTexts } from '../../i18n/local.js';
import type { FieldFacet, LevelFacet } from './procedures-api.js';
import type { SearchFilters } from './search-state.js';
import { text } from './text.js';

interface Props {
  draft: string;
  onDraft: (value: string) => void;
  onSubmit: () => void;
  filters: SearchFilters;
  onFilters: (change: Partial<SearchFilters>) => void;
  fields: readonly FieldFacet[];
  levels: readonly LevelFacet[];
  levelName: (id: string, label: string) => string;
}

/** The chosen value stays an option even when the current facets no longer count it. */
function withChosen<T extends { count: number }>(options: readonly T[], chosen: string | null, valueOf: (option: T) => string, make: (value: string) => T): T[] {
  if (chosen === null || options.some((option) => valueOf(option) === chosen)) return [...options];
  return [make(chosen), ...options];
}

export function SearchForm({ draft, onDraft, onSubmit, filters, onFilters, fields, levels, levelName }: Props) {
  const t = useTexts(text).list;
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit();
  }
  const fieldOptions = withChosen(fields, filters.field, (f) => f.value, (value) => ({ value, count: 0 }));
  const levelOptions = withChosen(levels, filters.level, (l) => l.id, (value) => ({ id: value, label: value, count: 0 }));
  return (
    <form role="search" className="search" onSubmit={submit} aria-label={t.searchLabel}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t.searchLabel}</label>
        <div className="search__row">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby={`${id}-q-hint`}
            value={draft}
            onChange={(event) => onDraft(event.target.value)}
          />
          <button type="submit" className="button">
            {t.searchButton}
          </button>
        </div>
        <p className="field__hint" id={`${id}-q-hint`}>
          {t.searchHint}
        </p>
      </div>
      <div className="search__filters">
        <div className="field">
          <label htmlFor={`${id}-field`}>{t.fieldLabel}</label>
          <select id={`${id}-field`} value={filters.field ?? ''} onChange={(event) => onFilters({ field: event.target.value === '' ? null : event.target.value })}>
            <option value="">{t.allFields}</option>
            {fieldOptions.map((facet) => (
              <option key={facet.value} value={facet.value}>
                {t.option(facet.value, facet.count)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>{t.levelLabel}</label>
          <select id={`${id}-level`} value={filters.level ?? ''} onChange={(event) => onFilters({ level: event.target.value === '' ? null : event.target.value })}>
            <option value="">{t.allLevels}</option>
            {levelOptions.map((facet) => (
              <option key={facet.id} value={facet.id}>
                {t.option(levelName(facet.id, facet.label), facet.count)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={filters.byPost} onChange={(event) => onFilters({ byPost: event.target.checked })} />
        <span>{t.byPostLabel}</span>
      </label>
    </form>
  );
}
