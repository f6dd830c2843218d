/**
 * How printed documents write times and amounts. Renderers receive instants and integer đồng
 * and never read the clock, so the same input always prints the same page.
 */
import { dong, dongInWords, formatDong } from '../domain/money/index.js';
import { plainDateParts, toVietnamLocal } from '../domain/time/plain-date.js';

const two = (n: number): string => String(n).padStart(2, '0');

function vietnamParts(instant: Date): { day: string; month: string; year: string; hour: string; minute: string } {
  const local = toVietnamLocal(instant);
  const { year, month, day } = plainDateParts(local.date);
  return { day: two(day), month: two(month), year: String(year), hour: two(local.hour), minute: two(local.minute) };
}

/** `13/02/2026 16:15`: the wall clock in Vietnam (UTC+7), whatever the server's time zone. */
export function formatDateTime(instant: Date): string {
  const p = vietnamParts(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** `13/02/2026` in Vietnam. */
export function formatDate(instant: Date): string {
  const p = vietnamParts(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `ngày 13 tháng 02 năm 2026`, the way an administrative document dates its signature. */
export function formatDateInWords(instant: Date): string {
  const p = vietnamParts(instant);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** `1.250.000 đ`. Goes through `dong()`, so a fractional amount fails here instead of printing. */
export function formatMoney(amount: number): string {
  return formatDong(dong(amount));
}

/** `Một triệu hai trăm năm mươi nghìn đồng`, for the "Bằng chữ" line. */
export function moneyInWords(amount: number): string {
  return dongInWords(dong(amount));
}
