/**
 * Notices to citizens, end to end: the post and the built-in desk work as usual, the relay
 * delivers their events to the notify module's in-process subscription, and the notices leave
 * through a real SMTP server and an SMS gateway on loopback. A redelivered event sends nothing
 * twice; a gateway that is down is retried with backoff until it recovers, or dead-lettered
 * for an administrator; the log of notices shows masked recipients within the reader's scope.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { exchangeEvents, outbox, webhookAttempts, webhookSubscriptions } from '../../src/exchange/exchange.schema.js';
import { type RelayOptions, createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { notices } from '../../src/notify/notify.schema.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { COMMUNE, DESK, KHAI_SINH, SIGNATURE, checklist, intakeBody, key } from '../postal/support.js';
import { type MailServer, type SmsGateway, international, notifyEnv, startMailServer, startSmsGateway, verifyPhone } from './support.js';

const EMAIL = 'hoa.nguyen@example.vn';
const PHONE = '0912345678';

describe('notices to citizens, sent from the outbox', () => {
  // Monday 2 March 2026, 09:00 in Vietnam.
  const clock = manualClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  let mail: MailServer;
  let gateway: SmsGateway;
  let postman: Session;
  let desk: Session;
  // The relay's clock: outbox rows are stamped by the database; moving ahead makes retries due.
  let relayAhead = 5_000;

  before(async () => {
    mail = await startMailServer();
    gateway = await startSmsGateway();
    t = await startTestApp(notifyEnv(gateway, mail), { clock });
    postman = await t.login('buuta');
    desk = await t.login('motcua');
  });
  after(async () => {
    await t.close();
    await mail.close();
    await gateway.close();
  });

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, idempotencyKey?: string) =>
    t.app.inject({ method, url, headers: { ...session.headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) }, ...(payload === undefined ? {} : { payload }) });

  function relay(options: Partial<RelayOptions> = {}) {
    return createRelay({ db: t.database.db, send: t.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: () => new Date(Date.now() + relayAhead), options });
  }
  async function drain(options: Partial<RelayOptions> = {}): Promise<void> {
    const worker = relay(options);
    for (let i = 0; i < 20; i += 1) if ((await worker.runOnce()).claimed === 0) return;
  }

  async function bookPickup(phone: string, email: string | null) {
    const token = await verifyPhone(t, gateway, phone);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pickups',
      payload: {
        procedureCode: KHAI_SINH,
        serviceForm: 'both',
        applicant: { name: 'Nguyễn Thị Hoà', phone, ...(email === null ? {} : { email }) },
        address: '12 Đường Võ Thị Sáu',
        unitCode: COMMUNE,
        window: { from: new Date(clock.now().getTime() + 3_600_000).toISOString(), to: new Date(clock.now().getTime() + 3 * 3_600_000).toISOString() },
        phoneVerificationToken: token,
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    return (response.json() as { pickup: { id: string; reference: string } }).pickup;
  }

  const noticesOf = async (eventId: string) => t.database.db.select().from(notices).where(eq(notices.eventId, eventId)).orderBy(notices.channel);
  async function eventOf(type: string, where: { subjectKey: string }) {
    const [event] = await t.database.db.select().from(exchangeEvents).where(and(eq(exchangeEvents.type, type), eq(exchangeEvents.subjectKey, where.subjectKey)));
    assert.ok(event, `${type} of ${where.subjectKey}`);
    return event;
  }

  test('a citizen who books a pickup is told the reference and the window by email and SMS', async () => {
    const pickup = await bookPickup(PHONE, EMAIL);
    await drain();
    const mails = mail.received.filter((m) => m.subject.includes(pickup.reference));
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.to, EMAIL);
    assert.match(mails[0]?.text ?? '', /Bưu tá sẽ đến trong khung giờ 10:00–12:00 02\/03\/2026/u);
    assert.match(mails[0]?.text ?? '', /Theo dõi hồ sơ: http:\/\/localhost:3000\/tra-cuu/u);
    const sms = gateway.received.filter((m) => m.text.includes(pickup.reference));
    assert.equal(sms.length, 1);
    assert.equal(sms[0]?.to, international(PHONE));
    assert.equal(sms[0]?.authorization, `Bearer ${gateway.token}`);
    const rows = await noticesOf((await eventOf('pickup.requested', { subjectKey: pickup.id })).id);
    assert.deepEqual(rows.map((r) => [r.channel, r.kind, r.status, r.recipientMasked, r.attempts]), [
      ['email', 'pickup-requested', 'sent', 'h***@example.vn', 1],
      ['sms', 'pickup-requested', 'sent', '091****678', 1],
    ]);
    assert.match(rows[1]?.providerMessageId ?? '', /^gw-\d+$/u, 'the gateway’s id is kept');
    assert.equal(sms[0]?.reference, `notice-${rows[1]?.id}`);
    assert.ok((rows[0]?.providerMessageId ?? '').length > 0, 'the SMTP message id is kept');
    assert.equal(rows[0]?.reference, pickup.reference);
  });

  let dossierCode = '';
  test('from registration to delivery, each status change reaches the applicant once by email and once by SMS', async () => {
    const mailsBefore = mail.received.length;
    const smsBefore = gateway.received.length;
    const items = await checklist(t, postman);
    const body = intakeBody(items);
    const taken = await call(postman, 'POST', '/api/v1/postal/intakes', { ...body, applicant: { ...body.applicant, email: EMAIL } }, key('n-intake'));
    assert.equal(taken.statusCode, 201, taken.body);
    const itemNumber = (taken.json() as { itemNumber: string }).itemNumber;
    const sent = await call(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [itemNumber], signatureSender: SIGNATURE }, key('n-manifest'));
    assert.equal(sent.statusCode, 201, sent.body);
    await drain();
    assert.equal(mail.received.length, mailsBefore, 'taking in and sending to the desk are not notices');

    clock.set('2026-03-02T03:30:00Z');
    const ack = await call(desk, 'POST', `/api/v1/desk/inbox/${(sent.json() as { id: string }).id}/acknowledge`, { received: [itemNumber], missing: [], damaged: [], extra: [] });
    assert.equal(ack.statusCode, 200, ack.body);
    const dossier = (ack.json() as { registered: Array<{ id: string; code: string }> }).registered[0];
    assert.ok(dossier);
    dossierCode = dossier.code;
    clock.set('2026-03-02T04:00:00Z');
    assert.equal((await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/supplement-request`, { items: [{ name: 'Giấy chứng sinh (bản chính)', reason: 'Bản nộp là bản chụp' }] })).statusCode, 200);
    clock.set('2026-03-02T04:10:00Z');
    assert.equal((await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/supplement-received`, {})).statusCode, 200);
    assert.equal((await call(desk, 'POST', `/api/v1/desk/dossiers/${dossier.id}/forward`, { toOrganisationCode: 'X26041-UBND' })).statusCode, 200);
    clock.set('2026-03-03T02:00:00Z');
    desk = await t.login('motcua');
    postman = await t.login('buuta');
    const processing = await t.login('xuly');
    assert.equal((await call(processing, 'POST', `/api/v1/desk/dossiers/${dossier.id}/result`, {})).statusCode, 200);
    clock.set('2026-03-03T02:30:00Z');
    const handed = await call(desk, 'POST', '/api/v1/desk/result-handovers', { dossierIds: [dossier.id], carrierId: await t.accountId('buuta') });
    assert.equal(handed.statusCode, 201, handed.body);
    clock.set('2026-03-03T03:00:00Z');
    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/scans`, { to: 'out-for-delivery' }, key('n-out'))).statusCode, 200);
    clock.set('2026-03-03T04:00:00Z');
    assert.equal((await call(postman, 'POST', `/api/v1/postal/items/${itemNumber}/delivery`, { identity: { kind: 'cccd', number: '075190001234' }, signature: SIGNATURE }, key('n-deliver'))).statusCode, 201);
    await drain();

    const mails = mail.received.slice(mailsBefore);
    assert.deepEqual(mails.map((m) => m.subject), [
      `Hồ sơ ${dossier.code} đã được tiếp nhận`,
      `Hồ sơ ${dossier.code} cần bổ sung giấy tờ`,
      `Đã có kết quả hồ sơ ${dossier.code}`,
      `Kết quả hồ sơ ${dossier.code} đang được phát`,
      `Đã phát kết quả hồ sơ ${dossier.code}`,
    ]);
    for (const m of mails) {
      assert.equal(m.to, EMAIL);
      assert.ok(m.text.includes(`http://localhost:3000/tra-cuu/${dossier.code}`), m.subject);
    }
    assert.match(mails[0]?.text ?? '', /Trung tâm Phục vụ hành chính công .* đã tiếp nhận hồ sơ/u, 'the agency is named');
    assert.match(mails[1]?.text ?? '', /- Giấy chứng sinh \(bản chính\)/u);
    const sms = gateway.received.slice(smsBefore);
    assert.equal(sms.length, 5);
    for (const m of sms) {
      assert.equal(m.to, international('0912345678'));
      assert.ok(m.text.includes(`/tra-cuu/${dossier.code}`));
      assert.ok(m.text.length <= 160, `${m.text.length}: ${m.text}`);
    }
    // Notices are attributed: dossier steps to the desk's agency, the delivery to the post office.
    const attributed = await t.database.db.select({ kind: notices.kind, organisationId: notices.organisationId }).from(notices).where(and(eq(notices.reference, dossier.code), eq(notices.channel, 'email')));
    const deskId = await t.organisationId(DESK);
    const officeId = await t.organisationId(`X${COMMUNE}-BD`);
    assert.deepEqual(Object.fromEntries(attributed.map((a) => [a.kind, a.organisationId === deskId ? 'desk' : a.organisationId === officeId ? 'office' : a.organisationId])), {
      'dossier-registered': 'desk', 'supplement-requested': 'desk', 'result-ready': 'desk', 'out-for-delivery': 'office', delivered: 'office',
    });
  });

  test('a redelivered event sends nothing twice', async () => {
    const registered = await eventOf('dossier.registered', { subjectKey: dossierCode });
    const [subscription] = await t.database.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.url, 'inproc://notify'));
    assert.ok(subscription);
    // As if the worker died after sending but before recording the delivery: the row is due again.
    await t.database.db.update(outbox).set({ status: 'pending', leaseUntil: null, nextAttemptAt: sql`now()` }).where(and(eq(outbox.eventSeq, registered.seq), eq(outbox.subscriptionId, subscription.id)));
    const mails = mail.received.length;
    const sms = gateway.received.length;
    const run = await relay().runOnce();
    assert.equal(run.delivered, 1, JSON.stringify(run));
    assert.equal(mail.received.length, mails);
    assert.equal(gateway.received.length, sms);
    const rows = await noticesOf(registered.id);
    assert.deepEqual(rows.map((r) => [r.status, r.attempts]), [['sent', 1], ['sent', 1]]);
  });

  test('while the gateway is down the relay retries with backoff; once it recovers the SMS goes once, and the email is not sent again', async () => {
    const pickup = await bookPickup('0987654321', EMAIL);
    gateway.failing = true;
    // The SMS gateway is down, the mail server is not.
    await drain();
    const event = await eventOf('pickup.requested', { subjectKey: pickup.id });
    let rows = await noticesOf(event.id);
    assert.deepEqual(rows.map((r) => [r.channel, r.status]), [['email', 'sent'], ['sms', 'failed']]);
    assert.match(rows[1]?.lastError ?? '', /gateway answered 503/u);
    const [row] = await t.database.db.select().from(outbox).innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, outbox.subscriptionId)).where(and(eq(outbox.eventSeq, event.seq), eq(webhookSubscriptions.url, 'inproc://notify')));
    assert.equal(row?.outbox.status, 'pending');
    assert.equal(row?.outbox.attempts, 1);
    assert.equal((await relay().runOnce()).claimed, 0, 'not due before its backoff');
    relayAhead += 60_000;
    await drain();
    assert.equal(gateway.refused, 2, 'a second attempt after the backoff');
    gateway.failing = false;
    relayAhead += 120_000;
    await drain();
    assert.equal(gateway.received.filter((m) => m.text.includes(pickup.reference)).length, 1);
    assert.equal(mail.received.filter((m) => m.subject.includes(pickup.reference)).length, 1);
    rows = await noticesOf(event.id);
    assert.deepEqual(rows.map((r) => [r.channel, r.status, r.attempts, r.lastError]), [['email', 'sent', 1, null], ['sms', 'sent', 3, null]]);
    const attempts = await t.database.db.select().from(webhookAttempts).where(eq(webhookAttempts.outboxId, row?.outbox.id ?? 0));
    assert.equal(attempts.length, 3, 'every delivery attempt is recorded by the relay');
    gateway.refused = 0;
  });

  test('after the relay’s last attempt the event is dead-lettered, an administrator sees it and replays it', async () => {
    const pickup = await bookPickup('0977111222', null);
    gateway.failing = true;
    await drain({ maxAttempts: 2 });
    relayAhead += 60_000;
    await drain({ maxAttempts: 2 });
    const admin = await t.login('quantri');
    const dead = await t.app.inject({ method: 'GET', url: '/api/v1/admin/outbox?status=dead', headers: admin.headers });
    const items = (dead.json() as { items: Array<{ id: number; eventType: string; subjectKey: string; subscriptionName: string; lastError: string }> }).items.filter((i) => i.subjectKey === pickup.id);
    assert.equal(items.length, 1, dead.body);
    assert.equal(items[0]?.eventType, 'pickup.requested');
    assert.match(items[0]?.subscriptionName ?? '', /notices to citizens/u);
    assert.doesNotMatch(dead.body, /0977111222|977111222/u, 'the error names no phone');
    const failed = await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices?status=failed&channel=sms', headers: admin.headers });
    assert.equal(failed.statusCode, 200, failed.body);
    const failedItems = (failed.json() as { items: Array<{ reference: string; recipient: string; attempts: number }> }).items.filter((n) => n.reference === pickup.reference);
    assert.deepEqual(failedItems.map((n) => [n.recipient, n.attempts]), [['097****222', 2]]);
    const emailRow = (await noticesOf((await eventOf('pickup.requested', { subjectKey: pickup.id })).id)).find((r) => r.channel === 'email');
    assert.equal(emailRow?.status, 'skipped-no-contact', 'no email on file');

    gateway.failing = false;
    const replay = await t.app.inject({ method: 'POST', url: `/api/v1/admin/outbox/${items[0]?.id}/replay`, headers: admin.headers });
    assert.equal(replay.statusCode, 204, replay.body);
    await drain();
    assert.equal(gateway.received.filter((m) => m.text.includes(pickup.reference)).length, 1);
  });

  test('the log of notices: masked recipients, no text, within the reader’s scope; a desk officer is refused', async () => {
    const admin = await t.login('quantri');
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices?limit=500', headers: admin.headers });
    assert.equal(all.statusCode, 200, all.body);
    const items = (all.json() as { items: Array<{ id: number; kind: string; organisationId: string | null; recipient: string | null }> }).items;
    assert.ok(items.some((n) => n.kind === 'phone-otp' && n.organisationId === null), 'the top of the tree sees the one-time codes');
    assert.ok(items.some((n) => n.kind === 'dossier-registered'));
    for (const secret of [EMAIL, '0912345678', '912345678', 'Nguyễn', 'Giấy chứng sinh']) assert.ok(!all.body.includes(secret), `no ${secret} in the log`);
    assert.deepEqual(items.map((n) => n.id), [...items.map((n) => n.id)].sort((a, b) => b - a), 'newest first');

    const page = await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices?limit=3', headers: admin.headers });
    const first = page.json() as { items: Array<{ id: number }>; nextBefore: number | null };
    assert.equal(first.items.length, 3);
    assert.equal(first.nextBefore, first.items[2]?.id);
    const next = await t.app.inject({ method: 'GET', url: `/api/v1/admin/notices?limit=3&before=${first.nextBefore}`, headers: admin.headers });
    assert.deepEqual((next.json() as { items: Array<{ id: number }> }).items.map((n) => n.id), items.slice(3, 6).map((n) => n.id));

    // The post's supervisor sees the post's notices (pickups, deliveries), not the desk's or the codes.
    const supervisor = await t.login('kiemsoat');
    const scoped = await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices?limit=500', headers: supervisor.headers });
    assert.equal(scoped.statusCode, 200, scoped.body);
    const kinds = new Set((scoped.json() as { items: Array<{ kind: string }> }).items.map((n) => n.kind));
    assert.deepEqual([...kinds].sort(), ['delivered', 'out-for-delivery', 'pickup-requested']);

    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices', headers: desk.headers })).statusCode, 403);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices' })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/notices?status=lost', headers: admin.headers })).statusCode, 400);
  });
});
