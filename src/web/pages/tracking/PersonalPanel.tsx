/**
 * Personal details of a tracked dossier, behind the last 4 digits of the phone on file. The
 * digits travel in a header, not the address, so they stay out of history, logs and referrers.
 */
import { type FormEvent, useId, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import type { Tracking } from './decode.js';
import { text } from './text.js';
import { lookupTracking } from './tracking-api.js';

export function PersonalPanel({ tracking, onFound }: { tracking: Tracking; onFound: (tracking: Tracking) => void }) {
  const t = useTexts(text);
  const ids = useId();
  const [digits, setDigits] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);

  if (!tracking.personalAvailable) {
    return (
      <section aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t.personalTitle}</h2>
        <p className="muted">{t.noPersonal}</p>
      </section>
    );
  }

  const personal = tracking.personal;
  if (personal !== null) {
    const rows: [string, string][] = [
      [t.applicantName, personal.applicantName],
      [t.phone, personal.phone],
    ];
    if (personal.address !== null) rows.push([t.address, personal.address]);
    if (personal.receivedBy !== null) rows.push([t.receivedBy, personal.receivedBy]);
    return (
      <section aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t.personalTitle}</h2>
        <dl className="facts">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    if (!/^\d{4}$/.test(digits)) {
      setFieldError(t.last4Invalid);
      return;
    }
    setFieldError(null);
    setProblem(null);
    setSending(true);
    try {
      onFound(await lookupTracking(tracking.code, digits));
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setDigits('');
    } finally {
      setSending(false);
    }
  }

  const errorId = `${ids}-error`;
  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t.personalTitle}</h2>
      <p>{t.personalIntro}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <div className="field field--short">
          <label htmlFor={`${ids}-digits`}>{t.last4Label}</label>
          <input
            id={`${ids}-digits`}
            name="phoneLast4"
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9]{4}"
            maxLength={4}
            value={digits}
            aria-invalid={fieldError === null ? undefined : true}
            aria-describedby={fieldError === null ? undefined : errorId}
            onChange={(event) => setDigits(event.target.value.replace(/\D/g, ''))}
          />
          {fieldError === null ? null : (
            <p className="field__error" id={errorId}>
              {fieldError}
            </p>
          )}
        </div>
        <button type="submit" className="button button--secondary" disabled={sending}>
          {t.showPersonal}
        </button>
      </form>
    </section>
  );
}
