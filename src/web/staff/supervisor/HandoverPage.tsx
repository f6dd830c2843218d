/**
 * Drawing up a handover record: the desk, the items addressed to it, the sender's signature.
 * The request carries an Idempotency-Key kept while the same record is being sent, so a retry
 * after a lost answer never draws up a second record; what was chosen stays when sending fails.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { dong, formatDong } from '../../../domain/money/index.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDate, formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, navigate } from '../../router.js';
import type { StaffSession } from '../../session.js';
import { type HandoverItem, type Manifest, handoverQueue, sendManifest, unsignedManifests } from './handover-api.js';
import { Empty, Show } from './parts.js';
import { manifestPath } from './screens.js';
import { SignaturePad } from './SignaturePad.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { type DeskGroup, feesOf, groupByDesk, newIdempotencyKey } from './work-lists.js';

type FieldName = 'desk' | 'items' | 'signature';
type FieldErrors = Partial<Record<FieldName, string>>;

/** Where the server names a field of the request, the form shows it beside its own field. */
const SERVER_FIELDS: Record<string, FieldName> = { toOrganisationCode: 'desk', itemNumbers: 'items', signatureSender: 'signature' };

/** Sent once the record exists; the record's page says so. */
export const JUST_SENT_QUERY = 'vua-gui';

