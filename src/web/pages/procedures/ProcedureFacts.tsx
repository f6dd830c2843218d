/**
 * The catalogue facts of a procedure: the few that identify it under its name ("summary"), and
 * the rest with the link to the national portal at the end of the page ("details").
 */
import type { ReactNode } from 'react';
import { useTexts } from '../../i18n/local.js';
import type { ProcedureDetail } from './procedures-api.js';
import { text } from './text.js';

/** Values are catalogue texts, always in Vietnamese. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang="vi">{children}</dd>
    </div>
  );
}

export function ProcedureFacts({ procedure, part }: { procedure: ProcedureDetail; part: 'summary' | 'details' }) {
  const t = useTexts(text).detail;
  switch (part) {
    case 'summary':
      return (
        <dl className="facts facts--compact">
          <Fact term={t.code}>{procedure.code}</Fact>
          <Fact term={t.field}>{procedure.field}</Fact>
          {procedure.levels.length > 0 ? <Fact term={t.levels}>{procedure.levels.join(', ')}</Fact> : null}
          {procedure.agency.competent === null ? null : <Fact term={t.competent}>{procedure.agency.competent}</Fact>}
          {/* Often the same office: said once. */}
          {procedure.agency.implementing === null || procedure.agency.implementing === procedure.agency.competent ? null : (
            <Fact term={t.implementing}>{procedure.agency.implementing}</Fact>
          )}
        </dl>
      );
    case 'details':
      return (
        <section aria-labelledby="thong-tin-khac">
          <h2 id="thong-tin-khac">{t.moreTitle}</h2>
          <dl className="facts">
            {procedure.applicants === null ? null : <Fact term={t.applicants}>{procedure.applicants}</Fact>}
            {procedure.type === null ? null : <Fact term={t.type}>{procedure.type}</Fact>}
            {procedure.publishingDecision === null ? null : <Fact term={t.publishingDecision}>{procedure.publishingDecision}</Fact>}
          </dl>
          {procedure.source === null || !/^https?:\/\//i.test(procedure.source) ? null : (
            <p>
              {/* Another site: an ordinary link, opened in place like any other. */}
              <a href={procedure.source} rel="noopener noreferrer external">
                {t.source}
              </a>
            </p>
          )}
        </section>
      );
    default: {
      const exhaustive: never = part;
      return exhaustive;
    }
  }
}
