/**
 * How a tariff table is laid out on the page, and the calculator's own check of the weight.
 * Pure, so the rows a citizen reads are tested against the quote rule that prices a dossier.
 */
import { isInForce, tariffInForce } from '../../../domain/tariff/in-force.js';
import { TariffError } from '../../../domain/tariff/errors.js';
import { postageFor } from '../../../domain/tariff/quote.js';
import { type Direction, type TariffTable, ZONES, type Zone } from '../../../domain/tariff/types.js';

export interface TierRow {
  /** The row covers weights above `fromGrams` (0 for the first) up to and including `upToGrams`. */
  fromGrams: number;
  upToGrams: number;
  /** By zone; null where the zone's own tiers stop below this row (the "each further 500 g" row applies). */
  prices: Record<Zone, number | null>;
}

export interface DirectionTable {
  direction: Direction;
  /** The zones this table prices for the direction, in the usual order (near to far). */
  zones: Zone[];
  rows: TierRow[];
  /** Added per started 500 g above a zone's last tier. */
  extraPer500Grams: Record<Zone, number | null>;
  /** The last tier of the zones, for the label of the "each further 500 g" row. */
  lastTierGrams: number;
}

/**
 * One table per direction, rows = weight tiers, columns = zones. Rows are the union of every
 * zone's tier limits, so between two rows no zone's price changes; a cell shows the price at the
 * row's upper limit, which is then the price for every weight in the row.
 */
export function directionTable(table: TariffTable, direction: Direction): DirectionTable | null {
  const rates = table.rates.filter((rate) => rate.direction === direction);
  if (rates.length === 0) return null;
  const zones = ZONES.filter((zone) => rates.some((rate) => rate.zone === zone));
  const limits = [...new Set(rates.flatMap((rate) => rate.tiers.map((tier) => tier.upToGrams)))].sort((a, b) => a - b);
  const byZone = (value: (zone: Zone) => number | null): Record<Zone, number | null> =>
    Object.fromEntries(ZONES.map((zone) => [zone, value(zone)])) as Record<Zone, number | null>;
  const rateOf = (zone: Zone) => rates.find((rate) => rate.zone === zone);
  const rows = limits.map((upToGrams, index) => ({
    fromGrams: index === 0 ? 0 : (limits[index - 1] ?? 0),
    upToGrams,
    prices: byZone((zone) => {
      const rate = rateOf(zone);
      const last = rate?.tiers.at(-1);
      return rate === undefined || last === undefined || upToGrams > last.upToGrams ? null : postageFor(rate, upToGrams);
    }),
  }));
  return {
    direction,
    zones,
    rows,
    extraPer500Grams: byZone((zone) => rateOf(zone)?.extraPer500Grams ?? null),
    lastTierGrams: limits.at(-1) ?? 0,
  };
}

/**
 * Zones as published tables group them, "nội tỉnh" and "liên tỉnh": two zones per table keeps
 * a price table readable on a 360 px phone without sideways scrolling.
 */
export type ZoneGroup = 'intra-province' | 'inter-province';
export const ZONE_GROUP: Record<Zone, ZoneGroup> = {
  'intra-district': 'intra-province',
  'intra-province': 'intra-province',
  'inter-province-near': 'inter-province',
  'inter-province-far': 'inter-province',
};
const GROUP_ORDER: readonly ZoneGroup[] = ['intra-province', 'inter-province'];

/** The zones of a direction's table split into its groups, in order; empty groups left out. */
export function zoneGroups(zones: readonly Zone[]): Array<{ group: ZoneGroup; zones: Zone[] }> {
  return GROUP_ORDER.map((group) => ({ group, zones: zones.filter((zone) => ZONE_GROUP[zone] === group) })).filter((entry) => entry.zones.length > 0);
}

/** The table that applies today, and the others (earlier or later) for reference. */
export function splitByToday(tables: readonly TariffTable[], today: string): { current: TariffTable | null; others: TariffTable[] } {
  let current: TariffTable | null = null;
  try {
    current = tariffInForce(tables, today);
  } catch (error) {
    // No table in force (or two from the same day): the page says so rather than guessing.
    if (!(error instanceof TariffError)) throw error;
  }
  const others = tables.filter((table) => table !== current).sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
  return { current, others };
}

export type TableTiming = 'in-force' | 'past' | 'future';

export function timingOf(table: TariffTable, today: string): TableTiming {
  if (isInForce(table, today)) return 'in-force';
  return table.validFrom > today ? 'future' : 'past';
}

/** The heaviest dossier the quote API prices (its query schema's maximum). */
export const MAX_WEIGHT_GRAMS = 30_000;

export type WeightCheck = { ok: true; grams: number } | { ok: false; reason: 'empty' | 'not-whole-grams' | 'too-light' | 'too-heavy' };

/**
 * Grams as typed on a phone: digits, with spaces or the thousands dot of Vietnamese ("1.200")
 * allowed; a decimal comma or anything else is refused with a reason the form explains.
 */
export function checkWeight(input: string): WeightCheck {
  const compact = input.trim().replace(/\s+/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(compact)) return { ok: false, reason: 'not-whole-grams' };
  const grams = Number(compact.replaceAll('.', ''));
  if (grams < 1) return { ok: false, reason: 'too-light' };
  if (grams > MAX_WEIGHT_GRAMS) return { ok: false, reason: 'too-heavy' };
  return { ok: true, grams };
}
