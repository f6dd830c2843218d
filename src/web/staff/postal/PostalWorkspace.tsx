/**
 * The postal workspace, shared by the postman (phone first, at the citizen's door) and the
 * counter clerk (at a post office). Routing on the rest of the path, one screen each:
 *
 *   ''                        front page: the round (postman) or the counter
 *   nhan-ho-so                intake without a booking
 *   nhan-ho-so/<pickup id>    intake for a pickup of the round
 *   sua-ho-so/<entry id>      correct an intake the server refused
 *   phieu/<item number>       the slip after an intake
 *   phat/<item number>        deliver a result
 *   cho-gui                   what waits to send
 *
 * The outbox is the workspace's: it keeps sending whichever screen is open.
 */
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, staffPath } from '../../router.js';
import { segmentsOf, type WorkspaceProps } from '../workspace.js';
import { CounterHome } from './CounterHome.js';
import { DeliveryScreen } from './DeliveryScreen.js';
import { IntakeScreen } from './IntakeScreen.js';
import { useOutbox } from './outbox-store.js';
import { OutboxBar, OutboxPanel } from './OutboxPanel.js';
import { RoundScreen, correctPathOf } from './RoundScreen.js';
import { SlipScreen } from './SlipScreen.js';
import { text } from './text.js';
import './postal.css';

type Screen =
  | { id: 'home' }
  | { id: 'intake'; pickupId: string | null }
  | { id: 'correct'; entryId: string }
  | { id: 'slip'; itemNumber: string }
  | { id: 'deliver'; itemNumber: string }
  | { id: 'outbox' }
  | { id: 'unknown' };

export function screenOf(rest: string): Screen {
  const [first, second, ...more] = segmentsOf(rest);
  if (more.length > 0) return { id: 'unknown' };
  switch (first) {
    case undefined:
      return { id: 'home' };
    case 'nhan-ho-so':
      return { id: 'intake', pickupId: second ?? null };
    case 'sua-ho-so':
      return second === undefined ? { id: 'unknown' } : { id: 'correct', entryId: second };
    case 'phieu':
      return second === undefined ? { id: 'unknown' } : { id: 'slip', itemNumber: second };
    case 'phat':
      return second === undefined ? { id: 'unknown' } : { id: 'deliver', itemNumber: second };
    case 'cho-gui':
      return second === undefined ? { id: 'outbox' } : { id: 'unknown' };
    default:
      return { id: 'unknown' };
  }
}

function OutboxScreen({ outbox, mode }: { outbox: ReturnType<typeof useOutbox>; mode: 'postman' | 'counter' }) {
  const t = useTexts(text);
  usePageTitle(t.outboxTitle);
  return (
    <div className="postal-screen">
      <h1 tabIndex={-1}>{t.outboxTitle}</h1>
      <OutboxPanel outbox={outbox} t={t} correctPath={correctPathOf} headingLevel={2} />
      <p>
        <Link to={staffPath()}>{mode === 'postman' ? t.backToRound : t.backToCounter}</Link>
      </p>
    </div>
  );
}

function Unknown({ mode }: { mode: 'postman' | 'counter' }) {
  const t = useTexts(text);
  usePageTitle(t.notFoundTitle);
  return (
    <div className="postal-screen">
      <h1 tabIndex={-1}>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link to={staffPath()}>{mode === 'postman' ? t.backToRound : t.backToCounter}</Link>
      </p>
    </div>
  );
}

export function PostalWorkspace({ session, rest, mode }: WorkspaceProps & { mode: 'postman' | 'counter' }) {
  const t = useTexts(text);
  const outbox = useOutbox(session);
  const screen = screenOf(rest);

  function body() {
    switch (screen.id) {
      case 'home':
        return mode === 'postman' ? <RoundScreen outbox={outbox} /> : <CounterHome outbox={outbox} />;
      case 'intake':
        return <IntakeScreen key={`intake-${screen.pickupId ?? ''}`} session={session} outbox={outbox} mode={mode} pickupId={screen.pickupId} correcting={null} />;
      case 'correct':
        return <IntakeScreen key={`correct-${screen.entryId}`} session={session} outbox={outbox} mode={mode} pickupId={null} correcting={screen.entryId} />;
      case 'slip':
        return <SlipScreen key={screen.itemNumber} itemNumber={screen.itemNumber} mode={mode} />;
      case 'deliver':
        return <DeliveryScreen key={screen.itemNumber} outbox={outbox} mode={mode} itemNumber={screen.itemNumber} />;
      case 'outbox':
        return <OutboxScreen outbox={outbox} mode={mode} />;
      case 'unknown':
        return <Unknown mode={mode} />;
      default: {
        const exhaustive: never = screen;
        return exhaustive;
      }
    }
  }

  // The front page and the outbox screen show the full panel; elsewhere one line says what waits.
  const showBar = screen.id !== 'home' && screen.id !== 'outbox';
  return (
    <div className={`postal postal--${mode}`}>
      {showBar ? <OutboxBar outbox={outbox} t={t} /> : null}
      {body()}
    </div>
  );
}
