/** What the postman will bring and check for the chosen procedure, and the expected postage. */
import { useEffect, useState } from 'react';
import { formatDong, dong } from '../../../domain/money/index.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { type DocumentGroup, type ProcedureForBooking, type QuoteAnswer, quotePickup } from './booking-api.js';
import { type ServiceFormKey, quoteDirectionOf } from './service-forms.js';
import { text } from './text.js';

export function DocumentsToPrepare({ procedure }: { procedure: ProcedureForBooking }) {
  const t = useTexts(text);
  return (
    <section aria-labelledby="mang-theo" className="summary-block">
      <h3 id="mang-theo">{t.bringTitle}</h3>
      <p>{t.bringIntro}</p>
      {procedure.documents.map((group, index) => {
        const heading = group.toShow ? t.toShow : group.note ? t.notes : (group.group ?? t.toHandIn);
        const always = group.items.filter((item) => !item.conditional);
        const sometimes = group.items.filter((item) => item.conditional);
        const list = (items: DocumentGroup['items']) => (
          <ul className="documents">
            {items.map((item) => (
              <li key={item.document}>
                {item.document}
                {item.quantity === null ? null : <span className="muted"> ({item.quantity})</span>}
              </li>
            ))}
          </ul>
        );
        // The catalogue's lists are long: what everyone needs is shown, cases and notes fold away.
        if (group.note) {
          return (
            <details key={`note-${String(index)}`} className="documents-more">
              <summary>{t.moreItems(heading, group.items.length)}</summary>
              {list(group.items)}
            </details>
          );
        }
        return (
          <div key={`${String(index)}-${group.group ?? ''}`}>
            <h4>{heading}</h4>
            {always.length > 0 ? list(always) : null}
            {sometimes.length > 0 ? (
              <details className="documents-more">
                <summary>{t.conditionalItems(sometimes.length)}</summary>
                {list(sometimes)}
              </details>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

export function ExpectedPrice({ serviceForm, collectFees }: { serviceForm: ServiceFormKey; collectFees: boolean }) {
  const t = useTexts(text);
  const language = useLanguage();
  const [quote, setQuote] = useState<QuoteAnswer | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    quotePickup(quoteDirectionOf(serviceForm), collectFees, controller.signal).then(
      (answer) => {
        setProblem(null);
        setQuote(answer);
      },
      (failure: unknown) => {
        if (failure instanceof ApiProblem) setProblem(failure);
        else if (!(failure instanceof DOMException && failure.name === 'AbortError')) throw failure;
      },
    );
    return () => controller.abort();
  }, [serviceForm, collectFees]);

  return (
    <section aria-labelledby="gia-du-kien" className="summary-block">
      <h3 id="gia-du-kien">{t.priceTitle}</h3>
      <ProblemAlert problem={problem} />
      {quote === null ? null : (
        <>
          <table className="price-lines">
            <tbody>
              {quote.lines.map((line) => (
                <tr key={line.code}>
                  <th scope="row">{language === 'vi' ? line.labelVi : line.labelEn}</th>
                  <td>{formatDong(dong(line.amount))}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td>{formatDong(dong(quote.total))}</td>
              </tr>
            </tfoot>
          </table>
          <p className="field__hint">{t.priceNote}</p>
          {quote.isSample ? <p className="note">{t.sampleTariff}</p> : null}
        </>
      )}
    </section>
  );
}
