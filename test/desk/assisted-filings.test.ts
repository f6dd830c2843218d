/**
 * The desk reads back its log of assisted online filings: its own entries, newest first, within
 * a period; another commune's desk sees none of them; roles without the permission are refused.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';

interface Entry {
  id: string;
  procedureCode: string;
  procedureName: string | null;
  outcome: string;
  onlineDossierCode: string | null;
  note: string | null;
  at: string;
  staffName: string;
  organisation: { code: string; name: string };
}

describe('the assisted online filing log', () => {
  // Tuesday 3 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-03T02:00:00Z');
  let t: TestApp;
  let desk: Session;
  let otherDesk: Session;

  before(async () => {
    t = await startTestApp({}, { clock });
    desk = await t.login('motcua');
    otherDesk = await t.login('motcua2');
  });
  after(() => t.close());

  const get = (session: Session | null, url: string) => t.app.inject({ method: 'GET', url, headers: session === null ? {} : session.headers });
  const record = (session: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/assisted-filings', headers: session.headers, payload });

  test('lists what the desk recorded, newest first, with the procedure and the helper named', async () => {
    assert.equal((await record(desk, { procedureCode: '1.001193', outcome: 'submitted', onlineDossierCode: 'G22.99-260303-0001', note: 'Hướng dẫn tải ảnh giấy chứng sinh' })).statusCode, 201);
    clock.set('2026-03-03T03:00:00Z');
    assert.equal((await record(desk, { procedureCode: '1.001193', outcome: 'not-completed' })).statusCode, 201);
    assert.equal((await record(otherDesk, { procedureCode: '1.001193', outcome: 'submitted' })).statusCode, 201);

    const answer = await get(desk, '/api/v1/assisted-filings');
    assert.equal(answer.statusCode, 200, answer.body);
    const items = (answer.json() as { items: Entry[] }).items;
    assert.equal(items.length, 2, 'the other commune’s entry is not shown');
    assert.deepEqual(
      items.map((i) => [i.outcome, i.at]),
      [
        ['not-completed', '2026-03-03T03:00:00.000Z'],
        ['submitted', '2026-03-03T02:00:00.000Z'],
      ],
    );
    const first = items[1];
    assert.ok(first !== undefined);
    assert.equal(first.procedureName, 'Thủ tục đăng ký khai sinh');
    assert.equal(first.onlineDossierCode, 'G22.99-260303-0001');
    assert.equal(first.note, 'Hướng dẫn tải ảnh giấy chứng sinh');
    assert.equal(first.staffName, 'Phạm Thị Một (demo)');
    assert.equal(first.organisation.code, 'X26041-TTPVHCC');

    const theirs = (await get(otherDesk, '/api/v1/assisted-filings')).json() as { items: Entry[] };
    assert.equal(theirs.items.length, 1);
    assert.equal(theirs.items[0]?.organisation.code, 'X26068-TTPVHCC');
  });

  test('the period is a range of Vietnam days, both included; by default the last 30 days', async () => {
    // 06:30 on 4 March in Vietnam is still 3 March in UTC: it belongs to the 4th.
    clock.set('2026-03-03T23:30:00Z');
    // Sessions run out overnight: sign in again, as the officer would in the morning.
    desk = await t.login('motcua');
    assert.equal((await record(desk, { procedureCode: '1.001193', outcome: 'submitted' })).statusCode, 201);
    const day3 = (await get(desk, '/api/v1/assisted-filings?from=2026-03-03&to=2026-03-03')).json() as { items: Entry[] };
    assert.equal(day3.items.length, 2);
    const day4 = (await get(desk, '/api/v1/assisted-filings?from=2026-03-04&to=2026-03-04')).json() as { items: Entry[] };
    assert.equal(day4.items.length, 1);

    // Forty days later, the default window no longer reaches back to early March.
    clock.set('2026-04-13T02:00:00Z');
    desk = await t.login('motcua');
    assert.equal(((await get(desk, '/api/v1/assisted-filings')).json() as { items: Entry[] }).items.length, 0);
    assert.equal(((await get(desk, '/api/v1/assisted-filings?from=2026-03-01')).json() as { items: Entry[] }).items.length, 3);
  });

  test('a reversed or over-long period, and unknown parameters, are refused', async () => {
    const reversed = await get(desk, '/api/v1/assisted-filings?from=2026-03-05&to=2026-03-01');
    assert.equal(reversed.statusCode, 400);
    assert.equal((reversed.json() as { errors: Array<{ name: string }> }).errors[0]?.name, 'to');
    assert.equal((await get(desk, '/api/v1/assisted-filings?from=2025-01-01&to=2026-03-01')).statusCode, 400);
    assert.equal((await get(desk, '/api/v1/assisted-filings?from=2026-02-30')).statusCode, 400);
    assert.equal((await get(desk, '/api/v1/assisted-filings?staff=me')).statusCode, 400);
  });

  test('refused without a session, and to roles that record no assisted filings', async () => {
    assert.equal((await get(null, '/api/v1/assisted-filings')).statusCode, 401);
    const processingOfficer = await t.login('xuly');
    assert.equal((await get(processingOfficer, '/api/v1/assisted-filings')).statusCode, 403);
    const supervisor = await t.login('kiemsoat');
    assert.equal((await get(supervisor, '/api/v1/assisted-filings')).statusCode, 403);
  });
});
