/**
 * Scanning items into the office at the counter, with a barcode scanner acting as a keyboard:
 * each scan types the number and presses Enter. Enter records the scan through the outbox, the
 * field empties and keeps the focus for the next one without waiting for the server, and the
 * log below says what became of each (received, saved to send later, or refused and why).
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import type { Language } from '../../i18n/language.js';
import { FieldError, described } from './fields.js';
import { checkItemNumber } from './intake-form.js';
import { type OutboxHandle, newEntryIds } from './outbox-store.js';
import type { PostalTexts } from './text.js';

type Leg = 'dossier' | 'result';
interface LogLine {
  id: string;
  itemNumber: string;
  state: 'sending' | 'sent' | 'queued' | 'refused';
  message: string | null;
}

export function ReceiveScanner({ outbox, t, language }: { outbox: OutboxHandle; t: PostalTexts; language: Language }) {
  const ids = useId();
  const fieldId = `${ids}-number`;
  const [leg, setLeg] = useState<Leg>('dossier');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [log, setLog] = useState<LogLine[]>([]);
  const field = useRef<HTMLInputElement>(null);

  function setLine(id: string, change: Partial<LogLine>): void {
    setLog((lines) => lines.map((l) => (l.id === id ? { ...l, ...change } : l)));
  }

  function record(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const checked = checkItemNumber(value, language);
    field.current?.focus();
    if (!checked.ok || checked.value === null) {
      setError(checked.ok ? t.scanEmpty : checked.message);
      return;
    }
    setError(undefined);
    setValue('');
    const itemNumber = checked.value;
    const entry = {
      ...newEntryIds(),
      kind: 'scan' as const,
      itemNumber,
      body: { to: leg === 'dossier' ? 'at-post-office' : 'result-at-post-office' },
      summary: { itemNumber, name: null, pickupId: null },
      status: 'waiting' as const,
      problem: null,
      tries: 0,
    };
    setLog((lines) => [{ id: entry.id, itemNumber, state: 'sending' as const, message: null }, ...lines].slice(0, 30));
    void outbox.submit(entry).then((result) => {
      switch (result.kind) {
        case 'sent':
          setLine(entry.id, { state: 'sent' });
          return;
        case 'queued':
          setLine(entry.id, { state: 'queued' });
          return;
        case 'refused':
          setLine(entry.id, { state: 'refused', message: result.problem.detail ?? result.problem.title });
          return;
        default: {
          const exhaustive: never = result;
          return exhaustive;
        }
      }
    });
  }

  const stateText = (line: LogLine): string => {
    switch (line.state) {
      case 'sending':
        return t.scanSending;
      case 'sent':
        return t.scanSent;
      case 'queued':
        return t.scanQueued;
      case 'refused':
        return line.message ?? '';
      default: {
        const exhaustive: never = line.state;
        return exhaustive;
      }
    }
  };

  return (
    <section className="scanner" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t.scanTitle}</h2>
      <form className="form" noValidate onSubmit={record}>
        <fieldset className="options">
          <legend>{t.scanLeg}</legend>
          {(['dossier', 'result'] as const).map((option) => (
            <label key={option} className="option">
              <input type="radio" name={`${ids}-leg`} value={option} checked={leg === option} onChange={() => setLeg(option)} />
              <span>{option === 'dossier' ? t.scanDossier : t.scanResult}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={fieldId}>{t.itemNumber}</label>
          <p className="field__hint" id={`${fieldId}-hint`}>
            {t.scanHint}
          </p>
          <div className="scanner__row">
            <input
              ref={field}
              id={fieldId}
              className="item-number"
              value={value}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={described(fieldId, true, error)}
              onChange={(event) => setValue(event.target.value)}
            />
            <button type="submit" className="button">
              {t.scanButton}
            </button>
          </div>
          <FieldError id={fieldId} error={error} />
        </div>
      </form>
      {log.length === 0 ? null : (
        <>
          <p className="scanner__log-heading">{t.scanLog}</p>
          <ul className="scanner__log" aria-live="polite">
            {log.map((line) => (
              <li key={line.id} className={`scanner__line scanner__line--${line.state}`}>
                <span className="item-number-shown">{line.itemNumber}</span> — {stateText(line)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
