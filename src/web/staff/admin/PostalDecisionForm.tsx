/**
 * R4: whether a procedure may be filed by post, on which provincial decision and from which
 * day. The domain's rule is checked here before sending (the server checks it again), errors
 * show beside their field, and withdrawing a procedure from the post asks first.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { checkPostalDecision } from '../../../domain/procedure/postal-decision.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { ChoiceGroup, TextAreaField, TextField } from './Fields.js';
import { Done } from './Screen.js';
import { type FieldErrors, confirmed, hasErrors, serverFieldErrors } from './field-errors.js';
import { type ProcedureDetail, savePostal } from './procedures-api.js';
import { text } from './text.js';
import { vietnamToday } from './today.js';

export function PostalDecisionForm({ procedure, onSaved }: { procedure: ProcedureDetail; onSaved: () => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const provincial = procedure.postal.basis === 'provincial-decision';
  const [offered, setOffered] = useState(procedure.postal.offered);
  const [decision, setDecision] = useState(provincial ? (procedure.postal.decision ?? '') : '');
  const [since, setSince] = useState(provincial ? (procedure.postal.since ?? '') : '');
  const [withdrawal, setWithdrawal] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    setDone(null);
    const body = offered ? { offered, decision: decision.trim(), since: since === '' ? null : since } : { offered, decision: withdrawal.trim() === '' ? null : withdrawal.trim(), since: null };
    const local: Record<string, string> = {};
    for (const p of checkPostalDecision(body, vietnamToday())) local[offered ? p.field : 'withdrawal'] ??= p[language];
    setErrors(local);
    if (hasErrors(local)) {
      setProblem(null);
      return;
    }
    if (!offered && procedure.postal.offered && !confirmed(t.procedure.confirmWithdraw)) return;
    setSending(true);
    setProblem(null);
    try {
      await savePostal(procedure.code, body);
      setDone(t.procedure.saved);
      setWithdrawal('');
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      const fromServer = serverFieldErrors(error);
      setErrors(offered ? fromServer : { withdrawal: fromServer['decision'] ?? '' });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
      <ProblemAlert problem={problem} />
      {hasErrors(errors) && problem === null ? <p className="field__error">{t.common.fixFields}</p> : null}
      <ChoiceGroup legend={t.procedure.offeredLegend}>
        <label className="admin-radio">
          <input type="radio" name="offered" checked={offered} onChange={() => setOffered(true)} /> {t.procedure.offeredYes}
        </label>
        <label className="admin-radio">
          <input type="radio" name="offered" checked={!offered} onChange={() => setOffered(false)} /> {t.procedure.offeredNo}
        </label>
      </ChoiceGroup>
      {offered ? (
        <>
          <TextAreaField label={t.procedure.decision} hint={t.procedure.decisionHint} value={decision} onChange={setDecision} error={errors['decision']} required rows={2} />
          <TextField label={t.procedure.since} hint={t.procedure.sinceHint} type="date" value={since} onChange={setSince} error={errors['since']} required />
        </>
      ) : (
        <TextAreaField
          label={`${t.procedure.withdrawal} ${t.common.optional}`}
          hint={t.procedure.withdrawalHint}
          value={withdrawal}
          onChange={setWithdrawal}
          error={errors['withdrawal'] === '' ? undefined : errors['withdrawal']}
          rows={2}
        />
      )}
      <button type="submit" className="button" disabled={sending}>
        {sending ? t.common.saving : t.common.save}
      </button>
      <Done message={done} />
    </form>
  );
}
