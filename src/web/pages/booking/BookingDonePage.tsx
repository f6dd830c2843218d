/**
 * The confirmation after booking (/dat-lich/da-gui): the reference, the window, the post office
 * and the access token (shown once), the request's current status, and a way to cancel it.
 */
import { useEffect, useState } from 'react';
import { PICKUP_STATUSES, type PickupStatus } from '../../../domain/postal-item/pickup.js';
import { ApiProblem, DecodeError, fetchJson, isRecord, stringField } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDateTime } from '../../format.js';
import { usePageTitle } from '../../page-title.js';
import { Link, PATHS } from '../../router.js';
import { recallPickup } from './booking-storage.js';
import { text } from './text.js';
import './booking.css';

function decodeStatus(value: unknown): PickupStatus {
  if (!isRecord(value)) throw new DecodeError('not an object');
  const status = stringField(value, 'status');
  const known = PICKUP_STATUSES.find((s) => s === status);
  if (known === undefined) throw new DecodeError(`unknown status ${status}`);
  return known;
}

export function BookingDonePage() {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.doneTitle);
  const [pickup] = useState(recallPickup);
  const [status, setStatus] = useState<PickupStatus | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    if (pickup === null) return;
    const controller = new AbortController();
    fetchJson(`/api/v1/pickups/${encodeURIComponent(pickup.reference)}`, decodeStatus, { signal: controller.signal, headers: { 'x-pickup-token': pickup.accessToken } }).then(setStatus, (failure: unknown) => {
      if (failure instanceof ApiProblem) setProblem(failure);
      else if (!(failure instanceof DOMException && failure.name === 'AbortError')) throw failure;
    });
    return () => controller.abort();
  }, [pickup]);

  async function cancel(): Promise<void> {
    if (pickup === null || cancelling) return;
    // Irreversible: ask first, in the page's language.
    if (!window.confirm(t.cancelConfirm)) return;
    setCancelling(true);
    setProblem(null);
    try {
      setStatus(
        await fetchJson(`/api/v1/pickups/${encodeURIComponent(pickup.reference)}/cancel`, decodeStatus, {
          method: 'POST',
          body: { reason: t.cancelReason },
          headers: { 'x-pickup-token': pickup.accessToken },
        }),
      );
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) throw failure;
      setProblem(failure);
    } finally {
      setCancelling(false);
    }
  }

  if (pickup === null) {
    return (
      <div className="narrow">
        <h1 tabIndex={-1}>{t.doneTitle}</h1>
        <p>{t.doneNothing}</p>
        <p>
          <Link to={PATHS.booking}>{t.newBooking}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="booking-done">
      <h1 tabIndex={-1}>{t.doneTitle}</h1>
      <p className="lead">{t.doneLead(pickup.reference)}</p>
      <dl className="facts">
        <div>
          <dt>{t.procedureChosen}</dt>
          <dd>{pickup.procedureName}</dd>
        </div>
        <div>
          <dt>{t.doneWindow}</dt>
          <dd>
            {formatDateTime(pickup.window.from, language)} – {formatDateTime(pickup.window.to, language)}
          </dd>
        </div>
        <div>
          <dt>{t.donePostOffice}</dt>
          <dd>{pickup.postOffice.name}</dd>
        </div>
        <div>
          <dt>{t.doneStatus}</dt>
          <dd>
            {/* A live region inside the dd: the dd itself must keep its role for the list to hold. */}
            <span role="status">{status === null ? '…' : t.statuses[status]}</span>
          </dd>
        </div>
        <div>
          <dt>{t.doneToken}</dt>
          <dd className="token">{pickup.accessToken}</dd>
        </div>
      </dl>
      <p className="note">{t.doneTokenNote}</p>
      <p>{t.doneNext}</p>
      <ProblemAlert problem={problem} />
      <div className="actions">
        {status === 'requested' || status === 'assigned' ? (
          <button type="button" className="button button--secondary" disabled={cancelling} onClick={() => void cancel()}>
            {t.cancel}
          </button>
        ) : null}
        <Link to={PATHS.tracking} className="button button--secondary">
          {t.trackLink}
        </Link>
      </div>
    </div>
  );
}
