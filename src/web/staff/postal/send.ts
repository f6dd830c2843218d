/**
 * Sending one outbox entry. The app's `fetchJson` turns every failure into one error type,
 * which is right for a screen but not for a queue: the queue must tell "the server never heard
 * us" (keep waiting) from "the server refused" (keep for correction) from "try later" (a
 * restart, a rate limit) from "the session ended" (wait for sign-in), and it needs the
 * problem's extensions (the missing documents and the guidance slip of INTAKE_INCOMPLETE).
 */
import { isRecord } from '../../api.js';
import { getLanguage } from '../../i18n/language.js';
import { type OutboxEntry, type StoredProblem, decodeProblem, pathOf } from './outbox.js';

export type SendOutcome =
  | { kind: 'sent'; status: number; body: unknown; replayed: boolean }
  | { kind: 'refused'; problem: StoredProblem }
  /** No answer: offline, or the connection dropped (the server may have acted: the key makes a retry safe). */
  | { kind: 'unreachable' }
  /** The server could not act now (5xx, 408, 429): try again later, unchanged. */
  | { kind: 'retry-later'; status: number }
  /** 401, or a stale anti-forgery token: wait until the postman signs in again. */
  | { kind: 'signed-out'; status: number };

/** What an answer means for the queue. Pure, so the rules are tested without a server. */
export function classifyAnswer(status: number, body: unknown, replayed: boolean): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent', status, body, replayed };
  if (status === 401) return { kind: 'signed-out', status };
  if (status === 403 && isRecord(body) && body['code'] === 'CSRF_TOKEN_INVALID') return { kind: 'signed-out', status };
  if (status >= 500 || status === 408 || status === 429) return { kind: 'retry-later', status };
  if (isRecord(body) && typeof body['code'] === 'string' && typeof body['title'] === 'string') {
    return { kind: 'refused', problem: decodeProblem({ ...body, status }) };
  }
  // A proxy's page rather than our problem details: not a refusal of the write itself.
  return { kind: 'retry-later', status };
}

export async function sendEntry(entry: OutboxEntry, csrfToken: string, signal?: AbortSignal): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(pathOf(entry), {
      method: 'POST',
      headers: {
        accept: 'application/json, application/problem+json',
        'accept-language': getLanguage(),
        'content-type': 'application/json',
        'idempotency-key': entry.key,
        'x-csrf-token': csrfToken,
      },
      body: JSON.stringify(entry.body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return { kind: 'unreachable' };
  }
  let body: unknown = null;
  try {
    if ((response.headers.get('content-type') ?? '').includes('json')) body = await response.json();
  } catch {
    // The connection dropped while the answer was read: the server acted or not; resend with the key.
    return { kind: 'unreachable' };
  }
  return classifyAnswer(response.status, body, response.headers.get('idempotent-replayed') === 'true');
}
