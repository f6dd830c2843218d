/**
 * A rule of the domain refused its input. `code` is stable (tests and the HTTP edge switch on
 * it), `message` is English and `vi` the same sentence for staff screens. Each area narrows
 * `Code` to its own list; the HTTP edge maps these to problem details once.
 */
export class DomainError<Code extends string> extends Error {
  readonly code: Code;
  readonly vi: string;

  constructor(code: Code, vi: string, en: string) {
    super(en);
    this.code = code;
    this.vi = vi;
  }
}
