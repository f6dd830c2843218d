/**
 * The desk's main screen: handover records waiting for a signature (desk officers), then the
 * office's dossiers with filters on status and due date kept in the address.
 */
import { useId } from 'react';
import { DOSSIER_STATUSES, DOSSIER_STATUS_INFO, type DossierStatus } from '../../../domain/dossier/lifecycle.js';
import { dong, formatDong } from '../../../domain/money/index.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, navigate, useSearch } from '../../router.js';
import type { DossierSummary, HandoverRecord } from './decode.js';
import { dossiers, pendingHandovers } from './desk-api.js';
import { type ListFilters, deskPath, filtersOf, frontWithFilters } from './desk-paths.js';
import { type DeskAbilities, DUE_FILTERS, type DueFilter, dueState, matchesDueFilter } from './desk-rules.js';
import { SelectField } from './fields.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function Inbox() {
  const t = useTexts(text);
  const language = useLanguage();
  const { state, reload } = useLoad(pendingHandovers, 'inbox');
  const headingId = useId();

  function record(r: HandoverRecord) {
    return (
      <li key={r.manifestId} className="desk-card">
        <h3>
          <Link to={deskPath({ kind: 'handover', manifestId: r.manifestId })} aria-label={t.openRecord(r.number)}>
            {r.number}
          </Link>
        </h3>
        <dl className="desk-facts">
          <div>
            <dt>{t.recordFrom}</dt>
            <dd>{r.from.name}</dd>
          </div>
          <div>
            <dt>{t.recordSentAt}</dt>
            <dd>
              <time dateTime={r.sentAt}>{formatDateTime(r.sentAt, language)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.recordFees}</dt>
            <dd>{formatDong(dong(r.feesTotal))}</dd>
          </div>
        </dl>
        <p className="desk-card__count">{t.recordCount(r.dossiers.length)}</p>
      </li>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.inboxTitle}</h2>
      <p className="muted">{t.inboxIntro}</p>
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
      ) : state.value.length === 0 ? (
        <p className="note">{t.inboxEmpty}</p>
      ) : (
        <ul className="desk-cards">{state.value.map(record)}</ul>
      )}
    </section>
  );
}

function DossierCard({ dossier, now }: { dossier: DossierSummary; now: Date }) {
  const t = useTexts(text);
  const language = useLanguage();
  const due = dueState(dossier, now);
  return (
    <li className="desk-card">
      <h3>
        <Link to={deskPath({ kind: 'dossier', id: dossier.id })}>{dossier.code}</Link>
      </h3>
      <p className="desk-status">
        <span className={`desk-badge desk-badge--${dossier.status}`}>{DOSSIER_STATUS_INFO[dossier.status][language]}</span>{' '}
        {due === 'closed' ? null : <span className={`desk-due desk-due--${due}`}>{t.due[due]}</span>}
      </p>
      <dl className="desk-facts">
        <div>
          <dt>{t.procedure}</dt>
          <dd>{dossier.procedureCode}</dd>
        </div>
        <div>
          <dt>{t.filedAt}</dt>
          <dd>
            <time dateTime={dossier.filedAt}>{formatDateTime(dossier.filedAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.dueAt}</dt>
          <dd>
            <time dateTime={dossier.dueAt}>{formatDateTime(dossier.dueAt, language)}</time>
          </dd>
        </div>
        {dossier.itemNumber === null ? null : (
          <div>
            <dt>{t.itemNumber}</dt>
            <dd>{dossier.itemNumber}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

function Dossiers() {
  const t = useTexts(text);
  const language = useLanguage();
  const search = useSearch();
  const filters = filtersOf(search);
  const { state, reload } = useLoad((signal) => dossiers(filters.status, signal), `dossiers:${filters.status ?? ''}`);
  const headingId = useId();
  const ids = useId();
  const now = new Date();

  function change(next: Partial<ListFilters>): void {
    // The list stays where the officer is reading; the filters go in the address.
    navigate(frontWithFilters({ ...filters, ...next }), { replace: true, keepScroll: true });
  }

  const statusOptions = [{ value: '', label: t.allStatuses }, ...DOSSIER_STATUSES.map((s) => ({ value: s, label: DOSSIER_STATUS_INFO[s][language] }))];
  const dueLabels: Record<DueFilter, string> = { 'due-soon': t.dueSoonFilter, overdue: t.overdueFilter };
  const dueOptions = [{ value: '', label: t.allDue }, ...DUE_FILTERS.map((f) => ({ value: f, label: dueLabels[f] }))];

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.dossiersTitle}</h2>
      <form className="desk-filters" role="search" aria-label={t.filtersLabel} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id={`${ids}-status`}
          label={t.statusFilter}
          value={filters.status ?? ''}
          options={statusOptions}
          onChange={(value) => change({ status: DOSSIER_STATUSES.find((s): s is DossierStatus => s === value) ?? null })}
        />
        <SelectField id={`${ids}-due`} label={t.dueFilter} value={filters.due ?? ''} options={dueOptions} onChange={(value) => change({ due: DUE_FILTERS.find((f) => f === value) ?? null })} />
      </form>
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
        (() => {
          const shown = state.value.filter((d) => matchesDueFilter(d, filters.due, now));
          return (
            <>
              <p role="status" className="muted">
                {t.dossierCount(shown.length, state.value.length)}
              </p>
              {shown.length === 0 ? (
                <p className="note">{filters.status === null && filters.due === null ? t.dossiersNone : t.dossiersEmpty}</p>
              ) : (
                <ul className="desk-cards">
                  {shown.map((d) => (
                    <DossierCard key={d.id} dossier={d} now={now} />
                  ))}
                </ul>
              )}
              {state.value.length >= 500 ? <p className="muted">{t.dossiersLimit}</p> : null}
            </>
          );
        })()
      )}
    </section>
  );
}

export function FrontPage({ abilities, title }: { abilities: DeskAbilities; title: string }) {
  usePageTitle(title);
  return (
    <div className="desk-front">
      <h1 tabIndex={-1}>{title}</h1>
      {abilities.acknowledge ? <Inbox /> : null}
      <Dossiers />
    </div>
  );
}
