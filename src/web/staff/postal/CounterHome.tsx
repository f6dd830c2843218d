/**
 * The counter clerk's front page: a new intake, scanning items into the office, the results
 * waiting for their recipients, the office's open pickup requests, and what waits to send.
 * Lists come from the round of this account (the offices it sees) and nothing else.
 */
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDateTime } from '../../format.js';
import { usePageTitle } from '../../page-title.js';
import { Link, staffPath } from '../../router.js';
import type { OutboxHandle } from './outbox-store.js';
import { OutboxPanel } from './OutboxPanel.js';
import { ReceiveScanner } from './ReceiveScanner.js';
import { correctPathOf } from './RoundScreen.js';
import { text } from './text.js';
import { useRound } from './use-round.js';

export function CounterHome({ outbox }: { outbox: OutboxHandle }) {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.counterTitle);
  const { round, loading, problem } = useRound(outbox.state.sent[0]?.id ?? null);

  return (
    <div className="postal-screen counter">
      <h1 tabIndex={-1}>{t.counterTitle}</h1>
      <p>{t.counterIntro}</p>
      <p className="actions">
        <Link className="button" to={staffPath('nhan-ho-so')}>
          {t.newIntake}
        </Link>
      </p>
      <ReceiveScanner outbox={outbox} t={t} language={language} />
      <OutboxPanel outbox={outbox} t={t} correctPath={correctPathOf} />
      <ProblemAlert problem={round === null ? problem : null} />
      {loading && round === null ? (
        <p role="status" className="muted">
          {t.loading}
        </p>
      ) : null}
      {round === null ? null : (
        <>
          <section aria-labelledby="counter-results">
            <h2 id="counter-results">{t.counterResults}</h2>
            {round.deliveries.length === 0 ? (
              <p className="muted">{t.counterResultsEmpty}</p>
            ) : (
              <ul className="stops">
                {round.deliveries.map((d) => (
                  <li key={d.itemNumber} className="stop stop--delivery">
                    <p className="stop__tag">{d.itemNumber}</p>
                    <p>
                      {d.applicant.name} · {d.procedure.name}
                    </p>
                    {d.dossierCode === null ? null : <p className="muted">{`${t.dossierCode}: ${d.dossierCode}`}</p>}
                    <Link className="button" to={staffPath('phat', d.itemNumber)}>
                      {t.handOver}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="counter-pickups">
            <h2 id="counter-pickups">{t.counterPickups}</h2>
            {round.pickups.length === 0 ? (
              <p className="muted">{t.counterPickupsEmpty}</p>
            ) : (
              <ul className="stops">
                {round.pickups.map((p) => (
                  <li key={p.id} className="stop stop--pickup">
                    <p className="stop__tag">
                      {p.reference} · {formatDateTime(p.window.from, language)}
                      {p.status === 'requested' ? <span className="badge">{t.requestedBadge}</span> : null}
                    </p>
                    <p>
                      {p.applicant.name} · {p.address}, {p.unit.name}
                    </p>
                    <p className="muted">{p.procedure.name}</p>
                    <Link className="button button--secondary" to={staffPath('nhan-ho-so', p.id)}>
                      {t.takeInAtCounter}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
