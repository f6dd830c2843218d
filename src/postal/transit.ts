/** Transit limits J+n from the data table, and the scope of a trip between two units. */
import { and, gte, isNull, lte, or } from 'drizzle-orm';
import { transitLimits } from './postal.schema.js';
import { DEFAULT_TRANSIT_LIMITS, type TransitLimits, type TransitScope } from '../domain/calendar/transit.js';
import type { Db } from '../platform/db/client.js';
import { referenceCache } from '../platform/reference-cache.js';

/** The limits in force on `date`; a scope missing from the table keeps the circular's value. */
const limitsCache = referenceCache<TransitLimits>(30_000);

export function transitLimitsOn(db: Db, date: string): Promise<TransitLimits> {
  return limitsCache(date, () => readLimits(db, date));
}

async function readLimits(db: Db, date: string): Promise<TransitLimits> {
  const rows = await db
    .select()
    .from(transitLimits)
    .where(and(lte(transitLimits.validFrom, date), or(isNull(transitLimits.validTo), gte(transitLimits.validTo, date))));
  const numbers = (scope: TransitScope) => {
    const row = rows.find((r) => r.scope === scope);
    return row === undefined ? {} : { days: row.days, daysWithAppointmentSlip: row.daysWithAppointmentSlip };
  };
  return {
    'same-district': { ...DEFAULT_TRANSIT_LIMITS['same-district'], ...numbers('same-district') },
    'intra-province': { ...DEFAULT_TRANSIT_LIMITS['intra-province'], ...numbers('intra-province') },
    'inter-province-near': { ...DEFAULT_TRANSIT_LIMITS['inter-province-near'], ...numbers('inter-province-near') },
    'inter-province-far': { ...DEFAULT_TRANSIT_LIMITS['inter-province-far'], ...numbers('inter-province-far') },
  };
}

/**
 * Since 1 July 2025 there is no district: a trip inside one commune or ward takes the old
 * "same district" limit, any other trip inside the province the intra-province one. Between
 * provinces the longer limit applies, as which cities count as "near" is not data we hold.
 */
export function transitScope(from: { unitCode: string; provinceCode: string }, to: { unitCode: string; provinceCode: string }): TransitScope {
  if (from.unitCode === to.unitCode) return 'same-district';
  if (from.provinceCode === to.provinceCode) return 'intra-province';
  return 'inter-province-far';
}
