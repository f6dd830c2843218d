/**
 * The item number of the label stuck on the envelope: typed, read by a barcode scanner acting
 * as a keyboard (fast keystrokes, then Enter: the field belongs to the form, so Enter submits
 * it), or read with the camera where the browser can do it — and where it cannot, the screen
 * says so rather than offering a button that does nothing. The number is checked as S10 (check
 * digit included) when the field is left, and shown back in its canonical form.
 */
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../i18n/language.js';
import { type BarcodeReader, barcodeReader, itemNumberIn } from './barcode.js';
import { checkItemNumber } from './intake-form.js';
import type { PostalTexts } from './text.js';

export interface ItemNumberFieldProps {
  id: string;
  t: PostalTexts;
  language: Language;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  onError: (message: string | undefined) => void;
}

export function ItemNumberField({ id, t, language, value, onChange, error, onError }: ItemNumberFieldProps) {
  const [reader, setReader] = useState<BarcodeReader | null | 'unknown'>('unknown');
  const [scanning, setScanning] = useState(false);
  const [cameraProblem, setCameraProblem] = useState<string | null>(null);
  const [read, setRead] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  // The camera loop reads the latest callbacks without restarting the camera on each render.
  const callbacks = useRef({ onChange, onError });
  callbacks.current = { onChange, onError };

  useEffect(() => {
    let live = true;
    void barcodeReader().then((found) => {
      if (live) setReader(found);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!scanning || reader === null || reader === 'unknown') return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    const look = async (): Promise<void> => {
      const element = video.current;
      if (stopped || element === null) return;
      try {
        const found = await reader.detect(element);
        for (const code of found) {
          const number = itemNumberIn(code.rawValue);
          const checked = checkItemNumber(number, language);
          if (checked.ok && checked.value !== null) {
            callbacks.current.onChange(checked.value);
            callbacks.current.onError(undefined);
            setRead(checked.value);
            setScanning(false);
            return;
          }
        }
      } catch {
        // A frame that could not be read: try the next one.
      }
      timer = window.setTimeout(() => void look(), 250);
    };
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(
      async (opened) => {
        stream = opened;
        if (stopped || video.current === null) return stop();
        video.current.srcObject = opened;
        await video.current.play();
        void look();
      },
      () => {
        setCameraProblem(t.cameraFailed);
        setScanning(false);
      },
    );
    return stop;
  }, [scanning, reader, language, t.cameraFailed]);

  function leave(): void {
    const checked = checkItemNumber(value, language);
    if (!checked.ok) onError(checked.message);
    else {
      onError(undefined);
      if (checked.value !== null && checked.value !== value) onChange(checked.value);
    }
  }

  const described = [`${id}-hint`, error === undefined ? null : `${id}-error`].filter((v) => v !== null).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t.itemNumberLabel}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t.itemNumberHint}
      </p>
      <input
        id={id}
        className="item-number"
        value={value}
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={20}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={described}
        onChange={(event) => {
          onChange(event.target.value);
          setRead(null);
        }}
        onBlur={leave}
      />
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {read === null ? null : (
        <p className="field__hint" role="status">
          {t.itemNumberRead(read)}
        </p>
      )}
      {reader === null ? <p className="field__hint">{t.cameraUnavailable}</p> : null}
      {reader !== null && reader !== 'unknown' ? (
        <div className="camera">
          <button type="button" className="button button--secondary" onClick={() => setScanning((on) => !on)}>
            {scanning ? t.cameraStop : t.scanWithCamera}
          </button>
          {scanning ? <video ref={video} className="camera__view" muted playsInline aria-label={t.cameraLabel} /> : null}
          {cameraProblem === null ? null : <p className="field__error">{cameraProblem}</p>}
        </div>
      ) : null}
    </div>
  );
}
