/** One pickup request and the choice of its postman: one of the office's, or the least busy one. */
import { type FormEvent, useId, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { Fact } from './parts.js';
import { type Pickup, assignPickup } from './pickups-api.js';
import { text } from './text.js';
import type { Roster } from './use-postmen.js';
import { windowText } from './work-lists.js';

const AUTOMATIC = '';

export function PickupCard({ pickup, roster, onAssigned }: { pickup: Pickup; roster: Roster; onAssigned: (pickup: Pickup, postmanName: string | null) => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const ids = useId();
  const [postmanId, setPostmanId] = useState(AUTOMATIC);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const postmen = roster.kind === 'ready' ? roster.postmen : [];

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setProblem(null);
    setFieldError(null);
    try {
      const chosen = postmen.find((p) => p.id === postmanId);
      await assignPickup(pickup.id, postmanId === AUTOMATIC ? null : postmanId);
      onAssigned(pickup, chosen?.displayName ?? null);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      // The choice stays as it was, with the server's words beside it.
      setFieldError(error.errors.find((f) => f.name === 'postmanId')?.message ?? null);
    } finally {
      setSending(false);
    }
  }

  const selectId = `${ids}-postman`;
  const errorId = `${ids}-postman-error`;
  const hintId = `${ids}-postman-hint`;
  const hint = roster.kind === 'loading' ? t.pickups.postmenLoading : roster.kind === 'failed' ? t.pickups.postmenFailed : null;
  const described = [hint === null ? null : hintId, fieldError === null ? null : errorId].filter((id) => id !== null).join(' ');
  return (
    <li className="sv-card">
      <h3 className="sv-card__title">{pickup.reference}</h3>
      <dl className="sv-facts">
        <Fact label={t.pickups.procedure}>{pickup.procedureCode}</Fact>
        <Fact label={t.pickups.office}>{pickup.postOffice.name}</Fact>
        <Fact label={t.pickups.window}>{windowText(pickup.window.from, pickup.window.to, language)}</Fact>
        <Fact label={t.pickups.channel}>{t.pickups.channels[pickup.channel]}</Fact>
        <Fact label={t.pickups.createdAt}>{formatDateTime(pickup.createdAt, language)}</Fact>
      </dl>
      <form className="sv-inline-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <div className="field">
          <label htmlFor={selectId}>{t.pickups.postman}</label>
          <select
            id={selectId}
            value={postmanId}
            onChange={(event) => setPostmanId(event.target.value)}
            aria-invalid={fieldError === null ? undefined : true}
            aria-describedby={described === '' ? undefined : described}
          >
            <option value={AUTOMATIC}>{t.pickups.automatic}</option>
            {postmen.map((postman) => (
              <option key={postman.id} value={postman.id}>
                {postman.displayName}
              </option>
            ))}
          </select>
          {hint === null ? null : (
            <p className="field__hint" id={hintId}>
              {hint}
            </p>
          )}
          {fieldError === null ? null : (
            <p className="field__error" id={errorId}>
              {fieldError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.pickups.assigning : pickup.postmanAssigned ? t.pickups.reassign : t.pickups.assign}
        </button>
      </form>
    </li>
  );
}
