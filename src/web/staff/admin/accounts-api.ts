/**
 * Staff accounts: the roster of one organisation (GET /api/v1/organisations/{id}/staff, an
 * audited read of personal data), creating an account (POST /api/v1/admin/accounts), and
 * changing its role or switching it off (PATCH /api/v1/admin/accounts/{id}).
 */
import { type Decoder, fetchJson } from '../../api.js';
import { ROLES, type Role } from '../../../domain/access/roles.js';
import { booleanField, itemsOf, nullableString, oneOf, recordOf, stringField } from './decode.js';

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  organisationId: string;
  active: boolean;
  lastLoginAt: string | null;
}

const decodeStaff: Decoder<StaffMember> = (value) => {
  const r = recordOf(value, 'account');
  return {
    id: stringField(r, 'id'),
    username: stringField(r, 'username'),
    displayName: stringField(r, 'displayName'),
    email: nullableString(r, 'email'),
    phone: nullableString(r, 'phone'),
    role: oneOf(ROLES, r['role'], 'role'),
    organisationId: stringField(r, 'organisationId'),
    active: booleanField(r, 'active'),
    lastLoginAt: nullableString(r, 'lastLoginAt'),
  };
};

export function fetchStaff(organisationId: string, signal: AbortSignal): Promise<StaffMember[]> {
  return fetchJson(`/api/v1/organisations/${encodeURIComponent(organisationId)}/staff`, itemsOf(decodeStaff), { signal });
}

export interface NewAccount {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  password: string;
  role: Role;
  organisationId: string;
}

export function createAccount(body: NewAccount): Promise<StaffMember> {
  return fetchJson('/api/v1/admin/accounts', decodeStaff, { method: 'POST', body });
}

export function updateAccount(id: string, change: { role: Role } | { active: boolean }): Promise<StaffMember> {
  return fetchJson(`/api/v1/admin/accounts/${encodeURIComponent(id)}`, decodeStaff, { method: 'PATCH', body: change });
}
