/**
 * Taking a dossier in: at the citizen's door from a pickup (postman), or at the counter
 * (clerk), or correcting an intake the server refused. The form is checked on the device with
 * the server's rules, confirmed, then handed to the outbox, which sends it now or keeps it until
 * the network returns; what the postman typed is kept as a draft in this tab meanwhile and
 * stays on screen when the server refuses it, with the reasons beside the fields. An incomplete
 * dossier is answered with what is missing and the guidance slip to print.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiProblem, DecodeError } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, navigate, staffPath } from '../../router.js';
import type { StaffSession } from '../../session.js';
import { dropDraft, readDraft, saveDraft } from './draft.js';
import { money } from './fields.js';
import { type IntakeErrors, type IntakeField, type IntakeFormState, type Place, checkIntake, emptyIntake, firstError, formFromBody, serverErrors } from './intake-form.js';
import { IntakeApplicant } from './IntakeApplicant.js';
import { type Outcome, IntakeOutcome } from './IntakeOutcome.js';
import { IntakePrice } from './IntakePrice.js';
import { IntakeProcedure } from './IntakeProcedure.js';
import { IntakeTally } from './IntakeTally.js';
import { ItemNumberField } from './ItemNumberField.js';
import { type OutboxHandle, newEntryIds } from './outbox-store.js';
import type { OutboxEntry, StoredProblem } from './outbox.js';
import { type RoundPickup, decodeTakenIn, fetchRound, rememberTakenIn, rememberedRound } from './postal-api.js';
import { SignaturePad } from './SignaturePad.js';
import { mergeMarks } from './tally.js';
import { text } from './text.js';
import { useIntakeReference } from './use-intake-reference.js';

const FIELD_OF: Partial<Record<keyof IntakeFormState, IntakeField>> = {
  procedureCode: 'procedure',
  name: 'name',
  phone: 'phone',
  email: 'email',
  idNumber: 'idNumber',
  unitCode: 'unit',
  address: 'address',
  marks: 'tally',
  weightGrams: 'weight',
  collectFees: 'fees',
  feeAmount: 'fees',
  signatureCitizen: 'signatureCitizen',
  signatureStaff: 'signatureStaff',
  itemNumber: 'itemNumber',
};

function fieldsOf(change: Partial<IntakeFormState>): IntakeField[] {
  return Object.entries(FIELD_OF).flatMap(([key, field]) => (key in change && field !== undefined ? [field] : []));
}

export interface IntakeScreenProps {
  session: StaffSession;
  outbox: OutboxHandle;
  mode: 'postman' | 'counter';
  pickupId: string | null;
  /** An outbox entry refused by the server, to correct. */
  correcting: string | null;
}

type Loaded = { kind: 'loading' } | { kind: 'ready'; pickup: RoundPickup | null } | { kind: 'missing'; why: 'pickup' | 'entry' } | { kind: 'failed'; problem: ApiProblem };

