/**
 * Accounts and roles: an administrator changes a role or switches an account off, and it takes
 * effect at that account's next request; outside the administrator's subtree the account does
 * not exist; nobody changes their own account.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { type Session, type TestApp, startTestApp } from '../support/app.js';

describe('PATCH /api/v1/admin/accounts/{id}', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
  });
  after(() => t.close());

  async function patch(username: string, payload: Record<string, unknown>, session: Session | null = admin) {
    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/accounts/${await t.accountId(username)}`, headers: session?.headers ?? {}, payload });
    return { status: response.statusCode, body: response.json() as { role?: string; active?: boolean; username?: string; code?: string } };
  }
  const sessionRole = async (session: Session) => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: session.headers });
    return response.statusCode === 200 ? (response.json() as { account: { role: string } }).account.role : response.statusCode;
  };

  test('a new role takes effect at the next request of the account; audited without personal data in the details', async () => {
    const desk = await t.login('motcua');
    assert.equal(await sessionRole(desk), 'desk_officer');
    const { status, body } = await patch('motcua', { role: 'processing_officer' });
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual([body.username, body.role, body.active], ['motcua', 'processing_officer', true]);
    assert.equal(await sessionRole(desk), 'processing_officer');
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'account.update'), eq(auditLog.subjectId, await t.accountId('motcua'))));
    assert.deepEqual(audit?.details, { role: { from: 'desk_officer', to: 'processing_officer' }, active: { from: true, to: true } });
    assert.equal((await patch('motcua', { role: 'desk_officer' })).status, 200);
  });

  test('an account switched off loses its session at once and cannot sign in; switched on again it can', async () => {
    const officer = await t.login('xuly');
    assert.equal((await patch('xuly', { active: false })).body.active, false);
    assert.equal(await sessionRole(officer), 401);
    await assert.rejects(t.login('xuly'));
    assert.equal((await patch('xuly', { active: true })).status, 200);
    await t.login('xuly');
  });

  test('your own account, an empty change or an unknown role is refused', async () => {
    const self = await patch('quantri', { role: 'leader' });
    assert.equal(self.status, 409);
    assert.equal(self.body.code, 'CONFLICT');
    assert.equal((await patch('lanhdao', {})).status, 400);
    assert.equal((await patch('lanhdao', { role: 'king' })).status, 400);
  });

  test("an administrator of a commune cannot reach another commune's staff (404, audited) but can reach their own", async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      headers: admin.headers,
      payload: { username: 'quantri-xa', displayName: 'Quản trị xã (thử)', password: 'mat-khau-rat-dai-2026!', role: 'province_admin', organisationId: await t.organisationId('X26041-TTPVHCC') },
    });
    assert.equal(created.statusCode, 201, created.body);
    const local = await t.login('quantri-xa', 'mat-khau-rat-dai-2026!');
    const other = await patch('motcua2', { active: false }, local);
    assert.equal(other.status, 404);
    const denied = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'account.update'), eq(auditLog.outcome, 'denied')));
    assert.equal(denied.length, 1);
    assert.equal((await patch('motcua', { role: 'desk_officer' }, local)).status, 200);
    assert.equal(await sessionRole(await t.login('motcua2')), 'desk_officer', 'the other commune is untouched');
  });

  test('refusals: no session 401, a desk officer 403, a partner key 403', async () => {
    assert.equal((await patch('lanhdao', { active: false }, null)).status, 401);
    assert.equal((await patch('lanhdao', { active: false }, await t.login('motcua'))).status, 403);
    const partner = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/accounts/${await t.accountId('lanhdao')}`, headers: { authorization: `Bearer ${t.demoApiKey}` }, payload: { active: false } });
    assert.equal(partner.statusCode, 403);
    assert.equal(await sessionRole(await t.login('lanhdao')), 'leader');
  });
});
