/**
 * The built-in desk against our postal side, each using only the exchange: the desk hears of
 * the handover record through its in-process subscription (relayed and signed like a partner's
 * webhook) and answers through the inbound contract. A Friday-afternoon receipt before Tết is
 * due after the holiday; a supplement restarts the clock; a second delay is refused; the
 * result goes back through the post; the desk learns of the delivery.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { postalItems } from '../../src/postal/postal.schema.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { DESK, SIGNATURE, checklist, intakeBody, key } from '../postal/support.js';

describe('the built-in desk and the post, through the exchange only', () => {
  // Friday 13 February 2026, 15:00 in Vietnam; Tết holidays run 14–22 February.
  const clock = manualClock('2026-02-13T08:00:00Z');
  let t: TestApp;
  let postman: Session;
  let desk: Session;

  before(async () => {
    t = await startTestApp({}, { clock });
    postman = await t.login('buuta');
    desk = await t.login('motcua');
  });
  after(() => t.close());

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, idempotencyKey?: string) =>
    t.app.inject({ method, url, headers: { ...session.headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, ...(payload === undefined ? {} : { payload }) });

  async function relay(): Promise<void> {
    const worker = createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date() });
    for (let i = 0; i < 10; i += 1) if ((await worker.runOnce()).claimed === 0) return;
  }

  const relogin = async () => {
    postman = await t.login('buuta');
    desk = await t.login('motcua');
  };

  test('from intake to the citizen and back to the desk', async () => {
    const items = await checklist(t, postman);
    const taken = await call(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items), key('d-intake'));
    assert.equal(taken.statusCode, 201, taken.body);
    const itemNumber = (taken.json() as { itemNumber: string }).itemNumber;
    const sent = await call(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [itemNumber], signatureSender: SIGNATURE }, key('d-manifest'));
    assert.equal(sent.statusCode, 201, sent.body);
    const manifestId = (sent.json() as { id: string }).id;
    await relay();

    const inbox = await call(desk, 'GET', '/api/v1/desk/inbox?status=pending');
    assert.equal(inbox.statusCode, 200, inbox.body);
    assert.deepEqual((inbox.json() as { items: Array<{ manifestId: string }> }).items.map((m) => m.manifestId), [manifestId]);
    const other = await t.login('motcua2');
    assert.equal((await call(other, 'GET', '/api/v1/desk/inbox')).json().items.length, 0, 'another desk sees nothing');

    // Signed at 16:15 on the Friday before Tết: one working day runs 45 minutes that Friday and the rest after the holiday.
    clock.set('2026-02-13T09:15:00Z');
    const ack = await call(desk, 'POST', `/api/v1/desk/inbox/${manifestId}/acknowledge`, { received: [itemNumber], missing: [], damaged: [], extra: [] });
    assert.equal(ack.statusCode, 200, ack.body);
    const registered = (ack.json() as { registered: Array<{ id: string; code: string; dueAt: string }> }).registered;
    assert.equal(registered.length, 1);
    const dossier = registered[0];
    assert.ok(dossier !== undefined);
    assert.match(dossier.code, /^000\.\d{2}\.21\.H19-260213-0001$/);
    assert.equal(dossier.dueAt, '2026-02-23T09:15:00.000Z', 'Monday 23 February, 16:15, after Tết');
    const [item] = await t.database.db.select().from(postalItems).where(eq(postalItems.itemNumber, itemNumber));
    assert.equal(item?.state, 'at-desk');
    assert.equal(item?.dossierCode, dossier.code);
    assert.equal(item?.filedAt?.toISOString(), '2026-02-13T09:15:00.000Z');
    assert.equal((await call(other, 'GET', `/api/v1/desk/dossiers/${dossier.id}`)).statusCode, 404, 'another desk cannot open it');

    // Monday after Tết: a supplement is asked for, then received; the clock restarts from zero.
    clock.set('2026-02-23T01:00:00Z');
    await relogin();
    const asked = await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/supplement-request`, { items: [{ name: 'Giấy chứng sinh (bản chính)', reason: 'Bản nộp là bản chụp' }] });
    assert.equal(asked.statusCode, 200, asked.body);
    assert.equal(asked.json().status, 'supplement-requested');
    const complete = await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/supplement-received`, {});
    assert.equal(complete.statusCode, 200, complete.body);
    assert.equal(complete.json().dueAt, '2026-02-24T01:00:00.000Z', 'one working day from Monday 08:00: Tuesday 08:00');

    const forwarded = await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/forward`, { toOrganisationCode: 'X26041-UBND' });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    assert.equal(forwarded.json().status, 'processing');
    const delay = await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/delay`, { newDueAt: '2026-02-26T09:00:00Z', reason: 'Cần xác minh thông tin' });
    assert.equal(delay.statusCode, 403, 'a desk officer does not sign the apology');
    const leader = await t.login('lanhdao');
    const moved = await call(leader, 'POST', `/api/v1/desk/dossiers/${dossier.id}/delay`, { newDueAt: '2026-02-26T09:00:00Z', reason: 'Cần xác minh thông tin' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().dueMoved, true);
    const again = await call(leader, 'POST', `/api/v1/desk/dossiers/${dossier.id}/delay`, { newDueAt: '2026-02-27T09:00:00Z', reason: 'Lần nữa' });
    assert.equal(again.statusCode, 409, 'a due date moves only once');

    // The result goes back through the post, carried by our postman.
    const processingOfficer = await t.login('xuly');
    assert.equal((await call(processingOfficer, 'POST', `/api/v1/desk/dossiers/${dossier.id}/result`, {})).statusCode, 200);
    const handed = await call(desk, 'POST', '/api/v1/desk/result-handovers', { dossierIds: [dossier.id], carrierId: await t.accountId('buuta') });
    assert.equal(handed.statusCode, 201, handed.body);
    const [collected] = await t.database.db.select().from(postalItems).where(eq(postalItems.itemNumber, itemNumber));
    assert.equal(collected?.state, 'result-collected');
    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/scans`, { to: 'out-for-delivery' }, key('d-out'))).statusCode, 200);
    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/delivery`, { identity: { kind: 'cccd', number: '075190001234' }, signature: SIGNATURE }, key('d-deliver'))).statusCode, 201);
    await relay();
    const final = await call(desk, 'GET', `/api/v1/desk/dossiers/${dossier.id}`);
    assert.equal(final.json().status, 'returned', 'the desk learnt of the delivery from the post');
    const steps = (final.json() as { steps: Array<{ action: string }> }).steps.map((s) => s.action);
    assert.deepEqual(steps, ['register', 'request-supplement', 'receive-supplement', 'forward', 'notify-delay', 'record-result', 'hand-result-to-post', 'deliver-result']);
  });

  test('dossiers received in person are registered at once; the post and other roles cannot', async () => {
    clock.set('2026-03-02T02:00:00Z');
    await relogin();
    const body = { procedureCode: '1.001193', channel: 'in-person', resultMethod: 'in-person', applicant: { name: 'Phạm Văn Nam', phone: '0911222333', address: '3 Đường 30/4' }, documents: [{ name: 'Giấy chứng sinh', kind: 'original', quantity: 1 }] };
    const created = await call(desk, 'POST', '/api/v1/desk/dossiers', body);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().status, 'received');
    assert.equal(created.json().channel, 'in-person');
    const byPostman = await call(postman, 'POST', '/api/v1/desk/dossiers', body);
    assert.equal(byPostman.statusCode, 403, 'a postman not assigned to a desk registers nothing');
    assert.equal((await call(postman, 'GET', '/api/v1/desk/dossiers')).statusCode, 403);
  });
});
