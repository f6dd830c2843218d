/**
 * Results to hand to the post: dossiers whose result is ready and was asked for by post, chosen
 * with checkboxes and handed over on one record. The server reports each through the exchange;
 * one the post refuses rolls the whole record back, so the choice stays for another try.
 */
import { type FormEvent, useId, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import type { DossierSummary, ResultHandover } from './decode.js';
import { dossiers, handResultsToPost } from './desk-api.js';
import { deskPath } from './desk-paths.js';
import { readyForPost } from './desk-rules.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { confirmed } from './form-helpers.js';

function Choose({ ready, onHanded }: { ready: DossierSummary[]; onHanded: (answer: ResultHandover) => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const [sending, setSending] = useState(false);
  const all = ready.length > 0 && chosen.length === ready.length;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    if (chosen.length === 0) {
      setNoneChosen(true);
      return;
    }
    setNoneChosen(false);
    if (!confirmed(t.confirmHand(chosen.length))) return;
    setSending(true);
    setProblem(null);
    try {
      onHanded(await handResultsToPost(chosen));
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
    } finally {
      setSending(false);
    }
  }

  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <form className="form" noValidate aria-busy={sending} onSubmit={(event) => void submit(event)}>
      <ProblemAlert problem={problem} />
      <fieldset className="desk-choices" aria-describedby={noneChosen ? `${ids}-none` : undefined}>
        <legend>{t.resultsChoose}</legend>
        <label className="desk-choice desk-choice--all">
          <input type="checkbox" checked={all} onChange={(event) => setChosen(event.target.checked ? ready.map((d) => d.id) : [])} />
          <span>{t.selectAll}</span>
        </label>
        {ready.map((d) => (
          <label key={d.id} className="desk-choice">
            <input type="checkbox" value={d.id} checked={chosen.includes(d.id)} onChange={(event) => toggle(d.id, event.target.checked)} />
            <span>
              <strong>{d.code}</strong> · {d.itemNumber} · {d.procedureCode} · {t.dueAt} {formatDateTime(d.dueAt, language)}
            </span>
          </label>
        ))}
        {noneChosen ? (
          <p className="field__error" id={`${ids}-none`} role="alert">
            {t.resultsNone}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button" disabled={sending}>
        {sending ? t.sending : t.resultsSubmit(chosen.length)}
      </button>
    </form>
  );
}

export function ResultsPage() {
  const t = useTexts(text);
  usePageTitle(t.resultsTitle);
  const { state, reload } = useLoad((signal) => dossiers('processed', signal), 'results');
  const [handed, setHanded] = useState<ResultHandover | null>(null);

  function onHanded(answer: ResultHandover): void {
    setHanded(answer);
    reload();
  }

  return (
    <div className="desk-results">
      <p>
        <Link to={deskPath({ kind: 'front' })}>{t.backToFront}</Link>
      </p>
      <h1 tabIndex={-1}>{t.resultsTitle}</h1>
      <p>{t.resultsIntro}</p>
      <div role="status" className={handed === null ? 'visually-hidden' : 'note'}>
        {handed === null ? null : (
          <>
            <p>{t.resultsDone(handed.number, handed.dossiers.length)}</p>
            <ul className="desk-registered">
              {handed.dossiers.map((d) => (
                <li key={d.id}>
                  <Link to={deskPath({ kind: 'dossier', id: d.id })}>{d.code}</Link> · {d.itemNumber}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
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
      ) : readyForPost(state.value).length === 0 ? (
        <p className="note">{t.resultsEmpty}</p>
      ) : (
        // Keyed by what is offered: after a handover the choice starts afresh.
        <Choose key={readyForPost(state.value).map((d) => d.id).join()} ready={readyForPost(state.value)} onHanded={onHanded} />
      )}
    </div>
  );
}
