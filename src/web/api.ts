/**
 * The one way the web app talks to the API. Every call:
 * - asks for answers (problem titles and details) in the page's current language;
 * - turns every failure into an `ApiProblem` (RFC 9457 problem details from the server, or one
 *   made here when the network or a proxy fails), so pages handle a single error type;
 * - sends the session's anti-forgery token on writes once it is known (the session cookie itself
 *   is httpOnly and travels on its own);
 * - checks the answer's shape with a decoder instead of trusting a cast.
 */
import { getLanguage } from './i18n/language.js';

export interface FieldProblem {
  /** Where the bad value was: body, query, path or header. */
  in: string;
  name: string;
  message: string;
}

/** Codes made by this client, for failures where the server could not answer in its own words. */
export type ClientProblemCode = 'NETWORK_FAILURE' | 'UNEXPECTED_RESPONSE';

export class ApiProblem extends Error {
  /** HTTP status; 0 when no answer arrived at all. */
  readonly status: number;
  /** A code of the server's error catalogue (/api/problems), or a `ClientProblemCode`. */
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldProblem[];
  /** Lets an operator find the failure in the server log. */
  readonly requestId: string | undefined;
  /** From `Retry-After` on a 429 or 503: how long to wait before asking again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: { status: number; code: string; title: string; detail?: string; errors?: readonly FieldProblem[]; requestId?: string; retryAfterSeconds?: number }) {
    super(init.detail ?? init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  isClientProblem(): this is ApiProblem & { code: ClientProblemCode } {
    return this.code === 'NETWORK_FAILURE' || this.code === 'UNEXPECTED_RESPONSE';
  }
}

/** Checks an answer's shape and returns it typed; throws `DecodeError` when it does not fit. */
export type Decoder<T> = (value: unknown) => T;

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is not a string`);
  return value;
}

/** The answer, or a part of it, as an object; `what` names it in the error. */
export function recordOf(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new DecodeError(`${what} is not an object`);
  return value;
}

export function numberField(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(`"${key}" is not a number`);
  return value;
}

export function booleanField(record: Record<string, unknown>, key: string): boolean {
  const value = record[key];
  if (typeof value !== 'boolean') throw new DecodeError(`"${key}" is not a boolean`);
  return value;
}

/** A string or null; a missing key counts as null (optional fields are left out of some answers). */
export function nullableString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new DecodeError(`"${key}" is neither a string nor null`);
  return value;
}

export function nullableNumber(record: Record<string, unknown>, key: string): number | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(`"${key}" is neither a number nor null`);
  return value;
}

/** For answers with no body (204) or whose body the caller does not need. */
export const ignoreBody: Decoder<void> = () => undefined;

let csrfToken: string | null = null;

/** Remembered from sign-in or the session answer; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface FetchOptions {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. the last digits of a phone for the tracking lookup. */
  headers?: Record<string, string>;
}

function isWrite(method: Method): boolean {
  switch (method) {
    case 'GET':
      return false;
    case 'POST':
    case 'PUT':
    case 'PATCH':
    case 'DELETE':
      return true;
    default: {
      const exhaustive: never = method;
      return exhaustive;
    }
  }
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item['in'] === 'string' && typeof item['name'] === 'string' && typeof item['message'] === 'string'
      ? [{ in: item['in'], name: item['name'], message: item['message'] }]
      : [],
  );
}

/** Retry-After in seconds (the HTTP-date form is not used by our server). */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function problemFrom(status: number, body: unknown, retryAfterSeconds: number | undefined): ApiProblem {
  if (isRecord(body) && typeof body['title'] === 'string' && typeof body['code'] === 'string') {
    return new ApiProblem({
      status,
      code: body['code'],
      title: body['title'],
      detail: typeof body['detail'] === 'string' ? body['detail'] : undefined,
      errors: fieldProblems(body['errors']),
      requestId: typeof body['requestId'] === 'string' ? body['requestId'] : undefined,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });
  }
  // Not one of ours: a proxy's error page or a server that is restarting.
  return new ApiProblem({ status, code: 'UNEXPECTED_RESPONSE', title: `HTTP ${status}` });
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

export async function fetchJson<T>(path: string, decode: Decoder<T>, options: FetchOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json, application/problem+json',
    'accept-language': getLanguage(),
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (isWrite(method) && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request is the caller's own doing, not a failure to report.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({ status: 0, code: 'NETWORK_FAILURE', title: 'Network failure' });
  }

  const body = await readJson(response);
  if (!response.ok) throw problemFrom(response.status, body, retryAfter(response.headers));
  try {
    return decode(body);
  } catch (error) {
    if (error instanceof DecodeError) {
      console.error(`unexpected answer from ${method} ${path}: ${error.message}`);
      throw new ApiProblem({ status: response.status, code: 'UNEXPECTED_RESPONSE', title: error.message });
    }
    throw error;
  }
}
