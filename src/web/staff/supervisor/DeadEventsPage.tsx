/**
 * Events the relay gave up on, for subscriptions of the supervisor's organisations. A dead event
 * holds back the later events of the same dossier for that receiver, so sending it again (after
 * a confirmation) releases them too.
 */
import { useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { type DeadEvent, deadEvents, replayEvent } from './exchange-api.js';
import { Empty, Fact, Show, StatusLine } from './parts.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function DeadEventCard({ entry, onReplayed }: { entry: DeadEvent; onReplayed: (entry: DeadEvent) => void }) {
  const t = useTexts(text);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function replay(): Promise<void> {
    if (sending || !window.confirm(t.deadEvents.confirm(entry.eventType, entry.subscriptionName))) return;
    setSending(true);
    setProblem(null);
    try {
      await replayEvent(entry.id);
      onReplayed(entry);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <li className="sv-card sv-card--late">
      <h2 className="sv-card__title">{entry.eventType}</h2>
      <dl className="sv-facts">
        <Fact label={t.deadEvents.subscription}>{entry.subscriptionName}</Fact>
        <Fact label={t.deadEvents.subject}>{entry.subjectKey}</Fact>
        <Fact label={t.deadEvents.attempts}>{entry.attempts}</Fact>
        {entry.lastError === null ? null : (
          <Fact label={t.deadEvents.lastError}>
            <code className="sv-code">{entry.lastError}</code>
          </Fact>
        )}
      </dl>
      <div className="sv-card__action">
        <ProblemAlert problem={problem} />
        <button type="button" className="button" disabled={sending} aria-label={t.deadEvents.replayLabel(entry.eventType, entry.subscriptionName)} onClick={() => void replay()}>
          {sending ? t.deadEvents.replaying : t.deadEvents.replay}
        </button>
      </div>
    </li>
  );
}

export function DeadEventsPage() {
  const t = useTexts(text);
  usePageTitle(t.deadEvents.title);
  const dead = useLoad(deadEvents, 'dead');
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  function handleReplayed(entry: DeadEvent): void {
    setMessage(t.deadEvents.replayed(entry.eventType));
    dead.reload();
    statusRef.current?.focus();
  }

  return (
    <>
      <h1 tabIndex={-1}>{t.deadEvents.title}</h1>
      <p>{t.deadEvents.intro}</p>
      <div ref={statusRef} tabIndex={-1} className="sv-status-holder">
        <StatusLine message={message} />
      </div>
      <Show loaded={dead.state} onRetry={dead.reload}>
        {(entries) =>
          entries.length === 0 ? (
            <Empty>{t.deadEvents.empty}</Empty>
          ) : (
            <ul className="sv-cards">
              {entries.map((entry) => (
                <DeadEventCard key={entry.id} entry={entry} onReplayed={handleReplayed} />
              ))}
            </ul>
          )
        }
      </Show>
    </>
  );
}
