/**
 * One published tariff table: validity, the sample warning where it applies, a price table per
 * direction (weight tiers × zones), the fee-collection surcharge and the exemptions with their
 * legal references.
 */
import { type Dong, formatDong } from '../../../domain/money/dong.js';
import { DIRECTIONS, DIRECTION_INFO, type TariffTable, ZONE_INFO, type Zone } from '../../../domain/tariff/types.js';
import { type Language, useLanguage, useMessages } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDate } from '../../format.js';
import { type DirectionTable, directionTable, zoneGroups } from './tariff-view.js';
import { text } from './text.js';

type Texts = (typeof text)['vi'];

export function validityText(table: TariffTable, t: Texts, language: Language): string {
  const date = (value: string) => formatDate(value, language);
  return table.validTo === null ? t.validFrom(date(table.validFrom)) : t.validBetween(date(table.validFrom), date(table.validTo));
}

/** Amounts in tables are checked whole đồng (decoded through `dong`). */
const money = (amount: number | null, none: string): string => (amount === null ? none : formatDong(amount as Dong));

function PriceTable({ view, headingLevel }: { view: DirectionTable; headingLevel: 'h3' | 'h4' }) {
  const t = useTexts(text);
  const language = useLanguage();
  const messages = useMessages();
  const grams = (n: number): string => new Intl.NumberFormat(messages.locale).format(n);
  const Heading = headingLevel;
  const direction = DIRECTION_INFO[view.direction][language];
  const zoneLabel = (zone: Zone): string => (language === 'vi' ? ZONE_INFO[zone].shortVi : ZONE_INFO[zone].shortEn);
  return (
    <div className="price-table">
      <Heading>{direction}</Heading>
      {zoneGroups(view.zones).map(({ group, zones }) => (
        <table key={group}>
          <caption>
            {/* Named in full for a screen reader's list of tables; the heading above says it to the eye. */}
            <span className="visually-hidden">{direction}, </span>
            {t.zoneGroups[group]}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.weight}</th>
              {zones.map((zone) => (
                <th key={zone} scope="col">
                  {zoneLabel(zone)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.upToGrams}>
                <th scope="row">{row.fromGrams === 0 ? t.upTo(grams(row.upToGrams)) : t.between(grams(row.fromGrams), grams(row.upToGrams))}</th>
                {zones.map((zone) => (
                  <td key={zone}>{money(row.prices[zone], t.notPriced)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t.extra(grams(view.lastTierGrams))}</th>
              {zones.map((zone) => (
                <td key={zone}>{money(view.extraPer500Grams[zone], t.notPriced)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      ))}
    </div>
  );
}

export function TariffTableView({ table, headingLevel }: { table: TariffTable; headingLevel: 'h3' | 'h4' }) {
  const t = useTexts(text);
  const language = useLanguage();
  const views = DIRECTIONS.map((direction) => directionTable(table, direction)).filter((view): view is DirectionTable => view !== null);
  const zones = [...new Set(views.flatMap((view) => view.zones))];
  const Heading = headingLevel;
  return (
    <div className="tariff">
      {views.map((view) => (
        <PriceTable key={view.direction} view={view} headingLevel={headingLevel} />
      ))}
      <Heading>{t.zonesTitle}</Heading>
      <dl className="facts facts--compact">
        {zones.map((zone) => (
          <div key={zone}>
            <dt>{language === 'vi' ? ZONE_INFO[zone].shortVi : ZONE_INFO[zone].shortEn}</dt>
            <dd>{ZONE_INFO[zone][language]}</dd>
          </div>
        ))}
      </dl>
      <Heading>{t.feeCollectionTitle}</Heading>
      <p>{t.feeCollection(formatDong(table.feeCollectionSurcharge as Dong))}</p>
      {table.discounts.length === 0 ? null : (
        <>
          <Heading>{t.discountsTitle}</Heading>
          <p>{t.discountsIntro}</p>
          <ul className="discounts">
            {table.discounts.map((discount) => (
              <li key={discount.category}>
                <span className="discounts__rate">{discount.percent === 100 ? t.free : t.percentOff(discount.percent)}</span>{' '}
                {language === 'vi' ? discount.nameVi : discount.nameEn}
                {discount.legalRef === undefined ? null : <span className="small muted"> ({discount.legalRef})</span>}
              </li>
            ))}
          </ul>
          <p className="small muted">{t.discountsRule}</p>
        </>
      )}
      <p className="small muted source">{t.source(table.source)}</p>
    </div>
  );
}
