/**
 * Staff sign-in and sessions. A refused sign-in never says which part was wrong (unknown user,
 * wrong password, locked or disabled account all get the same answer and take about as long);
 * the audit log keeps the real reason for administrators.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import { accounts, sessions } from './admin.schema.js';
import { organisations } from '../catalog/catalog.schema.js';
import { recordAudit } from './audit.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import type { AccountPrincipal, RequestContext } from './principal.js';
import type { SubtreeResolver } from './scope.js';
import { randomToken, sha256 } from './tokens.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import type { Role } from '../domain/access/roles.js';

export interface AuthSettings {
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
}

export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  account: { id: string; username: string; displayName: string; role: Role; organisationId: string; organisation: { code: string; nameVi: string; nameEn: string } };
}

const REFUSED = {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá. Vui lòng kiểm tra lại hoặc thử lại sau ít phút.',
  en: 'Wrong username or password, or the account is temporarily locked. Check and try again, or wait a few minutes.',
};

export function createAuthService(db: Db, settings: AuthSettings, now: () => Date, subtree: SubtreeResolver) {
  async function refuse(context: RequestContext, reason: string, account: { id: string; organisationId: string } | null): Promise<never> {
    await recordAudit(db, account === null ? { type: 'anonymous' } : { type: 'account', accountId: account.id, organisationId: account.organisationId }, context, {
      action: 'auth.login',
      outcome: 'failed',
      subjectType: account === null ? undefined : 'account',
      subjectId: account?.id,
      details: { reason },
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS', { detail: REFUSED });
  }

  async function login(usernameInput: string, password: string, context: RequestContext): Promise<SignedIn> {
    const username = usernameInput.trim().toLowerCase();
    const [account] = await db.select().from(accounts).where(eq(accounts.username, username)).limit(1);
    if (account === undefined) {
      await verifyPassword(await dummyPasswordHash(), password);
      return refuse(context, 'unknown-username', null);
    }
    const passwordOk = await verifyPassword(account.passwordHash, password);
    const at = now();
    if (account.lockedUntil !== null && account.lockedUntil > at) return refuse(context, 'locked', account);
    if (!account.active) return refuse(context, 'inactive', account);
    if (!passwordOk) {
      // One statement, so concurrent failures cannot undercount.
      const lockUntil = new Date(at.getTime() + settings.loginLockoutMinutes * 60_000);
      await db
        .update(accounts)
        .set({
          failedLogins: sql`case when ${accounts.failedLogins} + 1 >= ${settings.loginMaxFailures} then 0 else ${accounts.failedLogins} + 1 end`,
          lockedUntil: sql`case when ${accounts.failedLogins} + 1 >= ${settings.loginMaxFailures} then ${lockUntil.toISOString()}::timestamptz else ${accounts.lockedUntil} end`,
        })
        .where(eq(accounts.id, account.id));
      return refuse(context, account.failedLogins + 1 >= settings.loginMaxFailures ? 'wrong-password-locked' : 'wrong-password', account);
    }

    const sessionToken = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(at.getTime() + settings.sessionTtlMinutes * 60_000);
    await db.transaction(async (tx) => {
      await tx.update(accounts).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at }).where(eq(accounts.id, account.id));
      await tx.insert(sessions).values({ tokenHash: sha256(sessionToken), accountId: account.id, csrfToken, createdAt: at, expiresAt });
      await recordAudit(tx, { type: 'account', accountId: account.id, organisationId: account.organisationId }, context, {
        action: 'auth.login',
        outcome: 'success',
        subjectType: 'account',
        subjectId: account.id,
      });
    });
    return { sessionToken, csrfToken, expiresAt, account: await describe(account.id) };
  }

  /** Resolves a session cookie to its account, sliding the expiry forward; null when invalid. */
  async function resolveSession(sessionToken: string): Promise<AccountPrincipal | null> {
    const at = now();
    const [row] = await db
      .select({ session: sessions, account: accounts })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(and(eq(sessions.tokenHash, sha256(sessionToken)), gt(sessions.expiresAt, at)))
      .limit(1);
    if (row === undefined || !row.account.active) return null;
    const expiresAt = new Date(at.getTime() + settings.sessionTtlMinutes * 60_000);
    // Slide the idle timeout at most once a minute, not on every request.
    if (row.session.expiresAt.getTime() < expiresAt.getTime() - 60_000) {
      await db.update(sessions).set({ expiresAt }).where(eq(sessions.tokenHash, row.session.tokenHash));
    }
    return {
      kind: 'account',
      accountId: row.account.id,
      role: row.account.role,
      organisationId: row.account.organisationId,
      visibleOrganisationIds: await subtree(row.account.organisationId),
      csrfToken: row.session.csrfToken,
      sessionExpiresAt: row.session.expiresAt.getTime() < expiresAt.getTime() - 60_000 ? expiresAt : row.session.expiresAt,
    };
  }

  async function logout(sessionToken: string, principal: AccountPrincipal, context: RequestContext): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.delete(sessions).where(eq(sessions.tokenHash, sha256(sessionToken)));
      await recordAudit(tx, { type: 'principal', principal }, context, {
        action: 'auth.logout',
        outcome: 'success',
        subjectType: 'account',
        subjectId: principal.accountId,
      });
    });
  }

  /** The signed-in account as shown to itself. */
  async function describe(accountId: string): Promise<SignedIn['account']> {
    const [row] = await db.select({ account: accounts, organisation: organisations }).from(accounts).innerJoin(organisations, eq(organisations.id, accounts.organisationId)).where(eq(accounts.id, accountId)).limit(1);
    if (row === undefined) throw new AppError('AUTH_REQUIRED');
    const { account, organisation } = row;
    return {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      organisationId: account.organisationId,
      organisation: { code: organisation.code, nameVi: organisation.nameVi, nameEn: organisation.nameEn },
    };
  }

  return { login, resolveSession, logout, describe };
}

export type AuthService = ReturnType<typeof createAuthService>;
