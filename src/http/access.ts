/**
 * Who may call what. Every API route declares `config.access`: `'public'`, or the permission it
 * needs. At boot a route without a declaration is refused, so no route is open by accident.
 *
 * Staff authenticate with the session cookie (and send X-CSRF-Token on writes); partner systems
 * send `Authorization: Bearer <api key>`. Refusals are written to the audit log.
 */
import type {} from '@fastify/cookie';
import type { FastifyRequest, RouteOptions } from 'fastify';
import type { App } from './app-type.js';
import { recordAudit } from '../admin/audit.js';
import type { AuthService } from '../admin/auth-service.js';
import type { ApiKeyService } from '../admin/api-key-service.js';
import type { Principal, RequestContext } from '../admin/principal.js';
import { type Permission, roleHasPermission } from '../domain/access/permissions.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

/** `signed-in`: every authenticated principal, whatever its permissions (e.g. reading one's own session). */
export type Access = 'public' | 'signed-in' | { permission: Permission };

export const SESSION_COOKIE = 'bcci_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Only sign-in: it starts a session, so it cannot carry the token of one. */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requestContext(request: FastifyRequest): RequestContext {
  return { requestId: request.id, ip: request.ip === '' ? null : request.ip };
}

/** The principal of a route that declared a permission: always present once access passed. */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw new AppError('AUTH_REQUIRED');
  return request.principal;
}

export function accountOf(request: FastifyRequest) {
  const principal = principalOf(request);
  if (principal.kind !== 'account') throw new AppError('FORBIDDEN', { detail: { vi: 'Chỉ tài khoản cán bộ được làm việc này', en: 'Only staff accounts may do this' } });
  return principal;
}

export function registerAccessControl(app: App, deps: { db: Db; auth: AuthService; apiKeys: ApiKeyService }): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (access === undefined) {
      // Documentation routes registered by plugins are public reading material.
      if (route.url.startsWith('/api/docs')) {
        route.config = { ...route.config, access: 'public' };
        return;
      }
      throw new Error(`route ${String(route.method)} ${route.url} declares no config.access`);
    }
    if (access !== 'public' && route.schema !== undefined) {
      route.schema = { ...route.schema, security: [{ sessionCookie: [] }, { apiKey: [] }] } as typeof route.schema;
    }
  });

  async function deny(request: FastifyRequest, principal: Principal, permission: Permission, code: 'FORBIDDEN' | 'API_KEY_SCOPE_MISSING'): Promise<never> {
    await recordAudit(deps.db, { type: 'principal', principal }, requestContext(request), {
      action: 'access.denied',
      outcome: 'denied',
      details: { permission, route: request.routeOptions.url, method: request.method },
    });
    throw new AppError(code, {
      detail:
        code === 'API_KEY_SCOPE_MISSING'
          ? { vi: `Khoá API cần phạm vi "${permission}"`, en: `The API key needs the scope "${permission}"` }
          : { vi: `Vai trò của bạn không có quyền "${permission}"`, en: `Your role lacks the permission "${permission}"` },
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // static files and the 404 handler

    const authorization = request.headers.authorization;
    if (typeof authorization === 'string' && authorization.length > 0) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match?.[1] === undefined ? null : await deps.apiKeys.resolve(match[1]);
      if (principal === null) {
        await recordAudit(deps.db, { type: 'anonymous' }, requestContext(request), { action: 'auth.api-key', outcome: 'failed', details: { route: request.routeOptions.url } });
        throw new AppError('API_KEY_INVALID');
      }
      request.principal = principal;
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined && token !== '') {
        const principal = await deps.auth.resolveSession(token);
        if (principal === null) {
          void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        } else {
          request.principal = principal;
          request.sessionToken = token;
          // Cookie-authenticated writes must prove they come from our own pages.
          if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.csrfExempt !== true) {
            const sent = request.headers['x-csrf-token'];
            if (typeof sent !== 'string' || sent !== principal.csrfToken) {
              await recordAudit(deps.db, { type: 'principal', principal }, requestContext(request), {
                action: 'access.csrf',
                outcome: 'denied',
                details: { route: request.routeOptions.url, method: request.method },
              });
              throw new AppError('CSRF_TOKEN_INVALID');
            }
          }
        }
      }
    }

    if (access === 'public') return;
    const principal = request.principal;
    if (principal === null) throw new AppError('AUTH_REQUIRED');
    if (access === 'signed-in') return;
    switch (principal.kind) {
      case 'account':
        if (!roleHasPermission(principal.role, access.permission)) await deny(request, principal, access.permission, 'FORBIDDEN');
        return;
      case 'api_key':
        if (!(principal.scopes as readonly Permission[]).includes(access.permission)) await deny(request, principal, access.permission, 'API_KEY_SCOPE_MISSING');
        return;
      default: {
        const exhaustive: never = principal;
        return exhaustive;
      }
    }
  });
}
