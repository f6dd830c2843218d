/**
 * Decoding steps for the administrator's answers: the catalogue's helpers (pages/procedures/
 * decode.ts) plus the few shapes only these screens read. Each throws `DecodeError` naming the key.
 */
import { DecodeError, type Decoder, isRecord, stringField } from '../../api.js';

export { arrayField, booleanField, nullableNumber, nullableString, numberField, recordOf, stringArray } from '../../pages/procedures/decode.js';
export { stringField };

/** A value that must be one of a fixed list (a role, a kind): anything else is a changed API. */
export function oneOf<T extends string>(values: readonly T[], value: unknown, what: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new DecodeError(`${what} "${String(value)}" is not one of ${values.join(', ')}`);
  return found;
}

/** `{ items: [...] }`, the shape of every list answer. */
export function itemsOf<T>(decode: (value: unknown) => T): Decoder<T[]> {
  return (value) => {
    if (!isRecord(value) || !Array.isArray(value['items'])) throw new DecodeError('"items" is not a list');
    return value['items'].map(decode);
  };
}
