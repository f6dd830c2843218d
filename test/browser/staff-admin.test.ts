/**
 * The province administrator's workspace, end to end through the UI as `quantri`: a procedure
 * is put on the post with the province's decision and seen on the public page; a sample file is
 * published and downloaded from the public page; a holiday is added; an API key is created
 * (shown once), works, and is revoked; the audit log shows all of it. A commune-level
 * administrator sees none of the province's keys or log; a desk officer gets their own
 * workspace and 403 from the admin APIs. axe on the front page; screenshots admin-*.png.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/admin/demo-data.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

/** Not offered by post in the national sample. */
const CODE = '2.000942';
const DECISION = 'Quyết định số 2345/QĐ-UBND ngày 20/11/2026 của UBND tỉnh Đồng Nai';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const LOCAL_ADMIN = { username: 'quantri-xa', password: 'mat-khau-xa-2026!' };

/** Today in Vietnam, and a day some weeks ahead, as YYYY-MM-DD. */
function vietnamDay(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.waitForURL(`${baseUrl}/can-bo`);
}

describe("the province administrator's workspace in the browser", () => {
  let server: WebServer;
  let browser: Browser;
  let createdKey = '';

  before(async () => {
    server = await startWebServer();
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    // Every confirmation the workspace asks (revoke a key…) is accepted, and its words kept.
    browser.page.on('dialog', (dialog) => void dialog.accept());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the administrator signs in and sees the sections; no serious accessibility finding', async () => {
    const { page } = browser;
    await signIn(page, server.baseUrl, 'quantri');
    await page.getByRole('heading', { level: 1, name: 'Quản trị hệ thống', exact: true }).waitFor();
    for (const section of ['Thủ tục hành chính', 'Bảng cước', 'Ngày nghỉ, lễ, Tết', 'Hệ thống đối tác', 'Tài khoản và vai trò', 'Nhật ký hệ thống']) {
      await page.getByRole('link', { name: new RegExp(`^${section}`) }).waitFor();
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'admin-front');
    // English is complete: the same screen in the other language.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration', exact: true }).waitFor();
    await page.getByRole('link', { name: /^Holidays and days off/ }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Quản trị hệ thống', exact: true }).waitFor();
    await page.setViewportSize(PHONE_VIEWPORT);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'admin-front-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('a procedure is put on the post with the decision and its date, and the public page says so', async () => {
    const { page } = browser;
    const since = vietnamDay(14);
    await page.getByRole('link', { name: /^Thủ tục hành chính/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính', exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill(CODE);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/\/can-bo\/thu-tuc\?q=2\.000942$/);
    await page.locator('a.admin-list__title').first().click();
    await page.waitForURL(`${server.baseUrl}/can-bo/thu-tuc/${CODE}`);
    await page.getByText('Hiện không nhận hồ sơ qua bưu điện.', { exact: true }).waitFor();

    // The rule is checked before anything is sent: the missing decision and date are named beside their fields.
    await page.getByRole('radio', { name: 'Có, theo quyết định của UBND tỉnh' }).check();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.field__error', { hasText: 'Hãy ghi số và trích yếu quyết định của tỉnh' }).waitFor();
    assert.equal(await page.getByLabel('Quyết định của UBND tỉnh', { exact: true }).getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Quyết định của UBND tỉnh', { exact: true }).fill(DECISION);
    await page.getByLabel('Ngày quyết định có hiệu lực').fill(since);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu. Trang công khai và danh mục đã cập nhật.' }).waitFor();
    await page.getByText('Hiện đang nhận hồ sơ qua bưu điện.', { exact: true }).waitFor();
    await saveScreenshot(page, 'admin-procedure');

    await page.getByRole('link', { name: 'Xem trang công khai của thủ tục' }).click();
    await page.waitForURL(`${server.baseUrl}/thu-tuc/${CODE}`);
    await page.getByText('Thủ tục này nhận hồ sơ qua dịch vụ bưu chính công ích', { exact: false }).waitFor();
    await page.getByText(DECISION, { exact: false }).waitFor();
  });

  test('a sample dossier set is published from the admin screen and downloaded from the public page', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/can-bo/thu-tuc/${CODE}`);
    await page.getByRole('heading', { level: 2, name: 'Bộ hồ sơ mẫu và biểu mẫu' }).waitFor();
    await page.getByText('Chưa có tệp nào được đăng cho thủ tục này.').waitFor();
    await page.getByLabel('Tiêu đề tiếng Việt').fill('Bộ hồ sơ mẫu cấp bản sao');
    await page.getByLabel('Tiêu đề tiếng Anh').fill('Sample dossier: certified copy');
    await page.getByLabel('Tệp', { exact: true }).setInputFiles({ name: 'ho-so-mau.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Đăng tệp', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đăng "Bộ hồ sơ mẫu cấp bản sao".' }).waitFor();
    await page.getByRole('link', { name: 'Tải về', exact: true }).waitFor();

    await page.goto(`${server.baseUrl}/thu-tuc/${CODE}`);
    const link = page.getByRole('link', { name: /Bộ hồ sơ mẫu cấp bản sao/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    assert.deepEqual(await readFile(path), PDF, 'the citizen downloads the bytes that were uploaded');
  });

  test('a holiday is added to next year and the public calendar counts it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/can-bo/lich-nghi?nam=2027`);
    await page.getByRole('heading', { level: 1, name: 'Ngày nghỉ, lễ, Tết 2027' }).waitFor();
    await page.getByText('Năm này chưa nhập lịch nghỉ chính thức nào.').waitFor();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Thêm vào danh sách' }) });
    await form.getByLabel('Ngày', { exact: true }).fill('2027-11-19');
    await form.getByLabel('Nhóm', { exact: true }).selectOption({ label: 'Ngày nghỉ khác' });
    await form.getByLabel('Tên tiếng Việt').fill('Nghỉ kỷ niệm thành lập tỉnh (thử)');
    await form.getByLabel('Tên tiếng Anh').fill('Province anniversary (trial)');
    await form.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await page.getByText('Có thay đổi chưa lưu.').waitFor();
    await page.getByRole('button', { name: 'Xoá ngày 19/11/2027' }).waitFor();

    // Saving without the deciding document is refused beside the field; nothing is lost.
    await page.getByRole('button', { name: 'Lưu lịch năm 2027' }).click();
    assert.equal(await page.getByLabel('Văn bản quyết định lịch nghỉ').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Văn bản quyết định lịch nghỉ').fill('Thông báo số 99/TB-UBND (thử)');
    await page.getByRole('button', { name: 'Lưu lịch năm 2027' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu lịch năm 2027.' }).waitFor();
    await page.getByRole('button', { name: 'Xoá ngày 19/11/2027' }).waitFor();
    await saveScreenshot(page, 'admin-calendar');

    const days = (await server.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2027' })).json() as { days: Array<{ date: string; kind: string }> };
    assert.ok(days.days.some((d) => d.date === '2027-11-19' && d.kind === 'holiday'));
  });

  test('an API key is created and shown once, works, and is revoked after a confirmation', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/can-bo/doi-tac`);
    await page.getByRole('heading', { level: 2, name: 'Khoá API' }).waitFor();
    await page.getByText('Demo partner one-stop system', { exact: true }).waitFor();
    await page.getByLabel('Tên hệ thống').first().fill('Phần mềm một cửa thử nghiệm');
    const keyForm = page.locator('form', { has: page.getByRole('button', { name: 'Tạo khoá', exact: true }) });
    const organisation = keyForm.getByLabel('Cơ quan, đơn vị');
    await organisation.selectOption((await organisation.locator('option', { hasText: /^P75-UBND — / }).getAttribute('value')) ?? '');
    await keyForm.getByRole('button', { name: 'Tạo khoá', exact: true }).click();
    const shown = page.getByRole('region', { name: 'Khoá API của "Phần mềm một cửa thử nghiệm":' });
    await shown.waitFor();
    createdKey = (await shown.locator('code').textContent()) ?? '';
    assert.match(createdKey, /^bcci_/);
    await saveScreenshot(page, 'admin-api-key');
    const works = await server.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: `Bearer ${createdKey}` } });
    assert.equal(works.statusCode, 200);

    await shown.getByRole('button', { name: 'Tôi đã cất giữ, ẩn đi' }).click();
    await shown.waitFor({ state: 'detached' });
    assert.equal(await page.getByText(createdKey).count(), 0, 'the key is gone from the page once stored');

    await page.getByRole('button', { name: 'Thu hồi: Phần mềm một cửa thử nghiệm' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thu hồi khoá "Phần mềm một cửa thử nghiệm".' }).waitFor();
    await page.getByText(/^Đã thu hồi lúc/).waitFor();
    const refused = await server.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: `Bearer ${createdKey}` } });
    assert.equal(refused.statusCode, 401);
  });

  test('a new tariff version is published from a copy of the table in force, after a confirmation', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/can-bo/bang-cuoc/moi`);
    await page.getByRole('heading', { level: 1, name: 'Bảng cước mới' }).waitFor();
    await page.getByText('Chép từ bảng sample-da-nang-2021.', { exact: false }).waitFor();
    const firstPrice = page.getByRole('group', { name: /^Cước nhận gửi hồ sơ — nội quận\/huyện/ }).getByLabel('Đến 100 g');
    assert.equal(await firstPrice.inputValue(), '26000');
    await firstPrice.fill('27.000');
    await page.getByLabel('Văn bản quyết định').fill('Quyết định số 88/QĐ-BĐĐN (thử)');
    // A price that is not a whole number of đồng is named beside its field before anything is sent.
    await page.getByLabel('Cước chuyển nộp lệ phí (đồng / hồ sơ)').fill('8000,5');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.locator('.field__error', { hasText: 'Phải là số nguyên đồng, không âm.' }).waitFor();
    await page.getByLabel('Cước chuyển nộp lệ phí (đồng / hồ sơ)').fill('8000');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Đã ban hành bảng bang-cuoc-.*Bảng sample-da-nang-2021 hết hiệu lực/ }).waitFor();
    const tomorrow = vietnamDay(1);
    const quote = (await server.app.inject({ method: 'GET', url: `/api/v1/tariffs/quote?direction=pickup&zone=intra-district&weightGrams=100&date=${tomorrow}` })).json() as { total: number };
    assert.equal(quote.total, 27_000, 'quotes from tomorrow use the new prices');
    await page.getByRole('link', { name: 'Bảng cước', exact: true }).click();
    await page.getByText('Sắp áp dụng', { exact: true }).waitFor();
    await saveScreenshot(page, 'admin-tariffs');
  });

  test('every other section opens without an error and without a serious accessibility finding', async () => {
    const { page } = browser;
    for (const [path, heading] of [
      ['/can-bo/don-vi', 'Đơn vị hành chính và cơ quan'],
      ['/can-bo/anh-xa-trang-thai', 'Ánh xạ trạng thái'],
      ['/can-bo/tai-khoan', 'Tài khoản và vai trò'],
      ['/can-bo/tap-huan', 'Tập huấn cán bộ'],
    ] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      await page.locator('[role="status"].muted', { hasText: 'Đang tải…' }).waitFor({ state: 'detached' });
      assert.equal(await page.locator('.alert p').count(), 0, `${path}: ${(await page.locator('.alert p').allTextContents()).join(' ')}`);
      assert.deepEqual(await seriousAccessibilityViolations(page), [], path);
      await saveScreenshot(page, `admin-${path.split('/').at(-1) ?? ''}`);
    }
  });

  test('the audit log shows each of these actions as done by the administrator', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/can-bo/nhat-ky`);
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    for (const action of ['Ghi quyết định nhận qua bưu điện', 'Đăng tệp của thủ tục', 'Lưu lịch nghỉ', 'Tạo khoá API', 'Thu hồi khoá API', 'Ban hành bảng cước']) {
      const entry = page.locator('li.admin-audit', { hasText: action }).first();
      await entry.waitFor();
      assert.match((await entry.textContent()) ?? '', /Tài khoản \(bạn\)/, action);
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'admin-audit');
  });

  test("a commune's administrator sees neither the province's keys nor its log", async () => {
    const admin = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'quantri', password: DEMO_PASSWORD } });
    const cookie = admin.cookies.find((c) => c.name === 'bcci_session');
    const organisations = (await server.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { cookie: `bcci_session=${cookie?.value ?? ''}` } })).json() as { items: Array<{ id: string; code: string }> };
    const commune = organisations.items.find((o) => o.code === 'X26041-TTPVHCC');
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/admin/accounts',
      headers: { cookie: `bcci_session=${cookie?.value ?? ''}`, 'x-csrf-token': (admin.json() as { csrfToken: string }).csrfToken },
      payload: { ...LOCAL_ADMIN, displayName: 'Quản trị phường (thử)', role: 'province_admin', organisationId: commune?.id },
    });
    assert.equal(created.statusCode, 201, created.body);

    const local = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = local;
      await signIn(page, server.baseUrl, LOCAL_ADMIN.username, LOCAL_ADMIN.password);
      await page.goto(`${server.baseUrl}/can-bo/doi-tac`);
      await page.getByText('Chưa có khoá API nào.', { exact: true }).waitFor();
      assert.equal(await page.getByText('Demo partner one-stop system').count(), 0);
      assert.equal(await page.getByText('Phần mềm một cửa thử nghiệm').count(), 0);
      await page.goto(`${server.baseUrl}/can-bo/nhat-ky`);
      await page.locator('li.admin-audit').first().waitFor();
      assert.equal(await page.locator('li.admin-audit', { hasText: 'Tạo khoá API' }).count(), 0, "the province's actions are outside the commune's log");
      // Another commune's staff: the server answers "not found", and the screen says so.
      const other = organisations.items.find((o) => o.code === 'X26068-TTPVHCC');
      await page.goto(`${server.baseUrl}/can-bo/tai-khoan?co-quan=${other?.id ?? ''}`);
      await page.getByRole('alert').filter({ hasText: 'Không tìm thấy hồ sơ này trong phạm vi của bạn' }).waitFor();
      assert.equal(await page.getByText('Hoàng Văn Cửa (demo)').count(), 0);
    } finally {
      await local.close();
    }
  });

  test('a desk officer opening /can-bo gets their own workspace, and the admin APIs answer 403', async () => {
    const desk = await launchBrowser();
    try {
      const { page } = desk;
      await signIn(page, server.baseUrl, 'motcua');
      await page.getByText('Cán bộ bộ phận một cửa', { exact: true }).waitFor();
      assert.equal(await page.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' }).count(), 0);
      await page.goto(`${server.baseUrl}/can-bo/doi-tac`);
      await page.getByText('Cán bộ bộ phận một cửa', { exact: true }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Khoá API' }).count(), 0);
      for (const url of ['/api/v1/admin/api-keys', '/api/v1/admin/audit', '/api/v1/admin/calendar/2027']) {
        const response = await page.request.get(`${server.baseUrl}${url}`);
        assert.equal(response.status(), 403, url);
      }
    } finally {
      await desk.close();
    }
  });
});
