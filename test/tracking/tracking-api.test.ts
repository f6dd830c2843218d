/**
 * Public tracking on a real journey: a citizen's pickup, intake at the address, the handover
 * record to the built-in desk (through the exchange), registration, forwarding, the result
 * back through the post, a failed delivery and the delivery. The same timeline answers the
 * dossier code and the item number; personal details need the phone's last 4 digits; the
 * limits answer 400, 403, 404 and 429 as documented.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { formatS10, s10CheckDigit } from '../../src/domain/postal-item/s10.js';
import type { TrackingView } from '../../src/tracking/tracking-service.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { COMMUNE, DESK, KHAI_SINH, OFFICE, SIGNATURE, checklist, intakeBody, key } from '../postal/support.js';

const PERSONAL = ['Nguyễn Thị Hoà', '0912345678', '5678', 'Võ Thị Sáu', '075190001234', '(demo)'];

describe('public tracking across both legs', () => {
  // Monday 2 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  let postman: Session;
  let desk: Session;
  let itemNumber = '';
  let dossierCode = '';

  before(async () => {
    // A small limit, so that the 429 is reached in a few requests; each test asks from its own address.
    // The public pickup form's phone check by SMS code is not what is tested here.
    t = await startTestApp({ TRACKING_RATE_PER_MINUTE: '20', PHONE_VERIFICATION: 'off' }, { clock });
    postman = await t.login('buuta');
    desk = await t.login('motcua');
  });
  after(() => t.close());

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, idempotencyKey?: string) =>
    t.app.inject({ method, url, headers: { ...session.headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, ...(payload === undefined ? {} : { payload }) });
  const track = (code: string, from: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/v1/tracking/${encodeURIComponent(code)}`, headers, remoteAddress: from });
  const view = async (code: string, from = '198.51.100.1', headers: Record<string, string> = {}): Promise<TrackingView> => {
    const response = await track(code, from, headers);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as TrackingView;
  };

  async function relay(): Promise<void> {
    const worker = createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
    for (let i = 0; i < 10; i += 1) if ((await worker.runOnce()).claimed === 0) return;
  }
  const relogin = async () => {
    postman = await t.login('buuta');
    desk = await t.login('motcua');
  };

  test('one timeline from the pickup to the delivery, by dossier code or by item number', async () => {
    const requested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pickups',
      payload: { procedureCode: KHAI_SINH, serviceForm: 'both', applicant: { name: 'Nguyễn Thị Hoà', phone: '0912345678' }, address: '12 Đường Võ Thị Sáu, khu phố 3', unitCode: COMMUNE, window: { from: '2026-03-02T03:00:00Z', to: '2026-03-02T05:00:00Z' } },
    });
    assert.equal(requested.statusCode, 201, requested.body);
    const pickupId = (requested.json() as { pickup: { id: string } }).pickup.id;
    assert.equal((await call(await t.login('kiemsoat'), 'POST', `/api/v1/postal/pickups/${pickupId}/assign`, {})).statusCode, 200);

    clock.set('2026-03-02T03:30:00Z');
    const items = await checklist(t, postman);
    const taken = await call(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items, { pickupId, fees: { amount: 8_000, method: 'cash' } }), key('t-intake'));
    assert.equal(taken.statusCode, 201, taken.body);
    itemNumber = (taken.json() as { itemNumber: string }).itemNumber;

    // With the post: no dossier code yet; lower case and spaces are forgiven.
    const early = await view(`  ${itemNumber.toLowerCase()} `);
    assert.equal(early.code, itemNumber);
    assert.equal(early.kind, 'item');
    assert.equal(early.dossierCode, null);
    assert.equal(early.status.code, 'picked-up');
    assert.deepEqual(early.procedure, { code: KHAI_SINH, name: early.procedure?.name });
    assert.ok((early.procedure?.name ?? '').length > 3, 'the procedure is named');
    assert.equal(early.serviceForm, 'both');
    assert.equal(early.agency?.code, DESK);
    assert.equal(early.transitDueAt, '2026-03-03T16:59:59.999Z', 'J+1 working day: by the end of Tuesday, Vietnam time');
    assert.deepEqual(early.timeline.map((e) => e.type), ['pickup.requested', 'pickup.assigned', 'dossier.taken-in', 'item.custody-changed']);
    assert.equal(early.timeline[3]?.place, early.timeline[2]?.place, 'the custody move is placed at the office, named from the directory');
    assert.match(early.timeline[3]?.place ?? '', /Bưu/u);

    const sent = await call(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [itemNumber], signatureSender: SIGNATURE }, key('t-manifest'));
    assert.equal(sent.statusCode, 201, sent.body);
    const manifestId = (sent.json() as { id: string }).id;
    await relay();
    assert.equal((await view(itemNumber)).status.code, 'in-transit');

    clock.set('2026-03-02T08:00:00Z');
    await relogin();
    const ack = await call(desk, 'POST', `/api/v1/desk/inbox/${manifestId}/acknowledge`, { received: [itemNumber], missing: [], damaged: [], extra: [] });
    assert.equal(ack.statusCode, 200, ack.body);
    const dossier = (ack.json() as { registered: Array<{ id: string; code: string; dueAt: string }> }).registered[0];
    assert.ok(dossier !== undefined);
    dossierCode = dossier.code;
    const registered = await view(dossierCode);
    assert.equal(registered.kind, 'dossier');
    assert.equal(registered.dossierCode, dossierCode);
    assert.equal(registered.status.code, 'registered');
    assert.equal(registered.filedAt, '2026-03-02T08:00:00.000Z', 'the desk signed the handover record: the legal filing time');
    assert.equal(registered.dueAt, dossier.dueAt);
    assert.deepEqual(registered.itemNumbers, [itemNumber]);

    // Forwarding is not reported through the exchange: the desk's own record says it.
    const forwarded = await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/forward`, { toOrganisationCode: 'X26041-UBND' });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    assert.equal((await view(dossierCode)).status.code, 'processing');

    clock.set('2026-03-03T02:00:00Z');
    await relogin();
    assert.equal((await call(await t.login('xuly'), 'POST', `/api/v1/desk/dossiers/${dossier.id}/result`, {})).statusCode, 200);
    assert.equal((await view(dossierCode)).status.code, 'result-ready');
    const handed = await call(desk, 'POST', '/api/v1/desk/result-handovers', { dossierIds: [dossier.id], carrierId: await t.accountId('buuta') });
    assert.equal(handed.statusCode, 201, handed.body);
    assert.equal((await view(dossierCode)).status.code, 'result-in-transit');

    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/scans`, { to: 'out-for-delivery' }, key('t-out1'))).statusCode, 200);
    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/delivery-attempts`, { reason: 'nobody-home' }, key('t-fail'))).statusCode, 201);
    const waiting = await view(itemNumber);
    assert.equal(waiting.status.code, 'delivery-attempted');
    assert.match(waiting.timeline.at(-1)?.en ?? '', /Delivery attempt 1 failed: Nobody at the address; next invitation from 05\/03\/2026/);

    clock.set('2026-03-05T02:00:00Z');
    await relogin();
    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/scans`, { to: 'out-for-delivery' }, key('t-out2'))).statusCode, 200);
    const delivered = await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/delivery`, { identity: { kind: 'cccd', number: '075190001234' }, signature: SIGNATURE }, key('t-deliver'));
    assert.equal(delivered.statusCode, 201, delivered.body);
    await relay();

    const byCode = await view(dossierCode);
    const byItem = await view(itemNumber);
    assert.equal(byCode.status.code, 'delivered', "the post's delivery, not the desk's later 'returned'");
    assert.deepEqual(byItem.timeline, byCode.timeline, 'the same timeline by dossier code and by item number');
    assert.deepEqual({ ...byItem, code: '', kind: '' }, { ...byCode, code: '', kind: '' }, 'and the same answer');

    const timeline = byCode.timeline;
    assert.ok(timeline.every((e, i) => i === 0 || e.at >= (timeline[i - 1]?.at ?? '')), 'in the order things happened');
    const firstOf = (leg: string) => timeline.findIndex((e) => e.leg === leg);
    const legs = ['pickup', 'send', 'desk', 'result', 'delivery'].map(firstOf);
    assert.ok(legs.every((index, i) => index >= 0 && (i === 0 || index > (legs[i - 1] ?? 0))), `both legs appear, in order: ${JSON.stringify(legs)}`);
    const types = timeline.map((e) => e.type);
    for (const type of ['pickup.requested', 'dossier.taken-in', 'manifest.sent', 'manifest.acknowledged', 'dossier.registered', 'result.ready', 'result.handed-to-post', 'delivery.attempted', 'delivery.delivered']) {
      assert.ok(types.includes(type), `${type} in ${types.join(', ')}`);
    }
    assert.ok(!types.includes('fees.remitted'), 'fees stay out');
    assert.deepEqual(timeline.filter((e) => e.type === 'item.custody-changed').map((e) => e.en), [
      'Collected by the postman at the address',
      'Postman taking the dossier to the one-stop desk',
      'Received by the one-stop desk (handover record signed)',
      'Result at the one-stop desk',
      'Result collected by the postman from the desk',
      'Out for delivery',
      'Result at a post office',
      'Out for delivery',
      'Result delivered',
    ]);
    const registration = timeline.find((e) => e.type === 'dossier.registered');
    assert.equal(registration?.unit?.code, DESK);
    assert.ok(timeline.filter((e) => e.leg === 'delivery').every((e) => e.unit?.code === OFFICE));

    assert.equal(byCode.personal, null);
    assert.equal(byCode.personalAvailable, true);
    const raw = (await track(dossierCode, '198.51.100.1')).body;
    for (const secret of [...PERSONAL, await t.accountId('buuta')]) assert.ok(!raw.includes(secret), `no ${secret} without the phone digits`);
  });

  test('the last 4 digits of the phone on file show the personal details; wrong ones are refused and cost 10 lookups', async () => {
    const from = '198.51.100.2';
    const shown = await track(dossierCode, from, { 'x-phone-last4': '5678' });
    assert.equal(shown.statusCode, 200, shown.body);
    assert.equal(shown.headers['cache-control'], 'no-store');
    assert.deepEqual((shown.json() as TrackingView).personal, { applicantName: 'Nguyễn Thị Hoà', phone: '******5678', address: '12 Đường Võ Thị Sáu, khu phố 3', receivedBy: 'Nguyễn Thị Hoà' });
    assert.deepEqual((await view(itemNumber, from, { 'x-phone-last4': '5678' })).personal?.phone, '******5678', 'by item number too');

    const wrong = await track(dossierCode, from, { 'x-phone-last4': '1234', 'accept-language': 'en' });
    assert.equal(wrong.statusCode, 403);
    const problem = wrong.json() as { code: string; detail: string };
    assert.equal(problem.code, 'TRACKING_PHONE_MISMATCH');
    assert.equal(problem.detail, 'The 4 digits do not match the last 4 of the phone on file');
    for (const secret of PERSONAL) assert.ok(!wrong.body.includes(secret));
    const malformed = await track(dossierCode, from, { 'x-phone-last4': '12a4' });
    assert.equal(malformed.statusCode, 400, 'four digits, nothing else');

    // 20 a minute: 2 lookups and a wrong guess (1 + 10) leave 7 (the malformed header never
    // reached the lookup); the eighth is refused.
    for (let i = 0; i < 7; i += 1) assert.equal((await track(dossierCode, from)).statusCode, 200, `lookup ${i + 1}`);
    const limited = await track(dossierCode, from);
    assert.equal(limited.statusCode, 429);
    assert.ok(t.logLines.every((line) => !line.includes('x-phone-last4') && !line.includes('5678') && !line.includes('1234')), 'the digits are never logged');
  });

  test('a dossier received in person: the desk record answers, with its own phone', async () => {
    clock.set('2026-03-06T02:00:00Z');
    await relogin();
    const created = await call(desk, 'POST', '/api/v1/desk/dossiers', {
      procedureCode: KHAI_SINH,
      channel: 'in-person',
      resultMethod: 'in-person',
      applicant: { name: 'Phạm Văn Nam', phone: '0911222333', address: '3 Đường 30/4' },
      documents: [{ name: 'Giấy chứng sinh', kind: 'original', quantity: 1 }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const code = (created.json() as { code: string }).code;
    const seen = await view(code, '198.51.100.3', { 'x-phone-last4': '2333' });
    assert.equal(seen.kind, 'dossier');
    assert.deepEqual(seen.itemNumbers, []);
    assert.equal(seen.serviceForm, null);
    assert.equal(seen.status.code, 'registered');
    assert.deepEqual(seen.timeline.map((e) => e.type), ['dossier.registered']);
    assert.deepEqual(seen.personal, { applicantName: 'Phạm Văn Nam', phone: '******2333', address: '3 Đường 30/4', receivedBy: null });
  });

  test("a partner's desk: the dossier is known from the events it reported and the post's item", async () => {
    clock.set('2026-03-09T02:00:00Z');
    await relogin();
    const admin = await t.login('quantri');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'partner desk', organisationId: await t.organisationId(DESK), scopes: ['events:write'] } });
    const partnerKey = (created.json() as { key: string }).key;
    const partner = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/exchange/events', headers: { authorization: `Bearer ${partnerKey}`, 'idempotency-key': key('t-partner') }, payload });
    const items = await checklist(t, postman);
    const taken = await call(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items, { applicant: { name: 'Trần Văn Đối', phone: '0987000111', address: '5 Đường Đồng Khởi', unitCode: COMMUNE } }), key('t-partner-intake'));
    assert.equal(taken.statusCode, 201, taken.body);
    const item = (taken.json() as { itemNumber: string }).itemNumber;
    const sent = await call(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [item], signatureSender: SIGNATURE }, key('t-partner-manifest'));
    assert.equal(sent.statusCode, 201, sent.body);
    const manifestId = (sent.json() as { id: string }).id;
    const signedAt = '2026-03-09T03:00:00.000Z';
    clock.set(signedAt);
    const ack = await partner({ type: 'manifest.acknowledged', occurredAt: signedAt, data: { manifestId, signedAt, received: [item], missing: [], extra: [], damaged: [] } });
    assert.equal(ack.statusCode, 201, ack.body);
    const code = '000.01.21.H19-260309-0042';
    const registered = await partner({ type: 'dossier.registered', occurredAt: signedAt, dossierCode: code, itemNumber: item, data: { filedAt: signedAt, dueAt: '2026-03-12T03:00:00.000Z', agency: { code: DESK, name: 'Một cửa đối tác' }, procedureCode: KHAI_SINH } });
    assert.equal(registered.statusCode, 201, registered.body);

    const seen = await view(code, '198.51.100.6', { 'x-phone-last4': '0111' });
    assert.equal(seen.dossierCode, code);
    assert.deepEqual(seen.itemNumbers, [item]);
    assert.equal(seen.status.code, 'registered');
    assert.equal(seen.filedAt, signedAt);
    assert.equal(seen.dueAt, '2026-03-12T03:00:00.000Z', 'the due date the partner reported');
    assert.equal(seen.agency?.code, DESK);
    assert.equal(seen.personal?.phone, '******0111', "the post's item answers for the phone");
    assert.deepEqual((await view(item, '198.51.100.6')).timeline, seen.timeline);
  });

  test('a malformed code is 400 with the reason; an S10 number with a wrong check digit gets the right one', async () => {
    const from = '198.51.100.4';
    const serial = itemNumber.slice(2, 10);
    const right = s10CheckDigit(serial);
    const mistyped = `${itemNumber.slice(0, 10)}${String((right + 1) % 10)}${itemNumber.slice(11)}`;
    const response = await track(mistyped, from, { 'accept-language': 'en' });
    assert.equal(response.statusCode, 400);
    const problem = response.json() as { code: string; reason: string; expectedCheckDigit: number; detail: string; errors: Array<{ in: string; name: string }> };
    assert.equal(problem.code, 'TRACKING_CODE_INVALID');
    assert.equal(problem.reason, 's10-check-digit');
    assert.equal(problem.expectedCheckDigit, right);
    assert.match(problem.detail, new RegExp(`check digit must be ${String(right)}`));
    assert.deepEqual(problem.errors.map((e) => `${e.in}:${e.name}`), ['path:code']);
    const dossier = await track('000.00.21.H19-261340-0001', from);
    assert.equal(dossier.statusCode, 400);
    assert.equal((dossier.json() as { reason: string }).reason, 'dossier-code');
    assert.equal(((await track('xin chào', from)).json() as { reason: string }).reason, 'unrecognised');
  });

  test('an unknown code is 404, for an item number and for a dossier code', async () => {
    const from = '198.51.100.5';
    const unknownItem = await track(formatS10('RR', 99_999_998, 'VN'), from);
    assert.equal(unknownItem.statusCode, 404);
    assert.equal((unknownItem.json() as { code: string }).code, 'TRACKING_NOT_FOUND');
    const unknownDossier = await track('000.00.21.H19-260302-9999', from);
    assert.equal(unknownDossier.statusCode, 404);
  });

  test('over the limit: 429 with Retry-After, and lookups again once the bucket refills', async () => {
    const from = '203.0.113.9';
    for (let i = 0; i < 20; i += 1) assert.equal((await track(itemNumber, from)).statusCode, 200, `lookup ${i + 1}`);
    const limited = await track(itemNumber, from);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.headers['retry-after'], '3', '20 a minute: one every 3 seconds');
    assert.equal((limited.json() as { code: string }).code, 'RATE_LIMITED');
    assert.equal((await track(itemNumber, '203.0.113.10')).statusCode, 200, 'another client is not held back');
    assert.equal((await track('RR000000000XX', from)).statusCode, 429, 'malformed codes count too');
    clock.advance(3_000);
    assert.equal((await track(itemNumber, from)).statusCode, 200);
  });
});
