/** One search result: the procedure's name as a link to its page, and the facts that decide a click. */
import { useTexts } from '../../i18n/local.js';
import { Link, procedurePath } from '../../router.js';
import type { ProcessingTime, ProcedureSummary } from './procedures-api.js';
import { text } from './text.js';

export function processingTimeText(time: ProcessingTime | null, card: (typeof text)['vi']['card']): string {
  if (time === null) return card.unknown;
  // The catalogue often writes a bare "1": the working days say what it means.
  if (time.workingDays !== null) return card.workingDays(time.workingDays);
  return time.text.trim() === '' ? card.unknown : time.text;
}

export function ProcedureCard({ procedure, levelName }: { procedure: ProcedureSummary; levelName: (label: string) => string }) {
  const t = useTexts(text).card;
  return (
    <li className="procedure-card">
      <h3 className="procedure-card__title">
        <Link to={procedurePath(procedure.code)} lang="vi">
          {procedure.name}
        </Link>
      </h3>
      <p className={procedure.byPost ? 'badge badge--post' : 'badge badge--plain'}>{procedure.byPost ? t.byPost : t.notByPost}</p>
      <dl className="procedure-card__facts">
        <div>
          <dt>{t.code}</dt>
          <dd>{procedure.code}</dd>
        </div>
        <div>
          <dt>{t.field}</dt>
          <dd lang="vi">{procedure.field}</dd>
        </div>
        <div>
          <dt>{t.levels}</dt>
          <dd>{procedure.levels.map(levelName).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.time}</dt>
          <dd>{processingTimeText(procedure.processingTime, t)}</dd>
        </div>
        <div>
          <dt>{t.fee}</dt>
          {procedure.fee === null ? <dd>{t.unknown}</dd> : <dd lang="vi">{procedure.fee}</dd>}
        </div>
      </dl>
    </li>
  );
}
