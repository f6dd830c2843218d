/**
 * Registering a dossier received in person or online: the procedure, the applicant, the
 * documents handed in (filled from the catalogue's list, then corrected), and the processing
 * time only when the catalogue has none. The draft is kept in the tab while it is typed.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import { ProcedurePicker } from './ProcedurePicker.js';
import type { DossierSummary } from './decode.js';
import { formUrl, procedureDocuments, registerDossier, unitsInForce } from './desk-api.js';
import { deskPath } from './desk-paths.js';
import { FORM_NUMBER } from './desk-rules.js';
import { RadioGroup, SelectField, TextField } from './fields.js';
import { clearDraft, loadDraft, saveDraft } from './registration-draft.js';
import { DOCUMENT_KINDS, type DocumentKind, type DraftDocument, EMPTY_DRAFT, type RegistrationDraft, checkDraft, registrationBody } from './registration-form.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { confirmed, serverFieldErrors } from './form-helpers.js';

export function RegisterPage() {
  const t = useTexts(text);
  usePageTitle(t.registerTitle);
  const ids = useId();
  const [draft, setDraft] = useState<RegistrationDraft>(loadDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [loadingDocuments, setLoadingDocuments] = useState(false);
  const [registered, setRegistered] = useState<DossierSummary | null>(null);
  const units = useLoad(unitsInForce, 'units');
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => saveDraft(draft), [draft]);
  useEffect(() => {
    if (registered !== null) doneRef.current?.focus();
  }, [registered]);

  const set = (patch: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setDocument = (index: number, patch: Partial<DraftDocument>) => set({ documents: draft.documents.map((d, i) => (i === index ? { ...d, ...patch } : d)) });
  const field = (key: string) => errors[key];

  async function fillFromCatalogue(): Promise<void> {
    if (draft.procedure === null) return;
    setLoadingDocuments(true);
    setProblem(null);
    try {
      const names = await procedureDocuments(draft.procedure.code);
      set({ documents: names.map((name) => ({ name, kind: 'original', quantity: '1' })) });
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
    } finally {
      setLoadingDocuments(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const found = checkDraft(draft);
    const local = Object.fromEntries(Object.entries(found).map(([key, reason]) => [key, t.draftProblems[reason]]));
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setProblem(null);
      // The first field in error takes the focus, as a screen reader user would look for it.
      const first = Object.keys(found)[0];
      if (first !== undefined) document.getElementById(`${ids}-${first}`)?.focus();
      return;
    }
    if (!confirmed(t.confirmRegister(draft.name.trim()))) return;
    setSending(true);
    setProblem(null);
    try {
      const created = await registerDossier(registrationBody(draft));
      clearDraft();
      setDraft(EMPTY_DRAFT);
      setRegistered(created);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      // Everything typed stays, with the server's words beside the fields it names.
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  function startAgain(): void {
    if (!confirmed(t.confirmClear)) return;
    clearDraft();
    setDraft(EMPTY_DRAFT);
    setErrors({});
    setProblem(null);
  }

  const unitOptions = [{ value: '', label: t.unitNone }, ...(units.state.kind === 'ready' ? units.state.value.filter((u) => u.level > 1).map((u) => ({ value: u.code, label: u.fullName })) : [])];
  const id = (key: string) => `${ids}-${key}`;

  return (
    <div className="narrow desk-register">
      <p>
        <Link to={deskPath({ kind: 'front' })}>{t.backToFront}</Link>
      </p>
      <h1 tabIndex={-1}>{t.registerTitle}</h1>
      <p>{t.registerIntro}</p>
      {registered === null ? null : (
        <div className="note">
          <p ref={doneRef} tabIndex={-1} role="status">
            {t.registered(registered.code)}
          </p>
          <p className="desk-buttons">
            <Link className="button" to={deskPath({ kind: 'dossier', id: registered.id })}>
              {t.openDossier}
            </Link>
            <a className="button button--secondary" href={formUrl(registered.id, 'receipt')} target="_blank" rel="noopener">
              {t.formLink(FORM_NUMBER.receipt, t.forms.receipt)}
            </a>
          </p>
        </div>
      )}
      <p className="muted">{t.draftKept}</p>
      <form className="form" noValidate aria-busy={sending} onSubmit={(event) => void submit(event)}>
        <ProblemAlert problem={problem} />
        {Object.keys(errors).length > 0 && problem === null ? (
          <p className="field__error" role="alert">
            {t.formProblems}
          </p>
        ) : null}

        <h2>{t.procedureSection}</h2>
        <ProcedurePicker id={id('procedureCode')} chosen={draft.procedure} onChoose={(procedure) => set({ procedure })} error={field('procedureCode')} />
        <RadioGroup
          name={id('channel')}
          legend={t.channelLabel}
          value={draft.channel}
          onChange={(channel) => set({ channel })}
          options={[
            { value: 'in-person', label: t.registerChannels['in-person'] },
            { value: 'online', label: t.registerChannels.online },
          ]}
          error={field('channel')}
        />
        <RadioGroup
          name={id('resultMethod')}
          legend={t.resultLabel}
          value={draft.resultMethod}
          onChange={(resultMethod) => set({ resultMethod })}
          options={[
            { value: 'in-person', label: t.resultMethods['in-person'] },
            { value: 'postal', label: t.resultMethods.postal },
          ]}
        />

        <h2>{t.applicantSection}</h2>
        <TextField id={id('applicant.name')} label={t.name} value={draft.name} onChange={(name) => set({ name })} autoComplete="off" maxLength={200} error={field('applicant.name')} />
        <TextField id={id('applicant.phone')} type="tel" inputMode="tel" label={t.phone} value={draft.phone} onChange={(phone) => set({ phone })} error={field('applicant.phone')} />
        <TextField id={id('applicant.email')} type="email" inputMode="email" label={`${t.email} ${t.optional}`} value={draft.email} onChange={(email) => set({ email })} maxLength={254} error={field('applicant.email')} />
        <TextField id={id('applicant.idNumber')} label={`${t.idNumber} ${t.optional}`} value={draft.idNumber} onChange={(idNumber) => set({ idNumber })} maxLength={12} error={field('applicant.idNumber')} />
        <TextField id={id('applicant.address')} label={t.address} value={draft.address} onChange={(address) => set({ address })} maxLength={300} error={field('applicant.address')} />
        <SelectField id={id('applicant.unitCode')} label={`${t.unit} ${t.optional}`} value={draft.unitCode} onChange={(unitCode) => set({ unitCode })} options={unitOptions} error={field('applicant.unitCode')} />

        <h2>{t.documentsSection}</h2>
        {draft.procedure === null ? null : (
          <button type="button" className="button button--secondary" disabled={loadingDocuments} onClick={() => void fillFromCatalogue()}>
            {loadingDocuments ? t.loading : t.documentsFromCatalogue}
          </button>
        )}
        {field('documents') === undefined ? null : (
          <p className="field__error" id={id('documents')} tabIndex={-1}>
            {field('documents')}
          </p>
        )}
        {draft.documents.map((d, i) => (
          <fieldset key={i} className="desk-row">
            <legend>{t.documentRow(i + 1)}</legend>
            <TextField id={id(`documents.${String(i)}.name`)} label={t.documentName} value={d.name} onChange={(name) => setDocument(i, { name })} multiline maxLength={500} error={field(`documents.${String(i)}.name`)} />
            <div className="desk-row__pair">
              <SelectField
                id={id(`documents.${String(i)}.kind`)}
                label={t.documentKind}
                value={d.kind}
                onChange={(kind) => setDocument(i, { kind: DOCUMENT_KINDS.find((k): k is DocumentKind => k === kind) ?? 'original' })}
                options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t.documentKinds[k] }))}
              />
              <TextField id={id(`documents.${String(i)}.quantity`)} inputMode="numeric" label={t.documentQuantity} value={d.quantity} onChange={(quantity) => setDocument(i, { quantity })} maxLength={2} error={field(`documents.${String(i)}.quantity`)} />
            </div>
            <button type="button" className="button button--secondary" onClick={() => set({ documents: draft.documents.filter((_, j) => j !== i) })}>
              {t.documentRemove(i + 1)}
            </button>
          </fieldset>
        ))}
        {draft.documents.length < 100 ? (
          <button type="button" className="button button--secondary" onClick={() => set({ documents: [...draft.documents, { name: '', kind: 'original', quantity: '1' }] })}>
            {t.documentAdd}
          </button>
        ) : null}

        <TextField id={id('processingTime')} inputMode="decimal" label={`${t.workingDays} ${t.optional}`} hint={t.workingDaysHint} value={draft.workingDays} onChange={(workingDays) => set({ workingDays })} error={field('processingTime') ?? field('processingTime.workingDays')} />

        <p className="desk-buttons">
          <button type="submit" className="button" disabled={sending}>
            {sending ? t.sending : t.registerSubmit}
          </button>
          <button type="button" className="button button--secondary" onClick={startAgain}>
            {t.clearDraft}
          </button>
        </p>
      </form>
    </div>
  );
}
