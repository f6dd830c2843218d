/**
 * What is still waiting to send on this device, what the server refused, and what went out
 * lately. The one-line bar sits on every screen of the workspace; the full panel on the front
 * page and on its own screen. Counts are announced politely (role="status").
 */
import { useLanguage } from '../../i18n/language.js';
import { PATHS, Link, staffPath } from '../../router.js';
import { formatDateTime } from '../../format.js';
import type { OutboxHandle } from './outbox-store.js';
import { type OutboxEntry, refusedEntries, waitingEntries } from './outbox.js';
import { type IntakeField, intakeFieldOf } from './intake-form.js';
import { slipPath } from './postal-api.js';
import type { PostalTexts } from './text.js';

/** The field a server's complaint names, in words, for the outbox list (the form itself shows it beside the field). */
function fieldLabel(entry: OutboxEntry, name: string, t: PostalTexts): string | null {
  if (entry.kind !== 'intake') {
    if (name.startsWith('identity')) return t.cardNumber;
    if (name === 'signature') return t.signatureRecipient;
    if (name === 'photo') return t.photo;
    if (name === 'reason') return t.reason;
    return null;
  }
  const field = intakeFieldOf(name);
  if (field === null) return null;
  const labels: Record<IntakeField, string> = {
    procedure: t.procedure,
    name: t.name,
    phone: t.phone,
    email: t.email,
    idNumber: t.idNumber,
    unit: t.unit,
    address: t.address,
    tally: t.tallySection,
    weight: t.weight,
    fees: t.feeAmount,
    signatureCitizen: t.signatureCitizen,
    signatureStaff: t.signatureStaff,
    itemNumber: t.itemNumber,
  };
  return labels[field];
}

function entryLabel(entry: OutboxEntry, t: PostalTexts): string {
  const item = entry.itemNumber ?? entry.summary.itemNumber;
  return [t.kindLabel[entry.kind], item, entry.summary.name].filter((p) => p !== null && p !== '').join(' · ');
}

export function OutboxBar({ outbox, t }: { outbox: OutboxHandle; t: PostalTexts }) {
  const waiting = waitingEntries(outbox.state).length;
  const refused = refusedEntries(outbox.state).length;
  const quiet = outbox.online && waiting === 0 && refused === 0 && !outbox.signedOut && !outbox.storageFull;
  return (
    <div className={quiet ? 'outbox-bar outbox-bar--quiet' : 'outbox-bar'} role="status">
      {quiet ? null : (
        <p>
          {outbox.online ? null : <strong>{t.offline} </strong>}
          {waiting > 0 ? <span>{t.waiting(waiting)}. </span> : null}
          {refused > 0 ? <span>{t.refusedHeading}. </span> : null}
          {outbox.signedOut ? <span>{t.signedOut} </span> : null}
          {outbox.storageFull ? <span>{t.storageFull} </span> : null}
          {waiting + refused > 0 ? <Link to={staffPath('cho-gui')}>{t.waitingList}</Link> : null}
        </p>
      )}
    </div>
  );
}

export interface OutboxPanelProps {
  outbox: OutboxHandle;
  t: PostalTexts;
  /** Where a refused write is corrected; null when it can only be discarded. */
  correctPath: (entry: OutboxEntry) => string | null;
  headingLevel?: 2 | 3;
}

export function OutboxPanel({ outbox, t, correctPath, headingLevel = 2 }: OutboxPanelProps) {
  const language = useLanguage();
  const waiting = waitingEntries(outbox.state);
  const refused = refusedEntries(outbox.state);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  function discard(entry: OutboxEntry): void {
    if (window.confirm(t.confirmDiscard)) outbox.discard(entry.id);
  }

  return (
    <section className="outbox" aria-labelledby="outbox-heading">
      <Heading id="outbox-heading">{t.outboxTitle}</Heading>
      <p className="outbox__count" role="status">
        {outbox.online ? null : <strong className="outbox__offline">{t.offline} </strong>}
        {waiting.length === 0 ? t.nothingWaiting : t.waiting(waiting.length)}
      </p>
      {outbox.signedOut ? (
        <p className="note">
          {t.signedOut} <Link to={PATHS.signIn}>{t.signIn}</Link>
        </p>
      ) : null}
      {outbox.storageFull ? <p className="note">{t.storageFull}</p> : null}
      {outbox.lastFailureAt !== null && waiting.length > 0 ? <p className="muted">{t.lastFailure(formatDateTime(outbox.lastFailureAt, language))}</p> : null}
      {waiting.length === 0 ? null : (
        <>
          <ul className="outbox__list">
            {waiting.map((entry) => (
              <li key={entry.id}>
                <span>{entryLabel(entry, t)}</span> <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void outbox.sendNow()} disabled={outbox.sending}>
            {outbox.sending ? t.sending : t.sendNow}
          </button>
        </>
      )}
      {refused.length === 0 ? null : (
        <div className="outbox__refused">
          <p className="outbox__refused-heading">{t.refusedHeading}</p>
          <ul className="outbox__list">
            {refused.map((entry) => {
              const path = correctPath(entry);
              const problem = entry.problem;
              return (
                <li key={entry.id} className="outbox__entry--refused">
                  <p>
                    <strong>{entryLabel(entry, t)}</strong>
                  </p>
                  {problem === null ? null : <p className="field__error">{problem.detail ?? problem.title}</p>}
                  {problem === null || problem.errors.length === 0 ? null : (
                    <ul>
                      {problem.errors.map((e) => {
                        const label = fieldLabel(entry, e.name, t);
                        return <li key={`${e.name}-${e.message}`}>{label === null ? e.message : `${label}: ${e.message}`}</li>;
                      })}
                    </ul>
                  )}
                  {problem === null || problem.missing.length === 0 ? null : (
                    <>
                      <p>{t.missingDocuments}:</p>
                      <ul>
                        {problem.missing.map((m) => (
                          <li key={m.id}>{m.document}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  <p className="actions">
                    {problem?.guidanceSlip === null || problem?.guidanceSlip === undefined ? null : (
                      <a className="button button--secondary" href={problem.guidanceSlip} target="_blank" rel="noopener">
                        {t.guidanceSlip}
                      </a>
                    )}
                    {path === null ? null : (
                      <Link className="button button--secondary" to={path}>
                        {t.correct}
                      </Link>
                    )}
                    <button type="button" className="button button--secondary" onClick={() => discard(entry)}>
                      {t.discard}
                    </button>
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {outbox.state.unreadable.length === 0 ? null : (
        <p className="note">
          {t.unreadable(outbox.state.unreadable.length)}{' '}
          <button type="button" className="button button--secondary" onClick={() => window.confirm(t.confirmDiscard) && outbox.discardUnreadable()}>
            {t.discardUnreadable}
          </button>
        </p>
      )}
      {outbox.state.sent.length === 0 ? null : (
        <details className="outbox__sent">
          <summary>{t.sentHeading}</summary>
          <ul className="outbox__list">
            {outbox.state.sent.map((sent) => (
              <li key={sent.id}>
                <span>{[t.kindLabel[sent.kind], sent.itemNumber, sent.name].filter((p) => p !== null).join(' · ')}</span> <time dateTime={sent.at}>{formatDateTime(sent.at, language)}</time>
                {sent.kind === 'intake' && sent.itemNumber !== null ? (
                  <>
                    {' '}
                    <a href={slipPath(sent.itemNumber)} target="_blank" rel="noopener">
                      {t.openSlip}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
