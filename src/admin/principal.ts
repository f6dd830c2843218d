/** Who is making a request, as the application layer sees it. */
import type { ApiKeyScope } from '../domain/access/permissions.js';
import type { Role } from '../domain/access/roles.js';

export interface AccountPrincipal {
  kind: 'account';
  accountId: string;
  role: Role;
  organisationId: string;
  /** The account's organisation and every organisation below it: all it may see. */
  visibleOrganisationIds: ReadonlySet<string>;
  csrfToken: string;
  sessionExpiresAt: Date;
}

export interface ApiKeyPrincipal {
  kind: 'api_key';
  apiKeyId: string;
  organisationId: string;
  scopes: readonly ApiKeyScope[];
  visibleOrganisationIds: ReadonlySet<string>;
}

export type Principal = AccountPrincipal | ApiKeyPrincipal;

/** The request facts the audit log keeps alongside the principal. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
}
