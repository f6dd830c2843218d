/**
 * Administrative units as the reports need them: for every unit code of every era, the unit
 * an address there belongs to today (Phường Quang Vinh, 26023, is in Phường Trấn Biên, 26041,
 * since the 2025 merger), and names to label groups with. A few hundred rows that change once
 * in years: read once a minute per process, before any transaction opens.
 */
import { administrativeUnits } from '../catalog/catalog.schema.js';
import { currentUnitOf } from '../domain/address/unit-succession.js';
import type { Db } from '../platform/db/client.js';

type UnitRow = typeof administrativeUnits.$inferSelect;

export interface UnitDirectory {
  /** Every code whose current unit is another code, mapped to it (codes in force map to themselves and are left out). */
  succession: Record<string, string>;
  /** The code of the unit an address recorded under `code` belongs to today. */
  currentOf(code: string): string;
  /** Every code an address may have been recorded under that belongs to `code` today (itself included). */
  leadingTo(code: string): string[];
  /** The name of a unit in force today. */
  currentName(code: string): string | null;
  /** The names a code had over a range of days, oldest first: a code may be reused by a merged unit. */
  namesBetween(code: string, first: string, last: string): string[];
}

export function buildUnitDirectory(rows: readonly UnitRow[], today: string): UnitDirectory {
  const inForce = rows.filter((r) => r.validFrom <= today && (r.validTo === null || r.validTo >= today));
  const parents = new Set(inForce.map((r) => r.parentCode).filter((c): c is string => c !== null));
  const current = inForce.filter((r) => !parents.has(r.code) && r.parentCode !== null);
  const currentByCode = new Map(current.map((u) => [u.code, u]));
  const versions = new Map<string, UnitRow[]>();
  for (const row of rows) versions.set(row.code, [...(versions.get(row.code) ?? []), row]);
  for (const list of versions.values()) list.sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const succession: Record<string, string> = {};
  for (const [code, list] of versions) {
    if (currentByCode.has(code)) continue;
    const latest = list[list.length - 1];
    const parent = latest?.parentCode == null ? undefined : rows.find((r) => r.code === latest.parentCode && r.validFrom === latest.validFrom);
    const outcome = currentUnitOf(code, current, latest, parent?.fullName ?? null);
    // A unit split between several current ones (or unknown) stays under its own code: it
    // cannot be given to one of them without inventing which.
    if (outcome.kind === 'merged') succession[code] = outcome.code;
  }
  return {
    succession,
    currentOf: (code) => succession[code] ?? code,
    leadingTo: (code) => [...(succession[code] === undefined ? [code] : []), ...Object.keys(succession).filter((old) => succession[old] === code)].sort(),
    currentName: (code) => currentByCode.get(code)?.fullName ?? null,
    namesBetween(code, first, last) {
      const names = (versions.get(code) ?? []).filter((v) => v.validFrom <= last && (v.validTo === null || v.validTo >= first)).map((v) => v.fullName);
      return [...new Set(names)];
    },
  };
}

export function createUnitDirectoryCache(db: Db, today: () => string, ttlMs = 60_000) {
  let cached: { at: number; day: string; value: Promise<UnitDirectory> } | null = null;
  return function unitDirectory(): Promise<UnitDirectory> {
    const day = today();
    if (cached !== null && cached.day === day && Date.now() - cached.at < ttlMs) return cached.value;
    // A query builder runs again at every `await`: take its result once, as a promise.
    const value = db
      .select()
      .from(administrativeUnits)
      .execute()
      .then((rows) => buildUnitDirectory(rows, day));
    cached = { at: Date.now(), day, value };
    value.catch(() => {
      cached = null;
    });
    return value;
  };
}

export type UnitDirectoryCache = ReturnType<typeof createUnitDirectoryCache>;
