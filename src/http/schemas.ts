/** Schema helpers shared by routes. */
import { type TUnsafe, Type } from 'typebox';

/** A string enum from a readonly list, typed as the list's union (OpenAPI shows an `enum`). */
export function stringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const ProblemRef = Type.Ref('Problem');
