/**
 * Choosing the procedure: a search over the procedures offered by post (the API folds accents,
 * so "khai sinh" and "khai sinh" with marks find the same), or the one already chosen with a
 * way to change it. Results are plain buttons in a list, reachable by Tab and announced as a count.
 */
import { useEffect, useId, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { type ProcedureChoice, searchProcedures } from './booking-api.js';
import { text } from './text.js';

interface Props {
  chosen: ProcedureChoice | null;
  onChoose: (procedure: ProcedureChoice | null) => void;
  error: string | null;
  inputId: string;
}

export function ProcedurePicker({ chosen, onChoose, error, inputId }: Props) {
  const t = useTexts(text);
  const ids = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProcedureChoice[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  useEffect(() => {
    if (chosen !== null || query.trim().length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    // Wait for a pause in typing: one request per word, not per letter.
    const timer = window.setTimeout(() => {
      searchProcedures(query.trim(), controller.signal).then(
        (found) => {
          setProblem(null);
          setResults(found);
        },
        (failure: unknown) => {
          if (failure instanceof ApiProblem) setProblem(failure);
          else if (!(failure instanceof DOMException && failure.name === 'AbortError')) throw failure;
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen]);

  if (chosen !== null) {
    return (
      <div className="picked">
        <p className="picked__label">{t.procedureChosen}</p>
        <p className="picked__value" id={inputId} tabIndex={-1}>
          {chosen.name} <span className="muted">({chosen.code})</span>
        </p>
        <button type="button" className="button button--secondary" onClick={() => onChoose(null)}>
          {t.procedureChange}
        </button>
      </div>
    );
  }

  const errorId = `${ids}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{t.procedureSearch}</label>
      <p className="field__hint" id={`${ids}-hint`}>
        {t.procedureSearchHint}
      </p>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={query}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? `${ids}-hint` : `${ids}-hint ${errorId}`}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error === null ? null : (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <ProblemAlert problem={problem} />
      <p className="visually-hidden" role="status">
        {results === null ? '' : t.procedureResults(results.length)}
      </p>
      {results === null ? null : results.length === 0 ? (
        <p className="muted">{t.procedureResults(0)}</p>
      ) : (
        <ul className="choices">
          {results.map((procedure) => (
            <li key={procedure.code}>
              <button type="button" className="choice" onClick={() => onChoose(procedure)}>
                <span>{procedure.name}</span> <span className="muted">{procedure.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
