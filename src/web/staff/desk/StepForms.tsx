/**
 * The small forms of the dossier page, one per processing step the role may take now. Each asks
 * for confirmation (every step is written for good in the dossier's history), keeps what was
 * typed when the server refuses, and shows the server's field errors beside the fields.
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { DOSSIER_ACTION_INFO, type DossierAction } from '../../../domain/dossier/lifecycle.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import type { DossierDetail } from './decode.js';
import { handResultsToPost, organisations, takeStep } from './desk-api.js';
import { type StepForm, forwardTargets, vietnamLocalToIso } from './desk-rules.js';
import { SelectField, TextField } from './fields.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { confirmed, serverFieldErrors } from './form-helpers.js';

/** The lifecycle action each form records: its name heads the form, as on the control slip. */
const ACTION_OF = {
  forward: 'forward',
  'supplement-request': 'request-supplement',
  'supplement-received': 'receive-supplement',
  refusal: 'refuse',
  delay: 'notify-delay',
  result: 'record-result',
  delivery: 'deliver-result',
  'hand-to-post': 'hand-result-to-post',
} as const satisfies Record<StepForm, DossierAction>;

interface StepProps {
  dossier: DossierDetail;
  /** Called after the step was recorded, with the action's name for the confirmation line. */
  onDone: (action: DossierAction) => void;
}

type Errors = Record<string, string>;

/**
 * The frame every step form shares: heading, alert, submit button, and the send itself. `check`
 * returns local errors, or the body to send with the confirmation to ask.
 */
function StepFrame({
  form,
  dossier,
  onDone,
  intro,
  submit,
  check,
  send,
  children,
  errors,
  setErrors,
}: StepProps & {
  form: StepForm;
  intro?: string;
  submit: string;
  check: () => { errors: Errors } | { confirm: string };
  send: () => Promise<unknown>;
  children?: ReactNode;
  errors: Errors;
  setErrors: (errors: Errors) => void;
}) {
  const t = useTexts(text);
  const language = useLanguage();
  const headingId = useId();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const action = ACTION_OF[form];

  async function submitForm(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const checked = check();
    if ('errors' in checked) {
      setErrors(checked.errors);
      setProblem(null);
      return;
    }
    setErrors({});
    if (!confirmed(checked.confirm)) return;
    setSending(true);
    setProblem(null);
    try {
      await send();
      onDone(action);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="desk-step" aria-labelledby={headingId}>
      <h3 id={headingId}>{DOSSIER_ACTION_INFO[action][language]}</h3>
      {intro === undefined ? null : <p className="muted">{intro}</p>}
      <form className="form" noValidate aria-busy={sending} onSubmit={(event) => void submitForm(event)} data-step={form} data-dossier={dossier.code}>
        <ProblemAlert problem={problem} />
        {Object.keys(errors).length > 0 && problem === null ? (
          <p className="field__error" role="alert">
            {t.formProblems}
          </p>
        ) : null}
        {children}
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.sending : submit}
        </button>
      </form>
    </section>
  );
}

function ForwardForm(props: StepProps) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const { state } = useLoad(organisations, 'organisations');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const targets = state.kind === 'ready' ? forwardTargets(state.value, props.dossier.agency.code) : [];
  const nameOf = (code: string) => {
    const found = targets.find((o) => o.code === code);
    return found === undefined ? code : language === 'vi' ? found.nameVi : found.nameEn;
  };
  return (
    <StepFrame
      {...props}
      form="forward"
      submit={t.forwardSubmit}
      errors={errors}
      setErrors={setErrors}
      check={() => (to === '' ? { errors: { toOrganisationCode: t.required } } : { confirm: t.confirmForward(props.dossier.code, nameOf(to)) })}
      send={() => takeStep(props.dossier.id, 'forward', { toOrganisationCode: to, ...(note.trim() === '' ? {} : { note: note.trim() }) })}
    >
      {state.kind === 'failed' ? <ProblemAlert problem={state.problem} /> : null}
      <SelectField
        id={`${ids}-to`}
        label={t.forwardTarget}
        value={to}
        onChange={setTo}
        error={errors['toOrganisationCode']}
        options={[{ value: '', label: state.kind === 'loading' ? t.forwardLoading : t.forwardChoose }, ...targets.map((o) => ({ value: o.code, label: language === 'vi' ? o.nameVi : o.nameEn }))]}
      />
      <TextField id={`${ids}-note`} label={`${t.note} ${t.optional}`} value={note} onChange={setNote} multiline maxLength={1000} error={errors['note']} />
    </StepFrame>
  );
}

