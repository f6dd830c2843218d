/**
 * The frame of every administration screen: the way back to the front page, the one heading
 * (focused by the app after a navigation), the page title, and an optional introduction.
 */
import type { ReactNode } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, staffPath } from '../../router.js';
import { text } from './text.js';
import type { Loaded as Resource } from '../../use-load.js';

/** `back`: false on the front page itself, which has nowhere to go back to. */
export function Screen({ title, intro, back = true, children }: { title: string; intro?: string; back?: boolean; children: ReactNode }) {
  const t = useTexts(text).common;
  usePageTitle(title);
  return (
    <div className="admin">
      {back ? (
        <p className="admin__back">
          <Link to={staffPath()}>{t.back}</Link>
        </p>
      ) : null}
      <h1 tabIndex={-1}>{title}</h1>
      {intro === undefined ? null : <p className="admin__intro">{intro}</p>}
      {children}
    </div>
  );
}

/** What a loaded resource shows: "loading", the server's refusal, or the content. */
export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (value: T) => ReactNode }) {
  const t = useTexts(text).common;
  switch (resource.kind) {
    case 'loading':
      return (
        <p role="status" className="muted">
          {t.loading}
        </p>
      );
    case 'failed':
      return <ProblemAlert problem={resource.problem} />;
    case 'ready':
      return <>{children(resource.value)}</>;
    default: {
      const exhaustive: never = resource;
      return exhaustive;
    }
  }
}

/** A short confirmation after a change, announced politely; empty while there is none. */
export function Done({ message }: { message: string | null }) {
  return (
    <p role="status" className={message === null ? 'admin-done admin-done--empty' : 'admin-done'}>
      {message}
    </p>
  );
}

/** A key or secret shown once, to copy now. */
export function ShownOnce({ label, value, onDismiss }: { label: string; value: string; onDismiss: () => void }) {
  const t = useTexts(text).common;
  return (
    <div className="admin-secret" role="region" aria-label={label}>
      <p>
        <strong>{label}</strong>
      </p>
      <p className="admin-secret__value">
        <code>{value}</code>
      </p>
      <p className="small">{t.shownOnce}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t.storedIt}
      </button>
    </div>
  );
}
