import { dong, sumDong, type Dong } from '../money/index.js';
import { checkTariffTable } from './check-table.js';
import { TariffError } from './errors.js';
import {
  DIRECTION_INFO,
  ZONES,
  ZONE_INFO,
  type Direction,
  type QuoteDirection,
  type QuoteLineCode,
  type QuoteRequest,
  type TariffRate,
  type TariffTable,
  type Zone,
} from './types.js';

export interface QuoteLine {
  code: QuoteLineCode;
  labelVi: string;
  labelEn: string;
  /** Negative for the discount line. */
  amount: Dong;
}

export interface Quote {
  tariffId: string;
  /** Copied from the table so every screen and print can warn that these are sample prices. */
  isSample: boolean;
  lines: QuoteLine[];
  total: Dong;
}

function legsOf(direction: QuoteDirection): Direction[] {
  switch (direction) {
    case 'pickup':
      return ['pickup'];
    case 'delivery':
      return ['delivery'];
    case 'both':
      // Two-way service is the sum of both legs (Đà Nẵng 2021 table §3; Khánh Hòa notice).
      return ['pickup', 'delivery'];
    default: {
      const _exhaustive: never = direction;
      throw new TariffError(
        'unknown-direction',
        `Chiều dịch vụ "${String(_exhaustive)}" không tồn tại`,
        `Unknown direction "${String(_exhaustive)}"`,
      );
    }
  }
}

function lineCode(direction: Direction): QuoteLineCode {
  switch (direction) {
    case 'pickup':
      return 'postage-pickup';
    case 'delivery':
      return 'postage-delivery';
    default: {
      const _exhaustive: never = direction;
      return _exhaustive;
    }
  }
}

/**
 * Postage for one leg: the first tier whose limit is not below the weight; above the last tier,
 * its price plus `extraPer500Grams` for each started 500 g beyond it (1 200 g over a 500 g last
 * tier is 700 g more: two steps).
 */
export function postageFor(rate: TariffRate, weightGrams: number): Dong {
  const tier = rate.tiers.find((t) => weightGrams <= t.upToGrams);
  if (tier) return dong(tier.price);
  const last = rate.tiers.at(-1);
  if (!last) {
    throw new TariffError('invalid-table', 'Bảng cước không có nấc khối lượng nào', 'The rate has no weight tiers');
  }
  const steps = Math.ceil((weightGrams - last.upToGrams) / 500);
  return dong(last.price + steps * rate.extraPer500Grams);
}

function findRate(table: TariffTable, direction: Direction, zone: Zone): TariffRate {
  const rate = table.rates.find((r) => r.direction === direction && r.zone === zone);
  if (!rate) {
    throw new TariffError(
      'unknown-zone',
      `Bảng cước ${table.id} không có giá ${DIRECTION_INFO[direction].vi.toLowerCase()} cho vùng "${zone}"`,
      `Tariff ${table.id} has no ${DIRECTION_INFO[direction].en.toLowerCase()} price for zone "${zone}"`,
    );
  }
  return rate;
}

/**
 * Round half up, in integers: the citizen is given the half đồng. No rule on rounding was
 * found; with today's figures (multiples of 100 đ, 50 % or 100 %) it never applies.
 */
function percentOf(amount: number, percent: number): number {
  return Math.floor((amount * percent + 50) / 100);
}

/**
 * The price of one dossier's postal service under `table`.
 *
 * Lines, in this order: postage for each requested leg; the discount, if any, as a negative
 * line; the fee-collection surcharge, if asked.
 *
 * Our reading of Circular 22/2017/TT-BTTTT: the exemption/50 % reduction applies to the charge
 * for receiving the dossier and returning the result (postage, both legs), not to collecting and
 * paying the procedure fees, which is a separate service the citizen opts into; so the discount
 * is computed on postage only and the surcharge is charged in full, once per dossier.
 *
 * For 'both', the same weight is used for both legs; when the result's weight is known only
 * later, quote the legs separately.
 *
 * Throws `TariffError` ('invalid-weight', 'unknown-zone', 'unknown-discount', 'unknown-direction',
 * 'invalid-table').
 */
export function quote(table: TariffTable, request: QuoteRequest): Quote {
  const tableProblem = checkTariffTable(table)[0];
  if (tableProblem) {
    throw new TariffError(
      'invalid-table',
      `Bảng cước ${table.id} không hợp lệ: ${tableProblem.vi} (${tableProblem.path})`,
      `Tariff ${table.id} is invalid: ${tableProblem.en} (${tableProblem.path})`,
    );
  }
  const { weightGrams, zone } = request;
  if (!Number.isSafeInteger(weightGrams) || weightGrams <= 0) {
    throw new TariffError(
      'invalid-weight',
      `Khối lượng phải là số gam nguyên lớn hơn 0, không phải ${String(weightGrams)}`,
      `Weight must be a whole number of grams above 0, not ${String(weightGrams)}`,
    );
  }
  // Requests may come from JSON, so the zone is checked even though the type says it is a Zone.
  if (!(ZONES as readonly string[]).includes(zone)) {
    throw new TariffError('unknown-zone', `Vùng "${String(zone)}" không tồn tại`, `Unknown zone "${String(zone)}"`);
  }
  const discount =
    request.discount === undefined ? undefined : table.discounts.find((d) => d.category === request.discount);
  if (request.discount !== undefined && !discount) {
    throw new TariffError(
      'unknown-discount',
      `Bảng cước ${table.id} không có đối tượng miễn giảm "${request.discount}"`,
      `Tariff ${table.id} has no discount category "${request.discount}"`,
    );
  }

  const lines: QuoteLine[] = legsOf(request.direction).map((direction) => {
    const info = DIRECTION_INFO[direction];
    const zoneInfo = ZONE_INFO[zone];
    return {
      code: lineCode(direction),
      labelVi: `${info.vi}, ${String(weightGrams)} g, ${zoneInfo.shortVi}`,
      labelEn: `${info.en}, ${String(weightGrams)} g, ${zoneInfo.shortEn}`,
      amount: postageFor(findRate(table, direction, zone), weightGrams),
    };
  });

  if (discount) {
    const postage = sumDong(lines.map((l) => l.amount));
    const free = discount.percent === 100;
    lines.push({
      code: 'discount',
      labelVi: `${free ? 'Miễn cước' : `Giảm ${String(discount.percent)}% cước`}: ${discount.nameVi}`,
      labelEn: `${free ? 'Free of charge' : `${String(discount.percent)}% off postage`}: ${discount.nameEn}`,
      amount: dong(-percentOf(postage, discount.percent)),
    });
  }

  if (request.collectFees) {
    lines.push({
      code: 'fee-collection',
      labelVi: 'Cước chuyển nộp phí, lệ phí thủ tục hành chính',
      labelEn: 'Collecting the procedure fees and paying them to the agency',
      amount: dong(table.feeCollectionSurcharge),
    });
  }

  return { tariffId: table.id, isSample: table.isSample, lines, total: sumDong(lines.map((l) => l.amount)) };
}
