/**
 * The log of notices sent to citizens, newest first, filtered by status and channel, a page at a
 * time ("show more" asks for the notices before the last one shown). Recipients arrive masked.
 */
import { type FormEvent, useId, useState } from 'react';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { type Notice, type NoticeFilter, type NoticePage, notices } from './exchange-api.js';
import { Empty, Fact, Show } from './parts.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { labelOf } from './work-lists.js';

const NO_FILTER: NoticeFilter = { status: '', channel: '' };

function NoticeCard({ notice }: { notice: Notice }) {
  const t = useTexts(text);
  const language = useLanguage();
  return (
    <li className={notice.status === 'failed' ? 'sv-card sv-card--late' : 'sv-card'}>
      <h2 className="sv-card__title">{labelOf(t.notices.kinds, notice.kind)}</h2>
      <dl className="sv-facts">
        <Fact label={t.notices.status}>{labelOf(t.notices.statuses, notice.status)}</Fact>
        <Fact label={t.notices.channel}>{labelOf(t.notices.channels, notice.channel)}</Fact>
        <Fact label={t.notices.recipient}>{notice.recipient ?? t.notices.noRecipient}</Fact>
        {notice.reference === null ? null : <Fact label={t.notices.reference}>{notice.reference}</Fact>}
        <Fact label={t.notices.createdAt}>{formatDateTime(notice.createdAt, language)}</Fact>
        {notice.sentAt === null ? null : <Fact label={t.notices.sentAt}>{formatDateTime(notice.sentAt, language)}</Fact>}
        <Fact label={t.notices.attempts}>{notice.attempts}</Fact>
        {notice.lastError === null ? null : (
          <Fact label={t.notices.lastError}>
            <code className="sv-code">{notice.lastError}</code>
          </Fact>
        )}
      </dl>
    </li>
  );
}

function NoticeList({ first, filter }: { first: NoticePage; filter: NoticeFilter }) {
  const t = useTexts(text);
  const [more, setMore] = useState<NoticePage[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const pages = [first, ...more];
  const next = pages.at(-1)?.nextBefore ?? null;
  const items = pages.flatMap((p) => p.items);

  async function loadMore(before: number): Promise<void> {
    setLoading(true);
    setProblem(null);
    try {
      const page = await notices(filter, before);
      setMore((previous) => [...previous, page]);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
    } finally {
      setLoading(false);
    }
  }

  if (items.length === 0) return <Empty>{t.notices.empty}</Empty>;
  return (
    <>
      <ul className="sv-cards">
        {items.map((notice) => (
          <NoticeCard key={notice.id} notice={notice} />
        ))}
      </ul>
      <ProblemAlert problem={problem} />
      {next === null ? null : (
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void loadMore(next)}>
          {loading ? t.loading : t.notices.more}
        </button>
      )}
    </>
  );
}

export function NoticesPage() {
  const t = useTexts(text);
  usePageTitle(t.notices.title);
  const ids = useId();
  const [draft, setDraft] = useState<NoticeFilter>(NO_FILTER);
  const [filter, setFilter] = useState<NoticeFilter>(NO_FILTER);
  const key = `${filter.status}|${filter.channel}`;
  const first = useLoad((signal) => notices(filter, null, signal), key);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFilter(draft);
  }

  const statusId = `${ids}-status`;
  const channelId = `${ids}-channel`;
  return (
    <>
      <h1 tabIndex={-1}>{t.notices.title}</h1>
      <p>{t.notices.intro}</p>
      <form className="sv-inline-form sv-filters" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={statusId}>{t.notices.status}</label>
          <select id={statusId} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
            <option value="">{t.notices.all}</option>
            {Object.entries(t.notices.statuses).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={channelId}>{t.notices.channel}</label>
          <select id={channelId} value={draft.channel} onChange={(event) => setDraft({ ...draft, channel: event.target.value })}>
            <option value="">{t.notices.all}</option>
            {Object.entries(t.notices.channels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t.notices.filter}
        </button>
      </form>
      <Show loaded={first.state} onRetry={first.reload}>
        {(page) => <NoticeList key={key} first={page} filter={filter} />}
      </Show>
    </>
  );
}
