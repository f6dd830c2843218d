/**
 * One procedure from the administrator's side: how it stands with the post (R4) and the form
 * to change it, and its published files (R5). After a change the procedure is read again, so
 * the screen shows what citizens now see on the public page.
 */
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDate } from '../../format.js';
import { Link, procedurePath } from '../../router.js';
import { PostalDecisionForm } from './PostalDecisionForm.js';
import { ProcedureFilesPanel } from './ProcedureFilesPanel.js';
import { Loaded, Screen } from './Screen.js';
import { type ProcedureDetail, fetchProcedure } from './procedures-api.js';
import { sectionPath } from './routes.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function PostalNow({ procedure }: { procedure: ProcedureDetail }) {
  const t = useTexts(text).procedure;
  const language = useLanguage();
  const { offered, basis, decision, since } = procedure.postal;
  return (
    <div className={offered ? 'admin-state admin-state--on' : 'admin-state'}>
      <p>
        <strong>{offered ? t.nowOffered : t.nowNotOffered}</strong>
      </p>
      {basis === 'national-catalogue' ? <p className="small">{t.basisNational(procedure.publishingDecision)}</p> : null}
      {basis === 'provincial-decision' && decision !== null ? <p className="small">{t.basisProvincial(decision, since === null ? null : formatDate(since, language))}</p> : null}
    </div>
  );
}

export function ProcedureScreen({ code }: { code: string }) {
  const t = useTexts(text);
  const { state: procedure, reload: reload } = useLoad((signal) => fetchProcedure(code, signal), code);
  const title = procedure.kind === 'ready' ? procedure.value.name : t.procedures.title;
  return (
    <Screen title={title}>
      <p className="admin-actions">
        <Link to={sectionPath('procedures')}>{t.procedures.title}</Link>
        <Link to={procedurePath(code)}>{t.procedure.publicPage}</Link>
      </p>
      <Loaded resource={procedure}>
        {(p) => (
          <>
            <p className="small muted">
              {p.code} · <span lang="vi">{p.field}</span> · <span lang="vi">{p.levels.join(', ')}</span>
            </p>
            <section aria-labelledby="admin-postal">
              <h2 id="admin-postal">{t.procedure.postalTitle}</h2>
              <PostalNow procedure={p} />
              <PostalDecisionForm procedure={p} onSaved={reload} />
            </section>
            <ProcedureFilesPanel procedure={p} onUploaded={reload} />
          </>
        )}
      </Loaded>
    </Screen>
  );
}
