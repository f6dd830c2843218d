/**
 * The staff workspace's front page. The session is asked of the server every time the page
 * opens: the cookie is httpOnly, so the server is the only one who knows whether it still holds.
 */
import { useEffect, useState } from 'react';
import { ROLE_INFO } from '../../domain/access/roles.js';
import { ApiProblem } from '../api.js';
import { ProblemAlert } from '../components/ProblemAlert.js';
import { useLanguage, useMessages } from '../i18n/language.js';
import { usePageTitle } from '../page-title.js';
import { PATHS, navigate } from '../router.js';
import { type StaffSession, currentSession, signOut } from '../session.js';

type State = { kind: 'loading' } | { kind: 'ready'; session: StaffSession } | { kind: 'failed'; problem: ApiProblem };

export function StaffHomePage() {
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

  function body() {
    switch (state.kind) {
      case 'loading':
        return (
          <p role="status" className="muted">
            {messages.staff.loading}
          </p>
        );
      case 'failed':
        return <ProblemAlert problem={state.problem} />;
      case 'ready': {
        const { account, expiresAt } = state.session;
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
          <>
            <p className="lead">{messages.staff.greeting(account.displayName)}</p>
            <dl className="facts">
              <div>
                <dt>{messages.staff.displayName}</dt>
                <dd>{account.displayName}</dd>
              </div>
              <div>
                <dt>{messages.staff.username}</dt>
                <dd>{account.username}</dd>
              </div>
              <div>
                <dt>{messages.staff.role}</dt>
                <dd>{ROLE_INFO[account.role][language]}</dd>
              </div>
              <div>
                <dt>{messages.staff.organisation}</dt>
                <dd>{language === 'vi' ? account.organisation.nameVi : account.organisation.nameEn}</dd>
              </div>
              <div>
                <dt>{messages.staff.sessionEnds}</dt>
                <dd>
                  <time dateTime={expiresAt}>{endsAt}</time>
                </dd>
              </div>
            </dl>
            <ProblemAlert problem={signOutProblem} />
            <button type="button" className="button button--secondary" disabled={signingOut} onClick={() => void handleSignOut()}>
              {signingOut ? messages.staff.signingOut : messages.staff.signOut}
            </button>
          </>
        );
      }
      default: {
        const exhaustive: never = state;
        return exhaustive;
      }
    }
  }

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{messages.staff.title}</h1>
      {body()}
    </div>
  );
}
