/**
 * Money is an integer number of đồng (design invariant 6). The đồng has had no minor unit in
 * circulation for decades, so a fractional amount is always a bug: it is rejected at the door
 * rather than rounded somewhere nobody sees.
 */

declare const dongBrand: unique symbol;

/**
 * An integer amount of Vietnamese đồng. A plain `number` at run time; the brand only stops a
 * weight in grams or a count of days from being passed where money is expected. May be negative
 * (a discount line on a quote is negative).
 */
export type Dong = number & { readonly [dongBrand]: 'Dong' };

export type MoneyErrorCode = 'not-an-integer' | 'unsafe-integer';

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
  readonly code: MoneyErrorCode;
  readonly vi: string;

  constructor(code: MoneyErrorCode, value: number) {
    const messages = describe(code, value);
    super(messages.en);
    this.code = code;
    this.vi = messages.vi;
  }
}

function describe(code: MoneyErrorCode, value: number): { vi: string; en: string } {
  switch (code) {
    case 'not-an-integer':
      return {
        vi: `Số tiền phải là số nguyên đồng, không phải ${String(value)}`,
        en: `An amount must be a whole number of đồng, not ${String(value)}`,
      };
    case 'unsafe-integer':
      return {
        vi: `Số tiền ${String(value)} vượt quá giới hạn tính toán chính xác`,
        en: `The amount ${String(value)} is beyond the range that can be computed exactly`,
      };
    default: {
      const _exhaustive: never = code;
      return _exhaustive;
    }
  }
}

/** Checks and brands an amount. Throws `MoneyError` for NaN, fractions and unsafe integers. */
export function dong(n: number): Dong {
  if (!Number.isInteger(n)) throw new MoneyError('not-an-integer', n);
  // Beyond 2^53 additions silently lose đồng; no real amount comes near, so it is an input error.
  if (!Number.isSafeInteger(n)) throw new MoneyError('unsafe-integer', n);
  // Normalise -0 so that formatting never prints "-0 đ".
  return (n === 0 ? 0 : n) as Dong;
}

export function isDong(n: unknown): n is Dong {
  return typeof n === 'number' && Number.isSafeInteger(n);
}

/** Sum of amounts, checked: the result is still a safe integer or this throws. */
export function sumDong(amounts: readonly Dong[]): Dong {
  let total = 0;
  for (const a of amounts) total += a;
  return dong(total);
}

/**
 * "26.000 đ": Vietnamese groups thousands with "." (TCVN practice, also what Intl's vi-VN
 * locale does). Written by hand rather than with Intl because Intl puts a no-break space and
 * the "₫" sign, while printed receipts and the published tariffs write "đ" after a plain space.
 */
export function formatDong(n: Dong): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(n));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return `${sign}${groups.join('.')} đ`;
}
