import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { apiKeys, auditLog } from '../../src/admin/admin.schema.js';
import { API_KEY_CACHE_MS, createApiKeyService, generateApiKey } from '../../src/admin/api-key-service.js';
import type { AccountPrincipal } from '../../src/admin/principal.js';
import { createSubtreeCache } from '../../src/admin/scope.js';
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

  test('a key in use stops working as soon as it is revoked, though verified keys are remembered', async () => {
    const { key, id } = await createKey(['catalog:read']);
    const call = () => t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: `Bearer ${key}` } });
    assert.equal((await call()).statusCode, 200);
    assert.equal((await call()).statusCode, 200);
    const admin = await t.login('quantri');
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/admin/api-keys/${id}/revoke`, headers: admin.headers });
    assert.equal(revoked.statusCode, 200);
    const refused = await call();
    assert.equal(refused.statusCode, 401);
    assert.equal((refused.json() as { code: string }).code, 'API_KEY_INVALID');
  });

  describe('verified keys remembered per process', () => {
    let clock: number;
    const now = () => new Date(clock);
    let organisationId: string;
    let actor: AccountPrincipal;
    const context = { requestId: 'test', ip: null };

    before(async () => {
      organisationId = await t.organisationId('P75-UBND');
      const session = await t.login('quantri');
      const resolved = await t.services.auth.resolveSession(session.cookie.slice('bcci_session='.length));
      if (resolved === null) throw new Error('no session');
      actor = resolved;
    });

    async function insertKey(): Promise<{ key: string; id: string }> {
      const { prefix, key, secretHash } = generateApiKey();
      const [row] = await t.database.db.insert(apiKeys).values({ prefix, secretHash, name: 'cache test', organisationId, scopes: ['catalog:read'] }).returning();
      if (row === undefined) throw new Error('no row');
      return { key, id: row.id };
    }
    // Revoked behind the service's back, as another process of the app would do it.
    const revokeElsewhere = (id: string) => t.database.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
    // One service per simulated process, sharing the database.
    const appProcess = (cache = { ttlMs: API_KEY_CACHE_MS, max: 1000 }) => createApiKeyService(t.database.db, now, createSubtreeCache(t.database.db, 30_000, now), cache);

    test('a revocation made by another process is honoured within the cache time, at most 5 s', async () => {
      assert.ok(API_KEY_CACHE_MS <= 5_000);
      clock = Date.parse('2026-11-29T08:00:00Z');
      const here = appProcess();
      const { key, id } = await insertKey();
      assert.equal((await here.resolve(key))?.apiKeyId, id);
      await revokeElsewhere(id);
      // The documented window: this process still trusts what it verified...
      clock += API_KEY_CACHE_MS - 1;
      assert.equal((await here.resolve(key))?.apiKeyId, id);
      // ...and no longer once it is older than API_KEY_CACHE_MS.
      clock += 1;
      assert.equal(await here.resolve(key), null);
      // A clock that goes back does not extend the trust either.
      const again = appProcess();
      const other = await insertKey();
      assert.notEqual(await again.resolve(other.key), null);
      await revokeElsewhere(other.id);
      clock -= 60_000;
      assert.equal(await again.resolve(other.key), null);
    });

    test('revoking through the service forgets the key at once in that process', async () => {
      clock = Date.parse('2026-11-29T09:00:00Z');
      const here = appProcess();
      const { key, id } = await insertKey();
      const principal = await here.resolve(key);
      assert.equal(principal?.apiKeyId, id);
      assert.deepEqual(principal?.scopes, ['catalog:read']);
      const summary = await here.revoke(actor, id, context);
      assert.notEqual(summary.revokedAt, null);
      assert.equal(await here.resolve(key), null);
    });

    test('a lookup under way while a key is revoked does not remember it', async () => {
      clock = Date.parse('2026-11-29T10:00:00Z');
      const here = appProcess();
      const { key, id } = await insertKey();
      // The lookup reads the row (not yet revoked) while the revocation runs beside it.
      const [resolved] = await Promise.all([here.resolve(key), here.revoke(actor, id, context)]);
      // Whatever that first lookup answered, the next one reads the database again.
      assert.ok(resolved === null || resolved.apiKeyId === id);
      assert.equal(await here.resolve(key), null);
    });

    test('only keys that verified are remembered, and at most `max` of them', async () => {
      clock = Date.parse('2026-11-29T11:00:00Z');
      const here = appProcess({ ttlMs: API_KEY_CACHE_MS, max: 2 });
      const [a, b, c] = [await insertKey(), await insertKey(), await insertKey()];
      for (const k of [a, b, c]) assert.notEqual(await here.resolve(k.key), null);
      for (const k of [a, b, c]) await revokeElsewhere(k.id);
      // `a`, the oldest, was forgotten to make room for `c`: it is read again and refused.
      assert.equal(await here.resolve(a.key), null);
      assert.notEqual(await here.resolve(c.key), null);
      // A forged secret with the prefix of a key in use is checked against its row, every time.
      const d = await insertKey();
      assert.notEqual(await here.resolve(d.key), null);
      const forged = `${d.key.slice(0, -1)}${d.key.endsWith('A') ? 'B' : 'A'}`;
      assert.equal(await here.resolve(forged), null);
      assert.equal(await here.resolve(forged), null);
    });
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