function SupplementForm(props: StepProps) {
  const t = useTexts(text);
  const ids = useId();
  const [items, setItems] = useState([{ name: '', reason: '' }]);
  const [errors, setErrors] = useState<Errors>({});
  const update = (index: number, patch: Partial<{ name: string; reason: string }>) => setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <StepFrame
      {...props}
      form="supplement-request"
      intro={t.supplementIntro}
      submit={t.supplementSubmit}
      errors={errors}
      setErrors={setErrors}
      check={() => {
        const found: Errors = {};
        items.forEach((item, i) => {
          if (item.name.trim() === '') found[`items.${String(i)}.name`] = t.required;
          if (item.reason.trim() === '') found[`items.${String(i)}.reason`] = t.required;
        });
        return Object.keys(found).length > 0 ? { errors: found } : { confirm: t.confirmSupplement(props.dossier.code, items.length) };
      }}
      send={() => takeStep(props.dossier.id, 'supplement-request', { items: items.map((i) => ({ name: i.name.trim(), reason: i.reason.trim() })) })}
    >
      {items.map((item, i) => (
        <fieldset key={i} className="desk-row">
          <legend>{t.supplementItem(i + 1)}</legend>
          <TextField id={`${ids}-name-${String(i)}`} label={t.supplementName} value={item.name} onChange={(name) => update(i, { name })} maxLength={500} error={errors[`items.${String(i)}.name`]} />
          <TextField id={`${ids}-reason-${String(i)}`} label={t.supplementReason} value={item.reason} onChange={(reason) => update(i, { reason })} maxLength={500} error={errors[`items.${String(i)}.reason`]} />
          {items.length > 1 ? (
            <button type="button" className="button button--secondary" onClick={() => setItems(items.filter((_, j) => j !== i))}>
              {t.supplementRemove(i + 1)}
            </button>
          ) : null}
        </fieldset>
      ))}
      {items.length < 50 ? (
        <button type="button" className="button button--secondary" onClick={() => setItems([...items, { name: '', reason: '' }])}>
          {t.supplementAdd}
        </button>
      ) : null}
    </StepFrame>
  );
}

function ReasonForm(props: StepProps & { form: 'refusal'; label: string; submit: string; confirm: string }) {
  const ids = useId();
  const t = useTexts(text);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  return (
    <StepFrame
      {...props}
      errors={errors}
      setErrors={setErrors}
      check={() => (reason.trim() === '' ? { errors: { reason: t.required } } : { confirm: props.confirm })}
      send={() => takeStep(props.dossier.id, 'refusal', { reason: reason.trim() })}
    >
      <TextField id={`${ids}-reason`} label={props.label} value={reason} onChange={setReason} multiline maxLength={2000} error={errors['reason']} />
    </StepFrame>
  );
}

function DelayForm(props: StepProps) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  return (
    <StepFrame
      {...props}
      form="delay"
      intro={t.delayIntro}
      submit={t.delaySubmit}
      errors={errors}
      setErrors={setErrors}
      check={() => {
        const iso = vietnamLocalToIso(at);
        const found: Errors = {};
        if (iso === null) found['newDueAt'] = t.delayInvalid;
        if (reason.trim() === '') found['reason'] = t.required;
        return iso === null || Object.keys(found).length > 0 ? { errors: found } : { confirm: t.confirmDelay(props.dossier.code, formatDateTime(iso, language)) };
      }}
      send={() => takeStep(props.dossier.id, 'delay', { newDueAt: vietnamLocalToIso(at) ?? '', reason: reason.trim() })}
    >
      <TextField id={`${ids}-at`} type="datetime-local" label={t.delayNewDue} value={at} onChange={setAt} error={errors['newDueAt']} />
      <TextField id={`${ids}-reason`} label={t.delayReason} value={reason} onChange={setReason} multiline maxLength={2000} error={errors['reason']} />
    </StepFrame>
  );
}

function ResultForm(props: StepProps) {
  const t = useTexts(text);
  const ids = useId();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  return (
    <StepFrame
      {...props}
      form="result"
      intro={t.resultIntro}
      submit={t.resultSubmit}
      errors={errors}
      setErrors={setErrors}
      check={() => ({ confirm: t.confirmResult(props.dossier.code) })}
      send={() => takeStep(props.dossier.id, 'result', note.trim() === '' ? {} : { note: note.trim() })}
    >
      <TextField id={`${ids}-note`} label={`${t.note} ${t.optional}`} value={note} onChange={setNote} multiline maxLength={1000} error={errors['note']} />
    </StepFrame>
  );
}

/** Steps with nothing to type: a sentence, a button and the confirmation. */
function ButtonForm(props: StepProps & { form: 'supplement-received' | 'delivery' | 'hand-to-post'; intro: string; submit: string; confirm: string; send: () => Promise<unknown> }) {
  const [errors, setErrors] = useState<Errors>({});
  return <StepFrame {...props} errors={errors} setErrors={setErrors} check={() => ({ confirm: props.confirm })} />;
}

export function StepFormFor({ form, ...props }: StepProps & { form: StepForm }) {
  const t = useTexts(text);
  const { dossier } = props;
  switch (form) {
    case 'forward':
      return <ForwardForm {...props} />;
    case 'supplement-request':
      return <SupplementForm {...props} />;
    case 'supplement-received':
      return (
        <ButtonForm
          {...props}
          form={form}
          intro={t.supplementReceivedIntro}
          submit={t.supplementReceivedSubmit}
          confirm={t.confirmSupplementReceived(dossier.code)}
          send={() => takeStep(dossier.id, 'supplement-received', {})}
        />
      );
    case 'refusal':
      return <ReasonForm {...props} form={form} label={t.refusalReason} submit={t.refusalSubmit} confirm={t.confirmRefusal(dossier.code)} />;
    case 'delay':
      return <DelayForm {...props} />;
    case 'result':
      return <ResultForm {...props} />;
    case 'delivery':
      return <ButtonForm {...props} form={form} intro={t.deliveryIntro} submit={t.deliverySubmit} confirm={t.confirmDelivery(dossier.code)} send={() => takeStep(dossier.id, 'delivery', {})} />;
    case 'hand-to-post':
      return <ButtonForm {...props} form={form} intro={t.handIntro} submit={t.handSubmit} confirm={t.confirmHand(1)} send={() => handResultsToPost([dossier.id])} />;
    default: {
      const exhaustive: never = form;
      return exhaustive;
    }
  }
}
