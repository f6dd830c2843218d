/**
 * The tariff tables with their validity, newest first, each with its prices (the public page's
 * own table view), and the way to publish a new version.
 */
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDate } from '../../format.js';
import { Link } from '../../router.js';
import { TariffTableView } from '../../pages/tariffs/TariffTableView.js';
import { timingOf } from '../../pages/tariffs/tariff-view.js';
import { fetchTariffTables } from '../../pages/tariffs/tariffs-api.js';
import '../../pages/catalog.css';
import { Loaded, Screen } from './Screen.js';
import { newTariffPath } from './routes.js';
import { text } from './text.js';
import { vietnamToday } from './today.js';
import { useLoad } from '../../use-load.js';

export function TariffsScreen() {
  const t = useTexts(text).tariffs;
  const language = useLanguage();
  const { state: tables } = useLoad(fetchTariffTables, 'tariffs');
  const today = vietnamToday();
  const date = (value: string) => formatDate(value, language);
  return (
    <Screen title={t.title} intro={t.intro}>
      <p>
        <Link to={newTariffPath()} className="button">
          {t.newVersion}
        </Link>
      </p>
      <Loaded resource={tables}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ul className="admin-list">
              {[...list]
                .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))
                .map((table) => {
                  const timing = timingOf(table, today);
                  return (
                    <li key={table.id} className="admin-list__item">
                      <p className="admin-list__title">
                        {language === 'vi' ? table.nameVi : table.nameEn} <span className={timing === 'in-force' ? 'admin-tag admin-tag--on' : 'admin-tag'}>{t.timing[timing]}</span>
                        {table.isSample ? <span className="admin-tag admin-tag--warn">{t.sample}</span> : null}
                      </p>
                      <p className="small muted">
                        {table.id} · {t.validity(date(table.validFrom), table.validTo === null ? null : date(table.validTo))}
                      </p>
                      <details className="admin-details">
                        <summary>{t.prices}</summary>
                        <TariffTableView table={table} headingLevel="h4" />
                      </details>
                    </li>
                  );
                })}
            </ul>
          )
        }
      </Loaded>
    </Screen>
  );
}
