/**
 * The new-tariff form as data: a copy of a table with its amounts as typed (strings, so a
 * half-typed number is kept as it is), turned back into a table for the domain's check, and
 * kept in this tab's sessionStorage so a failed request or a reload loses nothing.
 */
import type { Direction, TariffDiscount, TariffTable, Zone } from '../../../domain/tariff/types.js';
import { DIRECTIONS, ZONES } from '../../../domain/tariff/types.js';

export interface RateDraft {
  direction: Direction;
  zone: Zone;
  tiers: Array<{ upToGrams: number; price: string }>;
  extraPer500Grams: string;
}

export interface TariffDraft {
  copiedFrom: string | null;
  id: string;
  nameVi: string;
  nameEn: string;
  source: string;
  validFrom: string;
  isSample: boolean;
  feeCollectionSurcharge: string;
  rates: RateDraft[];
  discounts: TariffDiscount[];
}

export function draftFrom(table: TariffTable | null, validFrom: string): TariffDraft {
  return {
    copiedFrom: table?.id ?? null,
    id: `bang-cuoc-${validFrom}`,
    nameVi: table?.nameVi ?? '',
    nameEn: table?.nameEn ?? '',
    source: '',
    validFrom,
    isSample: table?.isSample ?? false,
    feeCollectionSurcharge: table === null ? '0' : String(table.feeCollectionSurcharge),
    rates: (table?.rates ?? []).map((r) => ({ direction: r.direction, zone: r.zone, tiers: r.tiers.map((t) => ({ upToGrams: t.upToGrams, price: String(t.price) })), extraPer500Grams: String(r.extraPer500Grams) })),
    discounts: table?.discounts.map((d) => ({ ...d })) ?? [],
  };
}

/** A whole number of đồng as typed ("26000", "26.000" with the Vietnamese grouping), or NaN. */
export function parseAmount(typed: string): number {
  const plain = typed.trim().replace(/[.\s]/g, '');
  return /^\d{1,12}$/.test(plain) ? Number(plain) : Number.NaN;
}

export function tableFrom(draft: TariffDraft): TariffTable {
  return {
    id: draft.id.trim(),
    nameVi: draft.nameVi.trim(),
    nameEn: draft.nameEn.trim(),
    isSample: draft.isSample,
    source: draft.source.trim(),
    validFrom: draft.validFrom,
    validTo: null,
    rates: draft.rates.map((r) => ({ direction: r.direction, zone: r.zone, tiers: r.tiers.map((t) => ({ upToGrams: t.upToGrams, price: parseAmount(t.price) })), extraPer500Grams: parseAmount(r.extraPer500Grams) })),
    feeCollectionSurcharge: parseAmount(draft.feeCollectionSurcharge),
    discounts: draft.discounts,
  };
}

const KEY = 'bcci-hub.admin.tariff-draft';

export function saveDraft(draft: TariffDraft): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage disabled: the form still works, without surviving a reload.
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRateDraft(value: unknown): value is RateDraft {
  return (
    isRecord(value) &&
    DIRECTIONS.some((d) => d === value['direction']) &&
    ZONES.some((z) => z === value['zone']) &&
    typeof value['extraPer500Grams'] === 'string' &&
    Array.isArray(value['tiers']) &&
    value['tiers'].every((t: unknown) => isRecord(t) && typeof t['upToGrams'] === 'number' && typeof t['price'] === 'string')
  );
}

function isDiscount(value: unknown): value is TariffDiscount {
  return (
    isRecord(value) &&
    typeof value['category'] === 'string' &&
    typeof value['percent'] === 'number' &&
    typeof value['nameVi'] === 'string' &&
    typeof value['nameEn'] === 'string' &&
    (value['legalRef'] === undefined || typeof value['legalRef'] === 'string')
  );
}

/** The kept draft, or null when there is none or it is not one of ours (an older shape). */
export function recallDraft(): TariffDraft | null {
  let value: unknown;
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const strings = ['id', 'nameVi', 'nameEn', 'source', 'validFrom', 'feeCollectionSurcharge'] as const;
  if (!strings.every((k) => typeof value[k] === 'string') || typeof value['isSample'] !== 'boolean') return null;
  if (!Array.isArray(value['rates']) || !value['rates'].every(isRateDraft) || !Array.isArray(value['discounts']) || !value['discounts'].every(isDiscount)) return null;
  const copiedFrom = value['copiedFrom'];
  return {
    copiedFrom: typeof copiedFrom === 'string' ? copiedFrom : null,
    id: String(value['id']),
    nameVi: String(value['nameVi']),
    nameEn: String(value['nameEn']),
    source: String(value['source']),
    validFrom: String(value['validFrom']),
    isSample: value['isSample'],
    feeCollectionSurcharge: String(value['feeCollectionSurcharge']),
    rates: value['rates'],
    discounts: value['discounts'],
  };
}
