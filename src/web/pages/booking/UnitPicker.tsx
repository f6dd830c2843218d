/**
 * The commune or ward of the address, among the units in force today. A filter box narrows a
 * native select (every phone has an accessible picker for it); accents are optional in the filter.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { foldForSearch } from '../../../domain/text/index.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { type UnitChoice, unitsInForce } from './booking-api.js';
import { text } from './text.js';

interface Props {
  value: string;
  onChange: (code: string) => void;
  error: string | null;
  selectId: string;
}

export function UnitPicker({ value, onChange, error, selectId }: Props) {
  const t = useTexts(text);
  const ids = useId();
  const [units, setUnits] = useState<UnitChoice[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    unitsInForce(controller.signal).then(
      (all) => setUnits(all.filter((unit) => unit.level > 1)),
      (failure: unknown) => {
        if (failure instanceof ApiProblem) setProblem(failure);
        else if (!(failure instanceof DOMException && failure.name === 'AbortError')) throw failure;
      },
    );
    return () => controller.abort();
  }, []);

  const folded = useMemo(() => units.map((unit) => ({ unit, key: foldForSearch(unit.fullName) })), [units]);
  const wanted = foldForSearch(filter);
  // The chosen unit stays in the list even when the filter no longer matches it.
  const shown = folded.filter(({ unit, key }) => wanted === '' || key.includes(wanted) || unit.code === value).map(({ unit }) => unit);
  const errorId = `${ids}-error`;

  return (
    <div className="field">
      <label htmlFor={`${ids}-filter`}>{t.unitLabel}</label>
      <p className="field__hint" id={`${ids}-hint`}>
        {t.unitHint}
      </p>
      <input id={`${ids}-filter`} type="search" autoComplete="off" value={filter} aria-describedby={`${ids}-hint`} aria-controls={selectId} onChange={(event) => setFilter(event.target.value)} />
      <ProblemAlert problem={problem} />
      <select
        id={selectId}
        aria-label={t.unitLabel}
        value={value}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? undefined : errorId}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{shown.length === 0 ? t.unitNoMatch : `— ${t.unitLabel} (${String(shown.length)}) —`}</option>
        {shown.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.fullName}
          </option>
        ))}
      </select>
      {error === null ? null : (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
