/**
 * Small decoding steps for the catalogue's answers, on top of `isRecord`/`stringField` in
 * api.ts: each throws `DecodeError` naming the key, so a changed API shows up as one clear line.
 */
import { DecodeError } from '../../api.js';

// The common steps live in api.ts; the catalogue's pages and the administrator's screens import them from here with the rest.
export { booleanField, nullableNumber, nullableString, numberField, recordOf } from '../../api.js';


export function arrayField(record: Record<string, unknown>, key: string): unknown[] {
  const value = record[key];
  if (!Array.isArray(value)) throw new DecodeError(`"${key}" is not an array`);
  return value;
}



/** A string or null; a missing key counts as null (optional texts of the national record). */


export function stringArray(record: Record<string, unknown>, key: string): string[] {
  return arrayField(record, key).map((item, index) => {
    if (typeof item !== 'string') throw new DecodeError(`"${key}[${index}]" is not a string`);
    return item;
  });
}
