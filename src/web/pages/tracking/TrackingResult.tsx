/** The facts of a tracked dossier and its timeline, newest last, as the log recorded them. */
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDateTime } from '../../format.js';
import type { Tracking } from './decode.js';
import { text } from './text.js';

export function TrackingResult({ tracking }: { tracking: Tracking }) {
  const t = useTexts(text);
  const language = useLanguage();
  // The status is the banner above the facts; it is not repeated among them.
  const facts: [string, string][] = [];
  if (tracking.procedure !== null) facts.push([t.procedure, `${tracking.procedure.name} (${tracking.procedure.code})`]);
  if (tracking.agency !== null) facts.push([t.agency, tracking.agency.name]);
  if (tracking.dossierCode !== null) facts.push([t.dossierCode, tracking.dossierCode]);
  if (tracking.itemNumbers.length > 0) facts.push([t.items, tracking.itemNumbers.join(', ')]);
  if (tracking.transitDueAt !== null) facts.push([t.transitDueAt, formatDateTime(tracking.transitDueAt, language)]);
  if (tracking.filedAt !== null) facts.push([t.filedAt, formatDateTime(tracking.filedAt, language)]);
  if (tracking.dueAt !== null) facts.push([t.dueAt, formatDateTime(tracking.dueAt, language)]);

  return (
    <section aria-labelledby="tinh-trang" className="tracking__result">
      <h2 id="tinh-trang" className="visually-hidden">
        {t.status}
      </h2>
      <p className={`tracking__status tracking__status--${tracking.status.code}`}>{tracking.status[language]}</p>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 id="hanh-trinh">{t.timelineTitle}</h2>
      {tracking.timeline.length === 0 ? (
        <p>{t.timelineEmpty}</p>
      ) : (
        <ol className="timeline" aria-labelledby="hanh-trinh">
          {tracking.timeline.map((entry, index) => (
            <li key={`${entry.at}-${String(index)}`} className={`timeline__item timeline__item--${entry.leg}`}>
              <p className="timeline__when">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                <span className="timeline__leg"> · {t.legs[entry.leg]}</span>
              </p>
              <p className="timeline__what">{entry[language]}</p>
              {entry.place === null && entry.unit === null ? null : (
                <p className="timeline__where">{[entry.place, entry.unit?.name].filter((v, i, all) => v !== null && v !== undefined && all.indexOf(v) === i).join(' · ')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
