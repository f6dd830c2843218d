/**
 * The workspace's form fields: a label, an optional hint, and the error beside the field,
 * announced through aria-describedby and marked aria-invalid, with the shared `.field` styles.
 */
import type { ReactNode } from 'react';

interface Common {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter((x): x is string => x !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

function Around({ id, label, error, hint, children }: Common & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'tel' | 'email' | 'date' | 'datetime-local' | 'search';
    multiline?: boolean;
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
    maxLength?: number;
  },
) {
  const { id, error, hint, value, onChange } = props;
  const shared = {
    id,
    value,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy(id, hint, error),
    maxLength: props.maxLength,
  };
  return (
    <Around {...props}>
      {props.multiline === true ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type={props.type ?? 'text'} autoComplete={props.autoComplete ?? 'off'} inputMode={props.inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
    </Around>
  );
}

export function SelectField(props: Common & { value: string; onChange: (value: string) => void; options: ReadonlyArray<{ value: string; label: string }> }) {
  const { id, error, hint, value, onChange, options } = props;
  return (
    <Around {...props}>
      <select id={id} value={value} aria-invalid={error === undefined ? undefined : true} aria-describedby={describedBy(id, hint, error)} onChange={(event) => onChange(event.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Around>
  );
}

/** A group of radio buttons with its legend; each choice is a 44 px target. */
export function RadioGroup<T extends string>(props: { name: string; legend: string; value: T | undefined; onChange: (value: T) => void; options: ReadonlyArray<{ value: T; label: string }>; error?: string | undefined; errorId?: string }) {
  const { name, legend, value, onChange, options, error } = props;
  const errorId = props.errorId ?? `${name}-error`;
  return (
    <fieldset className="desk-choices" aria-describedby={error === undefined ? undefined : errorId}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="desk-choice">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
      {error === undefined ? null : (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
