/**
 * Whether and how the procedure goes by post, on what basis (the national catalogue, or the
 * province's own decision: said honestly, R4), the expected result date if sent now, and the
 * booking button.
 */
import { SERVICE_FORMS, type ServiceForm } from '../../../domain/postal-item/pickup.js';
import { useTexts } from '../../i18n/local.js';
import { Link, PATHS } from '../../router.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { formatVietnamDateTime } from './format.js';
import type { ProcedureDetail } from './procedures-api.js';
import { text } from './text.js';

function isServiceForm(value: string): value is ServiceForm {
  return (SERVICE_FORMS as readonly string[]).includes(value);
}

/** Where the booking page starts with this procedure chosen. */
export function bookingPath(code: string): string {
  return `${PATHS.booking}?${new URLSearchParams({ 'thu-tuc': code }).toString()}`;
}

function Basis({ procedure }: { procedure: ProcedureDetail }) {
  const t = useTexts(text).detail;
  const language = useLanguage();
  const { basis, decision, since } = procedure.postal;
  switch (basis) {
    case null:
      return null;
    case 'national-catalogue':
      return <p className="small muted">{t.basisNational(procedure.publishingDecision)}</p>;
    case 'provincial-decision':
      return decision === null ? null : <p className="small muted">{t.basisProvincial(decision, since === null ? null : formatDate(since, language))}</p>;
    default: {
      const exhaustive: never = basis;
      return exhaustive;
    }
  }
}

function ExpectedResult({ procedure }: { procedure: ProcedureDetail }) {
  const t = useTexts(text).detail;
  const expected = procedure.expectedResult;
  if (expected === null) return null;
  const filedAt = formatVietnamDateTime(expected.filedAt);
  const dueAt = expected.dueAt === null ? null : formatVietnamDateTime(expected.dueAt);
  return (
    <div className="expected">
      <h3>{t.expectedTitle}</h3>
      {filedAt !== null && dueAt !== null && expected.dueAt !== null ? (
        <>
          <p>{t.expectedIfNow(filedAt)}</p>
          <p className="expected__date">
            <time dateTime={expected.dueAt}>{dueAt}</time>
          </p>
        </>
      ) : (
        <p>{t.expectedNone}</p>
      )}
      {/* The server explains its count in Vietnamese only. */}
      <p className="small" lang="vi">
        {expected.basis}
      </p>
      <p className="small muted">{t.expectedCaution}</p>
    </div>
  );
}

export function ProcedurePostal({ procedure }: { procedure: ProcedureDetail }) {
  const t = useTexts(text).detail;
  const { offered, serviceForms } = procedure.postal;
  return (
    <section aria-labelledby="qua-buu-dien" className={offered ? 'postal-box' : 'postal-box postal-box--off'}>
      <h2 id="qua-buu-dien">{t.postalTitle}</h2>
      <p>{offered ? t.postalOffered : t.postalNotOffered}</p>
      <Basis procedure={procedure} />
      {offered && serviceForms.length > 0 ? (
        <>
          <h3>{t.formsTitle}</h3>
          <ul className="ticks">
            {serviceForms.map((form) => (
              <li key={form}>{isServiceForm(form) ? t.forms[form] : form}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ExpectedResult procedure={procedure} />
      {offered ? (
        <div className="cta">
          <Link to={bookingPath(procedure.code)} className="button button--wide">
            {t.book}
          </Link>
          <p className="small">{t.bookHint}</p>
        </div>
      ) : null}
    </section>
  );
}
