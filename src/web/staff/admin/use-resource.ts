/**
 * Loading what a screen shows: loading, ready or failed, cancelled when the screen goes away or
 * asks for something else, and reloaded on demand after a change, so the screen shows what the
 * server holds rather than what it guessed. While reloading the same thing, the last answer
 * stays on screen (no flicker); asking for something else shows "loading" at once, never the
 * previous answer under a new heading.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';

export type Resource<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; problem: ApiProblem };

/** `key` names what `load` loads: a new key loads again, the same key only on `reload()`. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): [Resource<T>, () => void] {
  const [state, setState] = useState<{ key: string; resource: Resource<T> }>({ key, resource: { kind: 'loading' } });
  const [version, setVersion] = useState(0);
  // The latest function, without making every render a new load.
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.key === key && previous.resource.kind === 'ready' ? previous : { key, resource: { kind: 'loading' } }));
    loadRef.current(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setState({ key, resource: { kind: 'ready', value } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem) setState({ key, resource: { kind: 'failed', problem: error } });
        else throw error;
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [state.key === key ? state.resource : { kind: 'loading' }, reload];
}
