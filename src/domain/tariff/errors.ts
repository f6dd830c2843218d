import { DomainError } from '../domain-error.js';

export type TariffErrorCode =
  | 'unknown-direction'
  | 'unknown-zone'
  | 'unknown-discount'
  | 'invalid-weight'
  | 'invalid-date'
  | 'invalid-table'
  | 'no-tariff-in-force'
  | 'ambiguous-tariff';

/**
 * A quote or tariff lookup that cannot be answered. Thrown by the domain; mapped to a problem
 * response once at the HTTP edge. `vi` is the message for staff screens, `message` is English.
 */
export class TariffError extends DomainError<TariffErrorCode> {
  override readonly name = 'TariffError';
}
