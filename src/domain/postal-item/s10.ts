/**
 * UPU S10 postal item numbers: 13 characters, e.g. `RR473124829VN`.
 *
 *   RR        service indicator, 2 letters (which ones VNPost uses for these dossiers is
 *             unconfirmed, so callers pass the prefix; `validateS10` can restrict it)
 *   47312482  serial, 8 digits
 *   9         check digit over the serial
 *   VN        ISO 3166-1 alpha-2 country of the issuing operator
 *
 * Check digit (UPU S10 §5): weights 8 6 4 2 3 5 9 7, S = Σ digit × weight,
 * C = 11 − (S mod 11), then C = 10 → 0 and C = 11 → 5.
 *
 * A known weakness of this scheme, kept visible here because tests and users meet it: both
 * S mod 11 = 0 and S mod 11 = 6 give check digit 5, so a single wrong serial digit that moves
 * the remainder between 0 and 6 is NOT detected. Every other single-digit error is.
 *
 * Issuance (pools, the 12-month no-reuse rule) needs a database and lives elsewhere; this file
 * is the pure part.
 */
import { DomainError } from '../domain-error.js';

declare const s10Brand: unique symbol;

/** A 13-character S10 number that passed `validateS10` (upper case, no spaces, right check digit). */
export type S10Number = string & { readonly [s10Brand]: 'S10Number' };

export const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;
export const S10_MAX_SERIAL = 99_999_999;

export type S10ProblemReason = 'length' | 'service-indicator' | 'serial' | 'check-digit' | 'country';

/** Why an input is not a valid S10 number, in both languages, ready to show to a clerk. */
export interface S10Problem {
  reason: S10ProblemReason;
  vi: string;
  en: string;
}

export type S10Validation =
  | {
      ok: true;
      value: S10Number;
      /**
       * True when the input was accepted only after trimming, removing inner spaces or
       * upper-casing: a scanner or a clerk typing "rr 4731 2482 9 vn" is normal, but the screen
       * should show the canonical form back.
       */
      normalised: boolean;
    }
  | { ok: false; problem: S10Problem };

export interface ValidateS10Options {
  /** Expected country code, e.g. "VN". */
  country?: string;
  /** Service indicators accepted here (configuration); any two letters when absent. */
  serviceIndicators?: readonly string[];
}

export type S10ErrorCode =
  | 'invalid-serial'
  | 'invalid-service-indicator'
  | 'invalid-country'
  | 'invalid-range'
  | 'serial-out-of-range';

/** Thrown by the functions that build numbers from trusted parts (a bug or bad configuration). */
export class S10Error extends DomainError<S10ErrorCode> {
  override readonly name = 'S10Error';
}

const LETTERS2 = /^[A-Z]{2}$/;
const DIGITS8 = /^\d{8}$/;

function serialDigits(serial: number | string): string {
  if (typeof serial === 'string') {
    if (!DIGITS8.test(serial)) {
      throw new S10Error(
        'invalid-serial',
        `Số hiệu phải gồm đúng 8 chữ số, không phải "${serial}"`,
        `A serial is exactly 8 digits, not "${serial}"`,
      );
    }
    return serial;
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > S10_MAX_SERIAL) {
    throw new S10Error(
      'invalid-serial',
      `Số hiệu phải là số nguyên từ 0 đến ${String(S10_MAX_SERIAL)}, không phải ${String(serial)}`,
      `A serial is an integer from 0 to ${String(S10_MAX_SERIAL)}, not ${String(serial)}`,
    );
  }
  return String(serial).padStart(8, '0');
}

/** The check digit of an 8-digit serial (a number 0..99 999 999 or an 8-digit string). */
export function s10CheckDigit(serial: number | string): number {
  const digits = serialDigits(serial);
  let sum = 0;
  S10_WEIGHTS.forEach((weight, i) => {
    sum += Number(digits[i]) * weight;
  });
  const c = 11 - (sum % 11);
  if (c === 10) return 0;
  if (c === 11) return 5;
  return c;
}

function checkLetters(code: 'invalid-service-indicator' | 'invalid-country', value: string): string {
  if (LETTERS2.test(value)) return value;
  if (code === 'invalid-service-indicator') {
    throw new S10Error(
      code,
      `Mã dịch vụ phải là 2 chữ cái in hoa, không phải "${value}"`,
      `A service indicator is 2 capital letters, not "${value}"`,
    );
  }
  throw new S10Error(
    code,
    `Mã nước phải là 2 chữ cái in hoa, không phải "${value}"`,
    `A country code is 2 capital letters, not "${value}"`,
  );
}

/** Builds a number from its parts, computing the check digit. Throws `S10Error` on bad parts. */
export function formatS10(prefix: string, serial: number, country: string): S10Number {
  const si = checkLetters('invalid-service-indicator', prefix);
  const cc = checkLetters('invalid-country', country);
  const digits = serialDigits(serial);
  return `${si}${digits}${String(s10CheckDigit(digits))}${cc}` as S10Number;
}

