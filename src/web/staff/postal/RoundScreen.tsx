/**
 * The postman's front page: today's pickups and results to deliver, grouped by commune or
 * ward and in street order within each, with counts; what is waiting to send; and a way to take
 * in a dossier without a booking. Everything shown comes from the server's answer for this
 * account (GET /api/v1/postal/round): nothing of another office is asked for.
 */
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDate } from '../../format.js';
import { usePageTitle } from '../../page-title.js';
import { Link, staffPath } from '../../router.js';
import type { OutboxHandle } from './outbox-store.js';
import { type OutboxEntry, itemsInOutbox, pickupsInOutbox } from './outbox.js';
import { OutboxPanel } from './OutboxPanel.js';
import type { RoundDelivery, RoundPickup } from './postal-api.js';
import { routeOrder } from './round-order.js';
import { text } from './text.js';
import { useRound } from './use-round.js';

const clock = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });

/** "08:00": a window's hour in Vietnam time (the day is the round's). */
function timeOf(iso: string): string {
  return clock.format(new Date(iso));
}

export function correctPathOf(entry: OutboxEntry): string | null {
  switch (entry.kind) {
    case 'intake':
      return staffPath('sua-ho-so', entry.id);
    case 'delivery':
    case 'attempt':
      return entry.itemNumber === null ? null : staffPath('phat', entry.itemNumber);
    case 'scan':
      return null;
    default: {
      const exhaustive: never = entry.kind;
      return exhaustive;
    }
  }
}

export function RoundScreen({ outbox }: { outbox: OutboxHandle }) {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.roundTitle);
  const { round, stale, loading, problem, reload } = useRound(outbox.state.sent[0]?.id ?? null);
  const waitingPickups = pickupsInOutbox(outbox.state);
  const waitingItems = itemsInOutbox(outbox.state);
  const areas = round === null ? [] : routeOrder<RoundPickup, RoundDelivery>(round.pickups, round.deliveries);

  return (
    <div className="postal-screen round">
      <h1 tabIndex={-1}>{t.roundTitle}</h1>
      {round === null ? null : (
        <p className="round__summary">
          <span>{t.roundDate(formatDate(round.date, language))}</span> · <strong>{t.roundCounts(round.pickups.length, round.deliveries.length)}</strong>
        </p>
      )}
      <OutboxPanel outbox={outbox} t={t} correctPath={correctPathOf} />
      <p className="actions">
        <Link className="button button--secondary" to={staffPath('nhan-ho-so')}>
          {t.blankIntake}
        </Link>
        <button type="button" className="button button--secondary" onClick={reload} disabled={loading}>
          {loading ? t.loading : t.reload}
        </button>
      </p>
      {stale && round !== null ? <p className="note">{t.roundStale}</p> : <ProblemAlert problem={round === null ? problem : null} />}
      {loading && round === null ? (
        <p role="status" className="muted">
          {t.loading}
        </p>
      ) : null}
      {round !== null && areas.length === 0 ? <p className="note">{t.roundEmpty}</p> : null}
      {areas.map((area) => (
        <section key={area.unit.code} className="area" aria-labelledby={`area-${area.unit.code}`}>
          <h2 id={`area-${area.unit.code}`}>
            {area.unit.name} <span className="area__counts">({t.areaCounts(area.pickups, area.deliveries)})</span>
          </h2>
          <ol className="stops">
            {area.stops.map((stop) =>
              stop.kind === 'pickup' ? (
                <li key={`p-${stop.pickup.id}`} className="stop stop--pickup">
                  <p className="stop__tag">
                    {t.pickupTag} · {timeOf(stop.pickup.window.from)}–{timeOf(stop.pickup.window.to)}
                    {waitingPickups.has(stop.pickup.id) ? <span className="badge">{t.waitingBadge}</span> : null}
                  </p>
                  <p className="stop__address">{stop.pickup.address}</p>
                  <p>
                    {stop.pickup.applicant.name} · <a href={`tel:${stop.pickup.applicant.phone}`}>{t.call(stop.pickup.applicant.phone)}</a>
                  </p>
                  <p className="muted">{stop.pickup.procedure.name}</p>
                  <Link className="button" to={staffPath('nhan-ho-so', stop.pickup.id)}>
                    {t.takeIn}
                  </Link>
                </li>
              ) : (
                <li key={`d-${stop.delivery.itemNumber}`} className="stop stop--delivery">
                  <p className="stop__tag">
                    {t.deliveryTag} · {stop.delivery.itemNumber}
                    {waitingItems.has(stop.delivery.itemNumber) ? <span className="badge">{t.waitingBadge}</span> : null}
                  </p>
                  <p className="stop__address">{stop.delivery.address}</p>
                  <p>
                    {stop.delivery.applicant.name} · <a href={`tel:${stop.delivery.applicant.phone}`}>{t.call(stop.delivery.applicant.phone)}</a>
                  </p>
                  <p className="muted">
                    {stop.delivery.procedure.name} · {t.stateText[stop.delivery.state]}
                    {stop.delivery.failedAttempts > 0 ? ` · ${t.attempts(stop.delivery.failedAttempts)}` : ''}
                  </p>
                  <Link className="button" to={staffPath('phat', stop.delivery.itemNumber)}>
                    {t.deliver}
                  </Link>
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}
