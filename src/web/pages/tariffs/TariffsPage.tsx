/**
 * /bang-gia: the tariff in force today, shown first with its dates (and plainly marked when it
 * is a sample from another province), the calculator, then any earlier or later tables.
 */
import { useEffect, useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/plain-date.js';
import type { TariffTable } from '../../../domain/tariff/types.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import '../catalog.css';
import { CALCULATOR_ID, Calculator } from './Calculator.js';
import { TariffTableView, validityText } from './TariffTableView.js';
import { splitByToday, timingOf } from './tariff-view.js';
import { fetchTariffTables } from './tariffs-api.js';
import { text } from './text.js';

type State = { kind: 'loading' } | { kind: 'ready'; tables: TariffTable[] } | { kind: 'failed'; problem: ApiProblem };

function SampleNotice() {
  const t = useTexts(text);
  return (
    <div className="notice" role="note">
      <p className="notice__title">{t.sampleTitle}</p>
      <p>{t.sampleText}</p>
    </div>
  );
}

export function TariffsPage() {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.title);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchTariffTables(controller.signal).then(
      (tables) => setState({ kind: 'ready', tables }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiProblem)) throw error;
        setState({ kind: 'failed', problem: error });
      },
    );
    return () => controller.abort();
  }, []);

  function body() {
    switch (state.kind) {
      case 'loading':
        return (
          <p role="status" className="muted">
            {t.loading}
          </p>
        );
      case 'failed':
        return <ProblemAlert problem={state.problem} />;
      case 'ready': {
        // "Today" is a date in Vietnam, whatever the device's zone: the same day the quote API uses.
        const today = vietnamDateOf(new Date());
        const { current, others } = splitByToday(state.tables, today);
        return (
          <>
            {current === null ? (
              <p className="notice">{t.noneInForce}</p>
            ) : (
              <section aria-labelledby="bang-gia-hien-hanh" className="tariff-current">
                <h2 id="bang-gia-hien-hanh">{language === 'vi' ? current.nameVi : current.nameEn}</h2>
                <p>
                  <span className="badge badge--post">{t.inForce}</span> {validityText(current, t, language)}
                </p>
                {current.isSample ? <SampleNotice /> : null}
                <TariffTableView table={current} headingLevel="h3" />
              </section>
            )}
            <Calculator table={current} />
            {others.length === 0 ? null : (
              <section aria-labelledby="bang-gia-khac">
                <h2 id="bang-gia-khac">{t.othersTitle}</h2>
                {others.map((table) => (
                  <details key={table.id} className="tariff-other">
                    <summary>
                      {language === 'vi' ? table.nameVi : table.nameEn} · {t.timing[timingOf(table, today)]} · {validityText(table, t, language)}
                    </summary>
                    <h3 className="visually-hidden">{language === 'vi' ? table.nameVi : table.nameEn}</h3>
                    {table.isSample ? <SampleNotice /> : null}
                    <TariffTableView table={table} headingLevel="h4" />
                  </details>
                ))}
              </section>
            )}
          </>
        );
      }
      default: {
        const exhaustive: never = state;
        return exhaustive;
      }
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {/* On a phone the calculator is below a long table: one tap takes the reader there. */}
      <p>
        <a href={`#${CALCULATOR_ID}`}>{t.jumpToCalculator}</a>
      </p>
      {body()}
    </>
  );
}
