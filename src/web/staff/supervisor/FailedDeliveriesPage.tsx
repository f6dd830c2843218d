/**
 * Results whose delivery failed: those the post still holds, with the reason and the next
 * invitation, and, once two invitations two working days apart are done, the return to the
 * agency (after a confirmation: the post no longer delivers a returned result). Below, results
 * returned in the last 30 days.
 */
import { useId, useRef, useState } from 'react';
import { FAILED_DELIVERY_REASON_INFO } from '../../../domain/postal-item/delivery.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDate, formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { type FailedDelivery, failedDeliveries, returnToAgency } from './deliveries-api.js';
import { Empty, Fact, Show, StatusLine } from './parts.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { custodyStateLabel, newIdempotencyKey } from './work-lists.js';

function FailedCard({ item, onReturned }: { item: FailedDelivery; onReturned: (item: FailedDelivery) => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const titleId = useId();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // Kept while the same return is retried after a lost answer.
  const keyRef = useRef<string | null>(null);

  async function returnItem(): Promise<void> {
    if (sending || !window.confirm(t.failed.confirmReturn(item.itemNumber, item.agency.name))) return;
    const key = keyRef.current ?? newIdempotencyKey();
    keyRef.current = key;
    setSending(true);
    setProblem(null);
    try {
      await returnToAgency(item.itemNumber, key);
      onReturned(item);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      if (error.status !== 0 && error.status < 500) keyRef.current = null;
      setProblem(error);
    } finally {
      setSending(false);
    }
  }

  const last = item.lastAttempt;
  return (
    <li className="sv-card">
      <h3 className="sv-card__title" id={titleId}>
        {item.itemNumber}
      </h3>
      <dl className="sv-facts">
        {item.dossierCode === null ? null : <Fact label={t.failed.dossierCode}>{item.dossierCode}</Fact>}
        <Fact label={t.failed.state}>{custodyStateLabel(item.state, language)}</Fact>
        <Fact label={t.failed.office}>{item.postOffice.name}</Fact>
        <Fact label={t.failed.agency}>{item.agency.name}</Fact>
        <Fact label={t.failed.attempts}>{item.failedAttempts}</Fact>
        {last === null ? null : (
          <Fact label={t.failed.lastAttempt}>{t.failed.lastAttemptText(formatDateTime(last.at, language), last.reason === null ? t.failed.unknownReason : FAILED_DELIVERY_REASON_INFO[last.reason][language])}</Fact>
        )}
        {item.nextAttemptOn === null ? null : <Fact label={t.failed.nextAttempt}>{formatDate(item.nextAttemptOn, language)}</Fact>}
        {item.returnedAt === null ? null : <Fact label={t.failed.returnedAt}>{formatDateTime(item.returnedAt, language)}</Fact>}
      </dl>
      {item.mayReturn ? (
        <div className="sv-card__action">
          <ProblemAlert problem={problem} />
          <p className="muted">{t.failed.returnHint}</p>
          <button type="button" className="button" disabled={sending} aria-describedby={titleId} onClick={() => void returnItem()}>
            {sending ? t.failed.returning : t.failed.returnButton}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function FailedList({ items, empty, onReturned }: { items: FailedDelivery[]; empty: string; onReturned: (item: FailedDelivery) => void }) {
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="sv-cards">
      {items.map((item) => (
        <FailedCard key={item.itemNumber} item={item} onReturned={onReturned} />
      ))}
    </ul>
  );
}

export function FailedDeliveriesPage() {
  const t = useTexts(text);
  usePageTitle(t.failed.title);
  const failed = useLoad(failedDeliveries, 'failed');
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  function handleReturned(item: FailedDelivery): void {
    setMessage(t.failed.returned(item.itemNumber));
    failed.reload();
    statusRef.current?.focus();
  }

  return (
    <>
      <h1 tabIndex={-1}>{t.failed.title}</h1>
      <p>{t.failed.intro}</p>
      <div ref={statusRef} tabIndex={-1} className="sv-status-holder">
        <StatusLine message={message} />
      </div>
      <Show loaded={failed.state} onRetry={failed.reload}>
        {(items) => (
          <>
            <section aria-labelledby="sv-failed-waiting">
              <h2 id="sv-failed-waiting">{t.failed.waitingHeading}</h2>
              <FailedList items={items.filter((i) => i.returnedAt === null)} empty={t.failed.waitingEmpty} onReturned={handleReturned} />
            </section>
            <section aria-labelledby="sv-failed-returned">
              <h2 id="sv-failed-returned">{t.failed.returnedHeading}</h2>
              <FailedList items={items.filter((i) => i.returnedAt !== null)} empty={t.failed.returnedEmpty} onReturned={handleReturned} />
            </section>
          </>
        )}
      </Show>
    </>
  );
}
