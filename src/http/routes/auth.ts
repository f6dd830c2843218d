/** Staff sign-in, sign-out and the current session. */
import { Type } from 'typebox';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';
import type { AuthService } from '../../admin/auth-service.js';
import { ROLES } from '../../domain/access/roles.js';
import { SESSION_COOKIE, accountOf, requestContext } from '../access.js';

const SessionView = Type.Object({
  account: Type.Object({
    id: Type.String({ format: 'uuid' }),
    username: Type.String(),
    displayName: Type.String(),
    role: stringEnum(ROLES),
    organisationId: Type.String({ format: 'uuid' }),
    organisation: Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String() }),
  }),
  csrfToken: Type.String({ description: 'Send as X-CSRF-Token on every write made with the session cookie' }),
  expiresAt: Type.String({ format: 'date-time' }),
});

export function authRoutes(app: App, deps: { auth: AuthService; cookieSecure: boolean; sessionTtlMinutes: number }): void {
  app.post(
    '/api/v1/auth/login',
    {
      // A person already signed in may sign in again (e.g. as another account) without a token.
      config: { access: 'public', csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in; sets the session cookie',
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
        response: { 200: SessionView, 400: Type.Ref('Problem'), 401: Type.Ref('Problem') },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const signedIn = await deps.auth.login(username, password, requestContext(request));
      void reply.setCookie(SESSION_COOKIE, signedIn.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.cookieSecure,
        maxAge: deps.sessionTtlMinutes * 60,
      });
      return { account: signedIn.account, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Ends the session', response: { 204: Type.Null(), 403: Type.Ref('Problem') } },
    },
    async (request, reply) => {
      if (request.principal?.kind === 'account' && request.sessionToken !== null) {
        await deps.auth.logout(request.sessionToken, request.principal, requestContext(request));
      }
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['auth'], summary: 'The signed-in account and its anti-forgery token', response: { 200: SessionView, 401: Type.Ref('Problem') } },
    },
    async (request) => {
      const principal = accountOf(request);
      const account = await deps.auth.describe(principal.accountId);
      return { account, csrfToken: principal.csrfToken, expiresAt: principal.sessionExpiresAt.toISOString() };
    },
  );
}
