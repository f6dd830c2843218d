export {
  DIRECTIONS,
  DIRECTION_INFO,
  ZONES,
  ZONE_INFO,
} from './types.js';
export type {
  Direction,
  PlainDateString,
  QuoteDirection,
  QuoteLineCode,
  QuoteRequest,
  TariffDiscount,
  TariffRate,
  TariffTable,
  TariffTier,
  Zone,
} from './types.js';
export { TariffError } from './errors.js';
export type { TariffErrorCode } from './errors.js';
export { checkTariffTable } from './check-table.js';
export type { TariffTableProblem } from './check-table.js';
export { postageFor, quote } from './quote.js';
export type { Quote, QuoteLine } from './quote.js';
export { isInForce, tariffInForce } from './in-force.js';
export { CIRCULAR_22_2017_DISCOUNTS } from './circular-22-2017.js';
export { SAMPLE_TARIFF_DA_NANG_2021 } from './sample-da-nang-2021.js';
