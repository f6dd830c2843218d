/**
 * The log of help given to citizens filing online (R7): a short form to record one, and the
 * entries of the office for a period, newest first.
 */
import { type FormEvent, useId, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import { ProcedurePicker } from './ProcedurePicker.js';
import type { AssistedOutcome, ProcedureChoice } from './decode.js';
import { assistedFilings, recordAssistedFiling } from './desk-api.js';
import { deskPath } from './desk-paths.js';
import { periodProblem, vietnamToday } from './desk-rules.js';
import { RadioGroup, TextField } from './fields.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { serverFieldErrors } from './form-helpers.js';

function RecordForm({ onRecorded }: { onRecorded: () => void }) {
  const t = useTexts(text);
  const ids = useId();
  const [procedure, setProcedure] = useState<ProcedureChoice | null>(null);
  const [outcome, setOutcome] = useState<AssistedOutcome | undefined>(undefined);
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const found: Record<string, string> = {};
    if (procedure === null) found['procedureCode'] = t.required;
    if (outcome === undefined) found['outcome'] = t.required;
    setErrors(found);
    setSaved(false);
    if (procedure === null || outcome === undefined) return;
    setSending(true);
    setProblem(null);
    try {
      await recordAssistedFiling({ procedureCode: procedure.code, outcome, ...(code.trim() === '' ? {} : { onlineDossierCode: code.trim() }), ...(note.trim() === '' ? {} : { note: note.trim() }) });
      setProcedure(null);
      setOutcome(undefined);
      setCode('');
      setNote('');
      setSaved(true);
      onRecorded();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" noValidate aria-busy={sending} onSubmit={(event) => void submit(event)}>
      <h2>{t.assistedRecord}</h2>
      <ProblemAlert problem={problem} />
      <ProcedurePicker id={`${ids}-procedure`} chosen={procedure} onChoose={setProcedure} error={errors['procedureCode']} />
      <RadioGroup
        name={`${ids}-outcome`}
        legend={t.outcome}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'submitted', label: t.outcomes.submitted },
          { value: 'not-completed', label: t.outcomes['not-completed'] },
        ]}
        error={errors['outcome']}
      />
      <TextField id={`${ids}-code`} label={`${t.onlineCode} ${t.optional}`} value={code} onChange={setCode} maxLength={60} error={errors['onlineDossierCode']} />
      <TextField id={`${ids}-note`} label={`${t.note} ${t.optional}`} value={note} onChange={setNote} multiline maxLength={1000} error={errors['note']} />
      <button type="submit" className="button" disabled={sending}>
        {sending ? t.sending : t.assistedSubmit}
      </button>
      <p role="status" className={saved ? 'note' : 'visually-hidden'}>
        {saved ? t.assistedSaved : ''}
      </p>
    </form>
  );
}

export function AssistedFilingsPage() {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.assistedTitle);
  const ids = useId();
  // The last 30 days by default, like the API.
  const [typed, setTyped] = useState(() => ({ from: vietnamToday(new Date(Date.now() - 29 * 86_400_000)), to: vietnamToday(new Date()) }));
  const [period, setPeriod] = useState(typed);
  const { state, reload } = useLoad((signal) => assistedFilings(period, signal), `assisted:${period.from}:${period.to}`);
  const problem = periodProblem(typed);

  return (
    <div className="desk-assisted">
      <p>
        <Link to={deskPath({ kind: 'front' })}>{t.backToFront}</Link>
      </p>
      <h1 tabIndex={-1}>{t.assistedTitle}</h1>
      <p>{t.assistedIntro}</p>
      <div className="desk-two">
        <RecordForm onRecorded={reload} />
        <section aria-labelledby={`${ids}-log`}>
          <h2 id={`${ids}-log`}>{t.assistedLog}</h2>
          <form
            className="desk-filters"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (problem === null) setPeriod(typed);
            }}
          >
            <TextField id={`${ids}-from`} type="date" label={t.from} value={typed.from} onChange={(from) => setTyped({ ...typed, from })} />
            <TextField id={`${ids}-to`} type="date" label={t.to} value={typed.to} onChange={(to) => setTyped({ ...typed, to })} error={problem === null ? undefined : t.period[problem]} />
            <button type="submit" className="button button--secondary">
              {t.assistedShow}
            </button>
          </form>
          {state.kind === 'loading' ? (
            <p role="status" className="muted">
              {t.loading}
            </p>
          ) : state.kind === 'failed' ? (
            <>
              <ProblemAlert problem={state.problem} />
              <p className="field__error">{Object.values(serverFieldErrors(state.problem)).join(' ')}</p>
            </>
          ) : state.value.length === 0 ? (
            <p className="note">{t.assistedEmpty}</p>
          ) : (
            <ul className="desk-cards desk-cards--single">
              {state.value.map((entry) => (
                <li key={entry.id} className="desk-card">
                  <p className="desk-steps__what">{entry.procedureName ?? entry.procedureCode}</p>
                  <p>
                    <span className={`desk-due desk-due--${entry.outcome === 'submitted' ? 'running' : 'due-soon'}`}>{t.outcomes[entry.outcome]}</span>
                    {entry.onlineDossierCode === null ? null : <span className="muted"> · {entry.onlineDossierCode}</span>}
                  </p>
                  <p className="muted">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> · {t.assistedBy}: {entry.staffName}
                  </p>
                  {entry.note === null ? null : <p>{entry.note}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
