/** Small checks the supervisor's decoders are built from: each throws `DecodeError` on a shape it does not expect. */
import { DecodeError, booleanField, nullableString, numberField, recordOf, stringField } from '../../api.js';

// The common steps live in api.ts; the supervisor's decoders import them from here with the rest.
export { booleanField, nullableString, numberField, recordOf as record, stringField };
const record = recordOf;

export interface OrgRef {
  code: string;
  name: string;
}


export function list(value: unknown, key: string): unknown[] {
  const r = record(value, 'answer');
  const items = r[key];
  if (!Array.isArray(items)) throw new DecodeError(`"${key}" is not a list`);
  return items;
}




export function nullableNumber(r: Record<string, unknown>, key: string): number | null {
  const value = r[key];
  if (value === null) return null;
  if (typeof value !== 'number') throw new DecodeError(`"${key}" is neither a number nor null`);
  return value;
}

/** One of a fixed set of values, e.g. a status the screen names. */
export function oneOf<T extends string>(r: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const value = r[key];
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new DecodeError(`"${key}" is not one of ${allowed.join(', ')}`);
  return found;
}

export function orgRef(value: unknown, what: string): OrgRef {
  const r = record(value, what);
  return { code: stringField(r, 'code'), name: stringField(r, 'name') };
}

export function nullableOrgRef(value: unknown, what: string): OrgRef | null {
  return value === null ? null : orgRef(value, what);
}
