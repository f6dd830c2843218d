import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('staff sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  after(() => t.close());

  test('a correct sign-in sets an httpOnly, SameSite session cookie and returns the CSRF token', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'motcua', password: 'demo-bcci-2026' } });
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'bcci_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    const body = response.json() as { account: { username: string; role: string }; csrfToken: string };
    assert.equal(body.account.username, 'motcua');
    assert.equal(body.account.role, 'desk_officer');
    assert.ok(body.csrfToken.length >= 32);
  });

  test('usernames are matched without regard to case', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '  MotCua ', password: 'demo-bcci-2026' } });
    assert.equal(response.statusCode, 200);
  });

  test('a wrong password and an unknown user get the same answer, which names neither part', async () => {
    const wrongPassword = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xuly', password: 'not-the-password' } });
    const unknownUser = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'demo-bcci-2026' } });
    assert.equal(wrongPassword.statusCode, 401);
    assert.equal(unknownUser.statusCode, 401);
    assert.equal(wrongPassword.headers['content-type'], 'application/problem+json; charset=utf-8');
    const a = wrongPassword.json() as Record<string, unknown>;
    const b = unknownUser.json() as Record<string, unknown>;
    assert.equal(a['code'], 'AUTH_INVALID_CREDENTIALS');
    assert.deepEqual({ ...a, requestId: '' }, { ...b, requestId: '' });
  });

  test('each refused sign-in leaves an audit row with the real reason, and no password or username', async () => {
    const xulyId = await t.accountId('xuly');
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.outcome, 'failed')));
    const forXuly = rows.find((r) => r.subjectId === xulyId);
    assert.ok(forXuly, 'audit row for the wrong password');
    assert.deepEqual(forXuly.details, { reason: 'wrong-password' });
    const anonymous = rows.find((r) => r.actorType === 'anonymous');
    assert.ok(anonymous, 'audit row for the unknown username');
    assert.deepEqual(anonymous.details, { reason: 'unknown-username' });
    assert.ok(!JSON.stringify(rows).includes('nobody-here'));
  });

  test('repeated failures lock the account for a while, even against the right password', async () => {
    for (let i = 0; i < 3; i += 1) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lanhdao', password: `wrong-${i}` } });
      assert.equal(r.statusCode, 401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lanhdao', password: 'demo-bcci-2026' } });
    assert.equal(locked.statusCode, 401);
    assert.equal((locked.json() as { code: string }).code, 'AUTH_INVALID_CREDENTIALS');
    const lanhdaoId = await t.accountId('lanhdao');
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.subjectId, lanhdaoId));
    assert.ok(rows.some((r) => (r.details as { reason?: string } | null)?.reason === 'locked'));
  });

  test('a malformed sign-in body gets 400 naming the missing field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'motcua' } });
    assert.equal(response.statusCode, 400);
    const body = response.json() as { code: string; errors: Array<{ in: string; name: string }> };
    assert.equal(body.code, 'VALIDATION_FAILED');
    assert.deepEqual(body.errors.map((e) => [e.in, e.name]), [['body', 'password']]);
  });

  test('the session endpoint describes the signed-in account; without a session it is 401', async () => {
    const session = await t.login('kiemsoat');
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    assert.equal(mine.statusCode, 200);
    assert.equal((mine.json() as { account: { role: string } }).account.role, 'postal_supervisor');
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    assert.equal(none.statusCode, 401);
    assert.equal((none.json() as { code: string }).code, 'AUTH_REQUIRED');
  });

  test('a write with the session cookie but without the CSRF token is refused and audited', async () => {
    const session = await t.login('quantri');
    const orgId = await t.organisationId('P75-UBND');
    const payload = { name: 'CSRF probe', organisationId: orgId, scopes: ['catalog:read'] };
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: { cookie: session.cookie }, payload });
    assert.equal(refused.statusCode, 403);
    assert.equal((refused.json() as { code: string }).code, 'CSRF_TOKEN_INVALID');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: { cookie: session.cookie, 'x-csrf-token': 'forged' }, payload });
    assert.equal(wrong.statusCode, 403);
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: session.headers, payload });
    assert.equal(accepted.statusCode, 201);
    const csrfRows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'access.csrf'));
    assert.equal(csrfRows.length, 2);
  });

  test('a person already signed in can sign in again without the token of the old session', async () => {
    const session = await t.login('buuta');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { cookie: session.cookie }, payload: { username: 'giaodichvien', password: 'demo-bcci-2026' } });
    assert.equal(again.statusCode, 200);
    assert.equal((again.json() as { account: { username: string } }).account.username, 'giaodichvien');
  });

  test('sign-out ends the session: the cookie no longer works', async () => {
    const session = await t.login('buuta');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    assert.equal(out.statusCode, 204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    assert.equal(after.statusCode, 401);
  });
});
