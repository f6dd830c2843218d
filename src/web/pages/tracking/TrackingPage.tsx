/**
 * Public tracking (/tra-cuu, /tra-cuu/<code>): one timeline across both legs of a dossier, from
 * pickup to the result's delivery. The address with the code is what every receipt's QR code
 * opens, so the page must load fast on a cheap phone: it uses only the shell and this chunk.
 * Personal details are asked for separately, with the last 4 digits of the phone on file.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { navigate, trackingPath } from '../../router.js';
import type { Tracking } from './decode.js';
import { lookupTracking, normaliseCode } from './tracking-api.js';
import { text } from './text.js';
import { PersonalPanel } from './PersonalPanel.js';
import { TrackingResult } from './TrackingResult.js';
import './tracking.css';

type Lookup = { state: 'idle' } | { state: 'loading' } | { state: 'found'; tracking: Tracking } | { state: 'failed'; problem: ApiProblem };

export function TrackingPage({ code }: { code: string | null }) {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(code === null ? t.title : t.resultTitle(code));
  const [input, setInput] = useState(code ?? '');
  const [inputError, setInputError] = useState<string | null>(null);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    setInput(code ?? '');
    if (code === null) {
      setLookup({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setLookup({ state: 'loading' });
    lookupTracking(code, null, controller.signal).then(
      (tracking) => setLookup({ state: 'found', tracking }),
      (error: unknown) => {
        if (error instanceof ApiProblem) setLookup({ state: 'failed', problem: error });
        else if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
      },
    );
    return () => controller.abort();
    // The language is a dependency so the server's problem text follows a language switch.
  }, [code, language]);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const normalised = normaliseCode(input);
    if (normalised === '') {
      setInputError(t.codeRequired);
      inputRef.current?.focus();
      return;
    }
    setInputError(null);
    navigate(trackingPath(normalised));
  }

  const failure = lookup.state === 'failed' ? lookup.problem : null;
  const errorId = `${ids}-error`;
  return (
    <div className="tracking">
      <h1 tabIndex={-1}>{code === null ? t.title : t.resultTitle(code)}</h1>
      {code === null ? <p>{t.intro}</p> : null}
      <form className="form tracking__form" role="search" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${ids}-code`}>{t.codeLabel}</label>
          <p className="field__hint" id={`${ids}-hint`}>
            {t.codeHint}
          </p>
          <div className="tracking__row">
            <input
              ref={inputRef}
              id={`${ids}-code`}
              name="code"
              inputMode="text"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              value={input}
              aria-invalid={inputError === null ? undefined : true}
              aria-describedby={inputError === null ? `${ids}-hint` : `${ids}-hint ${errorId}`}
              onChange={(event) => setInput(event.target.value)}
            />
            <button type="submit" className="button">
              {t.submit}
            </button>
          </div>
          {inputError === null ? null : (
            <p className="field__error" id={errorId}>
              {inputError}
            </p>
          )}
        </div>
      </form>

      {lookup.state === 'loading' ? (
        <p role="status" className="muted">
          {t.searching}
        </p>
      ) : null}
      {failure === null ? null : <TrackingFailure problem={failure} />}
      {lookup.state === 'found' ? (
        <>
          <TrackingResult tracking={lookup.tracking} />
          <PersonalPanel tracking={lookup.tracking} onFound={(tracking) => setLookup({ state: 'found', tracking })} />
        </>
      ) : null}
    </div>
  );
}

/** 404 and 429 in the page's own words (what to do next); anything else in the server's. */
function TrackingFailure({ problem }: { problem: ApiProblem }) {
  const t = useTexts(text);
  if (problem.status === 404) {
    return (
      <div className="alert" role="alert">
        <p>{t.notFound}</p>
      </div>
    );
  }
  if (problem.status === 429) {
    return (
      <div className="alert" role="alert">
        <p>{t.tooMany(problem.retryAfterSeconds ?? 60)}</p>
      </div>
    );
  }
  return <ProblemAlert problem={problem} />;
}
