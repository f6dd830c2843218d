import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { ERROR_CATALOGUE } from '../../src/platform/errors.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('errors are RFC 9457 problem details', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('a malformed query parameter gets 400 naming the parameter, in Vietnamese by default', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/units?at=2026-13-45' });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const body = response.json() as { code: string; title: string; detail: string; errors: Array<{ in: string; name: string; message: string }>; requestId: string };
    assert.equal(body.code, 'VALIDATION_FAILED');
    assert.equal(body.title, 'Dữ liệu gửi lên không hợp lệ');
    assert.deepEqual(body.errors.map((e) => [e.in, e.name]), [['query', 'at']]);
    assert.match(body.detail, /at/);
    assert.equal(body.requestId, response.headers['x-request-id']);
  });

  test('English is used when the client prefers it', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/units?unknown=1', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    assert.equal(response.statusCode, 400);
    const body = response.json() as { title: string; errors: Array<{ name: string }> };
    assert.equal(body.title, 'The request is not valid');
    assert.equal(body.errors[0]?.name, 'unknown');
  });

  test('an unknown API route is a 404 problem, not an HTML page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.equal((response.json() as { code: string }).code, 'ROUTE_NOT_FOUND');
  });

  test('a body that is not JSON gets 400, and a wrong content type 415', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    assert.equal(broken.statusCode, 400);
    assert.equal((broken.json() as { code: string }).code, 'BAD_REQUEST');
    const wrongType = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    assert.equal(wrongType.statusCode, 415);
    assert.equal((wrongType.json() as { code: string }).code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('a caller-supplied request id is echoed, a hostile one replaced', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'partner-123' } });
    assert.equal(ok.headers['x-request-id'], 'partner-123');
    const hostile = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'a b\nc' } });
    assert.notEqual(hostile.headers['x-request-id'], 'a b\nc');
  });

  test('the catalogue is published, and each problem type URI resolves', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/problems' });
    assert.equal((list.json() as { items: unknown[] }).items.length, Object.keys(ERROR_CATALOGUE).length);
    const one = await t.app.inject({ method: 'GET', url: '/api/problems/NOT_FOUND' });
    assert.equal((one.json() as { status: number }).status, 404);
  });

  test('every error code is documented in docs/ERRORS.md', () => {
    const doc = readFileSync(new URL('../../docs/ERRORS.md', import.meta.url), 'utf8');
    for (const code of Object.keys(ERROR_CATALOGUE)) assert.ok(doc.includes(`\`${code}\``), `${code} is documented`);
  });
});

describe('failures inside', () => {
  test('health answers 503 with a problem body when the database does not answer; 5xx reveal nothing', async () => {
    const t = await startTestApp();
    const healthy = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(healthy.statusCode, 200);
    assert.equal((healthy.json() as { database: string }).database, t.database.driver);
    await t.database.close();
    const down = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(down.statusCode, 503);
    const body = down.json() as Record<string, unknown>;
    assert.equal(body['code'], 'DATABASE_UNAVAILABLE');
    assert.ok(!JSON.stringify(body).match(/stack|Error:|at \//));
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'motcua', password: 'x' } });
    assert.equal(login.statusCode, 500);
    const internal = login.json() as Record<string, unknown>;
    assert.equal(internal['code'], 'INTERNAL');
    assert.deepEqual(Object.keys(internal).sort(), ['code', 'instance', 'requestId', 'status', 'title', 'type']);
    await t.app.close();
  });
});
