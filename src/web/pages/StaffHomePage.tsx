/**
 * The staff shell (/can-bo and everything under it): asks the server who is signed in — the
 * cookie is httpOnly, so the server is the only one who knows whether it still holds — shows
 * the account and sign-out, and renders the signed-in role's workspace with the rest of the path.
 */
import { Suspense, useEffect, useState } from 'react';
import { ROLE_INFO } from '../../domain/access/roles.js';
import { ApiProblem } from '../api.js';
import { ProblemAlert } from '../components/ProblemAlert.js';
import { useLanguage, useMessages } from '../i18n/language.js';
import { usePageTitle } from '../page-title.js';
import { PATHS, navigate } from '../router.js';
import { type StaffSession, currentSession, signOut } from '../session.js';
import { workspaceComponent, workspaceOf } from '../staff/workspaces.js';

type State = { kind: 'loading' } | { kind: 'ready'; session: StaffSession } | { kind: 'failed'; problem: ApiProblem };

export function StaffHomePage({ rest }: { rest: string }) {
  const messages = useMessages();
  const language = useLanguage();
  usePageTitle(messages.staff.title);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [signingOut, setSigningOut] = useState(false);
  const [signOutProblem, setSignOutProblem] = useState<ApiProblem | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    currentSession(controller.signal).then(
      (session) => setState({ kind: 'ready', session }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiProblem)) throw error;
        // Not signed in, or the session ran out: the sign-in page is the way back.
        if (error.status === 401) navigate(PATHS.signIn, { replace: true });
        else setState({ kind: 'failed', problem: error });
      },
    );
    return () => controller.abort();
  }, []);

  async function handleSignOut(): Promise<void> {
    setSigningOut(true);
    setSignOutProblem(null);
    try {
      await signOut();
      navigate(PATHS.home);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setSignOutProblem(error);
      setSigningOut(false);
    }
  }

  function accountBar(session: StaffSession) {
    const { account, expiresAt } = session;
    const endsAt = new Intl.DateTimeFormat(messages.locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      // Office hours are Vietnam time wherever the browser's clock is set.
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date(expiresAt));
    return (
      <section className="account-bar" aria-label={messages.staff.accountLabel}>
        <details>
          <summary>
            <span className="account-bar__name">{account.displayName}</span>
            <span className="account-bar__role">{ROLE_INFO[account.role][language]}</span>
            <span className="account-bar__org">{language === 'vi' ? account.organisation.nameVi : account.organisation.nameEn}</span>
          </summary>
          <dl className="facts">
            <div>
              <dt>{messages.staff.username}</dt>
              <dd>{account.username}</dd>
            </div>
            <div>
              <dt>{messages.staff.sessionEnds}</dt>
              <dd>
                <time dateTime={expiresAt}>{endsAt}</time>
              </dd>
            </div>
          </dl>
        </details>
        <ProblemAlert problem={signOutProblem} />
        <button type="button" className="button button--secondary account-bar__sign-out" disabled={signingOut} onClick={() => void handleSignOut()}>
          {signingOut ? messages.staff.signingOut : messages.staff.signOut}
        </button>
      </section>
    );
  }

  switch (state.kind) {
    case 'loading':
      return (
        <div className="narrow">
          <h1 tabIndex={-1}>{messages.staff.title}</h1>
          <p role="status" className="muted">
            {messages.staff.loading}
          </p>
        </div>
      );
    case 'failed':
      return (
        <div className="narrow">
          <h1 tabIndex={-1}>{messages.staff.title}</h1>
          <ProblemAlert problem={state.problem} />
        </div>
      );
    case 'ready': {
      const Workspace = workspaceComponent(state.session.account.role);
      return (
        <div className="staff">
          {accountBar(state.session)}
          {Workspace === null ? (
            <div className="narrow">
              <h1 tabIndex={-1}>{messages.staff.title}</h1>
              <p>{messages.staff.greeting(state.session.account.displayName)}</p>
              <p className="note">{workspaceOf(state.session.account.role) === null ? messages.staff.noWorkspace : messages.staff.workspaceMissing}</p>
            </div>
          ) : (
            <Suspense
              fallback={
                <p role="status" className="muted">
                  {messages.site.loading}
                </p>
              }
            >
              <Workspace session={state.session} rest={rest} />
            </Suspense>
          )}
        </div>
      );
    }
    default: {
      const exhaustive: never = state;
      return exhaustive;
    }
  }
}
