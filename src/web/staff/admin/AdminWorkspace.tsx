/**
 * The province administrator's workspace (issue 8): a front page listing the sections, and one
 * screen per section, chosen from the path after /can-bo/ by an exhaustive switch. Each screen
 * shows what the API returns for this administrator, which the server already limits to their
 * organisation subtree.
 */
import { useTexts } from '../../i18n/local.js';
import { Link } from '../../router.js';
import { type WorkspaceProps, segmentsOf } from '../workspace.js';
import { AccountsScreen } from './AccountsScreen.js';
import { AuditScreen } from './AuditScreen.js';
import { CalendarScreen } from './CalendarScreen.js';
import { DirectoryScreen } from './DirectoryScreen.js';
import { MappingsScreen } from './MappingsScreen.js';
import { PartnersScreen } from './PartnersScreen.js';
import { ProcedureScreen } from './ProcedureScreen.js';
import { ProceduresScreen } from './ProceduresScreen.js';
import { NewTariffScreen } from './NewTariffScreen.js';
import { Screen } from './Screen.js';
import { TariffsScreen } from './TariffsScreen.js';
import { TrainingScreen } from './TrainingScreen.js';
import { SECTIONS, adminRoute, sectionPath } from './routes.js';
import { text } from './text.js';
import './admin.css';

function FrontPage() {
  const t = useTexts(text);
  return (
    <Screen title={t.common.workspace} intro={t.menu.intro} back={false}>
      <nav aria-label={t.common.workspace}>
        <ul className="admin-menu">
          {SECTIONS.map((section) => (
            <li key={section}>
              <Link to={sectionPath(section)} className="admin-menu__link">
                <span className="admin-menu__title">{t.menu.sections[section].title}</span>
                <span className="admin-menu__text">{t.menu.sections[section].text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </Screen>
  );
}

function NotFound() {
  const t = useTexts(text).common;
  return (
    <Screen title={t.notFoundTitle}>
      <p>{t.notFoundText}</p>
    </Screen>
  );
}

/** A malformed escape in the address ("%E0%A4%A") is no screen of ours. */
function routeOf(rest: string) {
  try {
    return adminRoute(segmentsOf(rest));
  } catch {
    return { id: 'notFound' } as const;
  }
}

export function AdminWorkspace({ session, rest }: WorkspaceProps) {
  const route = routeOf(rest);
  switch (route.id) {
    case 'home':
      return <FrontPage />;
    case 'procedures':
      return <ProceduresScreen />;
    case 'procedure':
      return <ProcedureScreen code={route.code} />;
    case 'tariffs':
      return <TariffsScreen />;
    case 'newTariff':
      return <NewTariffScreen />;
    case 'calendar':
      return <CalendarScreen />;
    case 'directory':
      return <DirectoryScreen />;
    case 'partners':
      return <PartnersScreen />;
    case 'mappings':
      return <MappingsScreen />;
    case 'accounts':
      return <AccountsScreen session={session} />;
    case 'training':
      return <TrainingScreen />;
    case 'audit':
      return <AuditScreen session={session} />;
    case 'notFound':
      return <NotFound />;
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}
