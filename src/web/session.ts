/** Staff sign-in, the current session and sign-out, over /api/v1/auth. */
import { type Role, isRole } from '../domain/access/roles.js';
import { DecodeError, type Decoder, fetchJson, ignoreBody, isRecord, setCsrfToken, stringField } from './api.js';

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisation: { code: string; nameVi: string; nameEn: string };
}

export interface StaffSession {
  account: StaffAccount;
  csrfToken: string;
  /** ISO 8601 instant. */
  expiresAt: string;
}

function decodeOrganisation(value: unknown): StaffAccount['organisation'] {
  if (!isRecord(value)) throw new DecodeError('no organisation');
  return { code: stringField(value, 'code'), nameVi: stringField(value, 'nameVi'), nameEn: stringField(value, 'nameEn') };
}

export const decodeSession: Decoder<StaffSession> = (value) => {
  if (!isRecord(value) || !isRecord(value['account'])) throw new DecodeError('not a session');
  const account = value['account'];
  const role = stringField(account, 'role');
  if (!isRole(role)) throw new DecodeError(`unknown role "${role}"`);
  return {
    account: {
      id: stringField(account, 'id'),
      username: stringField(account, 'username'),
      displayName: stringField(account, 'displayName'),
      role,
      organisationId: stringField(account, 'organisationId'),
      organisation: decodeOrganisation(account['organisation']),
    },
    csrfToken: stringField(value, 'csrfToken'),
    expiresAt: stringField(value, 'expiresAt'),
  };
};

export async function signIn(username: string, password: string): Promise<StaffSession> {
  const session = await fetchJson('/api/v1/auth/login', decodeSession, { method: 'POST', body: { username, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

/** Throws an `ApiProblem` with status 401 when nobody is signed in. */
export async function currentSession(signal?: AbortSignal): Promise<StaffSession> {
  const session = await fetchJson('/api/v1/auth/session', decodeSession, { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await fetchJson('/api/v1/auth/logout', ignoreBody, { method: 'POST' });
  setCsrfToken(null);
}
