import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { exchangeEvents, unmappedStatusReports } from '../../src/exchange/exchange.schema.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('inbound API for partner systems', () => {
  let t: TestApp;
  let key: string;
  before(async () => {
    t = await startTestApp();
    const admin = await t.login('quantri');
    const organisationId = await t.organisationId('P75-UBND');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'one-stop', organisationId, scopes: ['events:write'] } });
    key = (created.json() as { key: string }).key;
  });
  after(() => t.close());

  const eventCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(exchangeEvents))[0]?.n;

  function post(url: string, payload: unknown, idempotencyKey?: string, bearer = key) {
    return t.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${bearer}`, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
      payload: payload as Record<string, unknown>,
    });
  }

  // A one-stop-side event no module applies: the exchange only records and relays it.
  const acknowledged = {
    type: 'result.ready',
    occurredAt: '2026-03-02T09:15:00+07:00',
    dossierCode: '000.00.17.H19-260302-0001',
    data: { readyAt: '2026-03-02T09:15:00+07:00', resultMethod: 'post' },
  };

  test('a replayed request with the same idempotency key changes nothing and returns the same response', async () => {
    const before = await eventCount();
    const first = await post('/api/v1/exchange/events', acknowledged, 'ack-BB-2026-0001');
    assert.equal(first.statusCode, 201, first.body);
    const replay = await post('/api/v1/exchange/events', acknowledged, 'ack-BB-2026-0001');
    assert.equal(replay.statusCode, 201);
    assert.equal(replay.body, first.body);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(await eventCount(), (before ?? 0) + 1);
  });

  test('the same key with a different body gets 422 and changes nothing', async () => {
    const before = await eventCount();
    const other = await post('/api/v1/exchange/events', { ...acknowledged, occurredAt: '2026-03-02T10:00:00+07:00' }, 'ack-BB-2026-0001');
    assert.equal(other.statusCode, 422);
    assert.equal((other.json() as { code: string }).code, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(await eventCount(), before);
  });

  test('concurrent duplicates record one event', async () => {
    const before = await eventCount();
    const payload = { ...acknowledged, dossierCode: '000.00.17.H19-260302-0002' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('/api/v1/exchange/events', payload, 'ack-BB-2026-0002')));
    assert.ok(answers.every((a) => a.statusCode === 201));
    assert.equal(new Set(answers.map((a) => a.body)).size, 1);
    assert.equal(await eventCount(), (before ?? 0) + 1);
  });

  test('writes without an idempotency key, with an unknown type or invalid data are refused and change nothing', async () => {
    const before = await eventCount();
    const noKey = await post('/api/v1/exchange/events', acknowledged);
    assert.equal(noKey.statusCode, 400);
    assert.equal((noKey.json() as { code: string }).code, 'IDEMPOTENCY_KEY_REQUIRED');
    const unknown = await post('/api/v1/exchange/events', { ...acknowledged, type: 'dossier.teleported' }, 'k-unknown-type');
    assert.equal(unknown.statusCode, 400);
    assert.equal((unknown.json() as { errors: Array<{ name: string }> }).errors[0]?.name, 'type');
    const invalid = await post('/api/v1/exchange/events', { ...acknowledged, data: { readyAt: 42 } }, 'k-invalid-data');
    assert.equal(invalid.statusCode, 400);
    assert.equal(await eventCount(), before);
    // A refused request does not burn its key: the corrected request goes through.
    const corrected = await post('/api/v1/exchange/events', { ...acknowledged, dossierCode: '000.00.17.H19-260302-0003' }, 'k-invalid-data');
    assert.equal(corrected.statusCode, 201);
  });

  test("the post's own events, and a signature of a record that does not exist, are refused and record nothing", async () => {
    const before = await eventCount();
    const postal = await post('/api/v1/exchange/events', { type: 'delivery.delivered', occurredAt: '2026-03-02T09:15:00+07:00', itemNumber: 'RR473124829VN', data: { deliveredAt: '2026-03-02T09:15:00+07:00', receivedBy: 'applicant' } }, 'k-postal-event');
    assert.equal(postal.statusCode, 400);
    assert.match((postal.json() as { detail: string }).detail, /delivery\.delivered/);
    const signed = await post(
      '/api/v1/exchange/events',
      { type: 'manifest.acknowledged', occurredAt: '2026-03-02T09:15:00+07:00', data: { manifestId: '8f7c3a52-0000-4000-8000-000000000000', signedAt: '2026-03-02T09:15:00+07:00', received: [], missing: [], extra: [], damaged: [] } },
      'k-unknown-manifest',
    );
    assert.equal(signed.statusCode, 404, signed.body);
    assert.equal(await eventCount(), before);
  });

  test('a key without the events:write scope gets 403', async () => {
    const readOnly = await post('/api/v1/exchange/events', acknowledged, 'k-read-only', t.demoApiKey);
    assert.equal(readOnly.statusCode, 403);
    assert.equal((readOnly.json() as { code: string }).code, 'API_KEY_SCOPE_MISSING');
  });

  test("a status in the national portal's codes is mapped to our canonical status", async () => {
    const response = await post(
      '/api/v1/exchange/status-reports',
      { system: 'national-portal', subject: 'dossier', code: '5', occurredAt: '2026-03-03T08:00:00+07:00', dossierCode: '000.00.17.H19-260302-0001' },
      'status-0001-5',
    );
    assert.equal(response.statusCode, 201, response.body);
    const [event] = await t.database.db.select().from(exchangeEvents).where(sql`${exchangeEvents.id} = ${(response.json() as { id: string }).id}`);
    assert.equal(event?.type, 'dossier.status-reported');
    assert.equal((event?.data as { status: string }).status, 'supplement-requested');
  });

  test('an unmapped status is refused with a clear error, kept for review, never guessed', async () => {
    const before = await eventCount();
    const response = await post(
      '/api/v1/exchange/status-reports',
      { system: 'egov-dongnai', subject: 'dossier', code: 'DANG_XU_LY', occurredAt: '2026-03-03T08:00:00+07:00', dossierCode: '000.00.17.H19-260302-0001' },
      'status-egov-1',
    );
    assert.equal(response.statusCode, 422);
    const body = response.json() as { code: string; detail: string };
    assert.equal(body.code, 'STATUS_UNMAPPED');
    assert.match(body.detail, /DANG_XU_LY/);
    assert.equal(await eventCount(), before);
    const kept = await t.database.db.select().from(unmappedStatusReports);
    assert.equal(kept.length, 1);
    assert.equal(kept[0]?.externalCode, 'DANG_XU_LY');

    // Once an administrator maps it, the same report goes through.
    const admin = await t.login('quantri');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/status-mappings/egov-dongnai/dossier',
      headers: admin.headers,
      payload: { mappings: [{ externalCode: 'DANG_XU_LY', canonicalStatus: 'processing', direction: 'both' }] },
    });
    assert.equal(put.statusCode, 200, put.body);
    const retry = await post(
      '/api/v1/exchange/status-reports',
      { system: 'egov-dongnai', subject: 'dossier', code: 'DANG_XU_LY', occurredAt: '2026-03-03T08:00:00+07:00', dossierCode: '000.00.17.H19-260302-0001' },
      'status-egov-1',
    );
    assert.equal(retry.statusCode, 201);
  });

  test('mappings naming an unknown canonical status, or one code twice, are refused', async () => {
    const admin = await t.login('quantri');
    const unknown = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/status-mappings/egov-dongnai/dossier',
      headers: admin.headers,
      payload: { mappings: [{ externalCode: 'X', canonicalStatus: 'teleported', direction: 'inbound' }] },
    });
    assert.equal(unknown.statusCode, 400);
    const twice = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/status-mappings/egov-dongnai/dossier',
      headers: admin.headers,
      payload: { mappings: [{ externalCode: 'X', canonicalStatus: 'processing', direction: 'inbound' }, { externalCode: 'X', canonicalStatus: 'received', direction: 'both' }] },
    });
    assert.equal(twice.statusCode, 400);
    const national = await t.app.inject({ method: 'GET', url: '/api/v1/admin/status-mappings/national-portal/dossier', headers: { cookie: admin.cookie } });
    assert.equal((national.json() as { items: unknown[] }).items.length, 11);
  });
});
