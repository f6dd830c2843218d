/**
 * The supervisor's workspace without a browser: its pure helpers, and its decoders against the
 * real API answers (a fresh test database with real data in every list), so a change of shape
 * on either side fails here before a supervisor sees "unexpected answer".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { DecodeError } from '../../src/web/api.js';
import { decodeFailedDelivery, decodeOverdueItem } from '../../src/web/staff/supervisor/deliveries-api.js';
import { decodeDeadEvent, decodeNoticePage, decodeReconciliation } from '../../src/web/staff/supervisor/exchange-api.js';
import { type HandoverItem, decodeHandoverItem, decodeManifest } from '../../src/web/staff/supervisor/handover-api.js';
import { decodePickup } from '../../src/web/staff/supervisor/pickups-api.js';
import { manifestPath, screenPath, viewOf } from '../../src/web/staff/supervisor/screens.js';
import { text } from '../../src/web/staff/supervisor/text.js';
import { custodyStateLabel, feesOf, groupByDesk, isDay, labelOf, newIdempotencyKey, vietnamDay, windowText } from '../../src/web/staff/supervisor/work-lists.js';
import { DESK, SIGNATURE, type ChecklistItem, checklist, intakeBody, key } from '../postal/support.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';

const item = (itemNumber: string, deskCode: string, deskName: string, fees: number): HandoverItem => ({
  itemNumber,
  procedureCode: '1.001193',
  state: 'at-post-office',
  heldAt: { code: 'X26041-BD', name: 'Bưu điện' },
  desk: { code: deskCode, name: deskName },
  fees,
  takenInAt: '2026-03-02T02:00:00.000Z',
  transitDueOn: '2026-03-03',
});

describe('supervisor workspace helpers', () => {
  it('groups items by their desk, desks in Vietnamese name order, and totals the fees chosen', () => {
    const items = [item('RR1', 'B', 'Phường Trấn Biên', 8_000), item('RR2', 'A', 'Phường Biên Hòa', 0), item('RR3', 'B', 'Phường Trấn Biên', 2_000)];
    const groups = groupByDesk(items);
    assert.deepEqual(groups.map((g) => [g.desk.code, g.items.map((i) => i.itemNumber)]), [['A', ['RR2']], ['B', ['RR1', 'RR3']]]);
    assert.equal(feesOf(items, new Set(['RR1', 'RR3'])), 10_000);
    assert.equal(feesOf(items, new Set()), 0);
  });

  it('knows the day in Vietnam whatever the device’s zone, and checks typed days', () => {
    assert.equal(vietnamDay(new Date('2026-03-02T16:59:59Z')), '2026-03-02');
    assert.equal(vietnamDay(new Date('2026-03-02T17:00:00Z')), '2026-03-03');
    assert.equal(isDay('2026-02-28'), true);
    assert.equal(isDay('2026-02-30'), false);
    assert.equal(isDay(''), false);
    assert.equal(isDay('02/03/2026'), false);
  });

  it('writes a pickup window within one day once, in Vietnam time', () => {
    assert.equal(windowText('2026-03-02T01:00:00Z', '2026-03-02T03:00:00Z', 'vi'), '08:00–10:00 02/03/2026');
    assert.equal(windowText('2026-03-02T01:00:00Z', '2026-03-02T03:00:00Z', 'en'), '02/03/2026, 08:00–10:00');
    assert.equal(windowText('2026-03-02T16:00:00Z', '2026-03-02T18:00:00Z', 'vi'), '23:00 02/03/2026 – 01:00 03/03/2026');
  });

  it('makes idempotency keys the server accepts, a new one each time', () => {
    const a = newIdempotencyKey();
    assert.match(a, /^[A-Za-z0-9_.:-]{8,128}$/);
    assert.notEqual(a, newIdempotencyKey());
  });

  it('names known values in both languages and shows newer ones as sent', () => {
    assert.equal(labelOf(text.vi.notices.kinds, 'phone-otp'), 'Mã xác minh số điện thoại');
    assert.equal(labelOf(text.en.notices.kinds, 'phone-otp'), 'Phone verification code');
    assert.equal(labelOf(text.vi.notices.kinds, 'something-new'), 'something-new');
    assert.equal(labelOf(text.vi.notices.kinds, 'toString'), 'toString', 'no inherited property is taken for a label');
    assert.equal(custodyStateLabel('at-post-office', 'vi'), 'Hồ sơ đang ở bưu cục');
    assert.equal(custodyStateLabel('teleported', 'en'), 'teleported');
  });

  it('routes the workspace’s paths to its screens', () => {
    assert.deepEqual(viewOf([]), { screen: 'pickups' });
    assert.deepEqual(viewOf(['ban-giao']), { screen: 'handover' });
    assert.deepEqual(viewOf(['ban-giao', 'abc']), { screen: 'manifest', id: 'abc' });
    assert.deepEqual(viewOf(['su-kien-loi']), { screen: 'deadEvents' });
    assert.deepEqual(viewOf(['qua-han', 'x']), { screen: 'notFound' });
    assert.deepEqual(viewOf(['khong-co']), { screen: 'notFound' });
    assert.deepEqual(viewOf(['ban-giao', 'a', 'b']), { screen: 'notFound' });
    assert.equal(screenPath('pickups'), '/can-bo');
    assert.equal(screenPath('reconciliation'), '/can-bo/doi-soat');
    assert.equal(manifestPath('a b'), '/can-bo/ban-giao/a%20b');
  });

  it('refuses an answer of the wrong shape', () => {
    assert.throws(() => decodeOverdueItem({ itemNumber: 'RR1', state: 'collected', transitDueOn: '2026-03-03', takenInAt: 'x', daysLate: '2' }), DecodeError);
    assert.throws(() => decodePickup({}), DecodeError);
  });
});

describe('supervisor workspace decoders on real answers', () => {
  // Monday 2 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  let supervisor: Session;
  let items: ChecklistItem[];

  const get = async (session: Session, url: string): Promise<Record<string, unknown>> => {
    const response = await t.app.inject({ method: 'GET', url, headers: session.headers });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response.json() as Record<string, unknown>;
  };
  const post = async (session: Session, url: string, payload: object, idempotencyKey?: string): Promise<Record<string, unknown>> => {
    const response = await t.app.inject({ method: 'POST', url, headers: { ...session.headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, payload });
    assert.ok(response.statusCode < 300, `${url}: ${response.body}`);
    return response.json() as Record<string, unknown>;
  };
  const itemsOf = (answer: Record<string, unknown>): unknown[] => {
    const list = answer['items'];
    assert.ok(Array.isArray(list));
    assert.ok(list.length > 0, 'a list with something to decode');
    return list;
  };

  before(async () => {
    t = await startTestApp({}, { clock });
    supervisor = await t.login('kiemsoat');
    const postman = await t.login('buuta');
    items = await checklist(t, postman);
    // A receiver that does not answer, so an event dies; a pickup from the hotline.
    await post(supervisor, '/api/v1/admin/webhooks', { name: 'Không trả lời', organisationId: await t.organisationId('P75-BD'), url: 'http://127.0.0.1:9/hook', eventTypes: ['pickup.requested'], allowPrivateNetwork: true });
    await post(supervisor, '/api/v1/postal/pickups', { procedureCode: '1.001193', serviceForm: 'both', applicant: { name: 'Trần Văn Bình', phone: '0912345678' }, address: '25 Hùng Vương', unitCode: '26041', window: { from: '2026-03-02T04:00:00Z', to: '2026-03-02T06:00:00Z' }, channel: 'hotline' });
    // Outbox rows fall due at the database's own time, not the test clock's.
    const relay = createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date(), options: { maxAttempts: 1 } });
    for (let i = 0; i < 10; i += 1) if ((await relay.runOnce()).claimed === 0) break;
    // One item at the office (ready), one left with the postman (overdue once days pass), one sent.
    for (const label of ['ready', 'late', 'sent']) {
      const taken = await post(postman, '/api/v1/postal/intakes', intakeBody(items, { fees: { amount: 8_000, method: 'cash' } }), key(`dec-${label}`));
      if (label !== 'late') await post(postman, `/api/v1/postal/items/${String(taken['itemNumber'])}/scans`, { to: 'at-post-office' }, key(`dec-scan-${label}`));
      if (label === 'sent') await post(supervisor, '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [String(taken['itemNumber'])], signatureSender: SIGNATURE }, key('dec-manifest'));
    }
  });
  after(async () => {
    await t?.close();
  });

  it('decodes pickups, the handover queue, handover records and the day’s reconciliation', async () => {
    const [pickup] = itemsOf(await get(supervisor, '/api/v1/postal/pickups?status=requested')).map(decodePickup);
    assert.equal(pickup?.channel, 'hotline');
    const [ready] = itemsOf(await get(supervisor, '/api/v1/postal/handover-queue')).map(decodeHandoverItem);
    assert.equal(ready?.desk.code, DESK);
    const [manifest] = itemsOf(await get(supervisor, '/api/v1/postal/manifests?status=sent')).map(decodeManifest);
    assert.equal(manifest?.items.length, 1);
    assert.equal(manifest?.feesTotal, 8_000);
    const report = decodeReconciliation(await get(supervisor, '/api/v1/admin/reconciliation?day=2026-03-02'));
    assert.equal(report.manifestsSent, 1);
    assert.ok(report.differences.some((d) => d.kind === 'manifest-unacknowledged'));
  });

  it('decodes dead events and the notices log', async () => {
    const [dead] = itemsOf(await get(supervisor, '/api/v1/admin/outbox?status=dead&limit=200')).map(decodeDeadEvent);
    assert.equal(dead?.eventType, 'pickup.requested');
    const page = decodeNoticePage(await get(supervisor, '/api/v1/admin/notices?limit=50'));
    assert.ok(page.items.some((n) => n.kind === 'pickup-requested'));
  });

  it('decodes overdue items and failed deliveries', async () => {
    clock.set('2026-03-12T02:00:00Z');
    supervisor = await t.login('kiemsoat');
    const [late] = itemsOf(await get(supervisor, '/api/v1/postal/overdue')).map(decodeOverdueItem);
    assert.ok((late?.daysLate ?? 0) > 0);
    // A failed delivery needs the whole way round; its shape is decoded from a made-up answer of the schema's shape instead.
    const failed = decodeFailedDelivery({
      itemNumber: 'RR100000001VN', procedureCode: '1.001193', dossierCode: null, state: 'result-at-post-office', postOffice: { code: 'X', name: 'x' }, agency: { code: 'Y', name: 'y' },
      failedAttempts: 2, nextAttemptOn: '2026-03-09', lastAttempt: { at: '2026-03-05T02:00:00.000Z', reason: 'refused' }, returnedAt: null, mayReturn: false,
    });
    assert.equal(failed.lastAttempt?.reason, 'refused');
    assert.deepEqual((await get(supervisor, '/api/v1/postal/failed-deliveries'))['items'], []);
  });
});
