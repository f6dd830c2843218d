/**
 * Every API the administrator's workspace calls to change something, or to read what only
 * administrators read, refuses other roles (403, audited) and anonymous callers (401): the
 * screens hide nothing the server would give away.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { type TestApp, startTestApp } from '../support/app.js';

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; payload?: Record<string, unknown> };

describe("the administrator's APIs refuse everyone else", () => {
  let t: TestApp;
  let calls: Call[];
  before(async () => {
    t = await startTestApp();
    const someone = await t.accountId('lanhdao');
    const org = await t.organisationId('P75');
    calls = [
      { method: 'GET', url: '/api/v1/admin/api-keys' },
      { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'x', organisationId: org, scopes: ['catalog:read'] } },
      { method: 'GET', url: '/api/v1/admin/webhooks' },
      { method: 'GET', url: '/api/v1/admin/status-mappings/unmapped' },
      { method: 'GET', url: '/api/v1/admin/status-mappings/national-portal/dossier' },
      { method: 'GET', url: '/api/v1/admin/audit' },
      { method: 'GET', url: '/api/v1/admin/calendar/2026' },
      { method: 'PUT', url: '/api/v1/admin/calendar/2026', payload: { source: 'x', groups: [] } },
      { method: 'POST', url: '/api/v1/admin/tariffs', payload: {} },
      { method: 'PUT', url: '/api/v1/admin/procedures/1.001193/postal', payload: { offered: false } },
      { method: 'POST', url: '/api/v1/admin/procedures/1.001193/files', payload: {} },
      { method: 'POST', url: '/api/v1/admin/accounts', payload: {} },
      { method: 'PATCH', url: `/api/v1/admin/accounts/${someone}`, payload: { active: false } },
      { method: 'POST', url: '/api/v1/training-records', payload: {} },
    ];
  });
  after(() => t.close());

  test('a desk officer gets 403 from each, and each refusal is in the audit log', async () => {
    const desk = await t.login('motcua');
    for (const call of calls) {
      const response = await t.app.inject({ method: call.method, url: call.url, headers: desk.headers, ...(call.payload === undefined ? {} : { payload: call.payload }) });
      assert.equal(response.statusCode, 403, `${call.method} ${call.url}: ${response.body}`);
    }
    const denials = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.actorId, await t.accountId('motcua'))));
    assert.equal(denials.length, calls.length);
  });

  test('without a session each is 401', async () => {
    for (const call of calls) {
      const response = await t.app.inject({ method: call.method, url: call.url, ...(call.payload === undefined ? {} : { payload: call.payload }) });
      assert.equal(response.statusCode, 401, `${call.method} ${call.url}`);
    }
  });

  test('the postal supervisor, who may replay dead letters, still may not publish to the catalogue or change accounts', async () => {
    const supervisor = await t.login('kiemsoat');
    for (const call of calls.filter((c) => c.method !== 'GET' && !c.url.includes('api-keys'))) {
      const response = await t.app.inject({ method: call.method, url: call.url, headers: supervisor.headers, ...(call.payload === undefined ? {} : { payload: call.payload }) });
      assert.equal(response.statusCode, 403, `${call.method} ${call.url}`);
    }
  });
});
