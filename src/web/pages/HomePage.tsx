/**
 * The public home page: what the service is, the two things most visitors come to do (book a
 * pickup, follow a dossier), a procedure search, how it works, the three ways to use it, prices.
 */
import { type FormEvent, useId, useState } from 'react';
import type { QuoteDirection } from '../../domain/tariff/index.js';
import { useMessages } from '../i18n/language.js';
import type { Messages } from '../i18n/vi.js';
import { usePageTitle } from '../page-title.js';
import { Link, PATHS, navigate } from '../router.js';
import './catalog.css';
import { filtersToSearch, parseFilters } from './procedures/search-state.js';

type StepKey = keyof Messages['home']['steps'];

/**
 * Display order. Records rather than arrays so that a step or service form added to the message
 * tables fails to compile here until it is given a place; object keys keep their written order.
 */
const STEP_ORDER: Record<StepKey, true> = { handIn: true, check: true, fees: true, delivery: true };
const FORM_ORDER: Record<QuoteDirection, true> = { pickup: true, delivery: true, both: true };

function keysOf<K extends string>(order: Record<K, true>): K[] {
  return Object.keys(order) as K[];
}

/** Opens the procedure search with the words typed here (the search page takes it from the address). */
function ProcedureSearch({ home }: { home: Messages['home'] }) {
  const [words, setWords] = useState('');
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    navigate(`${PATHS.procedures}${filtersToSearch({ ...parseFilters(''), q: words.trim() })}`);
  }
  return (
    <section aria-labelledby="tim-thu-tuc">
      <h2 id="tim-thu-tuc">{home.searchTitle}</h2>
      <form role="search" aria-labelledby="tim-thu-tuc" className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{home.searchLabel}</label>
          <input id={`${id}-q`} name="q" type="search" autoComplete="off" spellCheck={false} enterKeyHint="search" aria-describedby={`${id}-hint`} value={words} onChange={(event) => setWords(event.target.value)} />
          <p className="field__hint" id={`${id}-hint`}>
            {home.searchHint}
          </p>
        </div>
        <button type="submit" className="button">
          {home.searchButton}
        </button>
      </form>
      <p>
        <Link to={PATHS.procedures}>{home.allProcedures}</Link>
      </p>
    </section>
  );
}

export function HomePage() {
  const messages = useMessages();
  const home = messages.home;
  usePageTitle(home.title);
  return (
    <>
      <div className="hero">
        <h1 tabIndex={-1}>{home.title}</h1>
        <p className="lead">{home.lead}</p>
        <p className="actions">
          <Link to={PATHS.booking} className="button">
            {home.bookingCta}
          </Link>
          <Link to={PATHS.tracking} className="button button--secondary">
            {home.trackingCta}
          </Link>
        </p>
      </div>

      <ProcedureSearch home={home} />

      <section aria-labelledby="cach-hoat-dong">
        <h2 id="cach-hoat-dong">{home.howTitle}</h2>
        <ol className="steps">
          {keysOf(STEP_ORDER).map((key) => (
            <li key={key} className="steps__item">
              <h3>{home.steps[key].title}</h3>
              <p>{home.steps[key].text}</p>
            </li>
          ))}
        </ol>
        <p className="note">{home.trackingNote}</p>
        <p>
          <Link to={PATHS.howItWorks}>{home.howLink}</Link>
        </p>
      </section>

      <section aria-labelledby="hinh-thuc">
        <h2 id="hinh-thuc">{home.formsTitle}</h2>
        <ul className="cards">
          {keysOf(FORM_ORDER).map((form) => (
            <li key={form} className="card">
              <h3>{home.forms[form].title}</h3>
              <p>{home.forms[form].text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gia-cuoc">
        <h2 id="gia-cuoc">{home.tariffsTitle}</h2>
        <p>{home.tariffsText}</p>
        <p>
          <Link to={PATHS.tariffs}>{home.tariffsLink}</Link>
        </p>
      </section>

      <section aria-labelledby="can-bo" className="staff-teaser">
        <h2 id="can-bo">{home.staffTitle}</h2>
        <p>{home.staffText}</p>
        <p>
          <Link to={PATHS.signIn} className="button button--secondary">
            {home.staffLink}
          </Link>
        </p>
      </section>
    </>
  );
}
