/**
 * The audit log, newest first: what was done, by whom (the administrator's own entries say
 * so), on what, and whether it was allowed; older entries are added below on demand.
 */
import { useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import type { StaffSession } from '../../session.js';
import { Loaded, Screen } from './Screen.js';
import { AUDIT_PAGE_SIZE, type AuditEntry, fetchAudit } from './audit-api.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function Entry({ entry, selfId }: { entry: AuditEntry; selfId: string }) {
  const t = useTexts(text);
  const language = useLanguage();
  const a = t.audit;
  const actor = entry.actorId === selfId ? `${a.actorTypes[entry.actorType] ?? entry.actorType} ${t.accounts.you}` : `${a.actorTypes[entry.actorType] ?? entry.actorType}${entry.actorId === null ? '' : ` ${entry.actorId.slice(0, 8)}`}`;
  return (
    <li className="admin-list__item admin-audit">
      <p className="admin-list__title">
        {a.actions[entry.action] ?? entry.action}{' '}
        <span className={entry.outcome === 'success' ? 'admin-tag admin-tag--on' : 'admin-tag admin-tag--warn'}>{a.outcomes[entry.outcome] ?? entry.outcome}</span>
        {entry.personalData ? <span className="admin-tag">{a.personal}</span> : null}
      </p>
      <p className="small muted">
        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> · {actor}
        {entry.subjectType === null ? null : (
          <>
            {' '}
            · {entry.subjectType} <span className="admin-break">{entry.subjectId ?? ''}</span>
          </>
        )}{' '}
        · <code>{entry.action}</code>
      </p>
    </li>
  );
}

function Log({ first, selfId }: { first: AuditEntry[]; selfId: string }) {
  const t = useTexts(text);
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [end, setEnd] = useState(first.length < AUDIT_PAGE_SIZE);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const entries = [...first, ...older];

  async function more(): Promise<void> {
    const last = entries.at(-1);
    if (last === undefined || loading) return;
    setLoading(true);
    setProblem(null);
    try {
      const page = await fetchAudit(last.id);
      setOlder((list) => [...list, ...page]);
      if (page.length < AUDIT_PAGE_SIZE) setEnd(true);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
    } finally {
      setLoading(false);
    }
  }

  if (entries.length === 0) return <p className="muted">{t.audit.none}</p>;
  return (
    <>
      <ol className="admin-list">
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} selfId={selfId} />
        ))}
      </ol>
      <ProblemAlert problem={problem} />
      {end ? (
        <p className="small muted">{t.audit.end}</p>
      ) : (
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void more()}>
          {loading ? t.common.loading : t.audit.older}
        </button>
      )}
    </>
  );
}

export function AuditScreen({ session }: { session: StaffSession }) {
  const t = useTexts(text);
  const { state: first, reload: reload } = useLoad((signal) => fetchAudit(null, signal), 'audit');
  return (
    <Screen title={t.audit.title} intro={t.audit.intro}>
      <p>
        <button type="button" className="button button--secondary" onClick={reload}>
          {t.common.reload}
        </button>
      </p>
      <Loaded resource={first}>{(entries) => <Log key={entries[0]?.id ?? 0} first={entries} selfId={session.account.id} />}</Loaded>
    </Screen>
  );
}
