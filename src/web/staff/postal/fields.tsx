/** Small form pieces the postal screens share: a labelled text field with its hint and error, and a money line. */
import type { ReactNode } from 'react';
import { dong, formatDong } from '../../../domain/money/index.js';

export function described(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error === undefined ? null : `${id}-error`].filter((v) => v !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error === undefined ? null : (
    <p className="field__error" id={`${id}-error`}>
      {error}
    </p>
  );
}

export interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  autoComplete?: string;
  type?: 'text' | 'email' | 'tel';
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  readOnly?: boolean;
}

export function TextField({ id, label, hint, value, onChange, error, autoComplete, type, inputMode, readOnly }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type ?? 'text'}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        value={value}
        readOnly={readOnly}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={described(id, hint !== undefined, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function Money({ amount }: { amount: number }): ReactNode {
  return <span className="money">{formatDong(dong(amount))}</span>;
}

export const money = (amount: number): string => formatDong(dong(amount));
