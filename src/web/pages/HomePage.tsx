/** The public home page: what the service is, how it works, and the three ways to use it. */
import type { QuoteDirection } from '../../domain/tariff/index.js';
import { useMessages } from '../i18n/language.js';
import type { Messages } from '../i18n/vi.js';
import { usePageTitle } from '../page-title.js';
import { Link, PATHS } from '../router.js';

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

export function HomePage() {
  const messages = useMessages();
  const home = messages.home;
  usePageTitle(home.title);
  return (
    <>
      <div className="hero">
        <h1 tabIndex={-1}>{home.title}</h1>
        <p className="lead">{home.lead}</p>
      </div>

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
