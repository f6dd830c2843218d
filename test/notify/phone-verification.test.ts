/**
 * Phone verification by a one-time code, over HTTP with a real SMS gateway on loopback: the
 * code arrives, a wrong one costs an attempt, the right one gives a token that one public
 * pickup uses up; limits per phone and per address answer 429 with Retry-After.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createChannels } from '../../src/notify/channels.js';
import { checkNotifyConfig } from '../../src/notify/notify-service.js';
import { notices, phoneVerifications } from '../../src/notify/notify.schema.js';
import { createPhoneVerifications } from '../../src/notify/phone-verification.js';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { createServices } from '../../src/services.js';
import { type TestApp, manualClock, startTestApp } from '../support/app.js';
import { COMMUNE, KHAI_SINH } from '../postal/support.js';
import { type SmsGateway, international, notifyEnv, startSmsGateway, verifyPhone } from './support.js';

describe('phone verification by a one-time code', () => {
  const clock = manualClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  let gateway: SmsGateway;
  let ipCounter = 0;
  /** A fresh client address, so that the limit per address does not interfere. */
  const ip = () => `198.51.100.${(ipCounter += 1)}`;

  before(async () => {
    gateway = await startSmsGateway();
    t = await startTestApp(notifyEnv(gateway), { clock });
  });
  after(async () => {
    await t.close();
    await gateway.close();
  });

  const start = (phone: string, remoteAddress = ip(), headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone, purpose: 'pickup' }, remoteAddress, headers });
  const confirm = (id: string, code: string) => t.app.inject({ method: 'POST', url: `/api/v1/phone-verifications/${id}/confirm`, payload: { code } });
  const wrong = (code: string) => (code === '000000' ? '111111' : '000000');
  const pickup = (phone: string, token?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/pickups',
      payload: {
        procedureCode: KHAI_SINH,
        serviceForm: 'send-dossier',
        applicant: { name: 'Lê Thị Bích Ngọc', phone },
        address: '5 Hẻm 12',
        unitCode: COMMUNE,
        window: { from: new Date(clock.now().getTime() + 3_600_000).toISOString(), to: new Date(clock.now().getTime() + 7_200_000).toISOString() },
        ...(token === undefined ? {} : { phoneVerificationToken: token }),
      },
    });

  test('the code arrives by SMS; a wrong code costs an attempt; the right one gives a token valid 30 minutes', async () => {
    const started = await start('0912000001');
    assert.equal(started.statusCode, 201, started.body);
    const body = started.json() as { verificationId: string; expiresAt: string; resendAfterSeconds: number };
    assert.equal(body.resendAfterSeconds, 60);
    assert.equal(body.expiresAt, '2026-03-02T02:10:00.000Z');
    const sms = gateway.received.at(-1);
    assert.equal(sms?.to, '+84912000001');
    assert.match(sms?.text ?? '', /^Mã xác minh số điện thoại của bạn là \d{6}, hiệu lực 10 phút\./u);
    const code = gateway.lastCode('+84912000001');

    // Only hashes are stored, and the notice keeps the masked number.
    const [row] = await t.database.db.select().from(phoneVerifications).where(eq(phoneVerifications.id, body.verificationId));
    assert.ok(row);
    assert.ok(!JSON.stringify(row).includes(code) && !JSON.stringify(row).includes('912000001'));
    const [notice] = await t.database.db.select().from(notices).where(eq(notices.verificationId, body.verificationId));
    assert.deepEqual([notice?.kind, notice?.channel, notice?.status, notice?.recipientMasked, notice?.organisationId], ['phone-otp', 'sms', 'sent', '091****001', null]);
    assert.equal(sms?.reference, `notice-${notice?.id}`);

    const bad = await confirm(body.verificationId, wrong(code));
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal(bad.json().code, 'PHONE_CODE_WRONG');
    assert.equal(bad.json().attemptsLeft, 4);
    const good = await confirm(body.verificationId, code);
    assert.equal(good.statusCode, 200, good.body);
    assert.equal(good.json().expiresAt, '2026-03-02T02:30:00.000Z');
    assert.equal(typeof good.json().verificationToken, 'string');
    assert.equal((await confirm(body.verificationId, code)).statusCode, 409, 'a code is confirmed once');
  });

  test('a public pickup needs the token of the applicant’s phone, and uses it up', async () => {
    const missing = await pickup('0912000002');
    assert.equal(missing.statusCode, 422, missing.body);
    assert.equal(missing.json().code, 'PHONE_NOT_VERIFIED');
    assert.equal(missing.json().errors[0].name, 'phoneVerificationToken');

    const token = await verifyPhone(t, gateway, '0912000002', ip());
    const otherPhone = await pickup('0912000003', token);
    assert.equal(otherPhone.statusCode, 422, 'the token proves another phone');
    const forged = await pickup('0912000002', 'x'.repeat(43));
    assert.equal(forged.statusCode, 422);
    const booked = await pickup('+84 912 000 002'.replace(/ /gu, ''), token);
    assert.equal(booked.statusCode, 201, `the same phone in the international form: ${booked.body}`);
    const again = await pickup('0912000002', token);
    assert.equal(again.statusCode, 422, 'a token is used once');
    assert.equal(again.json().code, 'PHONE_NOT_VERIFIED');
  });

  test('two requests with one token at the same moment: one pickup', async () => {
    const token = await verifyPhone(t, gateway, '0912000044', ip());
    const answers = await Promise.all([pickup('0912000044', token), pickup('0912000044', token)]);
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [201, 422]);
  });

  test('a token is refused after 30 minutes', async () => {
    const token = await verifyPhone(t, gateway, '0912000004', ip());
    clock.advance(31 * 60_000);
    assert.equal((await pickup('0912000004', token)).statusCode, 422);
  });

  test('a new code for the same phone once a minute and five an hour: 429 with Retry-After', async () => {
    const phone = '0912000005';
    assert.equal((await start(phone)).statusCode, 201);
    clock.advance(20_000);
    const soon = await start(phone);
    assert.equal(soon.statusCode, 429, soon.body);
    assert.equal(soon.headers['retry-after'], '40');
    assert.equal(soon.json().code, 'RATE_LIMITED');
    for (let i = 0; i < 4; i += 1) {
      clock.advance(61_000);
      assert.equal((await start(phone)).statusCode, 201, `code ${i + 2}`);
    }
    clock.advance(61_000);
    const sixth = await start(phone);
    assert.equal(sixth.statusCode, 429);
    // The first code was asked 20 + 5 × 61 = 325 s ago: the hour is over in 3,275 s.
    assert.equal(sixth.headers['retry-after'], '3275');
    clock.advance(3_275_000);
    assert.equal((await start(phone)).statusCode, 201);
  });

  test('thirty codes an hour from one address', async () => {
    const address = '192.0.2.77';
    for (let i = 0; i < 30; i += 1) assert.equal((await start(`09130000${String(i).padStart(2, '0')}`, address)).statusCode, 201, `code ${i + 1}`);
    const refused = await start('0913000099', address);
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) > 3000);
    assert.equal((await start('0913000099')).statusCode, 201, 'from another address');
  });

  test('five wrong codes end a verification (410); an expired code is 410 too', async () => {
    const started = (await start('0912000006')).json() as { verificationId: string };
    const code = gateway.lastCode('+84912000006');
    for (let left = 4; left >= 0; left -= 1) {
      const response = await confirm(started.verificationId, wrong(code));
      assert.equal(response.statusCode, 422);
      assert.equal(response.json().attemptsLeft, left);
    }
    const locked = await confirm(started.verificationId, code);
    assert.equal(locked.statusCode, 410);
    assert.equal(locked.json().code, 'PHONE_VERIFICATION_LOCKED');

    clock.advance(61_000);
    const later = (await start('0912000006')).json() as { verificationId: string };
    clock.advance(10 * 60_000 + 1);
    const expired = await confirm(later.verificationId, gateway.lastCode('+84912000006'));
    assert.equal(expired.statusCode, 410);
    assert.equal(expired.json().code, 'PHONE_VERIFICATION_EXPIRED');
  });

  test('a gateway that refuses the code: 503, and the citizen may ask again at once', async () => {
    gateway.failing = true;
    const failed = await start('0912000777');
    gateway.failing = false;
    assert.equal(failed.statusCode, 503, failed.body);
    assert.equal(failed.json().code, 'SMS_SEND_FAILED');
    const [row] = await t.database.db.select().from(notices).where(eq(notices.recipientMasked, '091****777'));
    assert.equal(row?.status, 'failed');
    assert.match(row?.lastError ?? '', /gateway answered 503/u);
    assert.equal((await start('0912000777')).statusCode, 201, 'the failed request does not hold the phone back');
  });

  test('malformed requests are refused', async () => {
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone: '12ab', purpose: 'pickup' } })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone: '0912000008', purpose: 'login' } })).statusCode, 400);
    assert.equal((await confirm('6d1f0c5e-2c1b-4a39-9d0b-0d6f0d1b2c3a', '12345')).statusCode, 400);
    assert.equal((await confirm('6d1f0c5e-2c1b-4a39-9d0b-0d6f0d1b2c3a', '123456')).statusCode, 404);
  });

  test('the text follows Accept-Language', async () => {
    assert.equal((await start('0912000009', ip(), { 'accept-language': 'en' })).statusCode, 201);
    assert.match(gateway.received.at(-1)?.text ?? '', /^Your phone verification code is \d{6}/u);
  });

  test('without a gateway the code goes to the log with the masked phone (never in production)', async () => {
    const lines: Array<Record<string, string>> = [];
    for (const logCodes of [true, false]) {
      const channels = createChannels({ smtpUrl: null, mailFrom: 'x@example.vn', smsGateway: null, logCodes, log: (fields) => lines.push(fields) });
      const verifications = createPhoneVerifications({ db: t.database.db, now: () => clock.now(), channels });
      clock.advance(61_000);
      const started = await verifications.start({ phone: '0912000010', purpose: 'pickup' }, null, 'vi');
      const [notice] = await t.database.db.select().from(notices).where(eq(notices.verificationId, started.verificationId));
      assert.equal(notice?.status, 'logged');
    }
    assert.equal(lines.length, 2);
    assert.equal(lines[0]?.['to'], '091****010');
    assert.match(lines[0]?.['code'] ?? '', /^\d{6}$/u);
    assert.equal(lines[1]?.['code'], undefined, 'not with logCodes off (production)');
    assert.ok(!JSON.stringify(lines).includes('0912000010'));
  });

  test('production refuses to start without a gateway when phones must be verified', () => {
    const production = { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://bcci.dongnai.gov.vn' };
    assert.throws(() => createServices(t.database, loadConfig(production)), (e: unknown) => e instanceof ConfigError && e.variable === 'SMS_GATEWAY_URL');
    assert.doesNotThrow(() => checkNotifyConfig(loadConfig({ ...production, PHONE_VERIFICATION: 'off' })));
    assert.doesNotThrow(() => checkNotifyConfig(loadConfig({ ...production, SMS_GATEWAY_URL: 'https://sms.example.vn/send', SMS_GATEWAY_TOKEN: 'k' })));
    assert.throws(() => loadConfig({ SMS_GATEWAY_TOKEN: 'k' }), (e: unknown) => e instanceof ConfigError && e.variable === 'SMS_GATEWAY_URL');
    assert.throws(() => loadConfig({ SMTP_URL: 'http://user:secretpw@mail' }), (e: unknown) => e instanceof ConfigError && e.variable === 'SMTP_URL' && !e.message.includes('secretpw'));
    assert.throws(() => loadConfig({ PHONE_VERIFICATION: 'maybe' }), (e: unknown) => e instanceof ConfigError && e.variable === 'PHONE_VERIFICATION');
    assert.equal(international('0912000001'), '+84912000001');
  });
});
