/**
 * Small decoding steps for the catalogue's answers, on top of `isRecord`/`stringField` in
 * api.ts: each throws `DecodeError` naming the key, so a changed API shows up as one clear line.
 */
import { DecodeError, isRecord } from '../../api.js';

export function recordOf(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new DecodeError(`${what} is not an object`);
  return value;
}

export function arrayField(record: Record<string, unknown>, key: string): unknown[] {
  const value = record[key];
  if (!Array.isArray(value)) throw new DecodeError(`"${key}" is not an array`);
  return value;
}

export function numberField(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(`"${key}" is not a number`);
  return value;
}

export function booleanField(record: Record<string, unknown>, key: string): boolean {
  const value = record[key];
  if (typeof value !== 'boolean') throw new DecodeError(`"${key}" is not a boolean`);
  return value;
}

/** A string or null; a missing key counts as null (optional texts of the national record). */
export function nullableString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is neither a string nor null`);
  return value;
}

export function nullableNumber(record: Record<string, unknown>, key: string): number | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(`"${key}" is neither a number nor null`);
  return value;
}

export function stringArray(record: Record<string, unknown>, key: string): string[] {
  return arrayField(record, key).map((item, index) => {
    if (typeof item !== 'string') throw new DecodeError(`"${key}[${index}]" is not a string`);
    return item;
  });
}
