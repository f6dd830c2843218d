/** Small SQL pieces the reports' raw queries share. */
import { type SQL, sql } from 'drizzle-orm';

/**
 * A list as one `text[]` parameter (`= any(…)`), whatever its length: Drizzle would expand a JS
 * array into one parameter per element, and an empty list into invalid SQL.
 */
export function textArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

/** The same for organisation ids. */
export function uuidArray(values: readonly string[]): SQL {
  return sql`${`{${values.join(',')}}`}::uuid[]`;
}

/** The date an instant falls on in Vietnam, in SQL. */
export function vietnamDay(instant: SQL): SQL {
  return sql`((${instant}) at time zone 'Asia/Ho_Chi_Minh')::date`;
}

/** A count or sum as a JS number: pg returns bigint and numeric as strings. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** A date column as `YYYY-MM-DD` on both drivers (pg returns a string, PGlite may return a Date). */
export function toDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** A timestamptz column as an ISO instant on both drivers. */
export function toInstant(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
