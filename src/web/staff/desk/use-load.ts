/**
 * Loading one answer for a screen: a state to switch on (loading, ready, failed), a reload after
 * a write, and the request cancelled when the screen goes away or its key changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';

export type Load<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; problem: ApiProblem };

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): { state: Load<T>; reload: () => void } {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  // `load` is a new function on each render; the key says when it asks for something else.
  const latest = useRef(load);
  latest.current = load;
  const shownKey = useRef(key);

  useEffect(() => {
    // Another record: show "loading" rather than the last one. A reload keeps the page in view.
    if (shownKey.current !== key) {
      shownKey.current = key;
      setState({ kind: 'loading' });
    }
    const controller = new AbortController();
    latest.current(controller.signal).then(
      (value) => setState({ kind: 'ready', value }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem) setState({ kind: 'failed', problem: error });
        else throw error;
      },
    );
    return () => controller.abort();
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}

/** Asks before an irreversible step, in the page's language (the message comes from text.ts). */
export function confirmed(message: string): boolean {
  return window.confirm(message);
}

/** The server's field errors by field name ("applicant.phone"), to show beside the fields. */
export function serverFieldErrors(problem: ApiProblem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of problem.errors) if (out[field.name] === undefined) out[field.name] = field.message;
  return out;
}
