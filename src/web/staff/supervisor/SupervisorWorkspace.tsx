/**
 * The postal supervisor's workspace (/can-bo/…): pickups to assign on the front page, then one
 * screen per list the supervisor answers for. Every list comes from the API, which already
 * keeps it to the offices the account sees; the screens show what it returns.
 */
import { Link, staffPath } from '../../router.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { segmentsOf, type WorkspaceProps } from '../workspace.js';
import { DeadEventsPage } from './DeadEventsPage.js';
import { FailedDeliveriesPage } from './FailedDeliveriesPage.js';
import { FrontPage } from './FrontPage.js';
import { HandoverPage } from './HandoverPage.js';
import { ManifestPage } from './ManifestPage.js';
import { NoticesPage } from './NoticesPage.js';
import { OverduePage } from './OverduePage.js';
import { ReconciliationPage } from './ReconciliationPage.js';
import { SCREEN_LIST, type Screen, type View, screenPath, viewOf } from './screens.js';
import { text } from './text.js';
import './supervisor.css';

/** The screen shown is the current page; on a handover record, "Handover" is the current section. */
function currentMark(screen: Screen, view: View): 'page' | 'true' | undefined {
  if (view.screen === screen) return 'page';
  return view.screen === 'manifest' && screen === 'handover' ? 'true' : undefined;
}

function WorkspaceNav({ view }: { view: View }) {
  const t = useTexts(text);
  return (
    <nav className="sv-nav" aria-label={t.navLabel}>
      <ul>
        {SCREEN_LIST.map((screen) => (
          <li key={screen}>
            <Link to={screenPath(screen)} aria-current={currentMark(screen, view)}>
              {t.nav[screen]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotFound() {
  const t = useTexts(text);
  usePageTitle(t.notFoundTitle);
  return (
    <>
      <h1 tabIndex={-1}>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link to={staffPath()}>{t.backToFront}</Link>
      </p>
    </>
  );
}

function screenFor(view: View, props: WorkspaceProps) {
  switch (view.screen) {
    case 'pickups':
      return <FrontPage session={props.session} />;
    case 'handover':
      return <HandoverPage session={props.session} />;
    case 'manifest':
      return <ManifestPage id={view.id} />;
    case 'overdue':
      return <OverduePage />;
    case 'failed':
      return <FailedDeliveriesPage />;
    case 'reconciliation':
      return <ReconciliationPage />;
    case 'deadEvents':
      return <DeadEventsPage />;
    case 'notices':
      return <NoticesPage />;
    case 'notFound':
      return <NotFound />;
    default: {
      const exhaustive: never = view;
      return exhaustive;
    }
  }
}

/** A malformed escape in the address ("%E0%A4%A") is no screen of ours, not a crash. */
function viewOfRest(rest: string): View {
  try {
    return viewOf(segmentsOf(rest));
  } catch {
    return { screen: 'notFound' };
  }
}

export function SupervisorWorkspace(props: WorkspaceProps) {
  const view = viewOfRest(props.rest);
  return (
    <div className="sv">
      <WorkspaceNav view={view} />
      <div className="sv-screen">{screenFor(view, props)}</div>
    </div>
  );
}
