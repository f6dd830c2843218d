/**
 * The postal supervisor (`kiemsoat`, provincial post) does the day's work in the browser:
 * assigns a pickup booked on the public site to a postman, draws up and sends a handover record
 * for an item at a post office, reads the items overdue against J+n, returns a result to its
 * agency after two failed invitations, reads the day's reconciliation, and sends a dead-lettered
 * event again, each irreversible step after a confirmation. A supervisor of one commune's office
 * does not see another commune's pickup, and nobody sees another organisation's dead events.
 * Data is made through the API as the staff would make it; the server's clock is moved to
 * make items ten days old.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/admin/demo-data.js';
import { createRelay } from '../../src/exchange/relay.js';
import { createWebhookSender } from '../../src/exchange/webhook-sender.js';
import { type ChecklistItem, DESK, OFFICE, SIGNATURE, intakeBody, key } from '../postal/support.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

const DAY_MS = 86_400_000;
const COMMUNE_A = '26041';
const COMMUNE_B = '26068';
const TEST_PASSWORD = 'mat-khau-thu-nghiem-2026';
const OWN_HOOK = 'Hệ thống thử nghiệm của Bưu điện tỉnh';
const OTHER_HOOK = 'Hệ thống một cửa của tỉnh (thử nghiệm)';

type Headers = Record<string, string>;

describe('the postal supervisor’s workspace in the browser', () => {
  // The server's time: ten days ago while the old items are made, then now.
  let offset = -10 * DAY_MS;
  const clock = { now: () => new Date(Date.now() + offset) };
  let server: WebServer;
  let browser: Browser;
  let pickupA: string;
  let pickupB: string;
  let readyItem: string;
  let overdueItem: string;
  let failedItem: string;
  let ownDeadIds: number[];

  async function login(username: string, password = DEMO_PASSWORD): Promise<Headers> {
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'bcci_session');
    if (cookie === undefined) throw new Error('no session cookie');
    return { cookie: `bcci_session=${cookie.value}`, 'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken };
  }

  async function call<T>(headers: Headers, method: 'GET' | 'POST', url: string, payload?: object, idempotencyKey?: string): Promise<T> {
    const response = await server.app.inject({
      method,
      url,
      headers: { ...headers, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
      ...(payload === undefined ? {} : { payload }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return (response.statusCode === 204 ? null : response.json()) as T;
  }

  async function organisationId(headers: Headers, kind: string, code: string): Promise<string> {
    const { items } = await call<{ items: Array<{ id: string; code: string }> }>(headers, 'GET', `/api/v1/organisations?kind=${kind}`);
    const found = items.find((o) => o.code === code);
    if (found === undefined) throw new Error(`no organisation ${code}`);
    return found.id;
  }

  async function runRelay(): Promise<void> {
    const relay = createRelay({ db: server.services.database.db, send: server.services.transport(createWebhookSender({ timeoutMs: 2000 })), now: clock.now, options: { maxAttempts: 1 } });
    for (let i = 0; i < 20; i += 1) if ((await relay.runOnce()).claimed === 0) break;
  }

  async function publicPickup(unitCode: string, name: string): Promise<string> {
    const from = new Date(clock.now().getTime() + 2 * 3_600_000);
    const to = new Date(from.getTime() + 2 * 3_600_000);
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pickups',
      payload: { procedureCode: '1.001193', serviceForm: 'both', applicant: { name, phone: '0912345678' }, address: '25 đường Hùng Vương, khu phố 2', unitCode, window: { from: from.toISOString(), to: to.toISOString() } },
    });
    if (response.statusCode !== 201) throw new Error(`pickup: ${response.statusCode} ${response.body}`);
    return (response.json() as { pickup: { reference: string } }).pickup.reference;
  }

  async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Điều phối bưu chính' }).waitFor();
  }

  const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Công việc của kiểm soát viên' }).getByRole('link', { name, exact: true }).click();
  const card = (page: Page, title: string) => page.locator('li').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

  before(async () => {
    server = await startWebServer({ PHONE_VERIFICATION: 'off' }, { clock });
    browser = await launchBrowser();

    // Ten days ago: an item taken in and never handed over (overdue), and a result whose
    // delivery failed twice, the second time three days later.
    let postman = await login('buuta');
    const admin = await login('quantri');
    const { items } = await call<{ items: ChecklistItem[] }>(postman, 'GET', '/api/v1/postal/checklists/1.001193');
    overdueItem = (await call<{ itemNumber: string }>(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items), key('sv-overdue'))).itemNumber;
    failedItem = (await call<{ itemNumber: string }>(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items), key('sv-failed'))).itemNumber;
    const { key: partnerKey } = await call<{ key: string }>(admin, 'POST', '/api/v1/admin/api-keys', { name: 'desk of Trấn Biên', organisationId: await organisationId(admin, 'public_service_centre', DESK), scopes: ['events:write'] });
    const partner = (payload: object) => server.app.inject({ method: 'POST', url: '/api/v1/exchange/events', headers: { authorization: `Bearer ${partnerKey}`, 'idempotency-key': key('sv-partner') }, payload });
    const manifest = await call<{ id: string }>(postman, 'POST', '/api/v1/postal/manifests', { toOrganisationCode: DESK, itemNumbers: [failedItem], signatureSender: SIGNATURE }, key('sv-manifest-old'));
    const { account: postmanAccount } = await call<{ account: { id: string } }>(postman, 'GET', '/api/v1/auth/session');
    const signedAt = clock.now().toISOString();
    const dossierCode = '000.01.21.H19-260302-0901';
    for (const payload of [
      { type: 'manifest.acknowledged', occurredAt: signedAt, data: { manifestId: manifest.id, signedAt, received: [failedItem], missing: [], extra: [], damaged: [] } },
      { type: 'dossier.registered', occurredAt: signedAt, dossierCode, itemNumber: failedItem, data: { filedAt: signedAt, dueAt: signedAt, agency: { code: DESK, name: 'desk' }, procedureCode: '1.001193' } },
      { type: 'result.handed-to-post', occurredAt: signedAt, dossierCode, data: { manifestId: 'KQ-OLD-01', resultItemNumber: failedItem, carrierId: postmanAccount.id } },
    ]) {
      const answer = await partner(payload);
      assert.equal(answer.statusCode, 201, answer.body);
    }
    await call(postman, 'POST', `/api/v1/postal/items/${failedItem}/scans`, { to: 'out-for-delivery' }, key('sv-out-1'));
    await call(postman, 'POST', `/api/v1/postal/items/${failedItem}/delivery-attempts`, { reason: 'nobody-home' }, key('sv-fail-1'));
    offset = -6 * DAY_MS;
    postman = await login('buuta');
    await call(postman, 'POST', `/api/v1/postal/items/${failedItem}/scans`, { to: 'out-for-delivery' }, key('sv-out-2'));
    await call(postman, 'POST', `/api/v1/postal/items/${failedItem}/delivery-attempts`, { reason: 'wrong-address' }, key('sv-fail-2'));

    // Today.
    offset = 0;
    postman = await login('buuta');
    const supervisor = await login('kiemsoat');
    const quantri = await login('quantri');
    // Two receivers that do not answer: one of the provincial post, one of the province's committee.
    await call(supervisor, 'POST', '/api/v1/admin/webhooks', { name: OWN_HOOK, organisationId: await organisationId(supervisor, 'postal_operator', 'P75-BD'), url: 'http://127.0.0.1:9/hook', eventTypes: ['pickup.requested'], allowPrivateNetwork: true });
    await call(quantri, 'POST', '/api/v1/admin/webhooks', { name: OTHER_HOOK, organisationId: await organisationId(quantri, 'people_committee', 'P75-UBND'), url: 'http://127.0.0.1:9/hook', eventTypes: ['pickup.requested'], allowPrivateNetwork: true });
    // Pickups booked on the public site in two communes, served by two post offices.
    pickupA = await publicPickup(COMMUNE_A, 'Trần Văn Bình');
    pickupB = await publicPickup(COMMUNE_B, 'Lê Thị Cúc');
    await runRelay();
    const dead = await call<{ items: Array<{ id: number; subscriptionName: string }> }>(supervisor, 'GET', '/api/v1/admin/outbox?status=dead');
    ownDeadIds = dead.items.filter((e) => e.subscriptionName === OWN_HOOK).map((e) => e.id);
    assert.equal(ownDeadIds.length, 2, JSON.stringify(dead.items));
    // An item taken in today and scanned in at the office: ready for a handover record.
    readyItem = (await call<{ itemNumber: string }>(postman, 'POST', '/api/v1/postal/intakes', intakeBody(items, { fees: { amount: 10_000, method: 'cash' } }), key('sv-ready'))).itemNumber;
    await call(postman, 'POST', `/api/v1/postal/items/${readyItem}/scans`, { to: 'at-post-office' }, key('sv-ready-scan'));
    // A supervisor of the ward's own post office, for the scope check.
    await call(quantri, 'POST', '/api/v1/admin/accounts', { username: 'test-kiemsoat-tb', displayName: 'Kiểm soát viên Trấn Biên (thử nghiệm)', password: TEST_PASSWORD, role: 'postal_supervisor', organisationId: await organisationId(quantri, 'post_office', OFFICE) });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the front page lists the pickups waiting, with no serious accessibility finding', async () => {
    const { page } = browser;
    await signIn(page, 'kiemsoat');
    await page.getByText(/^Các việc chờ xử lý của Bưu điện /).waitFor();
    await card(page, pickupA).waitFor();
    await card(page, pickupB).waitFor();
    await page.getByRole('link', { name: '1 bưu gửi sẵn sàng bàn giao' }).waitFor();
    await page.getByRole('link', { name: '2 sự kiện dừng gửi' }).waitFor();
    await card(page, pickupA).getByRole('option', { name: 'Nguyễn Văn Bưu (demo)' }).waitFor({ state: 'attached' });
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'supervisor-front');
  });

  test('assigns a pickup to the postman chosen; where the office has no postman, says so beside the field', async () => {
    const { page } = browser;
    const cardA = card(page, pickupA);
    await cardA.getByLabel('Bưu tá').selectOption({ label: 'Nguyễn Văn Bưu (demo)' });
    await cardA.getByRole('button', { name: 'Giao việc' }).click();
    await page.getByRole('status').filter({ hasText: `Đã giao yêu cầu ${pickupA} cho Nguyễn Văn Bưu (demo).` }).waitFor();
    const postman = await login('buuta');
    const assigned = await call<{ items: Array<{ reference: string }> }>(postman, 'GET', '/api/v1/postal/pickups?status=assigned');
    assert.deepEqual(assigned.items.map((p) => p.reference), [pickupA], 'assigned to the demo postman');
    // Now among the assigned, to reassign if needed.
    await page.getByRole('region', { name: 'Đã giao, chờ bưu tá đến nhận' }).getByRole('heading', { name: pickupA }).waitFor();

    const cardB = page.getByRole('region', { name: 'Yêu cầu thu gom chờ giao bưu tá' }).locator('li').filter({ has: page.getByRole('heading', { name: pickupB, exact: true }) });
    await cardB.getByRole('button', { name: 'Giao việc' }).click();
    await cardB.getByText('bưu cục chưa có bưu tá nào').waitFor();
    assert.equal(await cardB.getByLabel('Bưu tá').getAttribute('aria-invalid'), 'true');
    await saveScreenshot(page, 'supervisor-pickups-assigned');
  });

  test('draws up a handover record for the item at the office, signed, after a confirmation; the PDF follows', async () => {
    const { page } = browser;
    await nav(page, 'Bàn giao');
    await page.getByRole('heading', { level: 1, name: 'Lập biên bản giao nhận' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: /Trung tâm Phục vụ hành chính công Phường Trấn Biên \(1 bưu gửi\)/ }).isChecked(), true);
    const checkbox = page.getByRole('checkbox', { name: new RegExp(readyItem) });
    assert.equal(await checkbox.isChecked(), true);
    await page.getByText('Đã chọn 1 bưu gửi; phí, lệ phí thu hộ nộp kèm: 10.000 đ.').waitFor();

    // Unsigned: refused beside the signature box, nothing sent.
    await page.getByRole('button', { name: 'Lập và gửi biên bản' }).click();
    await page.getByText('Hãy ký vào khung trước khi gửi.').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);

    // Signed with the mouse.
    const box = await page.getByRole('img', { name: /Khung ký/ }).boundingBox();
    assert.ok(box !== null);
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 12; i += 1) await page.mouse.move(box.x + box.width * (0.1 + i * 0.05), box.y + box.height * (0.6 + (i % 2 === 0 ? -0.2 : 0.1)));
    await page.mouse.up();
    await page.getByText('Đã ký.').waitFor();
    await saveScreenshot(page, 'supervisor-handover');

    // Declining the confirmation sends nothing; accepting sends the record.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Lập và gửi biên bản' }).click();
    const supervisor = await login('kiemsoat');
    assert.deepEqual((await call<{ items: unknown[] }>(supervisor, 'GET', '/api/v1/postal/manifests?status=sent')).items, []);
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Lập và gửi biên bản' }).click();
    await page.getByRole('heading', { level: 1, name: /^Biên bản BB-/ }).waitFor();
    assert.match(question, /^Lập biên bản giao 1 bưu gửi cho Trung tâm Phục vụ hành chính công Phường Trấn Biên\?/);
    await page.getByRole('status').filter({ hasText: 'Đã gửi biên bản.' }).waitFor();
    await page.getByText('10.000 đ').first().waitFor();
    const item = await call<{ state: string }>(supervisor, 'GET', `/api/v1/postal/items/${readyItem}`);
    assert.equal(item.state, 'out-for-handover');
    const href = await page.getByRole('link', { name: 'Tải biên bản (PDF)' }).getAttribute('href');
    assert.ok(href !== null);
    const pdf = await page.request.get(`${server.baseUrl}${href}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
    await saveScreenshot(page, 'supervisor-manifest');

    // Back on the handover page: nothing left to send, the record waits for the desk's signature.
    await page.getByRole('link', { name: 'Về trang bàn giao' }).click();
    await page.getByText('Chưa có bưu gửi nào sẵn sàng bàn giao.', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Biên bản chờ Bộ phận Một cửa ký nhận' }).getByRole('link', { name: /^BB-/ }).waitFor();
  });

  test('lists the items overdue against J+n', async () => {
    const { page } = browser;
    await nav(page, 'Quá hạn J+n');
    await page.getByRole('heading', { level: 1, name: 'Bưu gửi quá hạn J+n' }).waitFor();
    await page.getByRole('heading', { name: new RegExp(`^${overdueItem} Trễ \\d+ ngày$`) }).waitFor();
    await page.getByText('Bưu tá đã nhận hồ sơ tại địa chỉ').first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'supervisor-overdue');
  });

  test('returns a result to its agency after two failed invitations, after a confirmation', async () => {
    const { page } = browser;
    await nav(page, 'Phát không thành công');
    await page.getByRole('heading', { level: 1, name: 'Phát kết quả không thành công' }).waitFor();
    const failed = card(page, failedItem);
    await failed.getByText('Sai địa chỉ, không tìm thấy người nhận', { exact: false }).waitFor();
    await failed.getByText('000.01.21.H19-260302-0901').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'supervisor-failed-deliveries');
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await failed.getByRole('button', { name: 'Hoàn trả về cơ quan' }).click();
    await page.getByRole('status').filter({ hasText: `Đã ghi nhận hoàn trả kết quả ${failedItem} về cơ quan.` }).waitFor();
    assert.match(question, new RegExp(`^Hoàn trả kết quả ${failedItem} về Trung tâm Phục vụ hành chính công Phường Trấn Biên\\?`));
    await page.getByRole('region', { name: 'Đã hoàn trả cơ quan (30 ngày qua)' }).getByRole('heading', { name: failedItem }).waitFor();
    const item = await call<{ state: string }>(await login('kiemsoat'), 'GET', `/api/v1/postal/items/${failedItem}`);
    assert.equal(item.state, 'returned-to-agency');
  });

  test('reads today’s reconciliation with its differences', async () => {
    const { page } = browser;
    await nav(page, 'Đối soát');
    await page.getByRole('heading', { level: 1, name: 'Đối soát trong ngày' }).waitFor();
    await page.getByRole('heading', { name: 'Biên bản chưa được ký nhận' }).waitFor();
    await page.getByRole('heading', { name: 'Phí thu hộ chưa nộp đủ' }).waitFor();
    await page.getByText(/Đã thu 10\.000 đ, đã nộp 0 đ, chênh lệch 10\.000 đ/).waitFor();
    await page.getByRole('link', { name: 'Xem biên bản' }).first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'supervisor-reconciliation');
    // Another day, typed in the field: kept in the address.
    await page.getByLabel('Ngày').fill('2026-01-05');
    await page.getByRole('button', { name: 'Đối soát', exact: true }).click();
    await page.getByRole('heading', { name: '05/01/2026' }).waitFor();
    await page.getByText('Không có chênh lệch.').waitFor();
    assert.equal(new URL(page.url()).search, '?ngay=2026-01-05');
  });

  test('sends a dead-lettered event again after a confirmation; another organisation’s are not shown', async () => {
    const { page } = browser;
    await nav(page, 'Sự kiện lỗi');
    await page.getByRole('heading', { level: 1, name: 'Sự kiện dừng gửi' }).waitFor();
    const replayButtons = page.getByRole('button', { name: `Gửi lại pickup.requested đến ${OWN_HOOK}` });
    await replayButtons.first().waitFor();
    assert.equal(await replayButtons.count(), 2);
    assert.equal(await page.getByText(OTHER_HOOK).count(), 0, 'the province committee’s receiver is not the post’s');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'supervisor-dead-events');

    page.once('dialog', (dialog) => void dialog.dismiss());
    await replayButtons.first().click();
    const supervisor = await login('kiemsoat');
    const stillDead = await call<{ items: Array<{ id: number }> }>(supervisor, 'GET', '/api/v1/admin/outbox?status=dead');
    assert.equal(stillDead.items.length, 2, 'declined: nothing replayed');

    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await replayButtons.first().click();
    await page.getByRole('status').filter({ hasText: 'Đã đưa sự kiện pickup.requested vào hàng gửi lại.' }).waitFor();
    assert.match(question, new RegExp(`^Gửi lại sự kiện pickup.requested đến ${OWN_HOOK}\\?`));
    await page.waitForFunction(() => document.querySelectorAll('.sv-card').length === 1);
    const pending = await call<{ items: Array<{ id: number }> }>(supervisor, 'GET', '/api/v1/admin/outbox?status=pending');
    assert.equal(pending.items.filter((e) => ownDeadIds.includes(e.id)).length, 1, 'the replayed entry is pending again');
  });

  test('reads the notices log', async () => {
    const { page } = browser;
    await nav(page, 'Thông báo');
    await page.getByRole('heading', { level: 1, name: 'Nhật ký thông báo cho công dân' }).waitFor();
    await page.getByRole('heading', { name: 'Xác nhận yêu cầu thu gom' }).first().waitFor();
    await page.getByText(pickupA).first().waitFor();
    await saveScreenshot(page, 'supervisor-notices');
    // Filtered: text messages only, then failed ones only (none).
    await page.getByLabel('Kênh').selectOption('sms');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForFunction(() => {
      const channels = [...document.querySelectorAll('.sv-card dd')].map((dd) => dd.textContent);
      return channels.includes('Tin nhắn SMS') && !channels.includes('Thư điện tử');
    });
    await page.getByLabel('Trạng thái').selectOption('failed');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.getByText('Không có thông báo nào.').waitFor();
  });

  test('the workspace is complete in English', async () => {
    const { page } = browser;
    await nav(page, 'Thu gom');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Postal dispatch' }).waitFor();
    await page.getByRole('heading', { name: 'Pickups waiting for a postman' }).waitFor();
    await page.getByRole('navigation', { name: 'Supervisor’s work' }).getByRole('link', { name: 'Handover', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Draw up a handover record' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Lập biên bản giao nhận' }).waitFor();
  });

  test('a supervisor of one ward’s post office sees its pickups, not another commune’s, and no other organisation’s events', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await signIn(page, 'test-kiemsoat-tb', TEST_PASSWORD);
    await page.getByRole('region', { name: 'Đã giao, chờ bưu tá đến nhận' }).getByRole('heading', { name: pickupA }).waitFor();
    await page.getByText('Không có yêu cầu nào chờ giao.').waitFor();
    assert.equal(await page.getByText(pickupB).count(), 0, 'the other commune’s pickup is not shown');
    await nav(page, 'Sự kiện lỗi');
    await page.getByText('Không có sự kiện nào bị dừng gửi.').waitFor();
    assert.equal(await page.getByText(OWN_HOOK).count(), 0);
  });
});
