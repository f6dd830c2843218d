/**
 * Finding a procedure to administer: the public search (accent-insensitive, by name or code)
 * with a filter on postal service. The query lives in the address (?q=…&buu-dien=co), so the
 * way back from a procedure returns to the same list.
 */
import { type FormEvent, useState } from 'react';
import { useTexts } from '../../i18n/local.js';
import { Link, navigate, useSearch } from '../../router.js';
import { SelectField, TextField } from './Fields.js';
import { Loaded, Screen } from './Screen.js';
import { PAGE_SIZE, type ProcedureQuery, searchProcedures } from './procedures-api.js';
import { procedureAdminPath, sectionPath } from './routes.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

type ByPost = 'all' | 'yes' | 'no';

function queryFrom(search: string): ProcedureQuery {
  const params = new URLSearchParams(search);
  const byPost = params.get('buu-dien');
  return { q: params.get('q') ?? '', byPost: byPost === 'co' ? true : byPost === 'khong' ? false : null };
}

function searchFor(query: ProcedureQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  if (query.byPost !== null) params.set('buu-dien', query.byPost ? 'co' : 'khong');
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function ProceduresScreen() {
  const t = useTexts(text).procedures;
  const query = queryFrom(useSearch());
  const [q, setQ] = useState(query.q);
  const [byPost, setByPost] = useState<ByPost>(query.byPost === null ? 'all' : query.byPost ? 'yes' : 'no');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const key = `${searchFor(query)}|${limit}`;
  const { state: result } = useLoad((signal) => searchProcedures(query, limit, signal), key);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setLimit(PAGE_SIZE);
    navigate(`${sectionPath('procedures')}${searchFor({ q, byPost: byPost === 'all' ? null : byPost === 'yes' })}`, { replace: true, keepScroll: true });
  }

  return (
    <Screen title={t.title} intro={t.intro}>
      <form className="form admin-search" role="search" onSubmit={submit}>
        <TextField label={t.searchLabel} hint={t.searchHint} type="search" value={q} onChange={setQ} name="q" />
        <SelectField<ByPost>
          label={t.byPostLabel}
          value={byPost}
          onChange={setByPost}
          options={[
            { value: 'all', label: t.byPostAll },
            { value: 'yes', label: t.byPostYes },
            { value: 'no', label: t.byPostNo },
          ]}
        />
        <button type="submit" className="button">
          {t.search}
        </button>
      </form>
      <Loaded resource={result}>
        {(found) =>
          found.total === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <>
              <p role="status" className="muted">
                {t.count(found.items.length, found.total)}
              </p>
              <ul className="admin-list">
                {found.items.map((p) => (
                  <li key={p.code} className="admin-list__item">
                    {/* Names and fields are the national catalogue's, in Vietnamese whatever the page's language. */}
                    <Link to={procedureAdminPath(p.code)} className="admin-list__title" lang="vi">
                      {p.name}
                    </Link>
                    <p className="small muted">
                      {p.code} · <span lang="vi">{p.field}</span> · <span className={p.byPost ? 'admin-tag admin-tag--on' : 'admin-tag'}>{p.byPost ? t.byPost : t.notByPost}</span>
                    </p>
                  </li>
                ))}
              </ul>
              {found.items.length < found.total ? (
                <button type="button" className="button button--secondary" onClick={() => setLimit((n) => Math.min(n + PAGE_SIZE, 100))} disabled={limit >= 100}>
                  {t.more}
                </button>
              ) : null}
            </>
          )
        }
      </Loaded>
    </Screen>
  );
}
