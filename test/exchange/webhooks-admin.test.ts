import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { recordEvent } from '../../src/exchange/events.js';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { type TestApp, startTestApp } from '../support/app.js';
import { type Receiver, startReceiver } from './support.js';

describe('webhook subscriptions and dead letters, administered over HTTP', () => {
  let t: TestApp;
  let receiver: Receiver;
  let secrets: string[] = [];
  before(async () => {
    t = await startTestApp();
    receiver = await startReceiver(() => secrets);
  });
  after(async () => {
    await receiver.close();
    await t.close();
  });

  test('a subscription is created with its secret shown once; rotating keeps the old one signing; lists never show secrets', async () => {
    const admin = await t.login('quantri');
    const organisationId = await t.organisationId('P75-UBND');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/webhooks',
      headers: admin.headers,
      payload: { name: 'Egov Đồng Nai', organisationId, url: receiver.url, eventTypes: ['dossier.registered', 'result.ready'], allowPrivateNetwork: true },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { secret, subscription } = created.json() as { secret: string; subscription: { id: string } };
    assert.match(secret, /^whsec_/);
    const rotated = await t.app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/${subscription.id}/rotate-secret`, headers: admin.headers });
    assert.equal(rotated.statusCode, 200);
    const fresh = (rotated.json() as { secret: string; subscription: { previousSecretExpiresAt: string | null } });
    assert.notEqual(fresh.secret, secret);
    assert.ok(fresh.subscription.previousSecretExpiresAt !== null);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks', headers: { cookie: admin.cookie } });
    assert.ok(!list.body.includes(secret) && !list.body.includes(fresh.secret));
    secrets = [secret];
  });

  test('unknown event types and non-HTTP URLs are refused', async () => {
    const admin = await t.login('quantri');
    const organisationId = await t.organisationId('P75-UBND');
    for (const payload of [
      { name: 'x', organisationId, url: receiver.url, eventTypes: ['dossier.teleported'] },
      { name: 'x', organisationId, url: 'ftp://example.org/hook', eventTypes: ['*'] },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/webhooks', headers: admin.headers, payload });
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
    }
  });

  test('an administrator sees a dead letter and replays it; a postal supervisor outside its scope and a desk officer may not', async () => {
    const clock = { value: new Date(Date.now() + 5000) };
    await t.database.db.transaction((tx) =>
      recordEvent(tx, {
        type: 'result.ready',
        occurredAt: clock.value,
        dossierCode: '000.00.17.H19-260302-0009',
        source: 'desk',
        data: { readyAt: clock.value.toISOString(), resultMethod: 'post' },
      }),
    );
    receiver.failNext(1);
    // The app's transport, as the worker runs it: built-in receivers (the notices) take their deliveries in process.
    const relay = createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => clock.value, options: { maxAttempts: 1 } });
    const run = await relay.runOnce();
    assert.equal(run.dead, 1, JSON.stringify(run));
    const admin = await t.login('quantri');
    const dead = await t.app.inject({ method: 'GET', url: '/api/v1/admin/outbox?status=dead', headers: { cookie: admin.cookie } });
    const items = (dead.json() as { items: Array<{ id: number; eventType: string; lastError: string }> }).items;
    assert.equal(items.length, 1);
    assert.equal(items[0]?.eventType, 'result.ready');
    // The subscription belongs to the provincial committee: the post's supervisor does not see it.
    const supervisor = await t.login('kiemsoat');
    const hidden = await t.app.inject({ method: 'GET', url: '/api/v1/admin/outbox?status=dead', headers: { cookie: supervisor.cookie } });
    assert.deepEqual((hidden.json() as { items: unknown[] }).items, []);
    const outside = await t.app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${items[0]?.id}/replay`, headers: supervisor.headers });
    assert.equal(outside.statusCode, 404);
    const desk = await t.login('motcua');
    const refused = await t.app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${items[0]?.id}/replay`, headers: desk.headers });
    assert.equal(refused.statusCode, 403);
    const replay = await t.app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${items[0]?.id}/replay`, headers: admin.headers });
    assert.equal(replay.statusCode, 204, replay.body);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${items[0]?.id}/replay`, headers: admin.headers });
    assert.equal(again.statusCode, 409);
    await relay.runOnce();
    assert.equal(receiver.received.filter((r) => r.payload.type === 'result.ready').length, 1);
  });
});
