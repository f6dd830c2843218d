/**
 * Postage from the tariff in force, for the weight and service chosen, and the fees collected
 * on the agency's behalf with how the citizen pays them. The quote is an estimate shown before
 * the intake; the answer of the intake (and the slip) carry the amounts that count.
 */
import { useLanguage } from '../../i18n/language.js';
import { FieldError, Money, TextField, described } from './fields.js';
import type { FeeMethod } from './intake-form.js';
import type { Quote } from './postal-api.js';
import type { PostalTexts } from './text.js';

export interface IntakePriceProps {
  idOf: (name: string) => string;
  t: PostalTexts;
  weightGrams: string;
  onWeight: (value: string) => void;
  quote: Quote | null;
  /** Why there is no quote: none while loading. */
  quoteNote: string | null;
  collectFees: boolean;
  feeAmount: string;
  feeMethod: FeeMethod;
  onFees: (change: { collectFees?: boolean; feeAmount?: string; feeMethod?: FeeMethod }) => void;
  errors: { weight?: string | undefined; fees?: string | undefined };
}

export function IntakePrice({ idOf, t, weightGrams, onWeight, quote, quoteNote, collectFees, feeAmount, feeMethod, onFees, errors }: IntakePriceProps) {
  const language = useLanguage();
  const feeId = idOf('fees');
  return (
    <fieldset className="section">
      <legend>{t.priceSection}</legend>
      <TextField id={idOf('weight')} label={t.weight} value={weightGrams} onChange={onWeight} error={errors.weight} inputMode="numeric" />
      <div className="price" aria-live="polite">
        <p className="price__heading">{t.estimate}</p>
        {quote === null ? (
          quoteNote === null ? null : <p className="muted">{quoteNote}</p>
        ) : (
          <table className="price__lines">
            <tbody>
              {quote.lines.map((line) => (
                <tr key={line.code}>
                  <th scope="row">{language === 'vi' ? line.labelVi : line.labelEn}</th>
                  <td>
                    <Money amount={line.amount} />
                  </td>
                </tr>
              ))}
              <tr className="price__total">
                <th scope="row">{t.total}</th>
                <td>
                  <Money amount={quote.total} />
                </td>
              </tr>
            </tbody>
          </table>
        )}
        {quote?.isSample === true ? <p className="field__hint">{t.sampleTariff}</p> : null}
        <p className="field__hint">{t.estimateNote}</p>
      </div>
      <label className="option">
        <input type="checkbox" checked={collectFees} onChange={(event) => onFees({ collectFees: event.target.checked })} />
        <span>{t.collectFees}</span>
      </label>
      {collectFees ? (
        <>
          <div className="field">
            <label htmlFor={feeId}>{t.feeAmount}</label>
            <input
              id={feeId}
              inputMode="numeric"
              autoComplete="off"
              value={feeAmount}
              aria-invalid={errors.fees === undefined ? undefined : true}
              aria-describedby={described(feeId, false, errors.fees)}
              onChange={(event) => onFees({ feeAmount: event.target.value })}
            />
            <FieldError id={feeId} error={errors.fees} />
          </div>
          <fieldset className="options">
            <legend>{t.feeMethod}</legend>
            {(['cash', 'transfer'] as const).map((method) => (
              <label key={method} className="option">
                <input type="radio" name={idOf('fee-method')} value={method} checked={feeMethod === method} onChange={() => onFees({ feeMethod: method })} />
                <span>{t.feeMethods[method]}</span>
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
    </fieldset>
  );
}
