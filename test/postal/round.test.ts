/**
 * GET /api/v1/postal/round: what a postman or a clerk has to do, with addresses, scoped to what
 * they may see, and audited as a read of personal data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { type TestApp, startTestApp } from '../support/app.js';
import { type Headers, hotlinePickup, resultInPostmansHands, staffCall, staffLogin } from './round-support.js';
import { COMMUNE, key } from './support.js';

const OTHER_COMMUNE = '26068';

interface RoundAnswer {
  date: string;
  pickups: Array<{ id: string; status: string; unit: { code: string; name: string }; address: string; applicant: { name: string; phone: string }; procedure: { code: string; name: string } }>;
  deliveries: Array<{ itemNumber: string; state: string; heldBy: string; unit: { code: string; name: string }; address: string; applicant: { name: string }; idNumberLast4: string | null }>;
}

describe('the postal round', () => {
  let t: TestApp;
  let postman: Headers;
  let clerk: Headers;
  let supervisor: Headers;
  let ours: { id: string };
  let second: { id: string };
  let elsewhere: { id: string };
  let result: { itemNumber: string };

  before(async () => {
    t = await startTestApp();
    postman = await staffLogin(t, 'buuta');
    clerk = await staffLogin(t, 'giaodichvien');
    supervisor = await staffLogin(t, 'kiemsoat');
    ours = await hotlinePickup(t, clerk, { unitCode: COMMUNE, address: '40 Đường Phan Chu Trinh', name: 'Lê Thị Mai', phone: '0913000001' });
    second = await hotlinePickup(t, clerk, { unitCode: COMMUNE, address: '3 Đường Cách Mạng Tháng Tám', name: 'Đỗ Văn Nam', phone: '0913000002' });
    // Another ward's office: its pickup is none of our postman's or clerk's business.
    elsewhere = await hotlinePickup(t, clerk, { unitCode: OTHER_COMMUNE, address: '9 Đường Khác', name: 'Người Khác', phone: '0913000003' });
    await staffCall(t, supervisor, 'POST', `/api/v1/postal/pickups/${ours.id}/assign`, {});
    await staffCall(t, supervisor, 'POST', `/api/v1/postal/pickups/${second.id}/assign`, {});
    result = await resultInPostmansHands(t, await t.accountId('buuta'), { idNumber: '075190009876', address: '7 Đường Hà Huy Giáp' });
  });
  after(() => t.close());

  const round = async (headers: Headers) => (await staffCall(t, headers, 'GET', '/api/v1/postal/round')) as RoundAnswer;

  test("a postman gets their assigned pickups and the results in their hands, with addresses, by area then address", async () => {
    const answer = await round(postman);
    assert.deepEqual(answer.pickups.map((p) => p.id), [second.id, ours.id], 'same ward: by address');
    const pickup = answer.pickups[1];
    assert.ok(pickup !== undefined);
    assert.equal(pickup.status, 'assigned');
    assert.equal(pickup.address, '40 Đường Phan Chu Trinh');
    assert.equal(pickup.applicant.name, 'Lê Thị Mai');
    assert.equal(pickup.unit.code, COMMUNE);
    assert.match(pickup.unit.name, /Trấn Biên/);
    assert.equal(pickup.procedure.name, 'Thủ tục đăng ký khai sinh');
    assert.ok(!answer.pickups.some((p) => p.id === elsewhere.id), "another office's pickup is not shown");

    assert.equal(answer.deliveries.length, 1);
    const delivery = answer.deliveries[0];
    assert.ok(delivery !== undefined);
    assert.equal(delivery.itemNumber, result.itemNumber);
    assert.equal(delivery.state, 'result-collected');
    assert.equal(delivery.heldBy, 'me');
    assert.equal(delivery.address, '7 Đường Hà Huy Giáp');
    assert.equal(delivery.idNumberLast4, '9876', 'only the last four characters of the identity number');
  });

  test('the read is audited as personal data', async () => {
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'postal-round.read'), eq(auditLog.actorId, await t.accountId('buuta'))));
    assert.ok(rows.length >= 1);
    assert.equal(rows[0]?.personalData, true);
  });

  test('a result taken out stays on the round; after a failed attempt it waits at the office, for the clerk', async () => {
    const out = await t.app.inject({ method: 'POST', url: `/api/v1/postal/items/${result.itemNumber}/scans`, headers: { ...postman, 'idempotency-key': key('round-out') }, payload: { to: 'out-for-delivery' } });
    assert.equal(out.statusCode, 200, out.body);
    assert.equal((await round(postman)).deliveries[0]?.state, 'out-for-delivery');
    // A failed attempt brings it back to the office, invited again two working days later: not due today.
    const failed = await t.app.inject({ method: 'POST', url: `/api/v1/postal/items/${result.itemNumber}/delivery-attempts`, headers: { ...postman, 'idempotency-key': key('round-fail') }, payload: { reason: 'nobody-home' } });
    assert.equal(failed.statusCode, 201, failed.body);
    assert.equal((await round(postman)).deliveries.length, 0, 'the next invitation is not due today');
    // The clerk sees it waiting at the office, where the recipient may collect it.
    const atCounter = (await round(clerk)).deliveries;
    assert.deepEqual(atCounter.map((d) => [d.itemNumber, d.state, d.heldBy]), [[result.itemNumber, 'result-at-post-office', 'office']]);
  });

  test("a clerk gets the open pickups of their office, not another office's", async () => {
    const ids = (await round(clerk)).pickups.map((p) => p.id);
    assert.ok(ids.includes(ours.id) && ids.includes(second.id));
    assert.ok(!ids.includes(elsewhere.id));
  });

  test('refusals: no session 401, a desk officer 403', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/postal/round' })).statusCode, 401);
    const desk = await staffLogin(t, 'motcua');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/postal/round', headers: desk })).statusCode, 403);
  });
});
