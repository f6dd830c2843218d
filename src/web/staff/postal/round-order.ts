/**
 * The order of a postman's round: by area (commune or ward), then along each street. An address
 * is read as a house number and the rest ("12/3 Đường Võ Thị Sáu, khu phố 3" → 12/3 and "Đường
 * Võ Thị Sáu, khu phố 3"), so the stops of one street come together, in house-number order,
 * whatever the order they were booked in. Names compare as Vietnamese readers expect
 * (accents after the bare letter, "Đ" after "D", numbers by value).
 */

/** Result-leg states on a round (the server's ROUND_RESULT_STATES). */
export const ROUND_STATES = ['result-collected', 'out-for-delivery', 'result-at-post-office'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export interface Located {
  unit: { code: string; name: string };
  address: string;
}

export type Stop<P extends Located, D extends Located> = { kind: 'pickup'; pickup: P } | { kind: 'delivery'; delivery: D };

export interface Area<P extends Located, D extends Located> {
  unit: { code: string; name: string };
  stops: Stop<P, D>[];
  pickups: number;
  deliveries: number;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** "Số 12A, Đường X" → { street: "Đường X", number: "12A" }; an address without a leading number has number "". */
export function addressKey(address: string): { street: string; number: string } {
  const match = /^\s*(?:số\s+)?(\d+[0-9A-Za-z/-]*)\s*[,.]?\s*(.*)$/iu.exec(address.normalize('NFC'));
  if (match === null) return { street: address.trim(), number: '' };
  return { street: (match[2] ?? '').trim(), number: match[1] ?? '' };
}

export function compareAddresses(a: string, b: string): number {
  const ka = addressKey(a);
  const kb = addressKey(b);
  return collator.compare(ka.street, kb.street) || collator.compare(ka.number, kb.number) || collator.compare(a, b);
}

function locationOf<P extends Located, D extends Located>(stop: Stop<P, D>): Located {
  return stop.kind === 'pickup' ? stop.pickup : stop.delivery;
}

/** Pickups and deliveries together, grouped by area in name order, each area in street order. */
export function routeOrder<P extends Located, D extends Located>(pickups: readonly P[], deliveries: readonly D[]): Area<P, D>[] {
  const stops: Stop<P, D>[] = [...pickups.map((pickup) => ({ kind: 'pickup' as const, pickup })), ...deliveries.map((delivery) => ({ kind: 'delivery' as const, delivery }))];
  const areas = new Map<string, Area<P, D>>();
  for (const stop of stops) {
    const { unit } = locationOf(stop);
    let area = areas.get(unit.code);
    if (area === undefined) {
      area = { unit, stops: [], pickups: 0, deliveries: 0 };
      areas.set(unit.code, area);
    }
    area.stops.push(stop);
    if (stop.kind === 'pickup') area.pickups += 1;
    else area.deliveries += 1;
  }
  const ordered = [...areas.values()].sort((a, b) => collator.compare(a.unit.name, b.unit.name) || a.unit.code.localeCompare(b.unit.code));
  for (const area of ordered) area.stops.sort((a, b) => compareAddresses(locationOf(a).address, locationOf(b).address));
  return ordered;
}
