/** Dossiers still on the way to the desk after their transit limit J+n, the latest first. */
import { formatDate, formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { overdueItems } from './deliveries-api.js';
import { Empty, Fact, Show } from './parts.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';
import { custodyStateLabel } from './work-lists.js';

export function OverduePage() {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.overdue.title);
  const overdue = useLoad(overdueItems, 'overdue');
  return (
    <>
      <h1 tabIndex={-1}>{t.overdue.title}</h1>
      <p>{t.overdue.intro}</p>
      <Show loaded={overdue.state} onRetry={overdue.reload}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t.overdue.empty}</Empty>
          ) : (
            <ul className="sv-cards">
              {items.map((item) => (
                <li key={item.itemNumber} className="sv-card sv-card--late">
                  <h2 className="sv-card__title">
                    {item.itemNumber} <span className="sv-badge">{t.overdue.daysLate(item.daysLate)}</span>
                  </h2>
                  <dl className="sv-facts">
                    <Fact label={t.overdue.state}>{custodyStateLabel(item.state, language)}</Fact>
                    <Fact label={t.overdue.dueOn}>{formatDate(item.transitDueOn, language)}</Fact>
                    <Fact label={t.overdue.takenInAt}>{formatDateTime(item.takenInAt, language)}</Fact>
                  </dl>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </>
  );
}
