/**
 * The post's rules on the API: an incomplete dossier is not taken; two scans of one item race
 * and one loses with 409; a refused result goes back to the agency only after two invitations;
 * staff of other offices and other roles are refused; the printed documents carry what was
 * entered and their codes decode.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { accounts } from '../../src/admin/admin.schema.js';
import { hashPassword } from '../../src/admin/passwords.js';
import { exchangeEvents } from '../../src/exchange/exchange.schema.js';
import { pickupRequests, postalItems } from '../../src/postal/postal.schema.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { decodePdfCodes, extractPdfText } from '../support/pdf.js';
import { COMMUNE, DESK, KHAI_SINH, OFFICE, SIGNATURE, type ChecklistItem, checklist, intakeBody, key, tally } from './support.js';

describe('postal rules', () => {
  // Wednesday 4 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-04T02:00:00Z');
  let t: TestApp;
  let postman: Session;
  let postman2: Session;
  let clerk: Session;
  let partnerKey: string;
  let items: ChecklistItem[];

  before(async () => {
    // Phone verification is not the subject here (test/notify/phone-verification.test.ts).
    t = await startTestApp({ VIETQR_BANK_BIN: '970403', VIETQR_ACCOUNT_NUMBER: '0011012345678', PHONE_VERIFICATION: 'off' }, { clock });
    // A second postman in the same office, to race the first.
    await t.database.db.insert(accounts).values({ username: 'buuta2', displayName: 'Trần Văn Đức', passwordHash: await hashPassword('another-pass-2026'), role: 'postman', organisationId: await t.organisationId(OFFICE) });
    postman = await t.login('buuta');
    postman2 = await t.login('buuta2', 'another-pass-2026');
    clerk = await t.login('giaodichvien');
    const admin = await t.login('quantri');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'desk', organisationId: await t.organisationId(DESK), scopes: ['events:write'] } });
    partnerKey = (created.json() as { key: string }).key;
    items = await checklist(t, postman);
  });
  after(() => t.close());

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, idempotencyKey?: string) =>
    t.app.inject({ method, url, headers: { ...session.headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, ...(payload === undefined ? {} : { payload }) });
  const partner = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/exchange/events', headers: { authorization: `Bearer ${partnerKey}`, 'idempotency-key': key('partner') }, payload });
  const itemCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(postalItems))[0]?.n ?? 0;

  async function takeIn(place: 'address' | 'post-office', session = clerk, overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await call(session, 'POST', '/api/v1/postal/intakes', intakeBody(items, { place, ...overrides }), key('intake'));
    assert.equal(response.statusCode, 201, response.body);
    return (response.json() as { itemNumber: string }).itemNumber;
  }

  test('an incomplete dossier is not taken in: 422 with what is missing, no item, a guidance slip', async () => {
    const pickup = await t.app.inject({ method: 'POST', url: '/api/v1/pickups', payload: { procedureCode: KHAI_SINH, serviceForm: 'send-dossier', applicant: { name: 'Lê Thị Bích Ngọc', phone: '0987654321' }, address: '5 Hẻm 12', unitCode: COMMUNE, window: { from: '2026-03-04T03:00:00Z', to: '2026-03-04T09:00:00Z' } } });
    const pickupId = (pickup.json() as { pickup: { id: string } }).pickup.id;
    const before = await itemCount();
    const required = items.filter((i) => i.required).map((i) => i.id);
    const idempotencyKey = key('incomplete');
    const body = intakeBody(items, { pickupId, tally: tally(items, required) });
    const refused = await call(clerk, 'POST', '/api/v1/postal/intakes', body, idempotencyKey);
    assert.equal(refused.statusCode, 422, refused.body);
    const problem = refused.json() as { code: string; missing: Array<{ id: string; document: string }>; guidanceSlip: string };
    assert.equal(problem.code, 'INTAKE_INCOMPLETE');
    assert.deepEqual(problem.missing.map((m) => m.id), required);
    assert.match(problem.missing[0]?.document ?? '', /Giấy chứng sinh/);
    assert.equal(await itemCount(), before, 'no item');
    const [row] = await t.database.db.select().from(pickupRequests).where(eq(pickupRequests.id, pickupId));
    assert.equal(row?.status, 'refused-incomplete');
    // A retry of the same request gets the same answer and records nothing more.
    const events = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(exchangeEvents).where(eq(exchangeEvents.type, 'intake.refused-incomplete')))[0]?.n;
    const count = await events();
    const replay = await call(clerk, 'POST', '/api/v1/postal/intakes', body, idempotencyKey);
    assert.equal(replay.statusCode, 422);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(await events(), count);
    // The guidance slip names the missing document, in Vietnamese.
    const slip = await call(clerk, 'GET', problem.guidanceSlip);
    assert.equal(slip.statusCode, 200, slip.body);
    assert.equal(slip.headers['content-type'], 'application/pdf');
    const text = await extractPdfText(slip.rawPayload);
    assert.match(text, /Giấy chứng sinh/);
    assert.match(text, /Lê Thị Bích Ngọc/);
  });

  test('an address written with a unit of before the 2025 reform is resolved to the current ward', async () => {
    // Phường Tân Phong of the former city of Biên Hòa (2024 list) is now part of ward 26188.
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/pickups', payload: { procedureCode: KHAI_SINH, serviceForm: 'both', applicant: { name: 'Võ Minh Tâm', phone: '0909123456' }, address: '7 Đường Đồng Khởi', unitCode: '25996', window: { from: '2026-03-05T01:00:00Z', to: '2026-03-05T04:00:00Z' } } });
    assert.equal(response.statusCode, 201, response.body);
    const pickup = (response.json() as { pickup: { unitCode: string; postOffice: { code: string } } }).pickup;
    assert.equal(pickup.unitCode, '26188');
    assert.equal(pickup.postOffice.code, 'X26188-BD');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/pickups', payload: { procedureCode: KHAI_SINH, serviceForm: 'both', applicant: { name: 'Võ Minh Tâm', phone: '0909123456' }, address: '7 Đường Đồng Khởi', unitCode: '99999', window: { from: '2026-03-05T01:00:00Z', to: '2026-03-05T04:00:00Z' } } });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /99999/);
  });

  test('a counter clerk enters a pickup asked for at the counter; a citizen cannot claim a staff channel', async () => {
    const body = { procedureCode: KHAI_SINH, serviceForm: 'send-dossier', applicant: { name: 'Lâm Thị Thu', phone: '0909765432' }, address: '3 Đường Lê Lợi', unitCode: COMMUNE, window: { from: '2026-03-05T01:00:00Z', to: '2026-03-05T04:00:00Z' } };
    const entered = await call(clerk, 'POST', '/api/v1/postal/pickups', { ...body, channel: 'counter' });
    assert.equal(entered.statusCode, 201, entered.body);
    assert.equal((entered.json() as { channel: string }).channel, 'counter');
    const claimed = await t.app.inject({ method: 'POST', url: '/api/v1/pickups', payload: { ...body, channel: 'hotline' } });
    assert.equal(claimed.statusCode, 400, 'the public route knows no channel field');
  });

  test('a tally that skips an item, or marks a required one "not applicable", is a 400 and changes nothing', async () => {
    const before = await itemCount();
    const skipped = await call(clerk, 'POST', '/api/v1/postal/intakes', intakeBody(items, { tally: tally(items).slice(1) }), key('skip'));
    assert.equal(skipped.statusCode, 400);
    const required = items.find((i) => i.required);
    const wrong = tally(items).map((e) => (e.id === required?.id ? { ...e, status: 'not-applicable' as const, copyKind: null } : e));
    const marked = await call(clerk, 'POST', '/api/v1/postal/intakes', intakeBody(items, { tally: wrong }), key('na'));
    assert.equal(marked.statusCode, 400);
    assert.match(marked.body, /không áp dụng/);
    assert.equal(await itemCount(), before);
  });

  test('two postmen scanning the same item at once: one succeeds, the other gets 409', async () => {
    const item = await takeIn('post-office');
    const [a, b] = await Promise.all([
      call(postman, 'POST', `/api/v1/postal/items/${item}/scans`, { to: 'out-for-handover' }, key('race-a')),
      call(postman2, 'POST', `/api/v1/postal/items/${item}/scans`, { to: 'out-for-handover' }, key('race-b')),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    assert.equal((loser.json() as { code: string }).code, 'CUSTODY_CONFLICT');
    // A scan at the wrong place: in transit to another office, received here.
    const other = await takeIn('post-office');
    const moved = await call(clerk, 'POST', `/api/v1/postal/items/${other}/scans`, { to: 'in-transit', destination: 'P75-BD' }, key('transit'));
    assert.equal(moved.statusCode, 200, moved.body);
    const wrongPlace = await call(clerk, 'POST', `/api/v1/postal/items/${other}/scans`, { to: 'at-post-office' }, key('wrong-place'));
    assert.equal(wrongPlace.statusCode, 409);
    assert.match((wrongPlace.json() as { detail: string }).detail, /P75-BD/);
  });

  test('a refused result goes back to the agency only after two invitations two working days apart', async () => {
    const item = await takeIn('post-office');
    const sent = await call(clerk, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [item], signatureSender: SIGNATURE }, key('m'));
    assert.equal(sent.statusCode, 201, sent.body);
    const manifestId = (sent.json() as { id: string }).id;
    const now = clock.now().toISOString();
    assert.equal((await partner({ type: 'manifest.acknowledged', occurredAt: now, data: { manifestId, signedAt: now, received: [item], missing: [], extra: [], damaged: [] } })).statusCode, 201);
    assert.equal((await partner({ type: 'result.handed-to-post', occurredAt: now, dossierCode: '000.01.21.H19-260304-0007', data: { manifestId: 'KQ-1', resultItemNumber: item } })).statusCode, 201);
    // Not carried by a named postman: the office answers for it; the clerk receives it.
    assert.equal((await call(clerk, 'POST', `/api/v1/postal/items/${item}/scans`, { to: 'result-at-post-office' }, key('back'))).statusCode, 200);

    const attempt = async (label: string) => {
      assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${item}/scans`, { to: 'out-for-delivery' }, key(`${label}-out`))).statusCode, 200);
      const failed = await call(postman, 'POST', `/api/v1/postal/items/${item}/delivery-attempts`, { reason: 'refused' }, key(label));
      assert.equal(failed.statusCode, 201, failed.body);
    };
    await attempt('first');
    const early = await call(clerk, 'POST', `/api/v1/postal/items/${item}/return`, undefined, key('early'));
    assert.equal(early.statusCode, 409);
    assert.equal((early.json() as { code: string }).code, 'RETURN_NOT_ALLOWED');
    clock.set('2026-03-06T02:00:00Z'); // Friday: two working days later
    postman = await t.login('buuta');
    clerk = await t.login('giaodichvien');
    await attempt('second');
    const tooSoon = await call(clerk, 'POST', `/api/v1/postal/items/${item}/return`, undefined, key('too-soon'));
    assert.equal(tooSoon.statusCode, 409, 'the second invitation runs until Tuesday');
    clock.set('2026-03-10T02:00:00Z');
    clerk = await t.login('giaodichvien');
    const returned = await call(clerk, 'POST', `/api/v1/postal/items/${item}/return`, undefined, key('return'));
    assert.equal(returned.statusCode, 201, returned.body);
    assert.equal((returned.json() as { state: string }).state, 'returned-to-agency');
    const [event] = await t.database.db.select().from(exchangeEvents).where(eq(exchangeEvents.type, 'result.returned-to-agency'));
    assert.equal(event?.data['attempts'], 2);
    postman = await t.login('buuta'); // sessions for the tests that follow, on the new day
  });

  test('other roles and other offices are refused', async () => {
    const item = await takeIn('post-office');
    const desk = await t.login('motcua');
    const intake = await call(desk, 'POST', '/api/v1/postal/intakes', intakeBody(items), key('desk-intake'));
    assert.equal(intake.statusCode, 403);
    // A postman of another commune's office sees nothing of this office's items.
    await t.database.db.insert(accounts).values({ username: 'buuta-khac', displayName: 'Phan Văn Khác', passwordHash: await hashPassword('another-pass-2026'), role: 'postman', organisationId: await t.organisationId('X26068-BD') });
    const stranger = await t.login('buuta-khac', 'another-pass-2026');
    assert.equal((await call(stranger, 'GET', `/api/v1/postal/items/${item}`)).statusCode, 404);
    assert.equal((await call(stranger, 'POST', `/api/v1/postal/items/${item}/scans`, { to: 'out-for-handover' }, key('stranger'))).statusCode, 409);
    assert.equal((await call(stranger, 'GET', `/api/v1/postal/items/${item}/slip.pdf`)).statusCode, 404);
    // Only supervisors assign pickups and list overdue items.
    assert.equal((await call(postman, 'GET', '/api/v1/postal/overdue')).statusCode, 403);
    // Items taken in on 4 March within one ward were due at the desk on 5 March (J+1).
    const supervisor = await t.login('kiemsoat');
    const overdue = await call(supervisor, 'GET', '/api/v1/postal/overdue');
    assert.equal(overdue.statusCode, 200, overdue.body);
    const late = (overdue.json() as { items: Array<{ itemNumber: string; transitDueOn: string; daysLate: number }> }).items;
    assert.ok(late.some((i) => i.transitDueOn === '2026-03-05' && i.daysLate === 5), 'an item of 4 March is listed as late');
    assert.ok(late.every((i) => i.itemNumber !== item), 'today\'s intake is not late');
    // A partner desk of another commune cannot sign this office's records.
    const admin = await t.login('quantri');
    const otherKey = ((await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'other desk', organisationId: await t.organisationId('X26068-TTPVHCC'), scopes: ['events:write'] } })).json() as { key: string }).key;
    const sent = await call(clerk, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [item], signatureSender: SIGNATURE }, key('m2'));
    const manifestId = (sent.json() as { id: string }).id;
    const now = clock.now().toISOString();
    const foreign = await t.app.inject({ method: 'POST', url: '/api/v1/exchange/events', headers: { authorization: `Bearer ${otherKey}`, 'idempotency-key': key('foreign') }, payload: { type: 'manifest.acknowledged', occurredAt: now, data: { manifestId, signedAt: now, received: [item], missing: [], extra: [], damaged: [] } } });
    assert.equal(foreign.statusCode, 404);
  });

  test('the intake slip and the handover record carry what was entered, and their codes decode', async () => {
    const taken = await call(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items, { place: 'address', fees: { amount: 1_250_000, method: 'transfer' }, applicant: { name: 'Trần Văn Đức', phone: '0912000111', address: '45 Phạm Văn Thuận, khu phố 2', unitCode: COMMUNE } }), key('transfer'));
    assert.equal(taken.statusCode, 201, taken.body);
    const { itemNumber: item, payment, total } = taken.json() as { itemNumber: string; total: number; payment: { amount: number; vietQr: string } };
    // Paid by transfer: a VietQR code for the citizen's banking app, for postage and fees together.
    assert.equal(payment.amount, total);
    assert.ok(payment.vietQr.includes('0006970403011300110123456780208QRIBFTTA'));
    assert.ok(payment.vietQr.includes(`54${String(total.toString().length).padStart(2, '0')}${total}`));
    const slip = await call(postman, 'GET', `/api/v1/postal/items/${item}/slip.pdf`);
    assert.equal(slip.statusCode, 200, slip.body);
    assert.equal(slip.headers['cache-control'], 'no-store');
    const text = await extractPdfText(slip.rawPayload);
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(clock.now());
    for (const expected of ['PHIẾU GỬI HỒ SƠ', 'Trần Văn Đức', '45 Phạm Văn Thuận', 'Thủ tục đăng ký khai sinh', '1.250.000', 'Giấy chứng sinh', today]) assert.ok(text.includes(expected), `slip shows ${expected}`);
    const codes = await decodePdfCodes(slip.rawPayload);
    assert.ok(codes.some((c) => c.format === 'CODE_128' && c.text === item), 'the barcode is the item number');
    assert.ok(codes.some((c) => c.format === 'QR_CODE' && c.text.endsWith(`/tra-cuu/${item}`)), 'the QR code leads to tracking');

    const sent = await call(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [item], signatureSender: SIGNATURE }, key('m3'));
    const manifest = sent.json() as { id: string; number: string };
    const pdf = await call(postman, 'GET', `/api/v1/postal/manifests/${manifest.id}/pdf`);
    assert.equal(pdf.statusCode, 200, pdf.body);
    const manifestText = await extractPdfText(pdf.rawPayload);
    for (const expected of ['BIÊN BẢN GIAO NHẬN', item, 'Trần Văn Đức', '1.250.000', manifest.number]) assert.ok(manifestText.includes(expected), `record shows ${expected}`);
    assert.ok((await decodePdfCodes(pdf.rawPayload)).some((c) => c.text === manifest.number));
  });
});
