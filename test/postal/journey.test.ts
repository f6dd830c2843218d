/**
 * The whole postal journey on the API, with a partner one-stop system answering through the
 * exchange: pickup → intake → handover record → the desk's signature → dossier registered →
 * result handed to the post → a failed attempt → second invitation → delivered.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { exchangeEvents } from '../../src/exchange/exchange.schema.js';
import { custodyTransfers, postalItems } from '../../src/postal/postal.schema.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { COMMUNE, DESK, KHAI_SINH, OFFICE, SIGNATURE, type ChecklistItem, checklist, intakeBody, key } from './support.js';
import { type SmsGateway, notifyEnv, startSmsGateway, verifyPhone } from '../notify/support.js';


describe('postal journey, pickup to delivery, with a partner desk', () => {
  // Monday 2 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  let postman: Session;
  let supervisor: Session;
  let partnerKey: string;
  let items: ChecklistItem[];
  let gateway: SmsGateway;

  before(async () => {
    // The citizen verifies the phone with a code sent through this gateway before booking.
    gateway = await startSmsGateway();
    t = await startTestApp(notifyEnv(gateway), { clock });
    postman = await t.login('buuta');
    supervisor = await t.login('kiemsoat');
    const admin = await t.login('quantri');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: admin.headers, payload: { name: 'desk of Trấn Biên', organisationId: await t.organisationId(DESK), scopes: ['events:write'] } });
    partnerKey = (created.json() as { key: string }).key;
    items = await checklist(t, postman);
  });
  after(async () => {
    await t.close();
    await gateway.close();
  });

  const partner = (payload: Record<string, unknown>, idempotencyKey: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/exchange/events', headers: { authorization: `Bearer ${partnerKey}`, 'idempotency-key': idempotencyKey }, payload });
  const staff = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, idempotencyKey?: string) =>
    t.app.inject({ method, url, headers: { ...session.headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, ...(payload === undefined ? {} : { payload }) });

  test('walks the whole journey and records every hand-over', async () => {
    // A citizen verifies the phone by a code sent by SMS, then asks for a pickup on the public site.
    const phoneVerificationToken = await verifyPhone(t, gateway, '0912345678');
    const requested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pickups',
      payload: { procedureCode: KHAI_SINH, serviceForm: 'both', applicant: { name: 'Nguyễn Thị Hoà', phone: '0912345678' }, address: '12 Đường Võ Thị Sáu', unitCode: COMMUNE, window: { from: '2026-03-02T03:00:00Z', to: '2026-03-02T05:00:00Z' }, phoneVerificationToken },
    });
    assert.equal(requested.statusCode, 201, requested.body);
    const { pickup, accessToken } = requested.json() as { pickup: { id: string; reference: string; postOffice: { code: string } }; accessToken: string };
    assert.equal(pickup.postOffice.code, OFFICE);
    const followed = await t.app.inject({ method: 'GET', url: `/api/v1/pickups/${pickup.reference}`, headers: { 'x-pickup-token': accessToken } });
    assert.equal(followed.statusCode, 200);
    assert.equal((followed.json() as { status: string }).status, 'requested');
    assert.equal(followed.body.includes('Nguyễn'), false, 'the public view carries no personal data');

    // The supervisor assigns it: the office's only postman.
    const assigned = await staff(supervisor, 'POST', `/api/v1/postal/pickups/${pickup.id}/assign`, {});
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal((await staff(postman, 'GET', '/api/v1/postal/pickups?status=assigned')).json().items.length, 1);

    // Intake at the address.
    const taken = await staff(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items, { pickupId: pickup.id, fees: { amount: 8_000, method: 'cash' } }), key('intake'));
    assert.equal(taken.statusCode, 201, taken.body);
    const intake = taken.json() as { itemNumber: string; state: string; agency: { code: string }; postage: number; total: number; transitDueOn: string };
    assert.match(intake.itemNumber, /^RR\d{9}VN$/);
    assert.equal(intake.state, 'collected');
    assert.equal(intake.agency.code, DESK);
    assert.ok(intake.postage > 0);
    assert.equal(intake.total, intake.postage + 8_000);
    assert.equal(intake.transitDueOn, '2026-03-03', 'same commune: J+1 working day');
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/pickups/${pickup.reference}`, headers: { 'x-pickup-token': accessToken } })).json().status, 'taken-in');

    // Handover record to the desk.
    const sent = await staff(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [intake.itemNumber], signatureSender: SIGNATURE }, key('manifest'));
    assert.equal(sent.statusCode, 201, sent.body);
    const manifest = sent.json() as { id: string; feesTotal: number; status: string };
    assert.equal(manifest.feesTotal, 8_000);

    // The partner desk signs at 10:30: the legal filing time.
    clock.set('2026-03-02T03:30:00Z');
    const signedAt = '2026-03-02T03:30:00.000Z';
    const ack = await partner({ type: 'manifest.acknowledged', occurredAt: signedAt, data: { manifestId: manifest.id, signedAt, received: [intake.itemNumber], missing: [], extra: [], damaged: [] } }, key('ack'));
    assert.equal(ack.statusCode, 201, ack.body);
    const [atDesk] = await t.database.db.select().from(postalItems).where(eq(postalItems.itemNumber, intake.itemNumber));
    assert.equal(atDesk?.state, 'at-desk');
    assert.equal(atDesk?.filedAt?.toISOString(), signedAt);
    assert.equal((await staff(postman, 'GET', `/api/v1/postal/manifests/${manifest.id}`)).json().status, 'acknowledged');

    // Registered, then the result goes back to the post, carried by our postman.
    const dossierCode = '000.01.21.H19-260302-0001';
    const registered = await partner({ type: 'dossier.registered', occurredAt: signedAt, dossierCode, itemNumber: intake.itemNumber, data: { filedAt: signedAt, dueAt: '2026-03-03T03:30:00.000Z', agency: { code: DESK, name: 'desk' }, procedureCode: KHAI_SINH } }, key('registered'));
    assert.equal(registered.statusCode, 201, registered.body);
    clock.set('2026-03-03T08:00:00Z');
    postman = await t.login('buuta'); // a new working day, a new session
    const handed = await partner({ type: 'result.handed-to-post', occurredAt: '2026-03-03T08:00:00.000Z', dossierCode, data: { manifestId: 'KQ-260303-01', resultItemNumber: intake.itemNumber, carrierId: await t.accountId('buuta') } }, key('handed'));
    assert.equal(handed.statusCode, 201, handed.body);

    // First delivery fails: nobody home. The next invitation is two working days later.
    assert.equal((await staff(postman, 'POST', `/api/v1/postal/items/${intake.itemNumber}/scans`, { to: 'out-for-delivery' }, key('out1'))).statusCode, 200);
    const failed = await staff(postman, 'POST', `/api/v1/postal/items/${intake.itemNumber}/delivery-attempts`, { reason: 'nobody-home' }, key('fail1'));
    assert.equal(failed.statusCode, 201, failed.body);
    assert.equal(failed.json().state, 'result-at-post-office');
    const [waiting] = await t.database.db.select().from(postalItems).where(eq(postalItems.itemNumber, intake.itemNumber));
    assert.equal(waiting?.nextAttemptOn, '2026-03-05', 'Tuesday + 2 working days = Thursday');
    assert.equal(waiting?.dossierCode, dossierCode);

    // Second invitation on Thursday: delivered against the citizen identity card.
    clock.set('2026-03-05T02:00:00Z');
    postman = await t.login('buuta');
    assert.equal((await staff(postman, 'POST', `/api/v1/postal/items/${intake.itemNumber}/scans`, { to: 'out-for-delivery' }, key('out2'))).statusCode, 200);
    const delivered = await staff(postman, 'POST', `/api/v1/postal/items/${intake.itemNumber}/delivery`, { identity: { kind: 'cccd', number: '075190001234' }, signature: SIGNATURE }, key('deliver'));
    assert.equal(delivered.statusCode, 201, delivered.body);
    assert.equal(delivered.json().state, 'delivered');

    // The custody chain: every hand-over, both parties named, in order.
    const chain = await t.database.db.select().from(custodyTransfers).where(eq(custodyTransfers.itemNumber, intake.itemNumber)).orderBy(asc(custodyTransfers.seq));
    assert.deepEqual(chain.map((c) => c.toState), ['collected', 'out-for-handover', 'at-desk', 'result-at-desk', 'result-collected', 'out-for-delivery', 'result-at-post-office', 'out-for-delivery', 'delivered']);
    assert.ok(chain.every((c) => c.fromRef !== '' && c.toRef !== ''));
    const types = await t.database.db.select({ type: exchangeEvents.type }).from(exchangeEvents).where(eq(exchangeEvents.itemNumber, intake.itemNumber)).orderBy(asc(exchangeEvents.seq));
    assert.deepEqual(
      types.map((e) => e.type).filter((e) => e !== 'item.custody-changed'),
      ['dossier.taken-in', 'dossier.registered', 'delivery.attempted', 'delivery.delivered'],
    );
    const remitted = await t.database.db.select({ data: exchangeEvents.data }).from(exchangeEvents).where(eq(exchangeEvents.type, 'fees.remitted'));
    assert.equal(remitted[0]?.data['amount'], 8_000);
    supervisor = await t.login('kiemsoat');
    const detail = await staff(supervisor, 'GET', `/api/v1/postal/items/${intake.itemNumber}`);
    assert.equal(detail.statusCode, 200, detail.body);
    assert.equal(detail.json().applicant.name, 'Nguyễn Thị Hoà');
    const audited = await t.database.db.execute(sql`select 1 from audit_log where action = 'postal-item.read' and subject_id = ${intake.itemNumber}`);
    assert.equal((audited as unknown as { rows: unknown[] }).rows.length, 1, 'reading personal data is audited');
  });
});
