import { DomainError } from '../domain-error.js';

export type DossierCodeErrorCode =
  | 'malformed-agency-code'
  | 'agency-code-gap'
  | 'malformed-dossier-code'
  | 'invalid-date'
  | 'sequence-out-of-range';

/** Bad agency or dossier code. `message` is English, `vi` the same for staff screens. */
export class DossierCodeError extends DomainError<DossierCodeErrorCode> {
  override readonly name = 'DossierCodeError';
}
