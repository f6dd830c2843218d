/**
 * The exchange contract, end to end over real HTTP: our postal side against a one-stop desk
 * that exists only as a webhook receiver (verifying signatures with the standardwebhooks
 * library) and an API client with its own key. The desk learns of the handover record from
 * the `manifest.sent` webhook alone, signs it, registers the dossier and hands the result back,
 * all through `POST /api/v1/exchange/events`; the post's items follow. Nothing in this test
 * reaches into the desk's or the post's tables to make the flow work.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { DESK, SIGNATURE, checklist, intakeBody, key } from '../postal/support.js';
import { type Receiver, startReceiver } from './support.js';

interface SentDossier {
  itemNumber: string;
  procedureCode: string;
  applicant: { name: string };
}

describe('exchange contract: the post against a desk that is only a webhook receiver and an API client', () => {
  const clock = manualClock('2026-03-09T01:30:00Z'); // Monday 08:30 in Vietnam
  let t: TestApp;
  let base: string;
  let receiver: Receiver;
  let secret = '';
  let deskKey: string;
  let postman: Session;

  before(async () => {
    t = await startTestApp({}, { clock });
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
    receiver = await startReceiver(() => [secret]);
    const admin = await t.login('quantri');
    const deskOrg = await t.organisationId(DESK);
    const subscribed = await t.app.inject({ method: 'POST', url: '/api/v1/admin/webhooks', headers: admin.headers, payload: { name: 'Desk software of Trấn Biên', organisationId: deskOrg, url: receiver.url, eventTypes: ['manifest.sent', 'dossier.taken-in', 'delivery.delivered'], allowPrivateNetwork: true } });
    assert.equal(subscribed.statusCode, 201, subscribed.body);
    secret = (subscribed.json() as { secret: string }).secret;
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'Desk software of Trấn Biên', organisationId: deskOrg, scopes: ['events:write'] } });
    deskKey = (created.json() as { key: string }).key;
    postman = await t.login('buuta');
  });
  after(async () => {
    await receiver.close();
    await t.close();
  });

  /** The desk's API client: plain HTTP with its key and an idempotency key per intended change. */
  async function deskReports(event: Record<string, unknown>, idempotencyKey: string): Promise<Response> {
    return fetch(`${base}/api/v1/exchange/events`, { method: 'POST', headers: { authorization: `Bearer ${deskKey}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey }, body: JSON.stringify(event) });
  }

  async function relayUntil(predicate: () => boolean): Promise<void> {
    // The relay is a worker on its own, real clock: the receiver checks signature timestamps against real time.
    const relay = createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
    for (let round = 0; round < 20 && !predicate(); round += 1) await relay.runOnce();
    assert.ok(predicate(), 'the relay delivered what was expected');
  }

  const itemState = async (itemNumber: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/postal/items/${itemNumber}`, headers: postman.headers });
    return (response.json() as { state: string; filedAt: string | null; dossierCode: string | null }).state;
  };

  test('a dossier goes to the desk and its result comes back, each side knowing only the contract', async () => {
    const items = await checklist(t, postman);
    const taken = await t.app.inject({ method: 'POST', url: '/api/v1/postal/intakes', headers: { ...postman.headers, 'idempotency-key': key('contract-intake') }, payload: intakeBody(items, { fees: { amount: 50_000, method: 'cash' } }) });
    assert.equal(taken.statusCode, 201, taken.body);
    const itemNumber = (taken.json() as { itemNumber: string }).itemNumber;
    const sent = await t.app.inject({ method: 'POST', url: '/api/v1/postal/manifests', headers: { ...postman.headers, 'idempotency-key': key('contract-manifest') }, payload: { toOrganisationCode: DESK, itemNumbers: [itemNumber], signatureSender: SIGNATURE } });
    assert.equal(sent.statusCode, 201, sent.body);

    // The desk hears of the record by webhook only, with what it needs to register the dossier.
    await relayUntil(() => receiver.received.some((r) => r.payload.type === 'manifest.sent'));
    const manifest = receiver.received.find((r) => r.payload.type === 'manifest.sent')?.payload;
    const data = manifest?.data as { manifestId: string; items: string[]; feesTotal: number; dossiers: SentDossier[] };
    assert.deepEqual(data.items, [itemNumber]);
    assert.equal(data.feesTotal, 50_000);
    assert.equal(data.dossiers[0]?.applicant.name, 'Nguyễn Thị Hoà');

    // The desk signs at 09:10: the legal filing time.
    clock.set('2026-03-09T02:10:00Z');
    const signedAt = clock.now().toISOString();
    const ack = await deskReports({ type: 'manifest.acknowledged', occurredAt: signedAt, data: { manifestId: data.manifestId, signedAt, received: data.items, missing: [], extra: [], damaged: [] } }, `ack-${data.manifestId}`);
    assert.equal(ack.status, 201, await ack.text());
    // A retry of the same report (a flaky network) changes nothing and gets the same answer.
    const retry = await deskReports({ type: 'manifest.acknowledged', occurredAt: signedAt, data: { manifestId: data.manifestId, signedAt, received: data.items, missing: [], extra: [], damaged: [] } }, `ack-${data.manifestId}`);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(await itemState(itemNumber), 'at-desk');

    const dossierCode = '000.01.21.H19-260309-0001';
    const registered = await deskReports({ type: 'dossier.registered', occurredAt: signedAt, dossierCode, itemNumber, data: { filedAt: signedAt, dueAt: '2026-03-10T02:10:00.000Z', agency: { code: DESK, name: 'Trung tâm' }, procedureCode: data.dossiers[0]?.procedureCode ?? '' } }, `reg-${dossierCode}`);
    assert.equal(registered.status, 201, await registered.text());

    clock.set('2026-03-10T07:00:00Z');
    const handed = await deskReports({ type: 'result.handed-to-post', occurredAt: clock.now().toISOString(), dossierCode, data: { manifestId: 'KQ-DESK-0001', resultItemNumber: itemNumber, carrierId: await t.accountId('buuta') } }, `result-${dossierCode}`);
    assert.equal(handed.status, 201, await handed.text());
    postman = await t.login('buuta');
    assert.equal(await itemState(itemNumber), 'result-collected');

    // A report the post cannot accept is refused with a clear problem, not silently recorded.
    const wrong = await deskReports({ type: 'result.handed-to-post', occurredAt: clock.now().toISOString(), dossierCode, data: { manifestId: 'KQ-DESK-0001', resultItemNumber: itemNumber } }, `result-again-${dossierCode}`);
    assert.equal(wrong.status, 409);
    assert.equal(wrong.headers.get('content-type')?.startsWith('application/problem+json'), true);

    // The post delivers; the desk hears of it by webhook.
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/postal/items/${itemNumber}/scans`, headers: { ...postman.headers, 'idempotency-key': key('c-out') }, payload: { to: 'out-for-delivery' } })).statusCode, 200);
    const delivered = await t.app.inject({ method: 'POST', url: `/api/v1/postal/items/${itemNumber}/delivery`, headers: { ...postman.headers, 'idempotency-key': key('c-del') }, payload: { identity: { kind: 'cccd', number: '075190001234' }, signature: SIGNATURE } });
    assert.equal(delivered.statusCode, 201, delivered.body);
    await relayUntil(() => receiver.received.some((r) => r.payload.type === 'delivery.delivered'));
    const types = receiver.received.map((r) => r.payload.type);
    assert.deepEqual(types, ['dossier.taken-in', 'manifest.sent', 'delivery.delivered'], 'only what the desk subscribed to, each once');
  });
});
