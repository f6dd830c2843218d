/**
 * Dates and times as Vietnamese readers expect them, in Vietnam's time zone whatever
 * the device's setting: a dossier due "16:15 23/02/2026" is due then in Đồng Nai. Amounts use
 * `formatDong` of src/domain/money, the same as the printed receipts.
 */
import type { Language } from './i18n/language.js';

const ZONE = 'Asia/Ho_Chi_Minh';
const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

function cached(map: Map<Language, Intl.DateTimeFormat>, language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = map.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALE[language], { timeZone: ZONE, ...options });
    map.set(language, format);
  }
  return format;
}

/** "16:15 23/02/2026" in Vietnamese order, "23/02/2026, 16:15" in English. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = cached(dateTimeFormats, language, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('day')}/${part('month')}/${part('year')}`;
  const time = `${part('hour')}:${part('minute')}`;
  return language === 'vi' ? `${time} ${day}` : `${day}, ${time}`;
}

/** A calendar day, "23/02/2026"; accepts an instant or a plain YYYY-MM-DD date. */
export function formatDate(value: string, language: Language): string {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain !== null) return `${plain[3] ?? ''}/${plain[2] ?? ''}/${plain[1] ?? ''}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(dateFormats, language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}
