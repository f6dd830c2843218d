export type DossierCodeErrorCode =
  | 'malformed-agency-code'
  | 'agency-code-gap'
  | 'malformed-dossier-code'
  | 'invalid-date'
  | 'sequence-out-of-range';

/** Bad agency or dossier code. `message` is English, `vi` the same for staff screens. */
export class DossierCodeError extends Error {
  override readonly name = 'DossierCodeError';
  readonly code: DossierCodeErrorCode;
  readonly vi: string;

  constructor(code: DossierCodeErrorCode, vi: string, en: string) {
    super(en);
    this.code = code;
    this.vi = vi;
  }
}
