import { DIRECTIONS, ZONES, type TariffTable } from './types.js';
import { isPlainDate } from '../time/plain-date.js';

/** One thing wrong with a tariff table, pointing at the field (`rates[2].tiers[0].price`). */
export interface TariffTableProblem {
  path: string;
  vi: string;
  en: string;
}

const isAmount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * Every problem in a table, so an administrator entering a new one sees them all at once.
 * An empty list means `quote` can use the table. A table need not price every direction × zone
 * (an operator may not offer inter-province delivery); asking for a missing one is an
 * 'unknown-zone' error at quote time.
 */
export function checkTariffTable(table: TariffTable): TariffTableProblem[] {
  const problems: TariffTableProblem[] = [];
  const add = (path: string, vi: string, en: string): void => {
    problems.push({ path, vi, en });
  };

  if (table.id.trim() === '') add('id', 'Bảng cước chưa có mã', 'The table has no id');
  if (!isPlainDate(table.validFrom)) {
    add('validFrom', `Ngày hiệu lực "${table.validFrom}" không phải ngày YYYY-MM-DD`, `validFrom "${table.validFrom}" is not a YYYY-MM-DD date`);
  }
  if (table.validTo !== null) {
    if (!isPlainDate(table.validTo)) {
      add('validTo', `Ngày hết hiệu lực "${table.validTo}" không phải ngày YYYY-MM-DD`, `validTo "${table.validTo}" is not a YYYY-MM-DD date`);
    } else if (table.validTo < table.validFrom) {
      add('validTo', 'Ngày hết hiệu lực trước ngày bắt đầu hiệu lực', 'validTo is before validFrom');
    }
  }
  if (!isAmount(table.feeCollectionSurcharge)) {
    add('feeCollectionSurcharge', 'Cước chuyển nộp lệ phí phải là số nguyên đồng không âm', 'The fee-collection surcharge must be a non-negative whole number of đồng');
  }

  const seen = new Set<string>();
  table.rates.forEach((rate, r) => {
    const at = `rates[${String(r)}]`;
    if (!(DIRECTIONS as readonly string[]).includes(rate.direction)) {
      add(`${at}.direction`, `Chiều "${String(rate.direction)}" không tồn tại`, `Unknown direction "${String(rate.direction)}"`);
    }
    if (!(ZONES as readonly string[]).includes(rate.zone)) {
      add(`${at}.zone`, `Vùng "${String(rate.zone)}" không tồn tại`, `Unknown zone "${String(rate.zone)}"`);
    }
    const key = `${rate.direction}/${rate.zone}`;
    if (seen.has(key)) add(at, `Giá cho ${key} bị khai báo hai lần`, `${key} is priced twice`);
    seen.add(key);
    if (rate.tiers.length === 0) add(`${at}.tiers`, 'Chưa có nấc khối lượng nào', 'No weight tiers');
    let previous = 0;
    rate.tiers.forEach((tier, t) => {
      const tat = `${at}.tiers[${String(t)}]`;
      if (!Number.isSafeInteger(tier.upToGrams) || tier.upToGrams <= previous) {
        add(`${tat}.upToGrams`, 'Các nấc khối lượng phải là số gam nguyên, tăng dần', 'Tier limits must be whole grams in ascending order');
      }
      previous = tier.upToGrams;
      if (!isAmount(tier.price)) add(`${tat}.price`, 'Giá cước phải là số nguyên đồng không âm', 'A price must be a non-negative whole number of đồng');
    });
    if (!isAmount(rate.extraPer500Grams)) {
      add(`${at}.extraPer500Grams`, 'Cước mỗi 500 g tiếp theo phải là số nguyên đồng không âm', 'The per-500 g extra must be a non-negative whole number of đồng');
    }
  });

  const categories = new Set<string>();
  table.discounts.forEach((d, i) => {
    const at = `discounts[${String(i)}]`;
    if (categories.has(d.category)) add(`${at}.category`, `Đối tượng "${d.category}" bị khai báo hai lần`, `Category "${d.category}" is declared twice`);
    categories.add(d.category);
    if (!Number.isInteger(d.percent) || d.percent < 1 || d.percent > 100) {
      add(`${at}.percent`, 'Tỷ lệ miễn giảm phải là số nguyên từ 1 đến 100', 'A discount percent is a whole number from 1 to 100');
    }
  });
  return problems;
}
