/**
 * The one-stop desk's workspace, for desk officers and processing officers alike: each sees the
 * screens and steps its role may take (desk-rules.ts, from the domain's lifecycle tables). The
 * path after /can-bo/ picks the screen (desk-paths.ts); the API scopes every list to the
 * officer's organisation, and the screens show what it returns.
 */
import { ROLE_INFO } from '../../../domain/access/roles.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import { type WorkspaceProps, segmentsOf } from '../workspace.js';
import { AssistedFilingsPage } from './AssistedFilingsPage.js';
import { DossierPage } from './DossierPage.js';
import { FrontPage } from './FrontPage.js';
import { HandoverPage } from './HandoverPage.js';
import { RegisterPage } from './RegisterPage.js';
import { ResultsPage } from './ResultsPage.js';
import { TrackingBookPage } from './TrackingBookPage.js';
import { type DeskScreen, deskPath, screenOf } from './desk-paths.js';
import { type DeskAbilities, deskAbilities } from './desk-rules.js';
import { text } from './text.js';
import './desk.css';

function screenFromRest(rest: string): DeskScreen {
  try {
    return screenOf(segmentsOf(rest));
  } catch {
    // A malformed escape in the address is no page of ours.
    return { kind: 'notFound' };
  }
}

/** Whether the role has this screen at all; the API would refuse it anyway. */
function allowed(screen: DeskScreen, abilities: DeskAbilities): boolean {
  switch (screen.kind) {
    case 'front':
    case 'dossier':
    case 'book':
    case 'notFound':
      return abilities.dossiers;
    case 'handover':
      return abilities.acknowledge;
    case 'register':
      return abilities.register;
    case 'results':
      return abilities.handResults;
    case 'assisted':
      return abilities.assistedFilings;
    default: {
      const exhaustive: never = screen;
      return exhaustive;
    }
  }
}

function Message({ title, body }: { title: string; body: string }) {
  usePageTitle(title);
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{body}</p>
    </div>
  );
}

export function DeskWorkspace({ session, rest }: WorkspaceProps) {
  const t = useTexts(text);
  const language = useLanguage();
  const role = session.account.role;
  const abilities = deskAbilities(role);
  const screen = screenFromRest(rest);

  const links: Array<{ to: string; label: string; shown: boolean }> = [
    { to: deskPath({ kind: 'front' }), label: t.nav.front, shown: abilities.dossiers },
    { to: deskPath({ kind: 'register' }), label: t.nav.register, shown: abilities.register },
    { to: deskPath({ kind: 'results' }), label: t.nav.results, shown: abilities.handResults },
    { to: deskPath({ kind: 'book' }), label: t.nav.book, shown: abilities.dossiers },
    { to: deskPath({ kind: 'assisted' }), label: t.nav.assisted, shown: abilities.assistedFilings },
  ];

  function body() {
    if (!allowed(screen, abilities)) return <Message title={ROLE_INFO[role][language]} body={t.notForRole} />;
    switch (screen.kind) {
      case 'front':
        return <FrontPage abilities={abilities} title={abilities.acknowledge ? t.deskTitle : t.processingTitle} />;
      case 'handover':
        return <HandoverPage manifestId={screen.manifestId} />;
      case 'dossier':
        return <DossierPage id={screen.id} />;
      case 'register':
        return <RegisterPage />;
      case 'results':
        return <ResultsPage />;
      case 'book':
        return <TrackingBookPage />;
      case 'assisted':
        return <AssistedFilingsPage />;
      case 'notFound':
        return <Message title={t.notFoundTitle} body={t.notFoundText} />;
      default: {
        const exhaustive: never = screen;
        return exhaustive;
      }
    }
  }

  return (
    <div className="desk">
      <nav className="desk-nav" aria-label={t.navLabel}>
        <ul>
          {links
            .filter((l) => l.shown)
            .map((l) => (
              <li key={l.to}>
                <Link to={l.to}>{l.label}</Link>
              </li>
            ))}
        </ul>
      </nav>
      {body()}
    </div>
  );
}
