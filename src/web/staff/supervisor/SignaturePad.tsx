/**
 * The sender's signature on a handover record, drawn with a mouse, pen or finger on a canvas and
 * sent as a PNG data URL. Drawing needs a pointer, so a keyboard user signs with their name,
 * written into the same box: the record then carries a visible signature either way.
 */
import { type PointerEvent, useEffect, useId, useRef } from 'react';
import { useTexts } from '../../i18n/local.js';
import { text } from './text.js';

const WIDTH = 600;
const HEIGHT = 180;

export function SignaturePad({ signerName, signed, onChange, error }: { signerName: string; signed: boolean; onChange: (dataUrl: string | null) => void; error: string | null }) {
  const t = useTexts(text);
  const ids = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useEffect(() => {
    // A signature cleared from the outside (after a record is sent) clears the box too.
    if (!signed) clear(false);
  }, [signed]);

  function context(): CanvasRenderingContext2D | null {
    const context = canvasRef.current?.getContext('2d') ?? null;
    if (context !== null) {
      context.lineWidth = 3;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#0a3d6b';
      context.fillStyle = '#0a3d6b';
    }
    return context;
  }

  /** The pointer's place in the canvas's own pixels, whatever size CSS draws it at. */
  function point(event: PointerEvent<HTMLCanvasElement>): { x: number; y: number } {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * WIDTH, y: ((event.clientY - box.top) / box.height) * HEIGHT };
  }

  function finish(): void {
    if (drawn.current) onChange(canvasRef.current?.toDataURL('image/png') ?? null);
  }

  function clear(notify: boolean): void {
    context()?.clearRect(0, 0, WIDTH, HEIGHT);
    drawn.current = false;
    if (notify) onChange(null);
  }

  function start(event: PointerEvent<HTMLCanvasElement>): void {
    const c = context();
    if (c === null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    c.beginPath();
    c.moveTo(x, y);
    // A tap leaves a dot, like a pen would.
    c.arc(x, y, 1.5, 0, Math.PI * 2);
    c.fill();
    c.beginPath();
    c.moveTo(x, y);
    drawn.current = true;
  }

  function move(event: PointerEvent<HTMLCanvasElement>): void {
    if (!drawing.current) return;
    const c = context();
    if (c === null) return;
    const { x, y } = point(event);
    c.lineTo(x, y);
    c.stroke();
  }

  function stop(): void {
    if (!drawing.current) return;
    drawing.current = false;
    finish();
  }

  function signWithName(): void {
    const c = context();
    if (c === null) return;
    c.clearRect(0, 0, WIDTH, HEIGHT);
    c.font = 'italic 48px "Segoe Script", "Brush Script MT", cursive, serif';
    c.textBaseline = 'middle';
    c.fillText(signerName, 24, HEIGHT / 2, WIDTH - 48);
    drawn.current = true;
    finish();
  }

  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  return (
    <div className="sv-signature">
      <canvas
        ref={canvasRef}
        className={error === null ? 'sv-signature__pad' : 'sv-signature__pad sv-signature__pad--invalid'}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t.signature.label}
        aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={stop}
        onPointerCancel={stop}
      />
      <p className="field__hint" id={hintId}>
        {signed ? t.signature.signed : t.signature.hint}
      </p>
      {error === null ? null : (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="sv-actions">
        <button type="button" className="button button--secondary" onClick={signWithName}>
          {t.signature.byName}
        </button>
        <button type="button" className="button button--secondary" onClick={() => clear(true)}>
          {t.signature.clear}
        </button>
      </div>
    </div>
  );
}
