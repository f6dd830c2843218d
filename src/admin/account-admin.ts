/**
 * Changing a staff account's role or switching it off (the administrator's "accounts and
 * roles" screen). Sessions read the account on every request (auth-service), so a new role or
 * a deactivation takes effect at the next request. An account outside the administrator's
 * organisation subtree is answered as not found, like staff-service does, and the refusal is
 * audited. Administrators cannot change their own account: a slip would lock them out, and a
 * second person should see a change to an administrator's rights.
 */
import { eq } from 'drizzle-orm';
import { accounts } from './admin.schema.js';
import { recordAudit } from './audit.js';
import type { AccountPrincipal, RequestContext } from './principal.js';
import type { StaffRecord } from './staff-service.js';
import type { Role } from '../domain/access/roles.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface AccountChange {
  role?: Role | undefined;
  active?: boolean | undefined;
}

function record(row: typeof accounts.$inferSelect): StaffRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    role: row.role,
    organisationId: row.organisationId,
    active: row.active,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

export function createAccountAdmin(db: Db) {
  async function update(actor: AccountPrincipal, accountId: string, change: AccountChange, context: RequestContext): Promise<StaffRecord> {
    if (change.role === undefined && change.active === undefined) {
      throw new AppError('VALIDATION_FAILED', { detail: { vi: 'Không có gì để thay đổi: hãy gửi role hoặc active', en: 'Nothing to change: send role or active' } });
    }
    if (accountId === actor.accountId) {
      throw new AppError('CONFLICT', { detail: { vi: 'Không tự đổi vai trò hay tự khoá tài khoản của mình: hãy nhờ một quản trị viên khác', en: 'You cannot change the role of, or switch off, your own account: ask another administrator' } });
    }
    const outcome = await db.transaction(async (tx) => {
      const [before] = await tx.select().from(accounts).where(eq(accounts.id, accountId)).for('update');
      if (before === undefined || !actor.visibleOrganisationIds.has(before.organisationId)) return null;
      const [after] = await tx
        .update(accounts)
        .set({ ...(change.role === undefined ? {} : { role: change.role }), ...(change.active === undefined ? {} : { active: change.active }) })
        .where(eq(accounts.id, accountId))
        .returning();
      if (after === undefined) throw new Error('update returned no row');
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'account.update',
        outcome: 'success',
        subjectType: 'account',
        subjectId: accountId,
        // The answer carries the account's contacts.
        personalData: true,
        details: { role: { from: before.role, to: after.role }, active: { from: before.active, to: after.active } },
      });
      return record(after);
    });
    if (outcome === null) {
      await recordAudit(db, { type: 'principal', principal: actor }, context, { action: 'account.update', outcome: 'denied', subjectType: 'account', subjectId: accountId, details: { reason: 'outside-scope-or-missing' } });
      throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy hồ sơ này trong phạm vi của bạn', en: 'No such record within your scope' } });
    }
    return outcome;
  }

  return { update };
}

export type AccountAdmin = ReturnType<typeof createAccountAdmin>;
