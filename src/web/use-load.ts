/**
 * Loading one answer for a screen, for every workspace. A reload keeps what is shown until the new answer arrives:
 * after an action the list refreshes in place, without a "loading" flash that would lose the
 * reader's place. A new `key` (another day, another filter) is another question: until its
 * answer arrives the screen says it is loading rather than show the previous answer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from './api.js';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; problem: ApiProblem };

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): { state: Loaded<T>; reload: () => void } {
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  const [round, setRound] = useState(0);
  // The latest loader, so a new render's closure does not restart the request by itself.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setAnswer({ key, loaded: { kind: 'ready', value } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiProblem)) throw error;
        setAnswer({ key, loaded: { kind: 'failed', problem: error } });
      },
    );
    return () => controller.abort();
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state: answer !== null && answer.key === key ? answer.loaded : { kind: 'loading' }, reload };
}
