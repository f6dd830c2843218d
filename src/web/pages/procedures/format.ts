/**
 * Instants and file sizes as the procedure pages write them. The expected result date reads
 * "dd/mm/yyyy HH:mm" in Vietnam time whatever the device's zone, computed with the domain's
 * fixed UTC+7 rather than Intl, so every browser prints the same thing.
 */
import { isPlainDate, toVietnamLocal } from '../../../domain/time/plain-date.js';

const two = (n: number): string => String(n).padStart(2, '0');

/** "2026-07-01" → "01/07/2026" (plain dates elsewhere go through src/web/format.ts `formatDate`). */
function formatPlainDate(date: string): string {
  if (!isPlainDate(date)) return date;
  const [year, month, day] = date.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

/** An ISO instant → "dd/mm/yyyy HH:mm" in Vietnam time; null when it does not parse. */
export function formatVietnamDateTime(iso: string): string | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const { date, hour, minute } = toVietnamLocal(instant);
  return `${formatPlainDate(date)} ${two(hour)}:${two(minute)}`;
}

/** "12 KB", "1,5 MB" (decimal comma in Vietnamese, point in English): enough to judge a download on a phone. */
export function formatByteSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${number(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${number(Math.round(bytes / 1000), 0)} KB`;
  return `${number(bytes / 1_000_000, 1)} MB`;
}

/** The file type a reader recognises, from the media type: "PDF", "Word", "Excel", "JPEG", "PNG". */
export function fileTypeLabel(mediaType: string, fileName: string): string {
  switch (mediaType) {
    case 'application/pdf':
      return 'PDF';
    case 'application/msword':
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'Word';
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    case 'application/vnd.ms-excel':
      return 'Excel';
    case 'image/jpeg':
      return 'JPEG';
    case 'image/png':
      return 'PNG';
    default: {
      const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1];
      return extension === undefined ? mediaType : extension.toUpperCase();
    }
  }
}
