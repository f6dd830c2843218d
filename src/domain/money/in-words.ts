/**
 * An amount in Vietnamese words, as written on receipts ("Số tiền bằng chữ").
 *
 * Choices, all the usual northern/standard written forms:
 * - "nghìn" (not "ngàn"), "linh" (not "lẻ") for a zero tens digit, "tỷ" (not "tỉ");
 * - units after "mươi": 1 → "mốt", 4 → "tư", 5 → "lăm" (21 "hai mươi mốt", 24 "hai mươi tư");
 *   after "mười" only 5 changes ("mười lăm", but "mười một", "mười bốn");
 *   after "linh" nothing changes ("linh một", "linh bốn", "linh năm");
 * - inside a number, a group of three digits is read in full, so 1 005 is
 *   "một nghìn không trăm linh năm"; a group that is all zeros is skipped
 *   (1 000 005 is "một triệu không trăm linh năm");
 * - above 999 tỷ the count of tỷ is itself read as a number: "hai nghìn tỷ", "một triệu tỷ".
 */
import type { Dong } from './dong.js';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digitWord(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new RangeError(`not a digit: ${String(d)}`);
  return word;
}

/**
 * Reads 0..999. `full` is true when higher groups precede this one, so leading zeros are spoken
 * ("không trăm", "linh").
 */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  const hasHundreds = full || hundreds > 0;
  if (hasHundreds) words.push(digitWord(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (hasHundreds) words.push('linh');
      words.push(digitWord(units));
    }
  } else if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digitWord(units));
  } else {
    words.push(digitWord(tens), 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 4) words.push('tư');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digitWord(units));
  }
  return words;
}

const GROUP_NAMES = ['', 'nghìn', 'triệu'] as const;

/** Reads 1..999 999 999; `full` as in `readTriple`. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor((n % 1_000_000) / 1000), n % 1000];
  const words: string[] = [];
  let started = full;
  groups.forEach((value, index) => {
    if (value === 0) return;
    words.push(...readTriple(value, started));
    const name = GROUP_NAMES[2 - index];
    if (name) words.push(name);
    started = true;
  });
  return words;
}

/** Reads a positive integer, recursing on the count of tỷ. */
function readPositive(n: number, full: boolean): string[] {
  if (n < 1_000_000_000) return readBelowBillion(n, full);
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  const words = [...readPositive(billions, full), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

/** The number alone, lower case, no currency: 26000 → "hai mươi sáu nghìn". */
export function integerInWords(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${String(n)}`);
  if (n === 0) return 'không';
  const words = readPositive(Math.abs(n), false);
  return (n < 0 ? ['âm', ...words] : words).join(' ');
}

/** 26000 → "Hai mươi sáu nghìn đồng"; 0 → "Không đồng"; -5 → "Âm năm đồng". */
export function dongInWords(n: Dong): string {
  const text = `${integerInWords(n)} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
