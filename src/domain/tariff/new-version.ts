/**
 * Publishing a new tariff version. Prices already charged must stay the prices of their day,
 * so a table is never edited for a day that has begun: a new version starts tomorrow at the
 * earliest, must be the latest version, and closes every earlier version still open on its
 * first day (their last day becomes the day before). The rule answers with everything wrong at
 * once (`problems`) or with what to change (`closes`); the service applies it in one transaction.
 */
import { checkTariffTable } from './check-table.js';
import type { PlainDateString, TariffTable } from './types.js';
import { addDays, isPlainDate } from '../time/plain-date.js';

export interface TariffVersionProblem {
  /** As in the request body, dot-separated: `validFrom`, `rates.2.tiers.0.price`. */
  path: string;
  vi: string;
  en: string;
  /** `conflict`: the table itself is fine but clashes with the versions already published. */
  kind: 'invalid' | 'conflict';
}

export type TariffVersionPlan =
  | { ok: true; closes: Array<{ id: string; validTo: PlainDateString }> }
  | { ok: false; problems: TariffVersionProblem[] };

/** `rates[2].tiers[0].price` → `rates.2.tiers.0.price`, the way the API names body fields. */
function dotted(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

export function planTariffVersion(existing: readonly TariffTable[], proposed: TariffTable, today: PlainDateString): TariffVersionPlan {
  const problems: TariffVersionProblem[] = checkTariffTable(proposed).map((p) => ({ path: dotted(p.path), vi: p.vi, en: p.en, kind: 'invalid' }));
  if (!isPlainDate(today)) throw new RangeError(`today is not a date: ${today}`);
  const validFrom = proposed.validFrom;
  if (isPlainDate(validFrom) && validFrom <= today) {
    problems.push({
      path: 'validFrom',
      vi: `Bảng cước mới chỉ có hiệu lực từ ngày mai (${addDays(today, 1)}) trở đi: giá của những ngày đã qua và hôm nay không được sửa`,
      en: `A new table takes effect tomorrow (${addDays(today, 1)}) at the earliest: prices of past days and today are never changed`,
      kind: 'invalid',
    });
  }
  if (existing.some((t) => t.id === proposed.id)) {
    problems.push({ path: 'id', vi: `Mã bảng cước "${proposed.id}" đã được dùng`, en: `The table id "${proposed.id}" is taken`, kind: 'conflict' });
  }
  const later = existing.filter((t) => t.validFrom >= validFrom);
  if (isPlainDate(validFrom) && later.length > 0) {
    const ids = later.map((t) => `${t.id} (${t.validFrom})`).join(', ');
    problems.push({
      path: 'validFrom',
      vi: `Đã có bảng cước hiệu lực từ ngày này hoặc sau đó: ${ids}. Bảng mới phải bắt đầu sau ngày đó`,
      en: `A table already takes effect on or after this day: ${ids}. A new version must start after it`,
      kind: 'conflict',
    });
  }
  // An invalid validFrom is already among the problems (checkTariffTable).
  if (problems.length > 0 || !isPlainDate(validFrom)) return { ok: false, problems };
  const dayBefore = addDays(validFrom, -1);
  const closes = existing.filter((t) => t.validTo === null || t.validTo >= validFrom).map((t) => ({ id: t.id, validTo: dayBefore }));
  return { ok: true, closes };
}
