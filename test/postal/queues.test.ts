/**
 * A supervisor's work lists on the API: items that may go on a handover record now, and results
 * whose delivery failed or that went back to the agency; each scoped to the offices the reader
 * sees, with refusals for other roles and for nobody signed in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/admin/demo-data.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { DESK, OFFICE, SIGNATURE, type ChecklistItem, checklist, intakeBody, key } from './support.js';

const COMMUNE_B = '26068';
const DESK_B = `X${COMMUNE_B}-TTPVHCC`;
const OFFICE_B = `X${COMMUNE_B}-BD`;

interface QueueItem {
  itemNumber: string;
  state: string;
  heldAt: { code: string; name: string } | null;
  desk: { code: string; name: string };
  fees: number;
  transitDueOn: string;
}

interface FailedItem {
  itemNumber: string;
  state: string;
  dossierCode: string | null;
  postOffice: { code: string };
  agency: { code: string };
  failedAttempts: number;
  nextAttemptOn: string | null;
  lastAttempt: { at: string; reason: string | null } | null;
  returnedAt: string | null;
  mayReturn: boolean;
}

describe('a supervisor’s work lists: handover queue and failed deliveries', () => {
  // Monday 2 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  let items: ChecklistItem[];
  let partnerKey: string;
  let itemA: string;
  let itemB: string;

  const sessions = new Map<string, Session>();
  /** A fresh session each time the clock jumps a day: sessions run out. */
  async function as(username: string): Promise<Session> {
    const session = await t.login(username, username.startsWith('test-') ? 'mat-khau-thu-nghiem-2026' : DEMO_PASSWORD);
    sessions.set(username, session);
    return session;
  }
  const call = async (username: string | null, method: 'GET' | 'POST', url: string, payload?: object, idempotencyKey?: string) => {
    const headers = username === null ? {} : (sessions.get(username) ?? (await as(username))).headers;
    return t.app.inject({ method, url, headers: { ...headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, ...(payload === undefined ? {} : { payload }) });
  };
  const queue = async (username: string) => {
    const response = await call(username, 'GET', '/api/v1/postal/handover-queue');
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { items: QueueItem[] }).items;
  };
  const failed = async (username: string) => {
    const response = await call(username, 'GET', '/api/v1/postal/failed-deliveries');
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { items: FailedItem[] }).items;
  };
  const partner = async (payload: Record<string, unknown>) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/exchange/events', headers: { authorization: `Bearer ${partnerKey}`, 'idempotency-key': key('partner') }, payload });
    assert.equal(response.statusCode, 201, response.body);
  };

  before(async () => {
    t = await startTestApp({}, { clock });
    const admin = await as('quantri');
    // A postman at another commune's office, and a supervisor of each commune office.
    for (const [username, role, office] of [['test-buuta-b', 'postman', OFFICE_B], ['test-kiemsoat-a', 'postal_supervisor', OFFICE], ['test-kiemsoat-b', 'postal_supervisor', OFFICE_B]] as const) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/accounts',
        headers: admin.headers,
        payload: { username, displayName: `Test ${username}`, password: 'mat-khau-thu-nghiem-2026', role, organisationId: await t.organisationId(office) },
      });
      assert.equal(created.statusCode, 201, created.body);
    }
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'desk of Trấn Biên', organisationId: await t.organisationId(DESK), scopes: ['events:write'] } });
    assert.equal(created.statusCode, 201, created.body);
    partnerKey = (created.json() as { key: string }).key;
    items = await checklist(t, await as('buuta'));
  });
  after(async () => {
    await t.close();
  });

  test('an item collected by a postman is in their queue; at the office, in the office’s supervisors’ queues with its desk', async () => {
    const taken = await call('buuta', 'POST', '/api/v1/postal/intakes', intakeBody(items, { fees: { amount: 8_000, method: 'cash' } }), key('intake-a'));
    assert.equal(taken.statusCode, 201, taken.body);
    itemA = (taken.json() as { itemNumber: string }).itemNumber;

    const own = (await queue('buuta')).find((i) => i.itemNumber === itemA);
    assert.equal(own?.state, 'collected');
    assert.equal(own?.heldAt, null, 'in the postman’s own hands');
    assert.equal(own?.desk.code, DESK);
    assert.equal(own?.fees, 8_000);
    assert.deepEqual((await queue('kiemsoat')).map((i) => i.itemNumber), [], 'the supervisor cannot hand over what a postman carries');

    const scanned = await call('buuta', 'POST', `/api/v1/postal/items/${itemA}/scans`, { to: 'at-post-office' }, key('scan-a'));
    assert.equal(scanned.statusCode, 200, scanned.body);
    const atOffice = (await queue('kiemsoat')).find((i) => i.itemNumber === itemA);
    assert.equal(atOffice?.state, 'at-post-office');
    assert.equal(atOffice?.heldAt?.code, OFFICE);
    assert.equal(atOffice?.desk.code, DESK);
    assert.equal(atOffice?.transitDueOn, '2026-03-03');
  });

  test('each reader sees only the offices of their scope', async () => {
    const taken = await call('test-buuta-b', 'POST', '/api/v1/postal/intakes', intakeBody(items, { applicant: { name: 'Lê Văn Bé', phone: '0912000111', idNumber: '075190009999', address: '3 đường Số 1', unitCode: COMMUNE_B } }), key('intake-b'));
    assert.equal(taken.statusCode, 201, taken.body);
    itemB = (taken.json() as { itemNumber: string }).itemNumber;
    assert.equal((await call('test-buuta-b', 'POST', `/api/v1/postal/items/${itemB}/scans`, { to: 'at-post-office' }, key('scan-b'))).statusCode, 200);

    assert.deepEqual((await queue('kiemsoat')).map((i) => i.itemNumber).sort(), [itemA, itemB].sort(), 'the provincial post sees every office');
    assert.deepEqual((await queue('test-kiemsoat-a')).map((i) => i.itemNumber), [itemA]);
    assert.deepEqual((await queue('test-kiemsoat-b')).map((i) => [i.itemNumber, i.desk.code]), [[itemB, DESK_B]]);
    assert.deepEqual((await queue('buuta')).map((i) => i.itemNumber), [itemA]);
    const body = (await call('kiemsoat', 'GET', '/api/v1/postal/handover-queue')).body;
    assert.equal(body.includes('Nguyễn Thị Hoà') || body.includes('0912345678'), false, 'no personal data');
  });

  test('an item on a handover record waiting for the desk’s signature leaves the queue', async () => {
    const sent = await call('kiemsoat', 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [itemA], signatureSender: SIGNATURE }, key('manifest-a'));
    assert.equal(sent.statusCode, 201, sent.body);
    assert.deepEqual((await queue('kiemsoat')).map((i) => i.itemNumber), [itemB]);
    assert.deepEqual(await queue('test-kiemsoat-a'), []);

    // The partner desk signs, registers the dossier and hands the result to our postman.
    const manifestId = (sent.json() as { id: string }).id;
    const signedAt = '2026-03-02T03:30:00.000Z';
    clock.set('2026-03-02T03:31:00Z');
    await partner({ type: 'manifest.acknowledged', occurredAt: signedAt, data: { manifestId, signedAt, received: [itemA], missing: [], extra: [], damaged: [] } });
    const dossierCode = '000.01.21.H19-260302-0001';
    await partner({ type: 'dossier.registered', occurredAt: signedAt, dossierCode, itemNumber: itemA, data: { filedAt: signedAt, dueAt: '2026-03-03T03:30:00.000Z', agency: { code: DESK, name: 'desk' }, procedureCode: '1.001193' } });
    await partner({ type: 'result.handed-to-post', occurredAt: signedAt, dossierCode, data: { manifestId: 'KQ-260302-01', resultItemNumber: itemA, carrierId: await t.accountId('buuta') } });
    assert.deepEqual(await failed('kiemsoat'), [], 'no attempt yet');
  });

  test('a failed delivery is listed with its reason; it may go back to the agency only after two invitations two working days apart', async () => {
    // Tuesday: nobody home.
    clock.set('2026-03-03T02:00:00Z');
    await as('buuta');
    await as('kiemsoat');
    assert.equal((await call('buuta', 'POST', `/api/v1/postal/items/${itemA}/scans`, { to: 'out-for-delivery' }, key('out-1'))).statusCode, 200);
    assert.equal((await call('buuta', 'POST', `/api/v1/postal/items/${itemA}/delivery-attempts`, { reason: 'nobody-home', note: 'hàng xóm nói đi vắng' }, key('fail-1'))).statusCode, 201);
    const [first] = await failed('kiemsoat');
    assert.equal(first?.itemNumber, itemA);
    assert.equal(first?.state, 'result-at-post-office');
    assert.equal(first?.dossierCode, '000.01.21.H19-260302-0001');
    assert.equal(first?.postOffice.code, OFFICE);
    assert.equal(first?.agency.code, DESK);
    assert.equal(first?.failedAttempts, 1);
    assert.equal(first?.nextAttemptOn, '2026-03-05');
    assert.deepEqual(first?.lastAttempt, { at: '2026-03-03T02:00:00.000Z', reason: 'nobody-home' });
    assert.equal(first?.mayReturn, false);
    assert.equal(first?.returnedAt, null);
    assert.equal(JSON.stringify(first).includes('hàng xóm'), false, 'the postman’s note stays out of the list');

    // Thursday: out again (still listed), then refused.
    clock.set('2026-03-05T02:00:00Z');
    await as('buuta');
    await as('kiemsoat');
    assert.equal((await call('buuta', 'POST', `/api/v1/postal/items/${itemA}/scans`, { to: 'out-for-delivery' }, key('out-2'))).statusCode, 200);
    assert.equal((await failed('kiemsoat'))[0]?.state, 'out-for-delivery');
    assert.equal((await call('buuta', 'POST', `/api/v1/postal/items/${itemA}/delivery-attempts`, { reason: 'refused' }, key('fail-2'))).statusCode, 201);
    const [second] = await failed('kiemsoat');
    assert.equal(second?.failedAttempts, 2);
    assert.equal(second?.lastAttempt?.reason, 'refused');
    assert.equal(second?.nextAttemptOn, '2026-03-09');
    assert.equal(second?.mayReturn, false, 'the second invitation’s wait has not passed');

    // Monday: it may go back; the supervisor returns it and it stays on the list as returned.
    clock.set('2026-03-09T02:00:00Z');
    await as('kiemsoat');
    assert.equal((await failed('kiemsoat'))[0]?.mayReturn, true);
    const returned = await call('kiemsoat', 'POST', `/api/v1/postal/items/${itemA}/return`, undefined, key('return'));
    assert.equal(returned.statusCode, 201, returned.body);
    const [back] = await failed('kiemsoat');
    assert.equal(back?.state, 'returned-to-agency');
    assert.equal(back?.returnedAt, '2026-03-09T02:00:00.000Z');
    assert.equal(back?.nextAttemptOn, null);
    assert.equal(back?.mayReturn, false);
  });

  test('failed deliveries are scoped to the reader’s offices; returned results drop off after 30 days', async () => {
    await as('test-kiemsoat-a');
    await as('test-kiemsoat-b');
    assert.deepEqual((await failed('test-kiemsoat-a')).map((i) => i.itemNumber), [itemA]);
    assert.deepEqual(await failed('test-kiemsoat-b'), [], 'another office’s supervisor sees nothing of it');
    clock.set('2026-04-09T02:00:00Z');
    await as('kiemsoat');
    assert.deepEqual(await failed('kiemsoat'), []);
  });

  test('refusals: nobody signed in is 401; a desk officer is 403 on both lists; a postman is 403 on failed deliveries', async () => {
    for (const url of ['/api/v1/postal/handover-queue', '/api/v1/postal/failed-deliveries']) {
      const anonymous = await call(null, 'GET', url);
      assert.equal(anonymous.statusCode, 401, url);
      assert.match(String(anonymous.headers['content-type']), /application\/problem\+json/);
      await as('motcua');
      assert.equal((await call('motcua', 'GET', url)).statusCode, 403, url);
    }
    await as('buuta');
    assert.equal((await call('buuta', 'GET', '/api/v1/postal/failed-deliveries')).statusCode, 403);
    assert.equal((await call('buuta', 'GET', '/api/v1/postal/handover-queue')).statusCode, 200);
  });
});
