import { TariffError } from './errors.js';
import { isPlainDate } from '../time/plain-date.js';
import type { PlainDateString, TariffTable } from './types.js';

/** Whether `table` applies on `date` (both bounds inclusive). */
export function isInForce(table: TariffTable, date: PlainDateString): boolean {
  // 'YYYY-MM-DD' strings order like the dates they name.
  return table.validFrom <= date && (table.validTo === null || date <= table.validTo);
}

/**
 * The table that applies on `date`: among those in force, the one with the latest `validFrom`
 * (a new table may be published without closing the old one). Two in force from the same day is
 * a data error, reported rather than resolved by list order. Sample tables are not filtered
 * out: the caller decides whether samples may be used, and quotes carry `isSample`.
 */
export function tariffInForce(tables: readonly TariffTable[], date: PlainDateString): TariffTable {
  if (!isPlainDate(date)) {
    throw new TariffError('invalid-date', `"${date}" không phải ngày YYYY-MM-DD`, `"${date}" is not a YYYY-MM-DD date`);
  }
  const candidates = tables.filter((t) => isInForce(t, date));
  if (candidates.length === 0) {
    throw new TariffError(
      'no-tariff-in-force',
      `Không có bảng cước nào có hiệu lực vào ngày ${date}`,
      `No tariff is in force on ${date}`,
    );
  }
  const latest = candidates.reduce((a, b) => (b.validFrom > a.validFrom ? b : a));
  const tied = candidates.filter((t) => t.validFrom === latest.validFrom);
  if (tied.length > 1) {
    const ids = tied.map((t) => t.id).join(', ');
    throw new TariffError(
      'ambiguous-tariff',
      `Có ${String(tied.length)} bảng cước cùng hiệu lực từ ${latest.validFrom}: ${ids}`,
      `${String(tied.length)} tariffs take effect on the same day ${latest.validFrom}: ${ids}`,
    );
  }
  return latest;
}