export function IntakeScreen({ session, outbox, mode, pickupId, correcting }: IntakeScreenProps) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const idOf = (name: string) => `${ids}-${name}`;
  const place: Place = mode === 'postman' ? 'address' : 'post-office';
  const accountId = session.account.id;
  const home = staffPath();
  usePageTitle(correcting !== null ? t.correctTitle : pickupId !== null ? t.intakeFromPickupTitle : t.intakeTitle);

  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [form, setForm] = useState<IntakeFormState>(() => emptyIntake());
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [problem, setProblem] = useState<StoredProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const pending = useRef<string | null>(null);
  const correctedEntry = useRef<OutboxEntry | null>(null);

  // Where the form starts: a refused write, a pickup of the round, a draft of this tab, or nothing.
  useEffect(() => {
    let live = true;
    if (correcting !== null) {
      const entry = outbox.state.entries.find((e) => e.id === correcting && e.kind === 'intake');
      if (entry === undefined) {
        setLoaded({ kind: 'missing', why: 'entry' });
        return;
      }
      correctedEntry.current = entry;
      setForm(formFromBody(entry.body, '', null));
      setErrors(serverErrors(entry.problem?.errors ?? []));
      setProblem(entry.problem);
      setLoaded({ kind: 'ready', pickup: null });
      return;
    }
    const draft = readDraft(accountId, pickupId);
    if (pickupId === null) {
      setForm(draft ?? emptyIntake());
      setLoaded({ kind: 'ready', pickup: null });
      return;
    }
    const fromRound = (round: { pickups: RoundPickup[] } | null): RoundPickup | null => round?.pickups.find((p) => p.id === pickupId) ?? null;
    const start = (pickup: RoundPickup | null) => {
      if (!live) return;
      if (pickup === null) {
        setLoaded({ kind: 'missing', why: 'pickup' });
        return;
      }
      setForm(
        draft ?? {
          ...emptyIntake(pickup.serviceForm),
          pickupId: pickup.id,
          procedureCode: pickup.procedure.code,
          procedureName: pickup.procedure.name,
          name: pickup.applicant.name,
          phone: pickup.applicant.phone,
          email: pickup.applicant.email ?? '',
          address: pickup.address,
          unitCode: pickup.unit.code,
        },
      );
      setLoaded({ kind: 'ready', pickup });
    };
    const remembered = fromRound(rememberedRound());
    if (remembered !== null) start(remembered);
    else
      fetchRound().then(
        (round) => start(fromRound(round)),
        (failure: unknown) => {
          if (!(failure instanceof ApiProblem)) throw failure;
          if (live) setLoaded({ kind: 'failed', problem: failure });
        },
      );
    return () => {
      live = false;
    };
    // The outbox's state is read once, when the screen opens: later changes do not reset the form.
  }, [accountId, pickupId, correcting]);

  const { checklist, checklistLoading, quote, quoteNote, units, loadProblem } = useIntakeReference(form, {
    onChecklist: (found) => {
      const entry = correctedEntry.current;
      setForm((f) => ({ ...f, procedureName: f.procedureName || found.procedureName, marks: entry !== null ? formFromBody(entry.body, found.procedureName, found.items).marks : mergeMarks(found.items, f.marks) }));
      setErrors((e) => ({ ...e, procedure: found.postalServiceOffered ? undefined : t.procedureNotByPost }));
    },
    noDesk: t.procedureNoDesk,
    offline: t.quoteOffline,
  });

  // Keep a draft while the form is being filled in (not for a correction: the outbox holds it).
  useEffect(() => {
    if (loaded.kind === 'ready' && outcome === null && correcting === null) saveDraft(accountId, form);
  }, [form, loaded.kind, outcome, correcting, accountId]);

  // A screen closed while its write is in flight: a refusal must then stay in the outbox.
  const release = outbox.release;
  useEffect(
    () => () => {
      if (pending.current !== null) release(pending.current);
    },
    [release],
  );

  function update(change: Partial<IntakeFormState>): void {
    setForm((f) => ({ ...f, ...change }));
    // A field the postman changes loses its complaint; the next submit checks again.
    const touched = fieldsOf(change);
    if (touched.length === 0) return;
    setErrors((e) => {
      if (!touched.some((f) => e[f] !== undefined)) return e;
      const next = { ...e };
      for (const f of touched) delete next[f];
      return next;
    });
  }

  function focusField(id: string): void {
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (submitting) return;
    const check = checkIntake(form, checklist?.items ?? null, place, t.checks, language);
    if (!check.ok) {
      setErrors(check.errors);
      setProblem(null);
      const first = firstError(check.errors);
      if (first !== null) focusField(idOf(first));
      return;
    }
    setErrors({});
    const total = quote === null ? null : quote.total + (check.body.fees?.amount ?? 0);
    if (!window.confirm(total === null ? t.confirmIntakeNoTotal : t.confirmIntake(money(total)))) return;
    const entry: OutboxEntry = {
      ...newEntryIds(),
      kind: 'intake',
      itemNumber: null,
      body: { ...check.body },
      summary: { itemNumber: check.body.itemNumber ?? null, name: check.body.applicant.name, pickupId: form.pickupId },
      status: 'waiting',
      problem: null,
      tries: 0,
    };
    setSubmitting(true);
    setProblem(null);
    pending.current = entry.id;
    const result = await outbox.submit(entry, correcting === null ? {} : { replacing: correcting });
    pending.current = null;
    setSubmitting(false);
    switch (result.kind) {
      case 'sent': {
        dropDraft(accountId, form.pickupId);
        try {
          const answer = decodeTakenIn(result.body);
          rememberTakenIn(answer);
          navigate(staffPath('phieu', answer.itemNumber));
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          setOutcome({ kind: 'queued', itemNumber: check.body.itemNumber ?? null });
        }
        return;
      }
      case 'queued':
        dropDraft(accountId, form.pickupId);
        setOutcome({ kind: 'queued', itemNumber: check.body.itemNumber ?? null });
        focusField(idOf('outcome'));
        return;
      case 'refused':
        if (result.problem.code === 'INTAKE_INCOMPLETE') {
          dropDraft(accountId, form.pickupId);
          setOutcome({ kind: 'incomplete', problem: result.problem });
          focusField(idOf('outcome'));
          return;
        }
        setErrors(serverErrors(result.problem.errors));
        setProblem(result.problem);
        focusField(idOf('problem'));
        return;
      default: {
        const exhaustive: never = result;
        return exhaustive;
      }
    }
  }

  const title = correcting !== null ? t.correctTitle : pickupId !== null ? t.intakeFromPickupTitle : t.intakeTitle;
  const back = (
    <p>
      <Link to={home}>{mode === 'postman' ? t.backToRound : t.backToCounter}</Link>
    </p>
  );

  switch (loaded.kind) {
    case 'loading':
      return (
        <div className="postal-screen">
          <h1 tabIndex={-1}>{title}</h1>
          <p role="status" className="muted">
            {t.loading}
          </p>
        </div>
      );
    case 'missing':
      return (
        <div className="postal-screen">
          <h1 tabIndex={-1}>{title}</h1>
          <p className="note">{loaded.why === 'pickup' ? t.pickupNotOnRound : t.entryGone}</p>
          {back}
        </div>
      );
    case 'failed':
      return (
        <div className="postal-screen">
          <h1 tabIndex={-1}>{title}</h1>
          <ProblemAlert problem={loaded.problem} />
          {back}
        </div>
      );
    case 'ready':
      break;
    default: {
      const exhaustive: never = loaded;
      return exhaustive;
    }
  }

  if (outcome !== null) {
    return (
      <div className="postal-screen">
        <h1 tabIndex={-1}>{title}</h1>
        <IntakeOutcome id={idOf('outcome')} t={t} outcome={outcome} />
        <p className="actions">
          <Link className="button button--secondary" to={home}>
            {mode === 'postman' ? t.backToRound : t.backToCounter}
          </Link>
          <Link
            className="button button--secondary"
            to={staffPath('nhan-ho-so')}
            onClick={() => {
              setForm(emptyIntake());
              setErrors({});
              setProblem(null);
              setOutcome(null);
            }}
          >
            {t.anotherIntake}
          </Link>
        </p>
      </div>
    );
  }

  const errorCount = Object.values(errors).filter((e) => e !== undefined).length;
  const pickup = loaded.pickup;
  return (
    <div className="postal-screen">
      <h1 tabIndex={-1}>{title}</h1>
      {pickup === null ? null : <p className="muted">{t.fromPickup(pickup.reference)}</p>}
      <p>{t.intakeIntro}</p>
      <ProblemAlert problem={loadProblem} />
      <form className="form intake" noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <div id={idOf('problem')} tabIndex={-1} className="alert" role="alert">
          {problem === null ? null : <p>{problem.detail ?? problem.title}</p>}
        </div>
        <IntakeProcedure
          idOf={idOf}
          t={t}
          fixed={pickup !== null}
          procedure={form.procedureCode === '' ? null : { code: form.procedureCode, name: form.procedureName || form.procedureCode }}
          serviceForm={form.serviceForm}
          onProcedure={(choice) => update({ procedureCode: choice?.code ?? '', procedureName: choice?.name ?? '', marks: {} })}
          onServiceForm={(serviceForm) => update({ serviceForm })}
          error={errors.procedure}
        />

        <IntakeApplicant idOf={idOf} t={t} form={form} update={update} errors={errors} units={units} knownUnitName={pickup?.unit.name ?? null} />

        <IntakeTally
          idOf={idOf}
          t={t}
          checklist={checklist}
          loading={checklistLoading}
          marks={form.marks}
          onMark={(id, status, copyKind) => {
            setForm((f) => ({ ...f, marks: { ...f.marks, [id]: { status, copyKind } } }));
            setErrors((e) => (e.tally === undefined ? e : { ...e, tally: undefined }));
          }}
          error={errors.tally}
        />

        <IntakePrice
          idOf={idOf}
          t={t}
          weightGrams={form.weightGrams}
          onWeight={(weightGrams) => update({ weightGrams })}
          quote={quote}
          quoteNote={quoteNote}
          collectFees={form.collectFees}
          feeAmount={form.feeAmount}
          feeMethod={form.feeMethod}
          onFees={(change) => update(change)}
          errors={{ weight: errors.weight, fees: errors.fees }}
        />

        <fieldset className="section">
          <legend>{t.signatureSection}</legend>
          <SignaturePad id={idOf('signatureCitizen')} label={t.signatureCitizen} hint={t.signatureHint} clearLabel={t.signatureClear} doneLabel={t.signatureDone} value={form.signatureCitizen} onChange={(signatureCitizen) => update({ signatureCitizen })} error={errors.signatureCitizen} />
          <SignaturePad id={idOf('signatureStaff')} label={t.signatureStaff} hint={t.signatureHint} clearLabel={t.signatureClear} doneLabel={t.signatureDone} value={form.signatureStaff} onChange={(signatureStaff) => update({ signatureStaff })} error={errors.signatureStaff} />
        </fieldset>

        <fieldset className="section">
          <legend>{t.itemSection}</legend>
          <ItemNumberField
            id={idOf('itemNumber')}
            t={t}
            language={language}
            value={form.itemNumber}
            onChange={(itemNumber) => update({ itemNumber })}
            error={errors.itemNumber}
            onError={(message) => setErrors((e) => ({ ...e, itemNumber: message }))}
          />
        </fieldset>

        {errorCount > 0 ? (
          <p className="field__error" role="status">
            {t.fixErrors(errorCount)}
          </p>
        ) : null}
        <button type="submit" className="button button--wide" disabled={submitting}>
          {submitting ? t.submitting : t.submitIntake}
        </button>
      </form>
      {back}
    </div>
  );
}

