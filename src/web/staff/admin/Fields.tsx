/**
 * Labelled fields with their hint and error, wired for screen readers: the error is announced
 * with the field (aria-describedby) and the field is marked invalid. Ids come from useId, so a
 * screen can hold several forms.
 */
import { type ReactNode, useId } from 'react';

interface Described {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

function useDescribed(props: Described) {
  const id = useId();
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  const errorId = props.error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter((x) => x !== undefined).join(' ');
  return {
    id,
    control: { id, 'aria-invalid': props.error === undefined ? undefined : true, 'aria-describedby': describedBy === '' ? undefined : describedBy },
    after: (
      <>
        {props.hint === undefined ? null : (
          <p className="field__hint" id={hintId}>
            {props.hint}
          </p>
        )}
        {props.error === undefined ? null : (
          <p className="field__error" id={errorId}>
            {props.error}
          </p>
        )}
      </>
    ),
  };
}

type InputType = 'text' | 'date' | 'number' | 'url' | 'email' | 'tel' | 'password' | 'search';

export function TextField(
  props: Described & {
    value: string;
    onChange: (value: string) => void;
    type?: InputType;
    required?: boolean;
    autoComplete?: string;
    inputMode?: 'numeric' | 'text' | 'decimal';
    name?: string;
    min?: string;
    max?: string;
  },
) {
  const { id, control, after } = useDescribed(props);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        {...control}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        min={props.min}
        max={props.max}
        spellCheck={false}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {after}
    </div>
  );
}

export function TextAreaField(props: Described & { value: string; onChange: (value: string) => void; rows?: number; required?: boolean }) {
  const { id, control, after } = useDescribed(props);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea {...control} rows={props.rows ?? 3} value={props.value} required={props.required} onChange={(event) => props.onChange(event.target.value)} />
      {after}
    </div>
  );
}

export function SelectField<T extends string>(
  props: Described & { value: T | ''; onChange: (value: T) => void; options: ReadonlyArray<{ value: T; label: string }>; placeholder?: string; required?: boolean },
) {
  const { id, control, after } = useDescribed(props);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        {...control}
        value={props.value}
        required={props.required}
        onChange={(event) => {
          const chosen = props.options.find((o) => o.value === event.target.value);
          if (chosen !== undefined) props.onChange(chosen.value);
        }}
      >
        {props.placeholder === undefined ? null : (
          <option value="" disabled>
            {props.placeholder}
          </option>
        )}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}

export function CheckboxField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="admin-check">
      <input id={id} type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} aria-describedby={props.hint === undefined ? undefined : `${id}-hint`} />
      <label htmlFor={id}>{props.label}</label>
      {props.hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A group of choices (radios or checkboxes) under one legend, with its error. */
export function ChoiceGroup(props: { legend: string; error?: string | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className="admin-fieldset" aria-describedby={props.error === undefined ? undefined : `${id}-error`}>
      <legend>{props.legend}</legend>
      {props.children}
      {props.error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
