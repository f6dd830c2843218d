/**
 * What each role may do. Routes name a permission; the guard checks it against the role of a
 * staff account, or against the scopes of a partner system's API key.
 */
import type { Role } from './roles.js';

export const PERMISSIONS = [
  'catalog:read',
  // Publishing to the procedures catalogue: sample dossier sets and forms (R5).
  'catalog:manage',
  'staff:read',
  'accounts:manage',
  'api-keys:manage',
  'audit:read',
  'calendar:manage',
  'webhooks:manage',
  'exchange:manage',
  'events:write',
  'reconciliation:read',
  'postal:operate',
  'postal:supervise',
  'dossiers:work',
  'dossiers:register',
  'assisted-filings:record',
  // Reports (issue 9): indicators and their lists within one's scope; marking a periodic report
  // sent; rebuilding the projection; the plan's tasks (R13); difficulties (R14); complaints and
  // lost or damaged items; training records (R6).
  'reports:read',
  'reports:submit',
  'reports:rebuild',
  'plans:manage',
  'difficulties:report',
  'difficulties:answer',
  'complaints:record',
  'training:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Permissions an administrator may grant to a partner system's API key. */
export const API_KEY_SCOPES = ['catalog:read', 'events:write'] as const satisfies readonly Permission[];
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

export const ROLE_PERMISSIONS = {
  // Pickups, intake, scans, handover records and deliveries, within the staff member's office.
  // Postal staff working at a desk (R8) register dossiers there; the service checks the assignment.
  postman: ['catalog:read', 'postal:operate', 'dossiers:register', 'assisted-filings:record', 'difficulties:report', 'complaints:record'],
  counter_clerk: ['catalog:read', 'postal:operate', 'dossiers:register', 'assisted-filings:record', 'difficulties:report', 'complaints:record'],
  // Supervisors watch dead-lettered events and replay them (issue 8's supervisor screen).
  postal_supervisor: ['catalog:read', 'staff:read', 'webhooks:manage', 'reconciliation:read', 'postal:operate', 'postal:supervise', 'reports:read', 'reports:submit', 'difficulties:report', 'difficulties:answer', 'complaints:record'],
  desk_officer: ['catalog:read', 'staff:read', 'dossiers:work', 'dossiers:register', 'assisted-filings:record', 'difficulties:report'],
  processing_officer: ['catalog:read', 'dossiers:work', 'difficulties:report', 'difficulties:answer'],
  province_admin: ['catalog:read', 'catalog:manage', 'staff:read', 'accounts:manage', 'api-keys:manage', 'audit:read', 'calendar:manage', 'webhooks:manage', 'exchange:manage', 'reconciliation:read', 'postal:supervise', 'reports:read', 'reports:submit', 'reports:rebuild', 'plans:manage', 'difficulties:report', 'difficulties:answer', 'training:manage'],
  // Leaders sign the apology for a delay (form 04) and read the dossiers of their scope.
  leader: ['catalog:read', 'staff:read', 'reconciliation:read', 'dossiers:work', 'reports:read', 'reports:submit', 'difficulties:report', 'difficulties:answer'],
  // A partner system acts through API keys; its scopes, not its role, decide what it may do.
  partner_system: [],
} as const satisfies Record<Role, readonly Permission[]>;

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
