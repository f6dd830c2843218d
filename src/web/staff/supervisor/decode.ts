/** Small checks the supervisor's decoders are built from: each throws `DecodeError` on a shape it does not expect. */
import { DecodeError, isRecord, stringField } from '../../api.js';

export { stringField };

export interface OrgRef {
  code: string;
  name: string;
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new DecodeError(`${what} is not an object`);
  return value;
}

export function list(value: unknown, key: string): unknown[] {
  const r = record(value, 'answer');
  const items = r[key];
  if (!Array.isArray(items)) throw new DecodeError(`"${key}" is not a list`);
  return items;
}

export function numberField(r: Record<string, unknown>, key: string): number {
  const value = r[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(`"${key}" is not a number`);
  return value;
}

export function booleanField(r: Record<string, unknown>, key: string): boolean {
  const value = r[key];
  if (typeof value !== 'boolean') throw new DecodeError(`"${key}" is not a boolean`);
  return value;
}

export function nullableString(r: Record<string, unknown>, key: string): string | null {
  const value = r[key];
  if (value === null) return null;
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is neither a string nor null`);
  return value;
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
