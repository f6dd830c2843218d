/** An optional photo at handover, from the phone's back camera or its pictures, made small before use. */
import { useState } from 'react';
import { downscalePhoto } from './photo.js';
import type { PostalTexts } from './text.js';

export function PhotoField({ id, t, value, onChange }: { id: string; t: PostalTexts; value: string | null; onChange: (value: string | null) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function chosen(file: File | undefined): Promise<void> {
    if (file === undefined) return;
    setBusy(true);
    setProblem(null);
    try {
      onChange(await downscalePhoto(file));
    } catch {
      setProblem(t.photoFailed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t.photo}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t.photoHint}
      </p>
      <input
        id={id}
        type="file"
        accept="image/*"
        capture="environment"
        aria-describedby={`${id}-hint`}
        aria-busy={busy}
        onChange={(event) => {
          void chosen(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {problem === null ? null : (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {value === null ? null : (
        <div className="photo">
          <img src={value} alt={t.photoPreview} className="photo__preview" />
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t.photoRemove}
          </button>
        </div>
      )}
    </div>
  );
}
