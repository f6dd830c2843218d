/**
 * Postal tariffs for dossiers, as data (design invariant 5): a table per operator and period,
 * direction × zone × weight tier, a surcharge for collecting procedure fees on the citizen's
 * behalf, and the exemption/discount categories of Circular 22/2017/TT-BTTTT.
 *
 * Amounts in the table are plain numbers so that a table can be stored as JSON and loaded by
 * the catalog; `checkTariffTable` says what is wrong with one, and `quote` returns `Dong`.
 */

/** A leg of the service: dossier pickup/sending (nhận gửi hồ sơ) or result delivery (chuyển trả kết quả). */
export type Direction = 'pickup' | 'delivery';
export const DIRECTIONS = ['pickup', 'delivery'] as const satisfies readonly Direction[];

/** What the citizen asks a quote for: one leg or both (Decision 45/2016 Art. 5(3)). */
export type QuoteDirection = Direction | 'both';

/**
 * Distance classes used by published tables.
 *
 * 'intra-district' is the pre-2025 "nội quận/huyện". Since 1 July 2025 there is no district
 * level, and how VNPost re-zoned intra-province prices was not found; we read it as "same
 * commune/locality" and keep the value (and old tables) as data rather than renaming it, so a
 * table from either era loads unchanged.
 */
export type Zone = 'intra-district' | 'intra-province' | 'inter-province-near' | 'inter-province-far';
export const ZONES = [
  'intra-district',
  'intra-province',
  'inter-province-near',
  'inter-province-far',
] as const satisfies readonly Zone[];

export const ZONE_INFO = {
  'intra-district': {
    vi: 'Nội tỉnh, nội quận/huyện (từ 01/7/2025: cùng xã/phường)',
    en: 'Within the province, same district (from 1 July 2025: same commune/ward)',
    shortVi: 'nội quận/huyện',
    shortEn: 'same district',
  },
  'intra-province': {
    vi: 'Nội tỉnh, liên quận/huyện',
    en: 'Within the province, between districts/communes',
    shortVi: 'liên quận/huyện',
    shortEn: 'within the province',
  },
  'inter-province-near': {
    vi: 'Liên tỉnh, nội vùng',
    en: 'Between provinces, same region',
    shortVi: 'liên tỉnh nội vùng',
    shortEn: 'other province, same region',
  },
  'inter-province-far': {
    vi: 'Liên tỉnh, liên vùng',
    en: 'Between provinces, other region',
    shortVi: 'liên tỉnh liên vùng',
    shortEn: 'other province, other region',
  },
} as const satisfies Record<Zone, { vi: string; en: string; shortVi: string; shortEn: string }>;

export const DIRECTION_INFO = {
  pickup: { vi: 'Cước nhận gửi hồ sơ', en: 'Dossier pickup and sending' },
  delivery: { vi: 'Cước chuyển trả kết quả', en: 'Result delivery' },
} as const satisfies Record<Direction, { vi: string; en: string }>;

export interface TariffTier {
  /** Inclusive upper bound of the tier ("đến 100 g"). */
  upToGrams: number;
  price: number;
}

export interface TariffRate {
  direction: Direction;
  zone: Zone;
  /** Ascending by `upToGrams`. */
  tiers: TariffTier[];
  /** Added for each started 500 g above the last tier ("mỗi 500 g tiếp theo"). */
  extraPer500Grams: number;
}

export interface TariffDiscount {
  /** Stable code used by quotes and stored on dossiers. */
  category: string;
  /** 100 = free of charge, 50 = half price. */
  percent: number;
  nameVi: string;
  nameEn: string;
  /** Where the category comes from, e.g. "TT 22/2017/TT-BTTTT, giảm 50%, điểm g". */
  legalRef?: string;
}

/**
 * A calendar date 'YYYY-MM-DD' (Vietnam), not an instant. Plain `string` rather than the branded
 * `PlainDate` so that a table read from JSON type-checks as is; `checkTariffTable` verifies it.
 */
export type PlainDateString = string;

export interface TariffTable {
  id: string;
  nameVi: string;
  nameEn: string;
  /** True for reference figures from another province: show "sample prices" wherever used. */
  isSample: boolean;
  /** Where the figures come from (URL or document). */
  source: string;
  validFrom: PlainDateString;
  /** Last day the table applies (inclusive); null while in force. */
  validTo: PlainDateString | null;
  rates: TariffRate[];
  /** "Chuyển nộp lệ phí": collecting the procedure fees and paying them to the agency, per dossier. */
  feeCollectionSurcharge: number;
  discounts: TariffDiscount[];
}

export interface QuoteRequest {
  direction: QuoteDirection;
  zone: Zone;
  weightGrams: number;
  /** The postman collects the procedure fees (thu hộ) and pays them to the agency. */
  collectFees: boolean;
  /** A `TariffDiscount.category` of the table. */
  discount?: string;
}

export type QuoteLineCode = 'postage-pickup' | 'postage-delivery' | 'fee-collection' | 'discount';
