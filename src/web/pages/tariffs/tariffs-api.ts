/**
 * The published tariff tables (`GET /api/v1/tariffs`) and the price calculator
 * (`GET /api/v1/tariffs/quote`). Tables are decoded into the domain's `TariffTable` and then
 * checked with the domain's own `checkTariffTable`, so the page shows only tables the quote
 * rule itself would accept.
 */
import { DecodeError, type Decoder, fetchJson, stringField } from '../../api.js';
import { type Dong, dong, isDong } from '../../../domain/money/dong.js';
import { checkTariffTable } from '../../../domain/tariff/check-table.js';
import { DIRECTIONS, type Direction, type QuoteDirection, type TariffDiscount, type TariffRate, type TariffTable, ZONES, type Zone } from '../../../domain/tariff/types.js';
import { arrayField, booleanField, nullableString, numberField, recordOf } from '../procedures/decode.js';

function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

function isZone(value: string): value is Zone {
  return (ZONES as readonly string[]).includes(value);
}

function amountField(record: Record<string, unknown>, key: string): Dong {
  const value = record[key];
  if (!isDong(value)) throw new DecodeError(`"${key}" is not a whole number of đồng`);
  return dong(value);
}

function decodeRate(value: unknown): TariffRate {
  const record = recordOf(value, 'rate');
  const direction = stringField(record, 'direction');
  const zone = stringField(record, 'zone');
  if (!isDirection(direction)) throw new DecodeError(`unknown direction "${direction}"`);
  if (!isZone(zone)) throw new DecodeError(`unknown zone "${zone}"`);
  return {
    direction,
    zone,
    tiers: arrayField(record, 'tiers').map((tier) => {
      const t = recordOf(tier, 'tier');
      return { upToGrams: numberField(t, 'upToGrams'), price: amountField(t, 'price') };
    }),
    extraPer500Grams: amountField(record, 'extraPer500Grams'),
  };
}

function decodeDiscount(value: unknown): TariffDiscount {
  const record = recordOf(value, 'discount');
  const legalRef = nullableString(record, 'legalRef');
  return {
    category: stringField(record, 'category'),
    percent: numberField(record, 'percent'),
    nameVi: stringField(record, 'nameVi'),
    nameEn: stringField(record, 'nameEn'),
    ...(legalRef === null ? {} : { legalRef }),
  };
}

export function decodeTariffTable(value: unknown): TariffTable {
  const record = recordOf(value, 'tariff');
  const table: TariffTable = {
    id: stringField(record, 'id'),
    nameVi: stringField(record, 'nameVi'),
    nameEn: stringField(record, 'nameEn'),
    isSample: booleanField(record, 'isSample'),
    source: stringField(record, 'source'),
    validFrom: stringField(record, 'validFrom'),
    validTo: nullableString(record, 'validTo'),
    rates: arrayField(record, 'rates').map(decodeRate),
    feeCollectionSurcharge: amountField(record, 'feeCollectionSurcharge'),
    discounts: arrayField(record, 'discounts').map(decodeDiscount),
  };
  const problem = checkTariffTable(table)[0];
  if (problem !== undefined) throw new DecodeError(`tariff ${table.id}: ${problem.en} (${problem.path})`);
  return table;
}

export const decodeTariffTables: Decoder<TariffTable[]> = (value) => arrayField(recordOf(value, 'answer'), 'items').map(decodeTariffTable);

export interface QuoteAnswer {
  tariffId: string;
  isSample: boolean;
  /** The day whose tariff was used, 'YYYY-MM-DD'. */
  date: string;
  lines: Array<{ code: string; labelVi: string; labelEn: string; amount: Dong }>;
  total: Dong;
}

export const decodeQuote: Decoder<QuoteAnswer> = (value) => {
  const record = recordOf(value, 'quote');
  return {
    tariffId: stringField(record, 'tariffId'),
    isSample: booleanField(record, 'isSample'),
    date: stringField(record, 'date'),
    lines: arrayField(record, 'lines').map((item) => {
      const line = recordOf(item, 'line');
      return { code: stringField(line, 'code'), labelVi: stringField(line, 'labelVi'), labelEn: stringField(line, 'labelEn'), amount: amountField(line, 'amount') };
    }),
    total: amountField(record, 'total'),
  };
};

export interface QuoteQuery {
  direction: QuoteDirection;
  zone: Zone;
  weightGrams: number;
  collectFees: boolean;
  /** A discount category of the table in force, or null for none. */
  discount: string | null;
}

export function quotePath(query: QuoteQuery): string {
  const params = new URLSearchParams({
    direction: query.direction,
    zone: query.zone,
    weightGrams: String(query.weightGrams),
    collectFees: String(query.collectFees),
  });
  if (query.discount !== null) params.set('discount', query.discount);
  return `/api/v1/tariffs/quote?${params.toString()}`;
}

export function fetchTariffTables(signal: AbortSignal): Promise<TariffTable[]> {
  return fetchJson('/api/v1/tariffs', decodeTariffTables, { signal });
}

export function fetchQuote(query: QuoteQuery, signal: AbortSignal): Promise<QuoteAnswer> {
  return fetchJson(quotePath(query), decodeQuote, { signal });
}
