/**
 * What became of an intake that did not end on the slip: saved on the device to send later, or
 * refused because a required document is missing (with the guidance slip to print).
 */
import type { StoredProblem } from './outbox.js';
import type { PostalTexts } from './text.js';

export type Outcome = { kind: 'queued'; itemNumber: string | null } | { kind: 'incomplete'; problem: StoredProblem };

export function IntakeOutcome({ id, t, outcome }: { id: string; t: PostalTexts; outcome: Outcome }) {
  switch (outcome.kind) {
    case 'queued':
      return (
        <section className="outcome outcome--queued" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t.queuedTitle}</h2>
          <p>{t.queuedText}</p>
          {outcome.itemNumber === null ? null : <p>{t.queuedItem(outcome.itemNumber)}</p>}
        </section>
      );
    case 'incomplete':
      return (
        <section className="outcome outcome--refused" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t.refusedTitle}</h2>
          <p>{t.refusedText}</p>
          <p>{t.missingDocuments}:</p>
          <ul>
            {outcome.problem.missing.map((m) => (
              <li key={m.id}>{m.document}</li>
            ))}
          </ul>
          {outcome.problem.guidanceSlip === null ? null : (
            <p>
              <a className="button" href={outcome.problem.guidanceSlip} target="_blank" rel="noopener">
                {t.guidanceSlip}
              </a>
            </p>
          )}
        </section>
      );
    default: {
      const exhaustive: never = outcome;
      return exhaustive;
    }
  }
}