/** Trim, drop inner whitespace, upper-case: what a clerk or a scanner may add. */
export function normaliseS10Input(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

function problem(reason: S10ProblemReason, vi: string, en: string): S10Validation {
  return { ok: false, problem: { reason, vi, en } };
}

/**
 * Checks a typed or scanned number. Problems are reported in the order of the characters
 * (length, service indicator, serial, check digit, country), so the first message points at the
 * leftmost thing to fix.
 */
export function validateS10(input: string, opts: ValidateS10Options = {}): S10Validation {
  const value = normaliseS10Input(input);
  if (value.length !== 13) {
    return problem(
      'length',
      `Số hiệu bưu gửi phải có 13 ký tự (2 chữ cái mã dịch vụ, 8 chữ số, 1 số kiểm tra, 2 chữ cái mã nước), nhưng "${value}" có ${String(value.length)} ký tự`,
      `A postal item number has 13 characters (2-letter service indicator, 8 digits, 1 check digit, 2-letter country code), but "${value}" has ${String(value.length)}`,
    );
  }
  const si = value.slice(0, 2);
  const serial = value.slice(2, 10);
  const check = value.slice(10, 11);
  const country = value.slice(11, 13);

  if (!LETTERS2.test(si)) {
    return problem(
      'service-indicator',
      `Hai ký tự đầu là mã dịch vụ và phải là chữ cái, không phải "${si}"`,
      `The first two characters are the service indicator and must be letters, not "${si}"`,
    );
  }
  if (opts.serviceIndicators !== undefined && !opts.serviceIndicators.includes(si)) {
    const allowed = opts.serviceIndicators.join(', ');
    return problem(
      'service-indicator',
      `Mã dịch vụ "${si}" không được dùng cho bưu gửi hồ sơ ở đây; các mã được dùng: ${allowed}`,
      `Service indicator "${si}" is not used for dossier items here; accepted: ${allowed}`,
    );
  }
  if (!DIGITS8.test(serial)) {
    return problem(
      'serial',
      `Ký tự thứ 3 đến 10 là số hiệu và phải là 8 chữ số, không phải "${serial}"`,
      `Characters 3 to 10 are the serial and must be 8 digits, not "${serial}"`,
    );
  }
  const expected = String(s10CheckDigit(serial));
  if (!/^\d$/.test(check)) {
    return problem(
      'check-digit',
      `Ký tự thứ 11 là số kiểm tra và phải là chữ số (với số hiệu ${serial} là ${expected}), không phải "${check}"`,
      `Character 11 is the check digit and must be a digit (for serial ${serial} it is ${expected}), not "${check}"`,
    );
  }
  if (check !== expected) {
    return problem(
      'check-digit',
      `Số kiểm tra sai: với số hiệu ${serial} số kiểm tra phải là ${expected}, không phải ${check}`,
      `Wrong check digit: for serial ${serial} the check digit must be ${expected}, not ${check}`,
    );
  }
  if (!LETTERS2.test(country)) {
    return problem(
      'country',
      `Hai ký tự cuối là mã nước và phải là chữ cái, không phải "${country}"`,
      `The last two characters are the country code and must be letters, not "${country}"`,
    );
  }
  if (opts.country !== undefined && country !== opts.country.toUpperCase()) {
    return problem(
      'country',
      `Mã nước phải là ${opts.country.toUpperCase()}, không phải ${country}`,
      `The country code must be ${opts.country.toUpperCase()}, not ${country}`,
    );
  }
  return { ok: true, value: value as S10Number, normalised: value !== input };
}

export interface S10Parts {
  serviceIndicator: string;
  /** 8 digits, leading zeros kept. */
  serial: string;
  checkDigit: number;
  country: string;
}

/** Splits a validated number into its parts. */
export function s10Parts(n: S10Number): S10Parts {
  return {
    serviceIndicator: n.slice(0, 2),
    serial: n.slice(2, 10),
    checkDigit: Number(n.slice(10, 11)),
    country: n.slice(11, 13),
  };
}

/**
 * A block of serials an operator has allotted for one prefix and country (inclusive at both
 * ends). The database keeps which serials are used; this only says what the block contains.
 */
export interface S10Range {
  prefix: string;
  country: string;
  firstSerial: number;
  lastSerial: number;
}

/** Throws `S10Error('invalid-range')` for a range that cannot produce any valid number. */
export function checkS10Range(range: S10Range): void {
  checkLetters('invalid-service-indicator', range.prefix);
  checkLetters('invalid-country', range.country);
  const { firstSerial, lastSerial } = range;
  const inBounds = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= S10_MAX_SERIAL;
  if (!inBounds(firstSerial) || !inBounds(lastSerial) || firstSerial > lastSerial) {
    throw new S10Error(
      'invalid-range',
      `Dải số hiệu không hợp lệ: từ ${String(firstSerial)} đến ${String(lastSerial)} (phải là số nguyên 0–${String(S10_MAX_SERIAL)}, số đầu không lớn hơn số cuối)`,
      `Invalid serial range ${String(firstSerial)}–${String(lastSerial)} (integers 0–${String(S10_MAX_SERIAL)}, first not above last)`,
    );
  }
}

/** How many numbers the range holds. */
export function s10RangeSize(range: S10Range): number {
  checkS10Range(range);
  return range.lastSerial - range.firstSerial + 1;
}

/** The number for `serial` within `range`. Throws `S10Error('serial-out-of-range')` outside it. */
export function serialToS10(range: S10Range, serial: number): S10Number {
  checkS10Range(range);
  if (!Number.isInteger(serial) || serial < range.firstSerial || serial > range.lastSerial) {
    throw new S10Error(
      'serial-out-of-range',
      `Số hiệu ${String(serial)} nằm ngoài dải ${range.prefix} ${String(range.firstSerial)}–${String(range.lastSerial)} ${range.country}`,
      `Serial ${String(serial)} is outside the range ${range.prefix} ${String(range.firstSerial)}–${String(range.lastSerial)} ${range.country}`,
    );
  }
  return formatS10(range.prefix, serial, range.country);
}
