/**
 * The document tally: one small group of choices per document that asks for paper (present,
 * with the kind of copy; missing; not applicable for a conditional one), and the catalogue's
 * notes folded away. A dossier with a missing document is said to be refused before it is sent.
 */
import { useState } from 'react';
import type { Checklist, ChecklistItem } from './postal-api.js';
import { COPY_KINDS, type CopyKind, type TallyChoice, type TallyMarks, splitChecklist } from './tally.js';
import type { PostalTexts } from './text.js';

export interface IntakeTallyProps {
  idOf: (name: string) => string;
  t: PostalTexts;
  checklist: Checklist | null;
  loading: boolean;
  marks: TallyMarks;
  onMark: (id: string, status: TallyChoice, copyKind: CopyKind) => void;
  error: string | undefined;
}

export function IntakeTally({ idOf, t, checklist, loading, marks, onMark, error }: IntakeTallyProps) {
  const tallyId = idOf('tally');
  // Folded unless one of them was marked (a draft, a correction); then the postman's choice.
  const [showConditional, setShowConditional] = useState<boolean | null>(null);
  if (checklist === null) {
    return (
      <fieldset className="section" id={tallyId} tabIndex={-1}>
        <legend>{t.tallySection}</legend>
        {loading ? (
          <p className="muted" role="status">
            {t.tallyLoading}
          </p>
        ) : null}
        {error === undefined ? null : <p className="field__error">{error}</p>}
      </fieldset>
    );
  }
  const { toTally, notes } = splitChecklist(checklist.items);
  const required = toTally.filter((item) => item.required);
  const conditional = toTally.filter((item) => !item.required);
  const missing = toTally.filter((item) => marks[item.id]?.status === 'missing');
  const conditionalMarked = conditional.filter((item) => marks[item.id]?.status !== 'not-applicable').length;

  const row = (item: ChecklistItem) => {
    const mark = marks[item.id] ?? { status: null, copyKind: 'original' as const };
    const name = idOf(`tally-${item.id}`);
    const choices: TallyChoice[] = item.required ? ['present', 'missing'] : ['present', 'missing', 'not-applicable'];
    const undecided = mark.status === null && error !== undefined;
    return (
      <li key={item.id} className={undecided ? 'tally__item tally__item--undecided' : 'tally__item'}>
        <fieldset>
          <legend>
            <span className={item.required ? 'tag tag--required' : 'tag'}>{item.required ? t.required : t.conditional}</span> {item.document}
            {item.originals + item.copies > 0 ? <span className="muted"> ({t.quantity(item.originals, item.copies)})</span> : null}
          </legend>
          <div className="tally__choices">
            {choices.map((choice) => (
              <label key={choice} className="option option--inline">
                <input type="radio" name={name} value={choice} checked={mark.status === choice} onChange={() => onMark(item.id, choice, mark.copyKind)} />
                <span>{t.tallyChoices[choice]}</span>
              </label>
            ))}
          </div>
          {mark.status === 'present' ? (
            <div className="field tally__copy">
              <label htmlFor={`${name}-copy`}>{t.copyKind}</label>
              <select id={`${name}-copy`} value={mark.copyKind} onChange={(event) => onMark(item.id, 'present', COPY_KINDS.find((k) => k === event.target.value) ?? 'original')}>
                {COPY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t.copyKinds[kind]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
      </li>
    );
  };

  return (
    <fieldset className="section" id={tallyId} tabIndex={-1} aria-describedby={error === undefined ? `${tallyId}-intro` : `${tallyId}-intro ${tallyId}-error`}>
      <legend>{t.tallySection}</legend>
      <p className="field__hint" id={`${tallyId}-intro`}>
        {t.tallyIntro}
      </p>
      {error === undefined ? null : (
        <p className="field__error" id={`${tallyId}-error`}>
          {error}
        </p>
      )}
      <ol className="tally">{required.map(row)}</ol>
      {conditional.length === 0 ? null : (
        <details className="tally__conditional" open={showConditional ?? conditionalMarked > 0} onToggle={(event) => setShowConditional(event.currentTarget.open)}>
          <summary>{t.conditionalItems(conditional.length, conditionalMarked)}</summary>
          <ol className="tally">{conditional.map(row)}</ol>
        </details>
      )}
      {notes.length === 0 ? null : (
        <details className="tally__notes">
          <summary>{t.notes(notes.length)}</summary>
          <ul>
            {notes.map((item) => (
              <li key={item.id}>{item.document}</li>
            ))}
          </ul>
        </details>
      )}
      {missing.length === 0 ? null : <p className="note">{t.willBeRefused(missing.map((m) => m.document).join('; '))}</p>}
    </fieldset>
  );
}
