/**
 * The price calculator: the form checks the weight itself (in the page's language), asks the
 * quote API for everything else, and shows the itemised answer in a live region so a screen
 * reader hears the total without looking for it.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatDong } from '../../../domain/money/dong.js';
import { type QuoteDirection, type TariffTable, ZONES, ZONE_INFO, type Zone } from '../../../domain/tariff/types.js';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { checkWeight } from './tariff-view.js';
import { type QuoteAnswer, fetchQuote } from './tariffs-api.js';
import { text } from './text.js';

/** Record rather than array: a new service form fails to compile here until it has a place. */
const DIRECTION_ORDER: Record<QuoteDirection, true> = { pickup: true, delivery: true, both: true };
const DIRECTIONS = Object.keys(DIRECTION_ORDER) as QuoteDirection[];

type FieldName = 'direction' | 'zone' | 'weightGrams' | 'discount';
type FieldErrors = Partial<Record<FieldName, string>>;
const FIELD_NAMES: readonly string[] = ['direction', 'zone', 'weightGrams', 'discount'] satisfies FieldName[];

/** The calculator's heading, for the link at the top of the page. */
export const CALCULATOR_ID = 'tinh-cuoc';

function isFieldName(name: string): name is FieldName {
  return FIELD_NAMES.includes(name);
}

export function Calculator({ table }: { table: TariffTable | null }) {
  const texts = useTexts(text);
  const t = texts.calculator;
  const language = useLanguage();
  const id = useId();
  const [direction, setDirection] = useState<QuoteDirection>('both');
  const [zone, setZone] = useState<Zone>('intra-province');
  const [weight, setWeight] = useState('100');
  const [collectFees, setCollectFees] = useState(false);
  const [discount, setDiscount] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [answer, setAnswer] = useState<QuoteAnswer | null>(null);
  const [sending, setSending] = useState(false);
  const weightRef = useRef<HTMLInputElement>(null);
  const pending = useRef<AbortController | null>(null);

  useEffect(() => () => pending.current?.abort(), []);

  const zones = ZONES.filter((z) => table === null || table.rates.some((rate) => rate.zone === z));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const checked = checkWeight(weight);
    if (!checked.ok) {
      setErrors({ weightGrams: t.weightErrors[checked.reason] });
      setAnswer(null);
      setProblem(null);
      weightRef.current?.focus();
      return;
    }
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setErrors({});
    setProblem(null);
    setSending(true);
    try {
      setAnswer(await fetchQuote({ direction, zone, weightGrams: checked.grams, collectFees, discount: discount === '' ? null : discount }, controller.signal));
    } catch (error) {
      if (controller.signal.aborted) return;
      if (!(error instanceof ApiProblem)) throw error;
      setAnswer(null);
      setProblem(error);
      // The server names the query parameter: show its words beside the field it belongs to.
      const fromServer: FieldErrors = {};
      for (const field of error.errors) if (isFieldName(field.name)) fromServer[field.name] = field.message;
      setErrors(fromServer);
    } finally {
      if (pending.current === controller) {
        pending.current = null;
        setSending(false);
      }
    }
  }

  const fieldId = (name: FieldName) => `${id}-${name}`;
  const errorId = (name: FieldName) => `${id}-${name}-error`;
  const described = (name: FieldName, hint?: string) => [hint, errors[name] === undefined ? undefined : errorId(name)].filter((part) => part !== undefined).join(' ') || undefined;
  const fieldError = (name: FieldName) =>
    errors[name] === undefined ? null : (
      <p className="field__error" id={errorId(name)}>
        {errors[name]}
      </p>
    );

  return (
    <section aria-labelledby={CALCULATOR_ID} className="calculator">
      <h2 id={CALCULATOR_ID} tabIndex={-1}>
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <div className="field">
          <label htmlFor={fieldId('direction')}>{t.direction}</label>
          <select id={fieldId('direction')} value={direction} aria-invalid={errors.direction === undefined ? undefined : true} aria-describedby={described('direction')} onChange={(event) => setDirection(event.target.value as QuoteDirection)}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t.directions[d]}
              </option>
            ))}
          </select>
          {fieldError('direction')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('zone')}>{t.zone}</label>
          <select id={fieldId('zone')} value={zone} aria-invalid={errors.zone === undefined ? undefined : true} aria-describedby={described('zone')} onChange={(event) => setZone(event.target.value as Zone)}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {ZONE_INFO[z][language]}
              </option>
            ))}
          </select>
          {fieldError('zone')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('weightGrams')}>{t.weight}</label>
          <input
            ref={weightRef}
            id={fieldId('weightGrams')}
            name="weightGrams"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={errors.weightGrams === undefined ? undefined : true}
            aria-describedby={described('weightGrams', `${id}-weight-hint`)}
            value={weight}
            onChange={(event) => setWeight(event.target.value)}
          />
          <p className="field__hint" id={`${id}-weight-hint`}>
            {t.weightHint}
          </p>
          {fieldError('weightGrams')}
        </div>
        <label className="check">
          <input type="checkbox" checked={collectFees} onChange={(event) => setCollectFees(event.target.checked)} />
          <span>{t.collectFees}</span>
        </label>
        {table === null || table.discounts.length === 0 ? null : (
          <div className="field">
            <label htmlFor={fieldId('discount')}>{t.discount}</label>
            <select id={fieldId('discount')} value={discount} aria-invalid={errors.discount === undefined ? undefined : true} aria-describedby={described('discount')} onChange={(event) => setDiscount(event.target.value)}>
              <option value="">{t.noDiscount}</option>
              {table.discounts.map((d) => (
                <option key={d.category} value={d.category}>
                  {`${language === 'vi' ? d.nameVi : d.nameEn} (${d.percent === 100 ? texts.free : texts.percentOff(d.percent)})`}
                </option>
              ))}
            </select>
            {fieldError('discount')}
          </div>
        )}
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
      </form>
      <div className="quote" aria-live="polite">
        {answer === null ? null : (
          <>
            <h3>{t.resultTitle}</h3>
            <table className="quote__lines">
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  <th scope="col">{t.amount}</th>
                </tr>
              </thead>
              <tbody>
                {answer.lines.map((line, index) => (
                  <tr key={`${line.code}-${index}`}>
                    <td>{language === 'vi' ? line.labelVi : line.labelEn}</td>
                    <td className="amount">{formatDong(line.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.total}</th>
                  <td className="amount quote__total">{formatDong(answer.total)}</td>
                </tr>
              </tfoot>
            </table>
            <p className="small">{t.resultNote}</p>
            {answer.isSample ? <p className="small muted">{t.sampleNote}</p> : null}
          </>
        )}
      </div>
    </section>
  );
}
