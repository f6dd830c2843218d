/**
 * One day's reconciliation between the post and the desks, computed when asked. The day is kept
 * in the address (?ngay=YYYY-MM-DD), so a report can be shared and reloaded; today by default.
 */
import { type FormEvent, useId, useState } from 'react';
import { dong, formatDong } from '../../../domain/money/index.js';
import { formatDate } from '../../format.js';
import { type Language, useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, navigate, useSearch } from '../../router.js';
import { type Reconciliation, type ReconciliationDifference, reconciliation } from './exchange-api.js';
import { Empty, Fact, Show } from './parts.js';
import { manifestPath, screenPath } from './screens.js';
import { type SupervisorText, text } from './text.js';
import { useLoad } from '../../use-load.js';
import { isDay, labelOf, vietnamDay } from './work-lists.js';

const DAY_QUERY = 'ngay';

const money = (value: unknown): string => (typeof value === 'number' && Number.isSafeInteger(value) ? formatDong(dong(value)) : String(value));

/** The handover record a difference is about, when it names one. */
function recordOf(difference: ReconciliationDifference): string | null {
  if (difference.kind === 'manifest-unacknowledged') return difference.reference;
  const id = difference.detail['manifestId'];
  return typeof id === 'string' ? id : null;
}

/** The difference's particulars in words: how many items, which day, how much. */
function detailOf(difference: ReconciliationDifference, t: SupervisorText, language: Language): string | null {
  const d = difference.detail;
  if (typeof d['items'] === 'number') return t.reconciliation.itemsOnRecord(d['items']);
  if (typeof d['handedOn'] === 'string') return t.reconciliation.handedOn(formatDate(d['handedOn'], language));
  if ('collected' in d && 'remitted' in d && 'difference' in d) return t.reconciliation.feesDifference(money(d['collected']), money(d['remitted']), money(d['difference']));
  return null;
}

function Report({ report }: { report: Reconciliation }) {
  const t = useTexts(text);
  const ids = useId();
  const language = useLanguage();
  const f = t.reconciliation.figures;
  return (
    <section aria-labelledby="sv-report-heading">
      <h2 id="sv-report-heading">{formatDate(report.day, language)}</h2>
      <dl className="facts sv-figures">
        <Fact label={f.manifestsSent}>{report.manifestsSent}</Fact>
        <Fact label={f.manifestsAcknowledged}>{report.manifestsAcknowledged}</Fact>
        <Fact label={f.resultsHandedToPost}>{report.resultsHandedToPost}</Fact>
        <Fact label={f.resultsDelivered}>{report.resultsDelivered}</Fact>
        <Fact label={f.resultsReturned}>{report.resultsReturned}</Fact>
        <Fact label={f.feesCollected}>{formatDong(dong(report.feesCollected))}</Fact>
        <Fact label={f.feesRemitted}>{formatDong(dong(report.feesRemitted))}</Fact>
      </dl>
      <h3>{t.reconciliation.differencesHeading}</h3>
      {report.differences.length === 0 ? (
        <Empty>{t.reconciliation.noDifferences}</Empty>
      ) : (
        <ul className="sv-cards">
          {report.differences.map((difference, index) => {
            const detail = detailOf(difference, t, language);
            const record = recordOf(difference);
            return (
              <li key={`${difference.kind}-${difference.reference}-${index}`} className="sv-card sv-card--late">
                <h4 className="sv-card__title" id={`${ids}-${index}`}>
                  {labelOf(t.reconciliation.kinds, difference.kind)}
                </h4>
                <dl className="sv-facts">
                  <Fact label={t.reconciliation.reference}>{difference.reference}</Fact>
                  {difference.agencyCode === null ? null : <Fact label={t.reconciliation.agency}>{difference.agencyCode}</Fact>}
                </dl>
                {detail === null ? null : <p className="sv-card__note">{detail}</p>}
                {record === null ? null : (
                  <p className="sv-card__note">
                    <Link to={manifestPath(record)} aria-describedby={`${ids}-${index}`}>
                      {t.reconciliation.openRecord}
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function ReconciliationPage() {
  const t = useTexts(text);
  usePageTitle(t.reconciliation.title);
  const ids = useId();
  const asked = new URLSearchParams(useSearch()).get(DAY_QUERY);
  const day = asked !== null && isDay(asked) ? asked : vietnamDay(new Date());
  const [typed, setTyped] = useState(day);
  const [error, setError] = useState<string | null>(null);
  const report = useLoad((signal) => reconciliation(day, signal), day);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!isDay(typed)) {
      setError(t.reconciliation.dayRequired);
      return;
    }
    setError(null);
    navigate(`${screenPath('reconciliation')}?${DAY_QUERY}=${typed}`, { replace: true, keepScroll: true });
  }

  const fieldId = `${ids}-day`;
  const described = error === null ? `${ids}-hint` : `${ids}-hint ${ids}-error`;
  return (
    <>
      <h1 tabIndex={-1}>{t.reconciliation.title}</h1>
      <p>{t.reconciliation.intro}</p>
      <form className="sv-inline-form sv-day-form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={fieldId}>{t.reconciliation.day}</label>
          <input id={fieldId} type="date" value={typed} onChange={(event) => setTyped(event.target.value)} aria-invalid={error === null ? undefined : true} aria-describedby={described} />
          <p className="field__hint" id={`${ids}-hint`}>
            {t.reconciliation.dayHint}
          </p>
          {error === null ? null : (
            <p className="field__error" id={`${ids}-error`}>
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button">
          {t.reconciliation.submit}
        </button>
      </form>
      <Show loaded={report.state} onRetry={report.reload}>
        {(value) => <Report report={value} />}
      </Show>
    </>
  );
}
