/** One handover record: who handed what to whom, its status, and the PDF to print or take along. */
import { dong, formatDong } from '../../../domain/money/index.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, useSearch } from '../../router.js';
import { type Manifest, manifestById, manifestPdfPath } from './handover-api.js';
import { JUST_SENT_QUERY } from './HandoverPage.js';
import { Fact, Show } from './parts.js';
import { screenPath } from './screens.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function ManifestView({ manifest }: { manifest: Manifest }) {
  const t = useTexts(text);
  const language = useLanguage();
  const justSent = new URLSearchParams(useSearch()).has(JUST_SENT_QUERY);
  return (
    <>
      {justSent ? (
        <p role="status" className="sv-done">
          {t.manifest.justSent}
        </p>
      ) : null}
      <p>
        <a className="button" href={manifestPdfPath(manifest.id)} target="_blank" rel="noopener">
          {t.manifest.pdf}
        </a>
      </p>
      <dl className="facts">
        <Fact label={t.manifest.from}>{manifest.from.name}</Fact>
        <Fact label={t.manifest.to}>{manifest.to.name}</Fact>
        <Fact label={t.manifest.status}>{t.manifest.statuses[manifest.status]}</Fact>
        <Fact label={t.manifest.createdAt}>{formatDateTime(manifest.createdAt, language)}</Fact>
        {manifest.acknowledgedAt === null ? null : <Fact label={t.manifest.acknowledgedAt}>{formatDateTime(manifest.acknowledgedAt, language)}</Fact>}
        <Fact label={t.manifest.feesTotal}>{formatDong(dong(manifest.feesTotal))}</Fact>
      </dl>
      <h2>{t.manifest.itemsHeading}</h2>
      <ul className="sv-cards">
        {manifest.items.map((item) => (
          <li key={item.itemNumber} className="sv-card">
            <h3 className="sv-card__title">{item.itemNumber}</h3>
            <dl className="sv-facts">
              <Fact label={t.pickups.procedure}>{item.procedureCode}</Fact>
              <Fact label={t.handover.fees}>{formatDong(dong(item.fees))}</Fact>
              <Fact label={t.manifest.status}>{item.outcome === null ? t.manifest.noOutcome : t.manifest.outcomes[item.outcome]}</Fact>
            </dl>
          </li>
        ))}
      </ul>
      <p>
        <Link to={screenPath('handover')}>{t.manifest.back}</Link>
      </p>
    </>
  );
}

/** The heading stays one element while the record loads, so the focus put on it after navigation stays too. */
export function ManifestPage({ id }: { id: string }) {
  const t = useTexts(text);
  const manifest = useLoad((signal) => manifestById(id, signal), id);
  const title = manifest.state.kind === 'ready' ? t.manifest.title(manifest.state.value.number) : t.nav.handover;
  usePageTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <Show loaded={manifest.state} onRetry={manifest.reload}>
        {(value) => <ManifestView manifest={value} />}
      </Show>
    </>
  );
}
