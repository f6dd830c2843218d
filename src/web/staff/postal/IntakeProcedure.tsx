/**
 * Which procedure and which service the dossier is for. From a pickup both are given; at the
 * counter (or a walk-up at the door) the procedure is found by name or code among those offered
 * by post, the search waiting for a pause in the typing.
 */
import { useEffect, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { FieldError, described } from './fields.js';
import { type ProcedureChoice, SERVICE_FORMS, type ServiceForm, searchProcedures } from './postal-api.js';
import type { PostalTexts } from './text.js';

export interface IntakeProcedureProps {
  idOf: (name: string) => string;
  t: PostalTexts;
  /** Fixed by a pickup: shown, not chosen. */
  fixed: boolean;
  procedure: ProcedureChoice | null;
  serviceForm: ServiceForm;
  onProcedure: (choice: ProcedureChoice | null) => void;
  onServiceForm: (form: ServiceForm) => void;
  error: string | undefined;
}

export function IntakeProcedure({ idOf, t, fixed, procedure, serviceForm, onProcedure, onServiceForm, error }: IntakeProcedureProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ProcedureChoice[] | null>(null);
  const [searchProblem, setSearchProblem] = useState<string | null>(null);
  const searchId = idOf('procedure');

  useEffect(() => {
    if (procedure !== null || query.trim().length < 2) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchProcedures(query.trim(), controller.signal).then(
        (items) => {
          setFound(items);
          setSearchProblem(null);
        },
        (failure: unknown) => {
          if (failure instanceof ApiProblem) setSearchProblem(failure.detail ?? failure.title);
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, procedure]);

  return (
    <fieldset className="section">
      <legend>{t.procedureSection}</legend>
      {procedure !== null ? (
        <div className="field">
          <p className="chosen" id={searchId} tabIndex={-1}>
            <span className="muted">{t.procedureChosen}: </span>
            <strong>{procedure.name}</strong> <span className="muted">({procedure.code})</span>
          </p>
          <FieldError id={searchId} error={error} />
          {fixed ? null : (
            <div>
              <button type="button" className="button button--secondary" onClick={() => onProcedure(null)}>
                {t.procedureChange}
              </button>
            </div>
          )}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={searchId}>{t.procedureSearch}</label>
          <p className="field__hint" id={`${searchId}-hint`}>
            {t.procedureSearchHint}
          </p>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={described(searchId, true, error)}
            onChange={(event) => setQuery(event.target.value)}
          />
          <FieldError id={searchId} error={error} />
          {searchProblem === null ? null : <p className="field__error">{searchProblem}</p>}
          {found === null ? null : found.length === 0 ? (
            <p className="muted" role="status">
              {t.procedureNone}
            </p>
          ) : (
            <ul className="choices">
              {found.map((choice) => (
                <li key={choice.code}>
                  <button type="button" className="choice" onClick={() => onProcedure(choice)}>
                    <span>{choice.name}</span> <span className="muted">{choice.code}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <fieldset className="options">
        <legend>{t.serviceForm}</legend>
        {SERVICE_FORMS.map((form) => (
          <label key={form} className="option">
            <input type="radio" name={idOf('service-form')} value={form} checked={serviceForm === form} onChange={() => onServiceForm(form)} />
            <span>{t.serviceForms[form]}</span>
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
