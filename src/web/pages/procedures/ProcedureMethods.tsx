/** The ways to apply with their processing time and fees, and what the citizen receives at the end. */
import { useTexts } from '../../i18n/local.js';
import { processingTimeText } from './ProcedureCard.js';
import type { ProcedureDetail } from './procedures-api.js';
import { text } from './text.js';

export function ProcedureMethods({ procedure }: { procedure: ProcedureDetail }) {
  const texts = useTexts(text);
  const t = texts.detail;
  return (
    <>
      {procedure.submissionMethods.length === 0 ? null : (
        <section aria-labelledby="cach-nop">
          <h2 id="cach-nop">{t.methodsTitle}</h2>
          <ul className="methods">
            {procedure.submissionMethods.map((method, index) => (
              <li key={index} className="method">
                <h3 lang="vi">{method.method}</h3>
                <dl className="facts facts--compact">
                  <div>
                    <dt>{t.methodTime}</dt>
                    <dd>{processingTimeText(method.processingTime, texts.card)}</dd>
                  </div>
                  <div>
                    <dt>{t.methodFee}</dt>
                    {method.fee === null || method.fee.trim() === '' ? <dd>{texts.card.unknown}</dd> : <dd lang="vi">{method.fee}</dd>}
                  </div>
                </dl>
                {method.description === null || method.description.trim() === '' ? null : (
                  <p className="small" lang="vi">
                    {method.description}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {procedure.results.length === 0 ? null : (
        <section aria-labelledby="ket-qua-nhan">
          <h2 id="ket-qua-nhan">{t.resultsTitle}</h2>
          <ul lang="vi">
            {procedure.results.map((result, index) => (
              <li key={index}>{result}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
