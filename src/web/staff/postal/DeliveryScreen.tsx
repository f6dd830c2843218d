/**
 * Delivering a result at the door (postman) or at the counter (clerk): the identity check, who
 * receives it, the signature and an optional photo; or, at the door, why it could not be
 * delivered. Each is confirmed (it cannot be undone) and goes through the outbox; a postman's
 * result not yet out for delivery is scanned out first, in the same queue, so the server sees
 * the two writes in order even when they wait for the network together.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, staffPath } from '../../router.js';
import { FAILED_DELIVERY_REASONS, FAILED_DELIVERY_REASON_INFO, type FailedDeliveryReason } from '../../../domain/postal-item/delivery.js';
import { type DeliveryErrors, type DeliveryFormState, attemptBody, checkDelivery, emptyDelivery, isFailedReason, needsScanOut } from './delivery-form.js';
import { FieldError, TextField, described } from './fields.js';
import { type OutboxHandle, type SubmitResult, newEntryIds } from './outbox-store.js';
import type { OutboxEntry, OutboxKind, StoredProblem } from './outbox.js';
import { PhotoField } from './PhotoField.js';
import { type RoundDelivery, fetchRound, rememberedRound } from './postal-api.js';
import { SignaturePad } from './SignaturePad.js';
import { text } from './text.js';

type Loaded = { kind: 'loading' } | { kind: 'ready'; item: RoundDelivery } | { kind: 'missing' } | { kind: 'failed'; problem: ApiProblem };
type Done = { kind: 'delivered' | 'attempted'; queued: boolean } | null;

export interface DeliveryScreenProps {
  outbox: OutboxHandle;
  mode: 'postman' | 'counter';
  itemNumber: string;
}

function entryFor(kind: OutboxKind, item: RoundDelivery, body: Record<string, unknown>): OutboxEntry {
  return { ...newEntryIds(), kind, itemNumber: item.itemNumber, body, summary: { itemNumber: item.itemNumber, name: item.applicant.name, pickupId: null }, status: 'waiting', problem: null, tries: 0 };
}

export function DeliveryScreen({ outbox, mode, itemNumber }: DeliveryScreenProps) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const idOf = (name: string) => `${ids}-${name}`;
  const atCounter = mode === 'counter';
  const title = atCounter ? t.counterDeliveryTitle : t.deliveryTitle;
  usePageTitle(title);

  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [form, setForm] = useState<DeliveryFormState>(emptyDelivery);
  const [errors, setErrors] = useState<DeliveryErrors>({});
  const [reason, setReason] = useState<FailedDeliveryReason | ''>('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<StoredProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>(null);
  const pending = useRef<string[]>([]);

  useEffect(() => {
    let live = true;
    const find = (round: { deliveries: RoundDelivery[] } | null) => round?.deliveries.find((d) => d.itemNumber === itemNumber) ?? null;
    const remembered = find(rememberedRound());
    if (remembered !== null) setLoaded({ kind: 'ready', item: remembered });
    else
      fetchRound().then(
        (round) => {
          if (!live) return;
          const item = find(round);
          setLoaded(item === null ? { kind: 'missing' } : { kind: 'ready', item });
        },
        (failure: unknown) => {
          if (!(failure instanceof ApiProblem)) throw failure;
          if (live) setLoaded({ kind: 'failed', problem: failure });
        },
      );
    return () => {
      live = false;
    };
  }, [itemNumber]);

  function change(patch: Partial<DeliveryFormState>, field?: keyof DeliveryErrors): void {
    setForm((f) => ({ ...f, ...patch }));
    if (field !== undefined) setErrors((e) => (e[field] === undefined ? e : { ...e, [field]: undefined }));
  }

  const release = outbox.release;
  useEffect(
    () => () => {
      for (const id of pending.current) release(id);
    },
    [release],
  );

  /** The scan out (when needed) then the write itself; the screen waits for the write. */
  async function send(item: RoundDelivery, kind: 'delivery' | 'attempt', body: Record<string, unknown>): Promise<SubmitResult> {
    const entries = [...(needsScanOut(item.state, atCounter) ? [entryFor('scan', item, { to: 'out-for-delivery' })] : []), entryFor(kind, item, body)];
    pending.current = entries.map((e) => e.id);
    const results = await Promise.all(entries.map((entry) => outbox.submit(entry)));
    pending.current = [];
    // A refused scan (taken out already on another device, say) matters only if the write fails too.
    return results[results.length - 1] ?? { kind: 'queued', why: 'unreachable' };
  }

  function settle(result: SubmitResult, kind: 'delivered' | 'attempted'): void {
    switch (result.kind) {
      case 'sent':
      case 'queued':
        setDone({ kind, queued: result.kind === 'queued' });
        window.requestAnimationFrame(() => document.getElementById(idOf('done'))?.focus());
        return;
      case 'refused':
        setProblem(result.problem);
        window.requestAnimationFrame(() => document.getElementById(idOf('problem'))?.focus());
        return;
      default: {
        const exhaustive: never = result;
        return exhaustive;
      }
    }
  }

  async function deliver(event: FormEvent<HTMLFormElement>, item: RoundDelivery): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const check = checkDelivery(form, item.idNumberLast4, { cccdFormat: t.cccdFormat, passportFormat: t.passportFormat, cardMismatch: t.cardMismatch, signatureRequired: t.checks.signatureRequired });
    if (!check.ok) {
      setErrors(check.errors);
      const first = check.errors.cardNumber !== undefined ? 'cardNumber' : 'signature';
      window.requestAnimationFrame(() => document.getElementById(idOf(first))?.focus());
      return;
    }
    setErrors({});
    if (!window.confirm(t.confirmDelivery(item.itemNumber))) return;
    setBusy(true);
    setProblem(null);
    const result = await send(item, 'delivery', { ...check.body, identity: { ...check.body.identity } });
    setBusy(false);
    settle(result, 'delivered');
  }

  async function attempt(event: FormEvent<HTMLFormElement>, item: RoundDelivery): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (reason === '') {
      setReasonError(t.reasonRequired);
      document.getElementById(idOf('reason'))?.focus();
      return;
    }
    setReasonError(undefined);
    if (!window.confirm(t.confirmAttempt(item.itemNumber))) return;
    setBusy(true);
    setProblem(null);
    const result = await send(item, 'attempt', { ...attemptBody(reason, note) });
    setBusy(false);
    settle(result, 'attempted');
  }

  const back = (
    <p>
      <Link to={staffPath()}>{atCounter ? t.backToCounter : t.backToRound}</Link>
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
          <p className="note">{t.itemNotOnRound}</p>
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

  const { item } = loaded;
  const cardHint = form.receiver === 'authorised' ? t.authorisedCardHint : t.cardNumberHint;
  return (
    <div className="postal-screen">
      <h1 tabIndex={-1}>{title}</h1>
      <dl className="facts">
        <div>
          <dt>{t.itemNumber}</dt>
          <dd>{item.itemNumber}</dd>
        </div>
        {item.dossierCode === null ? null : (
          <div>
            <dt>{t.dossierCode}</dt>
            <dd>{item.dossierCode}</dd>
          </div>
        )}
        <div>
          <dt>{t.procedure}</dt>
          <dd>{item.procedure.name}</dd>
        </div>
        <div>
          <dt>{t.recipient}</dt>
          <dd>
            {item.applicant.name} · <a href={`tel:${item.applicant.phone}`}>{item.applicant.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t.addressLabel}</dt>
          <dd>
            {item.address}, {item.unit.name}
          </dd>
        </div>
      </dl>
      <p className="note">{item.idNumberLast4 === null ? t.noCardOnFile : t.cardOnFile(item.idNumberLast4)}</p>

      {done !== null ? (
        <section className="outcome" id={idOf('done')} tabIndex={-1} role="status">
          <p>
            <strong>{done.kind === 'delivered' ? t.deliveredDone(item.itemNumber) : t.attemptDone(item.itemNumber)}</strong>
          </p>
          {done.queued ? <p>{t.deliveryQueued}</p> : null}
          {back}
        </section>
      ) : (
        <>
          <div id={idOf('problem')} tabIndex={-1} className="alert" role="alert">
            {problem === null ? null : <p>{problem.detail ?? problem.title}</p>}
          </div>
          <form className="form" noValidate onSubmit={(event) => void deliver(event, item)} aria-busy={busy}>
            <p>{t.deliveryIntro}</p>
            <fieldset className="options">
              <legend>{t.receiverSection}</legend>
              {(['applicant', 'authorised'] as const).map((receiver) => (
                <label key={receiver} className="option">
                  <input type="radio" name={idOf('receiver')} value={receiver} checked={form.receiver === receiver} onChange={() => change({ receiver }, 'cardNumber')} />
                  <span>{t.receivers[receiver]}</span>
                </label>
              ))}
            </fieldset>
            {form.receiver === 'applicant' ? (
              <div className="field">
                <label htmlFor={idOf('card-kind')}>{t.cardKind}</label>
                <select id={idOf('card-kind')} value={form.cardKind} onChange={(event) => change({ cardKind: event.target.value === 'passport' ? 'passport' : 'cccd' }, 'cardNumber')}>
                  {(['cccd', 'passport'] as const).map((kind) => (
                    <option key={kind} value={kind}>
                      {t.cardKinds[kind]}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <TextField id={idOf('cardNumber')} label={t.cardNumber} hint={cardHint} value={form.cardNumber} onChange={(cardNumber) => change({ cardNumber }, 'cardNumber')} error={errors.cardNumber} inputMode={form.receiver === 'applicant' && form.cardKind === 'passport' ? 'text' : 'numeric'} />
            <SignaturePad id={idOf('signature')} label={t.signatureRecipient} hint={t.signatureHint} clearLabel={t.signatureClear} doneLabel={t.signatureDone} value={form.signature} onChange={(signature) => change({ signature }, 'signature')} error={errors.signature} />
            <PhotoField id={idOf('photo')} t={t} value={form.photo} onChange={(photo) => change({ photo })} />
            <button type="submit" className="button button--wide" disabled={busy}>
              {busy ? t.submitting : t.submitDelivery}
            </button>
          </form>

          {atCounter ? null : (
            <form className="form failed-delivery" noValidate onSubmit={(event) => void attempt(event, item)} aria-busy={busy} aria-labelledby={idOf('failed-heading')}>
              <h2 id={idOf('failed-heading')}>{t.failedSection}</h2>
              <div className="field">
                <label htmlFor={idOf('reason')}>{t.reason}</label>
                <select
                  id={idOf('reason')}
                  value={reason}
                  aria-invalid={reasonError === undefined ? undefined : true}
                  aria-describedby={described(idOf('reason'), false, reasonError)}
                  onChange={(event) => setReason(isFailedReason(event.target.value) ? event.target.value : '')}
                >
                  <option value="">{t.reasonChoose}</option>
                  {FAILED_DELIVERY_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {FAILED_DELIVERY_REASON_INFO[r][language]}
                    </option>
                  ))}
                </select>
                <FieldError id={idOf('reason')} error={reasonError} />
              </div>
              <div className="field">
                <label htmlFor={idOf('note')}>{t.note}</label>
                <textarea id={idOf('note')} value={note} maxLength={500} rows={2} onChange={(event) => setNote(event.target.value)} />
              </div>
              <button type="submit" className="button button--secondary button--wide" disabled={busy}>
                {t.submitAttempt}
              </button>
            </form>
          )}
          {back}
        </>
      )}
    </div>
  );
}
