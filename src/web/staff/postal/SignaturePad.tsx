/**
 * A signature drawn on the screen with a finger, a stylus or a mouse (pointer events), kept as
 * a PNG data URL, the form the API stores. The canvas has a fixed drawing size whatever the
 * screen's density, so a signature stays a few kilobytes; CSS scales it to the width available.
 * Touching the pad does not scroll the page (touch-action: none).
 */
import { type PointerEvent, useEffect, useRef } from 'react';

const WIDTH = 600;
const HEIGHT = 220;

export interface SignaturePadProps {
  id: string;
  label: string;
  hint: string;
  clearLabel: string;
  doneLabel: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error: string | undefined;
}

export function SignaturePad({ id, label, hint, clearLabel, doneLabel, value, onChange, error }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  /** The last value this pad produced: only a value from elsewhere (a draft, a write being corrected) is redrawn. */
  const emitted = useRef<string | null>(null);

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    const context = canvas.current?.getContext('2d');
    if (context === null || context === undefined) return;
    context.clearRect(0, 0, WIDTH, HEIGHT);
    if (value === null) return;
    const image = new Image();
    image.onload = () => context.drawImage(image, 0, 0, WIDTH, HEIGHT);
    image.src = value;
  }, [value]);

  function point(event: PointerEvent<HTMLCanvasElement>): { x: number; y: number } {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * WIDTH, y: ((event.clientY - box.top) / box.height) * HEIGHT };
  }

  function start(event: PointerEvent<HTMLCanvasElement>): void {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = point(event);
    const context = event.currentTarget.getContext('2d');
    if (context === null) return;
    const { x, y } = drawing.current;
    context.fillStyle = '#102a43';
    context.beginPath();
    context.arc(x, y, 1.6, 0, Math.PI * 2);
    context.fill();
  }

  function move(event: PointerEvent<HTMLCanvasElement>): void {
    const from = drawing.current;
    if (from === null) return;
    const to = point(event);
    const context = event.currentTarget.getContext('2d');
    if (context === null) return;
    context.strokeStyle = '#102a43';
    context.lineWidth = 3.2;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    drawing.current = to;
  }

  function finish(event: PointerEvent<HTMLCanvasElement>): void {
    if (drawing.current === null) return;
    drawing.current = null;
    const png = event.currentTarget.toDataURL('image/png');
    emitted.current = png;
    onChange(png);
  }

  function clear(): void {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    emitted.current = null;
    onChange(null);
  }

  const described = [`${id}-hint`, error === undefined ? null : `${id}-error`].filter((v) => v !== null).join(' ');
  return (
    <div className="field signature">
      <span className="signature__label" id={`${id}-label`}>
        {label}
        {value === null ? null : <span className="signature__done"> · {doneLabel}</span>}
      </span>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <canvas
        ref={canvas}
        id={id}
        className="signature__pad"
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-label`}
        aria-describedby={described}
        aria-invalid={error === undefined ? undefined : true}
        tabIndex={-1}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={finish}
        onPointerCancel={finish}
      />
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div>
        <button type="button" className="button button--secondary" onClick={clear} disabled={value === null}>
          {clearLabel}
        </button>
      </div>
    </div>
  );
}
