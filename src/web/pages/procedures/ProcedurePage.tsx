/**
 * /thu-tuc/<code>: one procedure, told the way a citizen needs it: can it go by post, what to
 * prepare (the very list the postman checks), what to download, how long and how much, and when
 * the result is expected if the dossier is sent now. The booking button carries the code along.
 */
import { useEffect, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, PATHS } from '../../router.js';
import '../catalog.css';
import { ProcedureDocuments } from './ProcedureDocuments.js';
import { ProcedureFacts } from './ProcedureFacts.js';
import { ProcedureMethods } from './ProcedureMethods.js';
import { ProcedurePostal } from './ProcedurePostal.js';
import { type ProcedureDetail, fetchProcedure } from './procedures-api.js';
import { text } from './text.js';

type State = { kind: 'loading' } | { kind: 'ready'; procedure: ProcedureDetail } | { kind: 'not-found' } | { kind: 'failed'; problem: ApiProblem };

export function ProcedurePage({ code }: { code: string }) {
  const t = useTexts(text).detail;
  const messages = useMessages();
  const [state, setState] = useState<State>({ kind: 'loading' });
  // The answer's texts (basis of the expected date) follow the language, so a switch asks again.
  const language = useLanguage();

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchProcedure(code, controller.signal).then(
      (procedure) => setState({ kind: 'ready', procedure }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiProblem)) throw error;
        // A malformed code (400) names no procedure either: the same way back to the search.
        setState(error.status === 404 || error.status === 400 ? { kind: 'not-found' } : { kind: 'failed', problem: error });
      },
    );
    return () => controller.abort();
  }, [code, language]);

  const title = state.kind === 'ready' ? state.procedure.name : state.kind === 'not-found' ? t.notFoundTitle : messages.site.navProcedures;
  usePageTitle(title);

  switch (state.kind) {
    case 'loading':
      // No heading yet: the shell focuses the first h1 that appears, which should be the procedure's name.
      return (
        <p role="status" className="muted">
          {t.loading}
        </p>
      );
    case 'not-found':
      return (
        <div className="narrow">
          <h1 tabIndex={-1}>{t.notFoundTitle}</h1>
          <p>{t.notFoundText(code)}</p>
          <p>
            <Link to={PATHS.procedures} className="button">
              {t.notFoundLink}
            </Link>
          </p>
        </div>
      );
    case 'failed':
      return (
        <>
          <h1 tabIndex={-1}>{messages.site.navProcedures}</h1>
          <ProblemAlert problem={state.problem} />
          <p>
            <Link to={PATHS.procedures}>{t.back}</Link>
          </p>
        </>
      );
    case 'ready':
      return <ProcedureView procedure={state.procedure} />;
    default: {
      const exhaustive: never = state;
      return exhaustive;
    }
  }
}

function ProcedureView({ procedure }: { procedure: ProcedureDetail }) {
  const t = useTexts(text).detail;
  return (
    <article className="procedure">
      <p className="back-link">
        <Link to={PATHS.procedures}>{t.back}</Link>
      </p>
      {/* Catalogue texts are Vietnamese on every page: marked so a screen reader reads them as such. */}
      <h1 tabIndex={-1} lang="vi">
        {procedure.name}
      </h1>
      <ProcedureFacts procedure={procedure} part="summary" />
      <ProcedurePostal procedure={procedure} />
      <ProcedureDocuments procedure={procedure} />
      <ProcedureMethods procedure={procedure} />
      <ProcedureFacts procedure={procedure} part="details" />
    </article>
  );
}
