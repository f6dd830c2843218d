import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { apiKeys, auditLog } from '../../src/admin/admin.schema.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('partner API keys', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function createKey(scopes: string[]): Promise<{ key: string; id: string }> {
    const admin = await t.login('quantri');
    const organisationId = await t.organisationId('P75-UBND');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'Phần mềm một cửa tỉnh', organisationId, scopes } });
    assert.equal(response.statusCode, 201, response.body);
    const body = response.json() as { key: string; apiKey: { id: string } };
    return { key: body.key, id: body.apiKey.id };
  }

  test('a key is shown once and stored only as a hash; lists never show it', async () => {
    const { key, id } = await createKey(['catalog:read']);
    assert.match(key, /^bcci_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    assert.ok(row);
    assert.ok(!JSON.stringify(row).includes(key.slice(18)));
    const admin = await t.login('quantri');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: { cookie: admin.cookie } });
    assert.equal(list.statusCode, 200);
    assert.ok(!list.body.includes(key));
    assert.ok(list.body.includes(key.slice(5, 17)), 'the prefix is listed');
  });

  test('a key with the scope reads the directory', async () => {
    const { key } = await createKey(['catalog:read']);
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?kind=post_office', headers: { authorization: `Bearer ${key}` } });
    assert.equal(response.statusCode, 200);
    const items = (response.json() as { items: Array<{ kind: string }> }).items;
    assert.equal(items.length, 95);
    assert.ok(items.every((i) => i.kind === 'post_office'));
  });

  test('a key lacking the scope gets 403 and an audit row', async () => {
    const { key, id } = await createKey(['catalog:read']);
    const organisationId = await t.organisationId('P75-UBND');
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/organisations/${organisationId}/staff`, headers: { authorization: `Bearer ${key}` } });
    assert.equal(response.statusCode, 403);
    const body = response.json() as { code: string; detail: string };
    assert.equal(body.code, 'API_KEY_SCOPE_MISSING');
    assert.match(body.detail, /staff:read/);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.actorType, 'api_key'), eq(auditLog.actorId, id)));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.outcome, 'denied');
  });

  test('a revoked key, a forged key and a malformed header get 401', async () => {
    const { key, id } = await createKey(['catalog:read']);
    const admin = await t.login('quantri');
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/admin/api-keys/${id}/revoke`, headers: admin.headers });
    assert.equal(revoked.statusCode, 200);
    assert.notEqual((revoked.json() as { revokedAt: string | null }).revokedAt, null);
    for (const authorization of [`Bearer ${key}`, `Bearer ${key.slice(0, -1)}A`, 'Basic abc']) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization } });
      assert.equal(response.statusCode, 401, authorization);
      assert.equal((response.json() as { code: string }).code, 'API_KEY_INVALID');
    }
  });

  test('scopes are checked against the published list', async () => {
    const admin = await t.login('quantri');
    const organisationId = await t.organisationId('P75-UBND');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'x', organisationId, scopes: ['accounts:manage'] } });
    assert.equal(response.statusCode, 400);
    const errors = (response.json() as { errors: Array<{ name: string }> }).errors;
    assert.ok(errors.some((e) => e.name.startsWith('scopes')));
  });

  test('the demo key printed at start works', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: `Bearer ${t.demoApiKey}` } });
    assert.equal(response.statusCode, 200);
  });
});
