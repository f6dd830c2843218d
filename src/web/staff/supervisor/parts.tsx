/** Small pieces every supervisor screen uses: loading and failure states, the status line, a fact. */
import type { ReactNode } from 'react';
import type { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { text } from './text.js';
import type { Loaded } from '../../use-load.js';

export function Loading() {
  const t = useTexts(text);
  return (
    <p role="status" className="muted">
      {t.loading}
    </p>
  );
}

/** The server's reason, and a way to ask again. */
export function LoadFailed({ problem, onRetry }: { problem: ApiProblem; onRetry: () => void }) {
  const t = useTexts(text);
  return (
    <div className="sv-failed">
      <ProblemAlert problem={problem} />
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

/** Renders a loaded answer, or its loading or failure state. */
export function Show<T>({ loaded, onRetry, children }: { loaded: Loaded<T>; onRetry: () => void; children: (value: T) => ReactNode }) {
  switch (loaded.kind) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <LoadFailed problem={loaded.problem} onRetry={onRetry} />;
    case 'ready':
      return <>{children(loaded.value)}</>;
    default: {
      const exhaustive: never = loaded;
      return exhaustive;
    }
  }
}

/** What an action did, announced politely; stays in the page while empty so it is announced when filled. */
export function StatusLine({ message }: { message: string | null }) {
  return (
    <p role="status" className={message === null ? 'sv-status sv-status--empty' : 'sv-status'}>
      {message}
    </p>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="sv-empty">{children}</p>;
}
