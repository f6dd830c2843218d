/**
 * Publishing a new tariff version: the form starts as a copy of the table in force (or the
 * draft kept in this tab) and lets the administrator change the prices, the validity start and
 * the names. The domain's rule checks it here with every error beside its field before
 * anything is sent; the server checks it again; publishing asks first, as it cannot be undone.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { Link } from '../../router.js';
import { splitByToday } from '../../pages/tariffs/tariff-view.js';
import { fetchTariffTables } from '../../pages/tariffs/tariffs-api.js';
import { planTariffVersion } from '../../../domain/tariff/new-version.js';
import { DIRECTION_INFO, type TariffTable, ZONE_INFO } from '../../../domain/tariff/types.js';
import { CheckboxField, TextField } from './Fields.js';
import { Loaded, Screen } from './Screen.js';
import { type FieldErrors, confirmed, hasErrors, serverFieldErrors } from './field-errors.js';
import { sectionPath } from './routes.js';
import { type TariffDraft, clearDraft, draftFrom, parseAmount, recallDraft, saveDraft, tableFrom } from './tariff-draft.js';
import { publishTariff } from './tariffs-api.js';
import { text } from './text.js';
import { vietnamToday, vietnamTomorrow } from './today.js';
import { useLoad } from '../../use-load.js';

/** Prices that are not whole đồng are named here; the domain rule then sees them as invalid numbers too. */
function amountErrors(draft: TariffDraft, message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (Number.isNaN(parseAmount(draft.feeCollectionSurcharge))) errors['feeCollectionSurcharge'] = message;
  draft.rates.forEach((rate, r) => {
    rate.tiers.forEach((tier, i) => {
      if (Number.isNaN(parseAmount(tier.price))) errors[`rates.${r}.tiers.${i}.price`] = message;
    });
    if (Number.isNaN(parseAmount(rate.extraPer500Grams))) errors[`rates.${r}.extraPer500Grams`] = message;
  });
  return errors;
}

function TariffForm({ tables }: { tables: TariffTable[] }) {
  const t = useTexts(text);
  const language = useLanguage();
  const today = vietnamToday();
  const tomorrow = vietnamTomorrow();
  const current = splitByToday(tables, today).current;
  const [draft, setDraft] = useState<TariffDraft>(() => recallDraft() ?? draftFrom(current, tomorrow));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [published, setPublished] = useState<string | null>(null);

  useEffect(() => {
    if (published === null) saveDraft(draft);
  }, [draft, published]);

  const update = (change: Partial<TariffDraft>) => setDraft((d) => ({ ...d, ...change }));
  function setPrice(r: number, i: number, price: string): void {
    setDraft((d) => ({ ...d, rates: d.rates.map((rate, ri) => (ri !== r ? rate : { ...rate, tiers: rate.tiers.map((tier, ti) => (ti === i ? { ...tier, price } : tier)) })) }));
  }
  function setExtra(r: number, extraPer500Grams: string): void {
    setDraft((d) => ({ ...d, rates: d.rates.map((rate, ri) => (ri === r ? { ...rate, extraPer500Grams } : rate)) }));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const table = tableFrom(draft);
    const local: Record<string, string> = { ...amountErrors(draft, t.tariffForm.wholeDong) };
    const plan = planTariffVersion(tables, table, today);
    if (!plan.ok) for (const p of plan.problems) local[p.path] ??= p[language];
    for (const field of ['id', 'nameVi', 'nameEn', 'source'] as const) if (table[field] === '') local[field] ??= t.common.required;
    setErrors(local);
    setProblem(null);
    if (hasErrors(local)) return;
    if (!confirmed(t.tariffForm.confirm(formatDate(table.validFrom, language)))) return;
    setSending(true);
    try {
      const answer = await publishTariff(table);
      clearDraft();
      setPublished(t.tariffForm.published(answer.id, answer.closed.join(', ')));
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  if (published !== null) {
    return (
      <div className="admin-state admin-state--on" role="status">
        <p>{published}</p>
        <p>
          <Link to={sectionPath('tariffs')}>{t.tariffs.title}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
      <p className="small muted">
        {draft.copiedFrom === null ? t.tariffForm.noCurrent : t.tariffForm.copiedFrom(draft.copiedFrom)} {t.tariffForm.draftKept}
      </p>
      <button type="button" className="button button--secondary" onClick={() => {
        clearDraft();
        setDraft(draftFrom(current, tomorrow));
        setErrors({});
      }}>
        {t.tariffForm.discardDraft}
      </button>
      <ProblemAlert problem={problem} />
      {hasErrors(errors) ? <p className="field__error">{t.common.fixFields}</p> : null}
      <TextField label={t.tariffForm.validFrom} hint={t.tariffForm.validFromHint(formatDate(tomorrow, language))} type="date" min={tomorrow} value={draft.validFrom} onChange={(validFrom) => update({ validFrom })} error={errors['validFrom']} required />
      <TextField label={t.tariffForm.id} hint={t.tariffForm.idHint} value={draft.id} onChange={(id) => update({ id })} error={errors['id']} required />
      <TextField label={t.tariffForm.nameVi} value={draft.nameVi} onChange={(nameVi) => update({ nameVi })} error={errors['nameVi']} required />
      <TextField label={t.tariffForm.nameEn} value={draft.nameEn} onChange={(nameEn) => update({ nameEn })} error={errors['nameEn']} required />
      <TextField label={t.tariffForm.source} hint={t.tariffForm.sourceHint} value={draft.source} onChange={(source) => update({ source })} error={errors['source']} required />
      <CheckboxField label={t.tariffForm.isSample} checked={draft.isSample} onChange={(isSample) => update({ isSample })} />
      {draft.rates.map((rate, r) => (
        <fieldset key={`${rate.direction}/${rate.zone}`} className="admin-fieldset admin-prices">
          <legend>{t.tariffForm.pricesCaption(DIRECTION_INFO[rate.direction][language], language === 'vi' ? ZONE_INFO[rate.zone].shortVi : ZONE_INFO[rate.zone].shortEn)}</legend>
          {rate.tiers.map((tier, i) => (
            <TextField key={tier.upToGrams} label={t.tariffForm.upTo(tier.upToGrams)} inputMode="numeric" value={tier.price} onChange={(price) => setPrice(r, i, price)} error={errors[`rates.${r}.tiers.${i}.price`] ?? errors[`rates.${r}.tiers.${i}.upToGrams`]} />
          ))}
          <TextField label={t.tariffForm.extra} inputMode="numeric" value={rate.extraPer500Grams} onChange={(value) => setExtra(r, value)} error={errors[`rates.${r}.extraPer500Grams`] ?? errors[`rates.${r}`]} />
        </fieldset>
      ))}
      <TextField label={t.tariffForm.surcharge} inputMode="numeric" value={draft.feeCollectionSurcharge} onChange={(feeCollectionSurcharge) => update({ feeCollectionSurcharge })} error={errors['feeCollectionSurcharge']} />
      <button type="submit" className="button" disabled={sending}>
        {sending ? t.common.saving : t.tariffForm.submit}
      </button>
    </form>
  );
}

export function NewTariffScreen() {
  const t = useTexts(text).tariffForm;
  const { state: tables } = useLoad(fetchTariffTables, 'tariffs');
  return (
    <Screen title={t.title} intro={t.intro}>
      <Loaded resource={tables}>{(list) => <TariffForm tables={list} />}</Loaded>
    </Screen>
  );
}
