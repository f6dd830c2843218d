/** What the desk's forms share: asking before an irreversible step, and the server's field errors. */
import type { ApiProblem } from '../../api.js';

/** Asks before an irreversible step, in the page's language (the message comes from text.ts). */
export function confirmed(message: string): boolean {
  return window.confirm(message);
}

/** The server's field errors by field name ("applicant.phone"), to show beside the fields. */
export function serverFieldErrors(problem: ApiProblem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of problem.errors) if (out[field.name] === undefined) out[field.name] = field.message;
  return out;
}
