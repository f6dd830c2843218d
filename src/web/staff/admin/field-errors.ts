/**
 * Errors beside the fields: the server names a bad field of the body (`decision`,
 * `rates.0.tiers.1.price`), and the screen shows its words under that field; the same holds for
 * the checks a screen makes before sending (the domain's own rules).
 */
import type { ApiProblem } from '../../api.js';

export type FieldErrors = Readonly<Record<string, string>>;

/** The server's words per body field; the first message of a field wins. */
export function serverFieldErrors(problem: ApiProblem): FieldErrors {
  const errors: Record<string, string> = {};
  for (const field of problem.errors) {
    if (field.in === 'body' && errors[field.name] === undefined) errors[field.name] = field.message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Asks before something that cannot be undone, in the page's language (the message is ours). */
export function confirmed(message: string): boolean {
  return window.confirm(message);
}
