/**
 * The supervisor's main screen: what needs attention across the lists, then the pickups to
 * assign (and those assigned, to reassign when a postman cannot go).
 */
import { useRef, useState } from 'react';
import { Link } from '../../router.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import type { StaffSession } from '../../session.js';
import { failedDeliveries, overdueItems } from './deliveries-api.js';
import { deadEvents } from './exchange-api.js';
import { handoverQueue } from './handover-api.js';
import { Empty, Show, StatusLine } from './parts.js';
import { PickupCard } from './PickupCard.js';
import { type Pickup, listPickups } from './pickups-api.js';
import { type Screen, screenPath } from './screens.js';
import { text } from './text.js';
import { type Loaded, useLoad } from '../../use-load.js';
import { usePostmen } from './use-postmen.js';

function SummaryLink({ loaded, screen, words }: { loaded: Loaded<number>; screen: Screen; words: (n: number) => string }) {
  const t = useTexts(text);
  switch (loaded.kind) {
    case 'loading':
      return <li className="sv-summary__item sv-summary__item--quiet">{t.loading}</li>;
    case 'failed':
      return <li className="sv-summary__item sv-summary__item--quiet">{t.front.summaryFailed}</li>;
    case 'ready':
      return (
        <li className={loaded.value > 0 ? 'sv-summary__item sv-summary__item--busy' : 'sv-summary__item'}>
          <Link to={screenPath(screen)}>{words(loaded.value)}</Link>
        </li>
      );
    default: {
      const exhaustive: never = loaded;
      return exhaustive;
    }
  }
}

function count<T>(loaded: Loaded<T[]>, keep: (item: T) => boolean = () => true): Loaded<number> {
  return loaded.kind === 'ready' ? { kind: 'ready', value: loaded.value.filter(keep).length } : loaded;
}

function Summary() {
  const t = useTexts(text);
  const handover = useLoad(handoverQueue, 'handover');
  const overdue = useLoad(overdueItems, 'overdue');
  const failed = useLoad(failedDeliveries, 'failed');
  const dead = useLoad(deadEvents, 'dead');
  return (
    <section aria-labelledby="sv-summary-heading" className="sv-summary">
      <h2 id="sv-summary-heading">{t.front.summaryHeading}</h2>
      <ul>
        <SummaryLink loaded={count(handover.state)} screen="handover" words={t.front.summary.handover} />
        <SummaryLink loaded={count(overdue.state)} screen="overdue" words={t.front.summary.overdue} />
        <SummaryLink loaded={count(failed.state, (item) => item.returnedAt === null)} screen="failed" words={t.front.summary.failed} />
        <SummaryLink loaded={count(dead.state)} screen="deadEvents" words={t.front.summary.deadEvents} />
      </ul>
    </section>
  );
}

function PickupList({ pickups, emptyText, onAssigned }: { pickups: Pickup[]; emptyText: string; onAssigned: (pickup: Pickup, postmanName: string | null) => void }) {
  const rosterOf = usePostmen(pickups.map((p) => p.postOffice.code));
  if (pickups.length === 0) return <Empty>{emptyText}</Empty>;
  return (
    <ul className="sv-cards">
      {pickups.map((pickup) => (
        <PickupCard key={pickup.id} pickup={pickup} roster={rosterOf(pickup.postOffice.code)} onAssigned={onAssigned} />
      ))}
    </ul>
  );
}

export function FrontPage({ session }: { session: StaffSession }) {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.front.title);
  const waiting = useLoad((signal) => listPickups('requested', signal), 'requested');
  const assigned = useLoad((signal) => listPickups('assigned', signal), 'assigned');
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const organisation = language === 'vi' ? session.account.organisation.nameVi : session.account.organisation.nameEn;

  function handleAssigned(pickup: Pickup, postmanName: string | null): void {
    setMessage(postmanName === null ? t.pickups.assignedAutomatically(pickup.reference) : t.pickups.assignedTo(pickup.reference, postmanName));
    waiting.reload();
    assigned.reload();
    // The card that held the focus leaves the list: the message is where reading goes on.
    statusRef.current?.focus();
  }

  return (
    <>
      <h1 tabIndex={-1}>{t.front.title}</h1>
      <p>{t.front.intro(organisation)}</p>
      <Summary />
      <div ref={statusRef} tabIndex={-1} className="sv-status-holder">
        <StatusLine message={message} />
      </div>
      <section aria-labelledby="sv-waiting-heading">
        <h2 id="sv-waiting-heading">{t.pickups.waitingHeading}</h2>
        <Show loaded={waiting.state} onRetry={waiting.reload}>
          {(pickups) => <PickupList pickups={pickups} emptyText={t.pickups.waitingEmpty} onAssigned={handleAssigned} />}
        </Show>
      </section>
      <section aria-labelledby="sv-assigned-heading">
        <h2 id="sv-assigned-heading">{t.pickups.assignedHeading}</h2>
        <p className="muted">{t.pickups.assignedHint}</p>
        <Show loaded={assigned.state} onRetry={assigned.reload}>
          {(pickups) => <PickupList pickups={pickups} emptyText={t.pickups.assignedEmpty} onAssigned={handleAssigned} />}
        </Show>
      </section>
    </>
  );
}
