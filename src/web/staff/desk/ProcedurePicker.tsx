/**
 * Choosing a procedure of the catalogue by name or code (the API folds accents): results are
 * plain buttons, reachable by Tab and announced as a count; the choice shows with a way to change it.
 */
import { useEffect, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import type { ProcedureChoice } from './decode.js';
import { searchProcedures } from './desk-api.js';
import { text } from './text.js';

interface Props {
  id: string;
  chosen: ProcedureChoice | null;
  onChoose: (procedure: ProcedureChoice | null) => void;
  error?: string | undefined;
}

export function ProcedurePicker({ id, chosen, onChoose, error }: Props) {
  const t = useTexts(text);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProcedureChoice[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  useEffect(() => {
    if (chosen !== null || query.trim().length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    // One request per pause in typing, not per letter.
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
      <div className="desk-picked">
        <p className="muted">{t.procedureChosen}</p>
        <p className="desk-picked__value" id={id} tabIndex={-1}>
          {chosen.name} <span className="muted">({chosen.code})</span>
        </p>
        <button type="button" className="button button--secondary" onClick={() => onChoose(null)}>
          {t.procedureChange}
        </button>
      </div>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t.procedureSearch}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t.procedureHint}
      </p>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => setQuery(event.target.value)}
      />
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
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
        <ul className="desk-options">
          {results.map((procedure) => (
            <li key={procedure.code}>
              <button type="button" className="desk-option" onClick={() => onChoose(procedure)}>
                <span>{procedure.name}</span> <span className="muted">{procedure.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
