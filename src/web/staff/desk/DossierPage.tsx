/**
 * One dossier: its legal dates, the applicant (the server audits this read), its steps, its
 * printed forms, and the steps the officer's role may take now, each as a small form.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ROLE_INFO, isRole } from '../../../domain/access/roles.js';
import { DOSSIER_ACTION_INFO, DOSSIER_STATUSES, DOSSIER_STATUS_INFO, type DossierAction } from '../../../domain/dossier/lifecycle.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { type Language, useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import { StepFormFor } from './StepForms.js';
import type { DossierDetail } from './decode.js';
import { dossier as loadDossier, formUrl } from './desk-api.js';
import { deskPath } from './desk-paths.js';
import { FORM_NUMBER, dueState, formsFor, stepFormsFor } from './desk-rules.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function statusName(status: string, language: Language): string {
  const known = DOSSIER_STATUSES.find((s) => s === status);
  return known === undefined ? status : DOSSIER_STATUS_INFO[known][language];
}

function Facts({ dossier }: { dossier: DossierDetail }) {
  const t = useTexts(text);
  const language = useLanguage();
  const due = dueState(dossier, new Date());
  const row = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, language)}</time>;
  return (
    <>
      <p className="desk-status">
        <span className={`desk-badge desk-badge--${dossier.status}`}>{DOSSIER_STATUS_INFO[dossier.status][language]}</span>{' '}
        {due === 'closed' ? null : <span className={`desk-due desk-due--${due}`}>{t.due[due]}</span>}
      </p>
      <dl className="desk-facts desk-facts--wide">
        {row(t.procedure, `${dossier.procedureName} (${dossier.procedureCode})`)}
        {row(t.filedAt, when(dossier.filedAt))}
        {row(
          t.dueAt,
          <>
            {when(dossier.dueAt)} {dossier.dueMoved ? t.dueMoved : null}
          </>,
        )}
        {row(t.forwardBy, when(dossier.forwardBy))}
        {row(t.channel, t.channels[dossier.channel])}
        {row(t.resultMethod, t.resultMethods[dossier.resultMethod])}
        {dossier.itemNumber === null ? null : row(t.itemNumber, dossier.itemNumber)}
        {row(t.agency, dossier.agency.name)}
      </dl>
      <h2>{t.applicantTitle}</h2>
      <dl className="desk-facts desk-facts--wide">
        {row(t.name, dossier.applicant.name)}
        {row(t.phone, dossier.applicant.phone)}
        {row(t.email, dossier.applicant.email ?? t.none)}
        {row(t.address, dossier.applicant.address)}
      </dl>
    </>
  );
}

function Forms({ dossier }: { dossier: DossierDetail }) {
  const t = useTexts(text);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.formsTitle}</h2>
      <ul className="desk-links">
        {formsFor(dossier.steps).map((form) => (
          <li key={form}>
            <a href={formUrl(dossier.id, form)} target="_blank" rel="noopener" data-form={form}>
              {t.formLink(FORM_NUMBER[form], t.forms[form])}
            </a>
          </li>
        ))}
      </ul>
      <p className="muted">{t.bookHint}</p>
    </section>
  );
}

function Steps({ dossier }: { dossier: DossierDetail }) {
  const t = useTexts(text);
  const language = useLanguage();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.stepsTitle}</h2>
      <ol className="desk-steps">
        {dossier.steps.map((s) => (
          <li key={s.seq}>
            <p className="desk-steps__what">{DOSSIER_ACTION_INFO[s.action][language]}</p>
            <p className="muted">
              <time dateTime={s.at}>{formatDateTime(s.at, language)}</time> · {isRole(s.byRole) ? ROLE_INFO[s.byRole][language] : s.byRole} · {t.stepStatus}: {statusName(s.toStatus, language)}
            </p>
            {s.note === null ? null : <p>{s.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DossierPage({ id }: { id: string }) {
  const t = useTexts(text);
  const language = useLanguage();
  const { state, reload } = useLoad((signal) => loadDossier(id, signal), `dossier:${id}`);
  const [done, setDone] = useState<DossierAction | null>(null);
  const title = state.kind === 'ready' ? t.dossierTitle(state.value.code) : t.dossierGeneric;
  usePageTitle(title);
  const actionsId = useId();
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => setDone(null), [id]);
  // The form just sent is replaced by the next step's: reading continues at the confirmation.
  useEffect(() => {
    if (done !== null) doneRef.current?.focus();
  }, [done]);

  function stepDone(action: DossierAction): void {
    setDone(action);
    reload();
  }

  return (
    <div className="desk-dossier">
      <p>
        <Link to={deskPath({ kind: 'front' })}>{t.backToFront}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      <p role="status" ref={doneRef} tabIndex={-1} className={done === null ? 'visually-hidden' : 'note'}>
        {done === null ? '' : t.stepDone(DOSSIER_ACTION_INFO[done][language])}
      </p>
      {state.kind === 'loading' ? (
        <p role="status" className="muted">
          {t.loading}
        </p>
      ) : state.kind === 'failed' ? (
        <>
          <ProblemAlert problem={state.problem} />
          <button type="button" className="button button--secondary" onClick={reload}>
            {t.retry}
          </button>
        </>
      ) : (
        <div className="desk-dossier__grid">
          <div>
            <Facts dossier={state.value} />
            <Forms dossier={state.value} />
            <Steps dossier={state.value} />
          </div>
          <section aria-labelledby={actionsId} className="desk-actions">
            <h2 id={actionsId}>{t.actionsTitle}</h2>
            {(() => {
              const forms = stepFormsFor(state.value);
              if (forms.length === 0) return <p className="note">{t.noActions}</p>;
              // Keyed by the dossier's status and step count: after a step, the forms start empty.
              return forms.map((form) => <StepFormFor key={`${form}-${String(state.value.steps.length)}`} form={form} dossier={state.value} onDone={stepDone} />);
            })()}
          </section>
        </div>
      )}
    </div>
  );
}
