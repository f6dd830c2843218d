/**
 * Administrative units in force on a chosen day (read-only: they come from the published
 * datasets), and the directory of organisations. There is no API to add or edit an
 * organisation yet, and the screen says so rather than offering a form that cannot work.
 */
import { useState } from 'react';
import { foldForSearch } from '../../../domain/text/fold.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { SelectField, TextField } from './Fields.js';
import { Loaded, Screen } from './Screen.js';
import { type Organisation, type Unit, fetchOrganisations, fetchUnits } from './directory-api.js';
import { text } from './text.js';
import { vietnamToday } from './today.js';
import { useLoad } from '../../use-load.js';

/** A long list on a phone: at most this many rows until the filter narrows it. */
const SHOWN = 200;

function UnitsPanel() {
  const t = useTexts(text).directory;
  const language = useLanguage();
  const [at, setAt] = useState<string>(vietnamToday());
  const [filter, setFilter] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(at);
  const { state: units } = useLoad((signal) => fetchUnits(at, signal), valid ? at : 'invalid');
  const folded = foldForSearch(filter.trim());
  const matches = (u: Unit) => folded === '' || foldForSearch(`${u.code} ${u.fullName} ${u.nameEn}`).includes(folded);
  return (
    <section aria-labelledby="admin-units">
      <h2 id="admin-units">{t.unitsTitle}</h2>
      <p>{t.unitsIntro}</p>
      <div className="admin-filters">
        <TextField label={t.at} type="date" value={at} onChange={setAt} />
        <TextField label={t.filter} type="search" value={filter} onChange={setFilter} />
      </div>
      {valid ? (
        <Loaded resource={units}>
          {(list) => {
            const shown = list.filter(matches);
            return (
              <>
                <p role="status" className="small muted">
                  {t.unitsCount(Math.min(shown.length, SHOWN), list.length)}
                </p>
                <div className="admin-table-wrap">
                  <table className="admin-table">
                    <thead>
                      <tr>
                        <th scope="col">{t.code}</th>
                        <th scope="col">{t.name}</th>
                        <th scope="col">{t.level}</th>
                        <th scope="col">{t.validity}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.slice(0, SHOWN).map((u) => (
                        <tr key={`${u.code}|${u.validFrom}`}>
                          <td>{u.code}</td>
                          <td>{language === 'vi' ? u.fullName : u.nameEn}</td>
                          <td>{t.levels[u.level] ?? String(u.level)}</td>
                          <td>{t.validFromTo(formatDate(u.validFrom, language), u.validTo === null ? null : formatDate(u.validTo, language))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            );
          }}
        </Loaded>
      ) : null}
    </section>
  );
}

function OrganisationsPanel() {
  const t = useTexts(text).directory;
  const language = useLanguage();
  const { state: organisations } = useLoad(fetchOrganisations, 'organisations');
  const [kind, setKind] = useState<string>('all');
  return (
    <section aria-labelledby="admin-organisations">
      <h2 id="admin-organisations">{t.organisationsTitle}</h2>
      <p className="note">{t.organisationsNote}</p>
      <Loaded resource={organisations}>
        {(list: Organisation[]) => {
          const kinds = [...new Set(list.map((o) => o.kind))];
          const shown = list.filter((o) => kind === 'all' || o.kind === kind);
          return (
            <>
              <SelectField<string> label={t.kind} value={kind} onChange={setKind} options={[{ value: 'all', label: t.allKinds }, ...kinds.map((k) => ({ value: k, label: t.kinds[k] ?? k }))]} />
              <div className="admin-table-wrap">
                <table className="admin-table">
                  <thead>
                    <tr>
                      <th scope="col">{t.code}</th>
                      <th scope="col">{t.name}</th>
                      <th scope="col">{t.kind}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((o) => (
                      <tr key={o.id}>
                        <td>{o.code}</td>
                        <td>
                          {language === 'vi' ? o.nameVi : o.nameEn}
                          {o.isDemo ? <span className="admin-tag"> {t.demo}</span> : null}
                        </td>
                        <td>{t.kinds[o.kind] ?? o.kind}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

export function DirectoryScreen() {
  const t = useTexts(text).directory;
  return (
    <Screen title={t.title}>
      <UnitsPanel />
      <OrganisationsPanel />
    </Screen>
  );
}
