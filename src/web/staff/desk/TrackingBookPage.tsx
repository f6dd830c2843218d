/**
 * The tracking book (form 06) for a period: plain links to the PDF and the CSV, which the
 * browser opens with the session cookie. The period is checked here so a wrong one is explained
 * beside the dates instead of opening an error in a new tab.
 */
import { useId, useState } from 'react';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link } from '../../router.js';
import { trackingBookUrl } from './desk-api.js';
import { deskPath } from './desk-paths.js';
import { monthToDate, periodProblem } from './desk-rules.js';
import { TextField } from './fields.js';
import { text } from './text.js';

export function TrackingBookPage() {
  const t = useTexts(text);
  usePageTitle(t.bookTitle);
  const ids = useId();
  const [period, setPeriod] = useState(() => monthToDate(new Date()));
  const problem = periodProblem(period);

  return (
    <div className="narrow desk-book">
      <p>
        <Link to={deskPath({ kind: 'front' })}>{t.backToFront}</Link>
      </p>
      <h1 tabIndex={-1}>{t.bookTitle}</h1>
      <p>{t.bookIntro}</p>
      <div className="form">
        <TextField id={`${ids}-from`} type="date" label={t.from} value={period.from} onChange={(from) => setPeriod({ ...period, from })} />
        <TextField id={`${ids}-to`} type="date" label={t.to} value={period.to} onChange={(to) => setPeriod({ ...period, to })} error={problem === null ? undefined : t.period[problem]} />
        {problem === null ? (
          <p className="desk-buttons">
            <a className="button" href={trackingBookUrl('pdf', period)} target="_blank" rel="noopener">
              {t.bookPdf}
            </a>
            <a className="button button--secondary" href={trackingBookUrl('csv', period)} download>
              {t.bookCsv}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
