import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { DEMO_COMMUNE_A, DEMO_COMMUNE_B } from '../../src/admin/demo-data.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('organisation scope', () => {
  let t: TestApp;
  let centreA: string;
  let centreB: string;
  before(async () => {
    t = await startTestApp();
    centreA = await t.organisationId(`X${DEMO_COMMUNE_A}-TTPVHCC`);
    centreB = await t.organisationId(`X${DEMO_COMMUNE_B}-TTPVHCC`);
  });
  after(() => t.close());

  test("a desk officer reads the staff of their own commune's centre, and the read is audited as personal data", async () => {
    const session = await t.login('motcua');
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/organisations/${centreA}/staff`, headers: { cookie: session.cookie } });
    assert.equal(response.statusCode, 200);
    const items = (response.json() as { items: Array<{ username: string; phone: string }> }).items;
    assert.deepEqual(items.map((i) => i.username), ['motcua']);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'organisation.staff.read'), eq(auditLog.subjectId, centreA)));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.personalData, true);
    assert.equal(rows[0]?.outcome, 'success');
    assert.equal(rows[0]?.requestId, response.headers['x-request-id']);
  });

  test("a desk officer of one commune gets 404 for another commune's records, and the refusal is audited", async () => {
    const session = await t.login('motcua');
    const staff = await t.app.inject({ method: 'GET', url: `/api/v1/organisations/${centreB}/staff`, headers: { cookie: session.cookie } });
    assert.equal(staff.statusCode, 404);
    assert.equal((staff.json() as { code: string }).code, 'NOT_FOUND');
    const otherOfficer = await t.accountId('motcua2');
    const account = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${otherOfficer}`, headers: { cookie: session.cookie } });
    assert.equal(account.statusCode, 404);
    assert.ok(!account.body.includes('Hoàng Văn Cửa'), 'nothing of the record leaks');
    const denied = await t.database.db.select().from(auditLog).where(eq(auditLog.outcome, 'denied'));
    assert.ok(denied.some((r) => r.subjectType === 'organisation' && r.subjectId === centreB));
    assert.ok(denied.some((r) => r.subjectType === 'account' && r.subjectId === otherOfficer));
  });

  test('a record that does not exist is answered exactly like one outside the scope', async () => {
    const session = await t.login('motcua');
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/accounts/00000000-0000-4000-8000-000000000000', headers: { cookie: session.cookie } });
    const otherOfficer = await t.accountId('motcua2');
    const outside = await t.app.inject({ method: 'GET', url: `/api/v1/accounts/${otherOfficer}`, headers: { cookie: session.cookie } });
    const strip = (b: string) => ({ ...(JSON.parse(b) as Record<string, unknown>), requestId: '', instance: '' });
    assert.deepEqual(strip(missing.body), strip(outside.body));
  });

  test('the province administrator, at the root, sees both communes', async () => {
    const session = await t.login('quantri');
    for (const centre of [centreA, centreB]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/organisations/${centre}/staff`, headers: { cookie: session.cookie } });
      assert.equal(response.statusCode, 200);
    }
  });

  test('a role without the permission gets 403, audited; the postman may not read staff records', async () => {
    const session = await t.login('buuta');
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/organisations/${centreA}/staff`, headers: { cookie: session.cookie } });
    assert.equal(response.statusCode, 403);
    assert.equal((response.json() as { code: string }).code, 'FORBIDDEN');
    const postman = await t.accountId('buuta');
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.actorId, postman)));
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]?.details, { permission: 'staff:read', route: '/api/v1/organisations/:id/staff', method: 'GET' });
  });

  test('only administrators create accounts, and only inside their scope', async () => {
    const admin = await t.login('quantri');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      headers: admin.headers,
      payload: { username: 'motcua3', displayName: 'Cán bộ mới', password: 'mat-khau-du-dai', role: 'desk_officer', organisationId: centreA },
    });
    assert.equal(created.statusCode, 201, created.body);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      headers: admin.headers,
      payload: { username: 'motcua3', displayName: 'Trùng', password: 'mat-khau-du-dai', role: 'desk_officer', organisationId: centreA },
    });
    assert.equal(duplicate.statusCode, 409);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      headers: admin.headers,
      payload: { username: 'motcua4', displayName: 'Yếu', password: 'short', role: 'desk_officer', organisationId: centreA },
    });
    assert.equal(weak.statusCode, 400);
    assert.equal((weak.json() as { errors: Array<{ name: string }> }).errors[0]?.name, 'password');
    const desk = await t.login('motcua');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      headers: desk.headers,
      payload: { username: 'motcua5', displayName: 'X', password: 'mat-khau-du-dai', role: 'province_admin', organisationId: centreA },
    });
    assert.equal(refused.statusCode, 403);
  });
});
