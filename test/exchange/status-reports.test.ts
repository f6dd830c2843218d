/**
 * POST /api/v1/exchange/status-reports writes its idempotency key, stored answer, event and
 * outbox rows in one statement (idempotentEvent). These check that it keeps every promise of
 * the transactional path: replays, reused keys, concurrent duplicates, all-or-nothing.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { organisations } from '../../src/catalog/catalog.schema.js';
import { checkEvent } from '../../src/exchange/events.js';
import { exchangeEvents, idempotencyKeys, outbox, webhookSubscriptions } from '../../src/exchange/exchange.schema.js';
import { idempotentEvent } from '../../src/exchange/idempotency.js';
import { generateWebhookSecret } from '../../src/exchange/webhook-signature.js';
import { countRows } from '../../src/platform/db/client.js';
import { type TestApp, startTestApp } from '../support/app.js';

describe('partner status reports, written in one statement', () => {
  let t: TestApp;
  let key: string;
  let apiKeyId: string;
  before(async () => {
    t = await startTestApp();
    const admin = await t.login('quantri');
    const organisationId = await t.organisationId('P75-UBND');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'one-stop', organisationId, scopes: ['events:write'] } });
    const body = created.json() as { key: string; apiKey: { id: string } };
    key = body.key;
    apiKeyId = body.apiKey.id;
    // Two subscribers: one takes everything, one only dossier status reports; a third is inactive.
    // (The built-in modules' in-process subscriptions exist too; outboxOf counts only these.)
    const [org] = await t.database.db.select().from(organisations).limit(1);
    if (org === undefined) throw new Error('no organisation');
    const subscription = { organisationId: org.id, url: 'http://127.0.0.1:9/unused', secret: generateWebhookSecret() };
    await t.database.db.insert(webhookSubscriptions).values([
      { ...subscription, name: 'all', eventTypes: ['*'] },
      { ...subscription, name: 'dossier statuses', eventTypes: ['dossier.status-reported'] },
      { ...subscription, name: 'switched off', eventTypes: ['*'], active: false },
    ]);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/status-mappings/vnpost/item',
      headers: admin.headers,
      payload: { mappings: [{ externalCode: 'PHAT_OK', canonicalStatus: 'delivered', direction: 'both' }] },
    });
    assert.equal(put.statusCode, 200, put.body);
  });
  after(() => t.close());

  function report(payload: Record<string, unknown>, idempotencyKey: string) {
    return t.app.inject({ method: 'POST', url: '/api/v1/exchange/status-reports', headers: { authorization: `Bearer ${key}`, 'idempotency-key': idempotencyKey }, payload });
  }
  const dossierReport = (code: string, n: number) => ({ system: 'national-portal', subject: 'dossier', code, occurredAt: '2026-03-03T08:00:00+07:00', dossierCode: `000.00.17.H19-260302-${String(n).padStart(4, '0')}` });
  const TEST_SUBSCRIBERS = ['all', 'dossier statuses', 'switched off'];
  const eventsOf = (id: string) => t.database.db.select().from(exchangeEvents).where(eq(exchangeEvents.id, id));
  /** The event's outbox rows for this test's own subscribers (the built-in modules subscribe too). */
  const outboxOf = async (id: string) => {
    const [event] = await eventsOf(id);
    if (event === undefined) return [];
    const rows = await t.database.db
      .select({ name: webhookSubscriptions.name })
      .from(outbox)
      .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, outbox.subscriptionId))
      .where(eq(outbox.eventSeq, event.seq));
    return rows.filter((row) => TEST_SUBSCRIBERS.includes(row.name));
  };

  test('the event, its outbox rows and the stored answer are written together; a replay returns that answer', async () => {
    const first = await report(dossierReport('2', 1), 'fast-path-0001');
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const answer = first.json() as { id: string; type: string; dossierCode: string };
    assert.equal(answer.type, 'dossier.status-reported');
    const [event] = await eventsOf(answer.id);
    assert.equal(event?.source, `partner:api_key:${apiKeyId}`);
    assert.deepEqual(event?.data, { status: 'received', system: 'national-portal', externalCode: '2' });
    // Both active subscribers want it; the inactive one gets nothing.
    assert.equal((await outboxOf(answer.id)).length, 2);
    const [stored] = await t.database.db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.principal, `api_key:${apiKeyId}`), eq(idempotencyKeys.key, 'fast-path-0001')));
    assert.equal(stored?.status, 201);
    assert.deepEqual(stored?.response, answer);

    const before = await countRows(t.database.db, 'exchange_events');
    const replay = await report(dossierReport('2', 1), 'fast-path-0001');
    assert.equal(replay.statusCode, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.body, first.body);
    assert.equal(await countRows(t.database.db, 'exchange_events'), before);
  });

  test('an item status fans out only to the subscribers that want it', async () => {
    const response = await report({ system: 'vnpost', subject: 'item', code: 'PHAT_OK', occurredAt: '2026-03-04T10:00:00+07:00', itemNumber: 'RR473124829VN', note: 'ký nhận' }, 'fast-path-item-1');
    assert.equal(response.statusCode, 201, response.body);
    const id = (response.json() as { id: string }).id;
    const [event] = await eventsOf(id);
    assert.equal(event?.type, 'item.status-reported');
    assert.equal(event?.subjectKey, 'RR473124829VN');
    assert.deepEqual(event?.data, { state: 'delivered', system: 'vnpost', externalCode: 'PHAT_OK', note: 'ký nhận' });
    assert.equal((await outboxOf(id)).length, 1);
  });

  test('the same key with another report, or on another route, gets 422 and changes nothing', async () => {
    const events = await countRows(t.database.db, 'exchange_events');
    const outboxRows = await countRows(t.database.db, 'outbox');
    const other = await report(dossierReport('3', 1), 'fast-path-0001');
    assert.equal(other.statusCode, 422);
    assert.equal((other.json() as { code: string }).code, 'IDEMPOTENCY_KEY_REUSED');
    const onEvents = await t.app.inject({
      method: 'POST',
      url: '/api/v1/exchange/events',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': 'fast-path-0001' },
      payload: { type: 'dossier.refused', occurredAt: '2026-03-03T08:00:00+07:00', dossierCode: '000.00.17.H19-260302-0001', data: { reason: 'x' } },
    });
    assert.equal(onEvents.statusCode, 422);
    assert.equal(await countRows(t.database.db, 'exchange_events'), events);
    assert.equal(await countRows(t.database.db, 'outbox'), outboxRows);
  });

  test('concurrent duplicates record one event and all get its answer', async () => {
    const events = await countRows(t.database.db, 'exchange_events');
    const answers = await Promise.all(Array.from({ length: 8 }, () => report(dossierReport('4', 2), 'fast-path-concurrent')));
    // A duplicate waits for the first to commit and then replays it (409 only if it had no answer yet).
    assert.ok(answers.every((a) => a.statusCode === 201 || a.statusCode === 409), answers.map((a) => a.statusCode).join(','));
    const created = answers.filter((a) => a.statusCode === 201);
    assert.equal(new Set(created.map((a) => a.body)).size, 1);
    assert.equal(created.filter((a) => a.headers['idempotent-replayed'] === undefined).length, 1);
    assert.equal(await countRows(t.database.db, 'exchange_events'), events + 1);
    assert.equal((await outboxOf((created[0]?.json() as { id: string }).id)).length, 2);
  });

  test('an unmapped code stores no key, so the report can be sent again once it is mapped', async () => {
    const refused = await report({ ...dossierReport('DANG_XU_LY', 3), system: 'egov-quangtri' }, 'fast-path-unmapped');
    assert.equal(refused.statusCode, 422);
    assert.equal((refused.json() as { code: string }).code, 'STATUS_UNMAPPED');
    const keys = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'fast-path-unmapped'));
    assert.equal(keys.length, 0);
  });

  test('a statement that fails writes nothing, not even the key, and the key can be used again', async () => {
    const scope = { principal: 'api_key:test', key: 'fast-path-atomic', fingerprint: 'f1' };
    const taken = (await t.database.db.select({ id: exchangeEvents.id }).from(exchangeEvents).limit(1))[0]?.id;
    assert.ok(taken !== undefined);
    const occurredAt = new Date('2026-03-05T08:00:00+07:00');
    const event = (id: string) => checkEvent({ id, type: 'dossier.status-reported', occurredAt, dossierCode: '000.00.17.H19-260302-0009', source: 'partner:test', data: { status: 'received', system: 's', externalCode: 'c' } });
    const events = await countRows(t.database.db, 'exchange_events');
    const outboxRows = await countRows(t.database.db, 'outbox');
    // The event id is already taken: the event insert fails after the key row was inserted.
    await assert.rejects(idempotentEvent(t.database.db, scope, event(taken), { status: 201, body: { id: taken } }));
    assert.equal((await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, scope.key))).length, 0);
    assert.equal(await countRows(t.database.db, 'exchange_events'), events);
    assert.equal(await countRows(t.database.db, 'outbox'), outboxRows);

    const id = randomUUID();
    const written = await idempotentEvent(t.database.db, scope, event(id), { status: 201, body: { id } });
    assert.deepEqual(written, { status: 201, body: { id }, replayed: false });
    const again = await idempotentEvent(t.database.db, scope, event(randomUUID()), { status: 201, body: { id: 'other' } });
    assert.deepEqual(again, { status: 201, body: { id }, replayed: true });
    assert.equal(await countRows(t.database.db, 'exchange_events'), events + 1);
    // The statement is prepared once per database: many calls, the same answers.
    for (let i = 0; i < 3; i += 1) {
      const more = randomUUID();
      const result = await idempotentEvent(t.database.db, { ...scope, key: `fast-path-atomic-${i}` }, event(more), { status: 201, body: { id: more } });
      assert.equal(result.replayed, false);
    }
    const [{ n } = { n: 0 }] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(idempotencyKeys).where(sql`${idempotencyKeys.key} like 'fast-path-atomic%'`);
    assert.equal(n, 4);
  });
});
