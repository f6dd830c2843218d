/**
 * Staff accounts as records: the roster of an organisation, one account, and creating accounts.
 * Names, e-mails and phones are personal data: every read is audited, and a record outside the
 * reader's organisation subtree is answered as "not found" (not "forbidden"), so its existence
 * does not leak; the refusal is audited too.
 */
import { asc, eq } from 'drizzle-orm';
import { accounts } from './admin.schema.js';
import { recordAudit } from './audit.js';
import { hashPassword, passwordProblem } from './passwords.js';
import type { AccountPrincipal, Principal, RequestContext } from './principal.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { Role } from '../domain/access/roles.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface StaffRecord {
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

export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{2,63}$';

export function createStaffService(db: Db) {
  async function notFound(principal: Principal, context: RequestContext, subjectType: string, subjectId: string): Promise<never> {
    await recordAudit(db, { type: 'principal', principal }, context, { action: `${subjectType}.read`, outcome: 'denied', subjectType, subjectId, details: { reason: 'outside-scope-or-missing' } });
    throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy hồ sơ này trong phạm vi của bạn', en: 'No such record within your scope' } });
  }

  async function listOrganisationStaff(principal: Principal, organisationId: string, context: RequestContext): Promise<StaffRecord[]> {
    if (!principal.visibleOrganisationIds.has(organisationId)) return notFound(principal, context, 'organisation', organisationId);
    const rows = await db.select().from(accounts).where(eq(accounts.organisationId, organisationId)).orderBy(asc(accounts.username));
    await recordAudit(db, { type: 'principal', principal }, context, {
      action: 'organisation.staff.read',
      outcome: 'success',
      subjectType: 'organisation',
      subjectId: organisationId,
      personalData: rows.length > 0,
      details: { accounts: rows.length },
    });
    return rows.map(record);
  }

  async function getAccount(principal: Principal, accountId: string, context: RequestContext): Promise<StaffRecord> {
    const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1);
    if (row === undefined || !principal.visibleOrganisationIds.has(row.organisationId)) return notFound(principal, context, 'account', accountId);
    await recordAudit(db, { type: 'principal', principal }, context, { action: 'account.read', outcome: 'success', subjectType: 'account', subjectId: accountId, personalData: true });
    return record(row);
  }

  async function createAccount(
    actor: AccountPrincipal,
    input: { username: string; displayName: string; email?: string; phone?: string; password: string; role: Role; organisationId: string },
    context: RequestContext,
  ): Promise<StaffRecord> {
    const username = input.username.trim().toLowerCase();
    const problem = passwordProblem(input.password, username);
    if (problem !== null) throw new AppError('VALIDATION_FAILED', { detail: problem, fields: [{ in: 'body', name: 'password', ...problem }] });
    if (!actor.visibleOrganisationIds.has(input.organisationId)) {
      throw new AppError('VALIDATION_FAILED', {
        detail: { vi: 'Tổ chức không tồn tại hoặc ngoài phạm vi quản lý của bạn', en: 'The organisation does not exist or is outside your scope' },
        fields: [{ in: 'body', name: 'organisationId', vi: 'ngoài phạm vi', en: 'outside your scope' }],
      });
    }
    const passwordHash = await hashPassword(input.password);
    return db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username)).limit(1);
      if (existing !== undefined) {
        throw new AppError('CONFLICT', { detail: { vi: `Tên đăng nhập "${username}" đã được dùng`, en: `The username "${username}" is taken` } });
      }
      const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).limit(1);
      if (org === undefined) throw new AppError('NOT_FOUND', { detail: { vi: 'Không tìm thấy tổ chức', en: 'Organisation not found' } });
      const [row] = await tx
        .insert(accounts)
        .values({ username, displayName: input.displayName, email: input.email ?? null, phone: input.phone ?? null, passwordHash, role: input.role, organisationId: input.organisationId })
        .returning();
      if (row === undefined) throw new Error('insert returned no row');
      await recordAudit(tx, { type: 'principal', principal: actor }, context, { action: 'account.create', outcome: 'success', subjectType: 'account', subjectId: row.id, details: { role: row.role } });
      return record(row);
    });
  }

  return { listOrganisationStaff, getAccount, createAccount };
}

export type StaffService = ReturnType<typeof createStaffService>;
