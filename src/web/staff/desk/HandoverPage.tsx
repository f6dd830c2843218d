/**
 * One handover record from the post: the tally (each listed item received, missing or damaged;
 * envelopes that came unlisted typed in as extra), then the signature, asked for twice because
 * its time becomes the legal filing time of every dossier received. Once signed, the dossiers
 * registered are listed with their codes and receipts (form 01).
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { dong, formatDong } from '../../../domain/money/index.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import type { Acknowledged, HandoverRecord } from './decode.js';
import { acknowledgeHandover, formUrl, handoverRecord } from './desk-api.js';
import { deskPath } from './desk-paths.js';
import { FORM_NUMBER } from './desk-rules.js';
import { TextField } from './fields.js';
import { MARKS, type Mark, type TallyProblem, allReceived, tallyBody, tallyCounts } from './tally.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { confirmed } from './form-helpers.js';

function Tally({ record, onSigned }: { record: HandoverRecord; onSigned: (answer: Acknowledged) => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const listed = record.dossiers.map((d) => d.itemNumber);
  const [marks, setMarks] = useState<Record<string, Mark>>(() => allReceived(listed));
  const [extra, setExtra] = useState('');
  const [problems, setProblems] = useState<TallyProblem[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);

  const problemFor = (itemNumber: string) => problems.find((p) => p.kind === 'unmarked' && p.itemNumber === itemNumber);
  const extraProblems = problems.flatMap((p) => {
    switch (p.kind) {
      case 'unmarked':
        return [];
      case 'extra-invalid':
        return [language === 'vi' ? p.vi : p.en];
      case 'extra-listed':
        return [t.extraListed(p.itemNumber)];
      default: {
        const exhaustive: never = p;
        return exhaustive;
      }
    }
  });

  async function sign(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const result = tallyBody(listed, marks, extra);
    if (!result.ok) {
      setProblems(result.problems);
      setProblem(null);
      return;
    }
    setProblems([]);
    if (!confirmed(t.confirmSign(record.number, result.body.received.length + result.body.damaged.length))) return;
    setSending(true);
    setProblem(null);
    try {
      onSigned(await acknowledgeHandover(record.manifestId, result.body));
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      // The tally stays as marked, for another try.
      setProblem(error);
    } finally {
      setSending(false);
    }
  }

  const counts = tallyCounts(listed, marks, extra);
  return (
    <form className="form" noValidate aria-busy={sending} onSubmit={(event) => void sign(event)}>
      <h2>{t.tallyTitle}</h2>
      <p className="muted">{t.tallyIntro}</p>
      <ProblemAlert problem={problem} />
      {problems.length > 0 ? (
        <p className="field__error" role="alert">
          {t.tallyProblems}
        </p>
      ) : null}
      <ul className="desk-tally">
        {record.dossiers.map((d) => {
          const missing = problemFor(d.itemNumber);
          const errorId = `${ids}-${d.itemNumber}-error`;
          return (
            <li key={d.itemNumber}>
              <fieldset className="desk-choices desk-choices--row" aria-describedby={missing === undefined ? undefined : errorId}>
                <legend>
                  <span className="desk-item-number">{d.itemNumber}</span> <span className="muted">{d.procedureCode}</span>
                </legend>
                <p className="desk-tally__who">
                  {t.applicant}: {d.applicantName} · {t.serviceForms[d.serviceForm]} · {formatDong(dong(d.fees))}
                </p>
                {MARKS.map((mark) => (
                  <label key={mark} className="desk-choice">
                    <input type="radio" name={`${ids}-${d.itemNumber}`} value={mark} checked={marks[d.itemNumber] === mark} onChange={() => setMarks({ ...marks, [d.itemNumber]: mark })} />
                    <span>{t.marks[mark]}</span>
                  </label>
                ))}
                {missing === undefined ? null : (
                  <p className="field__error" id={errorId}>
                    {t.unmarked}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <TextField id={`${ids}-extra`} label={t.extraLabel} hint={t.extraHint} value={extra} onChange={setExtra} multiline error={extraProblems.length === 0 ? undefined : extraProblems.join(' ')} />
      <p className="desk-counts" aria-live="polite">
        {t.counts(counts)}
      </p>
      <button type="submit" className="button" disabled={sending}>
        {sending ? t.signing : t.sign}
      </button>
    </form>
  );
}

function Signed({ answer }: { answer: Acknowledged }) {
  const t = useTexts(text);
  const language = useLanguage();
  const at = formatDateTime(answer.manifest.acknowledgedAt ?? new Date().toISOString(), language);
  if (answer.registered.length === 0) return <p className="note" role="status">{t.signedNone}</p>;
  return (
    <div className="note" role="status">
      <p>{t.signed(at)}</p>
      <ul className="desk-registered">
        {answer.registered.map((r) => (
          <li key={r.id}>
            <Link to={deskPath({ kind: 'dossier', id: r.id })}>{r.code}</Link>
            {r.itemNumber === null ? null : <span className="muted"> · {r.itemNumber}</span>} ·{' '}
            <a href={formUrl(r.id, 'receipt')} target="_blank" rel="noopener">
              {t.formLink(FORM_NUMBER.receipt, t.forms.receipt)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function HandoverPage({ manifestId }: { manifestId: string }) {
  const t = useTexts(text);
  const language = useLanguage();
  const { state, reload } = useLoad((signal) => handoverRecord(manifestId, signal), `record:${manifestId}`);
  const [signed, setSigned] = useState<Acknowledged | null>(null);
  const record = signed?.manifest ?? (state.kind === 'ready' ? state.value : null);
  const title = record === null ? t.tallyTitle : t.recordTitle(record.number);
  usePageTitle(title);

  useEffect(() => {
    if (signed !== null) document.querySelector<HTMLElement>('.desk-handover h1')?.focus();
  }, [signed]);

  function body() {
    if (signed !== null) return <Signed answer={signed} />;
    switch (state.kind) {
      case 'loading':
        return (
          <p role="status" className="muted">
            {t.loading}
          </p>
        );
      case 'failed':
        return (
          <>
            <ProblemAlert problem={state.problem} />
            <button type="button" className="button button--secondary" onClick={reload}>
              {t.retry}
            </button>
          </>
        );
      case 'ready':
        if (state.value === null) return <p className="note">{t.recordMissing}</p>;
        if (state.value.status === 'acknowledged') return <p className="note">{t.recordDone(formatDateTime(state.value.acknowledgedAt ?? state.value.sentAt, language))}</p>;
        return <Tally record={state.value} onSigned={setSigned} />;
      default: {
        const exhaustive: never = state;
        return exhaustive;
      }
    }
  }

  return (
    <div className="desk-handover">
      <p>
        <Link to={deskPath({ kind: 'front' })}>{t.backToFront}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {record === null ? null : (
        <dl className="desk-facts desk-facts--wide">
          <div>
            <dt>{t.recordFrom}</dt>
            <dd>{record.from.name}</dd>
          </div>
          <div>
            <dt>{t.recordSentAt}</dt>
            <dd>
              <time dateTime={record.sentAt}>{formatDateTime(record.sentAt, language)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.recordFees}</dt>
            <dd>{formatDong(dong(record.feesTotal))}</dd>
          </div>
          <div>
            <dt>{t.recordCount(record.dossiers.length)}</dt>
            <dd>{record.dossiers.map((d) => d.itemNumber).join(', ')}</dd>
          </div>
        </dl>
      )}
      {body()}
    </div>
  );
}
