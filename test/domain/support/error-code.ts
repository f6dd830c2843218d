/** The code of the domain error a call throws, or 'no-error': lets a table of cases read as data. */
import type { DomainError } from '../../../src/domain/domain-error.js';

export function codeOf<Code extends string>(fn: () => unknown, errorClass: abstract new (...args: never[]) => DomainError<Code>): Code | 'no-error' {
  try {
    fn();
    return 'no-error';
  } catch (e) {
    if (e instanceof errorClass) return e.code;
    throw e;
  }
}
