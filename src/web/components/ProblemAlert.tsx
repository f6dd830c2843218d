/**
 * Where a failed request is explained. The live region stays in the page while empty, so
 * screen readers announce the message the moment it is filled in.
 */
import type { ApiProblem } from '../api.js';
import type { Messages } from '../i18n/vi.js';
import { useMessages } from '../i18n/language.js';

/** The server's own words when it gave them (already in the page's language), else ours. */
export function problemText(problem: ApiProblem, messages: Messages): string {
  if (problem.isClientProblem()) {
    switch (problem.code) {
      case 'NETWORK_FAILURE':
        return messages.errors.network;
      case 'UNEXPECTED_RESPONSE':
        return messages.errors.unexpected;
      default: {
        const exhaustive: never = problem.code;
        return exhaustive;
      }
    }
  }
  return problem.detail ?? problem.title;
}

export function ProblemAlert({ problem, id }: { problem: ApiProblem | null; id?: string }) {
  const messages = useMessages();
  return (
    <div id={id} className="alert" role="alert">
      {problem === null ? null : <p>{problemText(problem, messages)}</p>}
    </div>
  );
}