function HandoverForm({ groups, signerName, onConflict }: { groups: DeskGroup[]; signerName: string; onConflict: () => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const [deskCode, setDeskCode] = useState(groups.length === 1 ? (groups[0]?.desk.code ?? '') : '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(groups.length === 1 ? (groups[0]?.items.map((i) => i.itemNumber) ?? []) : []));
  const [signature, setSignature] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  // One key per intended record: kept for a retry of the same request, renewed when it changes.
  const keyRef = useRef<string | null>(null);
  const deskRef = useRef<HTMLFieldSetElement>(null);
  const itemsRef = useRef<HTMLFieldSetElement>(null);
  const signatureRef = useRef<HTMLFieldSetElement>(null);

  const group = groups.find((g) => g.desk.code === deskCode) ?? null;
  const items: HandoverItem[] = group?.items ?? [];
  const chosenItems = items.filter((i) => chosen.has(i.itemNumber));

  // Items sent from elsewhere in the meantime leave the choice when the list is read again.
  useEffect(() => {
    const present = new Set(items.map((i) => i.itemNumber));
    if ([...chosen].some((n) => !present.has(n))) setChosen(new Set([...chosen].filter((n) => present.has(n))));
  }, [items, chosen]);

  function changed(): void {
    keyRef.current = null;
  }

  function chooseDesk(code: string): void {
    setDeskCode(code);
    setChosen(new Set(groups.find((g) => g.desk.code === code)?.items.map((i) => i.itemNumber) ?? []));
    setErrors((e) => ({ ...e, desk: undefined, items: undefined }));
    changed();
  }

  function toggle(itemNumber: string, on: boolean): void {
    const next = new Set(chosen);
    if (on) next.add(itemNumber);
    else next.delete(itemNumber);
    setChosen(next);
    setErrors((e) => ({ ...e, items: undefined }));
    changed();
  }

  function chooseAll(on: boolean): void {
    setChosen(new Set(on ? items.map((i) => i.itemNumber) : []));
    changed();
  }

  function sign(dataUrl: string | null): void {
    setSignature(dataUrl);
    if (dataUrl !== null) setErrors((e) => ({ ...e, signature: undefined }));
    changed();
  }

  function focusFirst(found: FieldErrors): void {
    const target = found.desk !== undefined ? deskRef : found.items !== undefined ? itemsRef : signatureRef;
    target.current?.querySelector<HTMLElement>('input, button')?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const found: FieldErrors = {};
    if (group === null) found.desk = t.handover.deskRequired;
    else if (chosenItems.length === 0) found.items = t.handover.itemsRequired;
    if (signature === null) found.signature = t.handover.signatureRequired;
    setErrors(found);
    if (group === null || chosenItems.length === 0 || signature === null) {
      setProblem(null);
      focusFirst(found);
      return;
    }
    if (!window.confirm(t.handover.confirm(chosenItems.length, group.desk.name))) return;
    const key = keyRef.current ?? newIdempotencyKey();
    keyRef.current = key;
    setSending(true);
    setProblem(null);
    try {
      const manifest = await sendManifest({ toOrganisationCode: group.desk.code, itemNumbers: chosenItems.map((i) => i.itemNumber), signatureSender: signature }, key);
      keyRef.current = null;
      navigate(`${manifestPath(manifest.id)}?${JUST_SENT_QUERY}=1`);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      const fromServer: FieldErrors = {};
      for (const field of error.errors) {
        const name = SERVER_FIELDS[field.name];
        if (name !== undefined) fromServer[name] = field.message;
      }
      setErrors(fromServer);
      // Only a request that may not have arrived is retried with the same key; a refusal is final.
      if (error.status !== 0 && error.status < 500) keyRef.current = null;
      // An item taken meanwhile (409): read the list again; the rest of the choice stays.
      if (error.status === 409) onConflict();
    } finally {
      setSending(false);
    }
  }

  const fieldError = (name: FieldName) => {
    const message = errors[name];
    return message === undefined ? null : (
      <p className="field__error" id={`${ids}-${name}-error`}>
        {message}
      </p>
    );
  };
  const describedBy = (name: FieldName) => (errors[name] === undefined ? undefined : `${ids}-${name}-error`);

  return (
    <form className="form sv-handover" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
      <ProblemAlert problem={problem} />
      <fieldset ref={deskRef} className="sv-fieldset" aria-describedby={describedBy('desk')}>
        <legend>{t.handover.deskLegend}</legend>
        {fieldError('desk')}
        {groups.map((g) => (
          <label key={g.desk.code} className="sv-choice">
            <input type="radio" name={`${ids}-desk`} value={g.desk.code} checked={deskCode === g.desk.code} onChange={() => chooseDesk(g.desk.code)} />
            <span>{t.handover.deskOption(g.desk.name, g.items.length)}</span>
          </label>
        ))}
      </fieldset>

      {group === null ? null : (
        <fieldset ref={itemsRef} className="sv-fieldset" aria-describedby={describedBy('items')}>
          <legend>{t.handover.itemsLegend}</legend>
          {fieldError('items')}
          <div className="sv-actions">
            <button type="button" className="button button--secondary" onClick={() => chooseAll(true)}>
              {t.handover.chooseAll}
            </button>
            <button type="button" className="button button--secondary" onClick={() => chooseAll(false)}>
              {t.handover.chooseNone}
            </button>
          </div>
          <ul className="sv-items">
            {items.map((item) => (
              <li key={item.itemNumber} className="sv-item">
                <label className="sv-choice">
                  <input type="checkbox" checked={chosen.has(item.itemNumber)} onChange={(event) => toggle(item.itemNumber, event.target.checked)} aria-describedby={`${ids}-${item.itemNumber}`} />
                  <span className="sv-item__number">{t.handover.itemLabel(item.itemNumber, item.procedureCode)}</span>
                </label>
                <dl className="sv-item__facts" id={`${ids}-${item.itemNumber}`}>
                  <div>
                    <dt>{t.handover.heldAt}</dt>
                    <dd>{item.heldAt === null ? t.handover.inYourHands : item.heldAt.name}</dd>
                  </div>
                  <div>
                    <dt>{t.handover.takenInAt}</dt>
                    <dd>{formatDateTime(item.takenInAt, language)}</dd>
                  </div>
                  <div>
                    <dt>{t.handover.dueOn}</dt>
                    <dd>{formatDate(item.transitDueOn, language)}</dd>
                  </div>
                  <div>
                    <dt>{t.handover.fees}</dt>
                    <dd>{formatDong(dong(item.fees))}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          <p className="sv-total">{t.handover.chosenSummary(chosenItems.length, formatDong(dong(feesOf(items, chosen))))}</p>
        </fieldset>
      )}

      <fieldset ref={signatureRef} className="sv-fieldset">
        <legend>{t.handover.signatureLegend}</legend>
        <SignaturePad signerName={signerName} signed={signature !== null} onChange={sign} error={errors.signature ?? null} />
      </fieldset>

      <button type="submit" className="button" disabled={sending}>
        {sending ? t.handover.sending : t.handover.submit}
      </button>
    </form>
  );
}

function UnsignedRecords({ manifests }: { manifests: Manifest[] }) {
  const t = useTexts(text);
  const language = useLanguage();
  if (manifests.length === 0) return <Empty>{t.handover.unsignedEmpty}</Empty>;
  return (
    <ul className="sv-links">
      {manifests.map((m) => (
        <li key={m.id}>
          <Link to={manifestPath(m.id)}>{t.handover.recordLink(m.number, m.to.name)}</Link>
          <span className="muted"> · {formatDateTime(m.createdAt, language)} · {t.reconciliation.itemsOnRecord(m.items.length)}</span>
        </li>
      ))}
    </ul>
  );
}

export function HandoverPage({ session }: { session: StaffSession }) {
  const t = useTexts(text);
  usePageTitle(t.handover.title);
  const queue = useLoad(handoverQueue, 'queue');
  const unsigned = useLoad(unsignedManifests, 'unsigned');
  return (
    <>
      <h1 tabIndex={-1}>{t.handover.title}</h1>
      <p>{t.handover.intro}</p>
      <Show loaded={queue.state} onRetry={queue.reload}>
        {(items) => (items.length === 0 ? <Empty>{t.handover.empty}</Empty> : <HandoverForm groups={groupByDesk(items)} signerName={session.account.displayName} onConflict={queue.reload} />)}
      </Show>
      <section aria-labelledby="sv-unsigned-heading">
        <h2 id="sv-unsigned-heading">{t.handover.unsignedHeading}</h2>
        <Show loaded={unsigned.state} onRetry={unsigned.reload}>
          {(manifests) => <UnsignedRecords manifests={manifests} />}
        </Show>
      </section>
    </>
  );
}
