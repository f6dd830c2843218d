/**
 * A one-stop desk officer signs in, sees who they are, and signs out; a wrong password is
 * explained without losing what was typed. Runs against the real server with the demo accounts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/admin/demo-data.js';
import { type Browser, launchBrowser } from './support/browser.js';
import { type WebServer, startWebServer } from './support/server.js';

describe('staff sign-in and sign-out in the browser', () => {
  let server: WebServer;
  let browser: Browser;

  before(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const path = () => new URL(browser.page.url()).pathname;

  test('a wrong password is explained in an alert, keeps the username, and the button is disabled while sending', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('motcua');
    await page.getByLabel('Mật khẩu').fill('khong-dung');

    // Hold the request until the disabled state has been seen; then let it through.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/auth/login', async (route) => {
      await held;
      await route.continue();
    });
    const submit = page.locator('form button[type="submit"]');
    await submit.click();
    await page.waitForFunction(() => document.querySelector('form button[type="submit"]')?.hasAttribute('disabled') === true);
    assert.equal(await submit.textContent(), 'Đang đăng nhập…');
    release();

    const alert = page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng' });
    await alert.waitFor();
    await page.unroute('**/api/v1/auth/login');
    assert.equal(await page.getByLabel('Tên đăng nhập').inputValue(), 'motcua');
    assert.equal(await submit.isDisabled(), false);
    assert.equal(path(), '/dang-nhap');
  });

  test('empty fields are named without asking the server', async () => {
    const { page } = browser;
    await page.getByLabel('Tên đăng nhập').fill('');
    await page.locator('form button[type="submit"]').click();
    await page.getByText('Hãy nhập tên đăng nhập.').waitFor();
    assert.equal(await page.getByLabel('Tên đăng nhập').getAttribute('aria-invalid'), 'true');
  });

  test('the demo desk officer signs in (Enter key) and sees their name and role in Vietnamese', async () => {
    const { page } = browser;
    await page.getByLabel('Tên đăng nhập').fill('motcua');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.waitForURL(`${server.baseUrl}/can-bo`);
    await page.getByText('Cán bộ bộ phận một cửa', { exact: true }).waitFor();
    await page.getByText('Trung tâm Phục vụ hành chính công Phường Trấn Biên', { exact: true }).waitFor();
    await page.getByText('Phạm Thị Một (demo)', { exact: true }).waitFor();
  });

  test('the role follows the language switch', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByText('One-stop desk officer', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByText('Cán bộ bộ phận một cửa', { exact: true }).waitFor();
  });

  test('the staff page survives a reload (the session cookie holds)', async () => {
    const { page } = browser;
    await page.reload();
    await page.getByText('Cán bộ bộ phận một cửa', { exact: true }).waitFor();
    assert.equal(path(), '/can-bo');
  });

  test('signing out returns to the home page, and the staff page then asks to sign in', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ và nhận kết quả thủ tục hành chính qua bưu điện', exact: true }).waitFor();
    assert.equal(path(), '/');
    await page.goto(`${server.baseUrl}/can-bo`);
    await page.waitForURL(`${server.baseUrl}/dang-nhap`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cán bộ', exact: true }).waitFor();
  });

  test('in English, the refusal comes from the server in English', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByLabel('Username').fill('motcua2');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
    assert.equal(await page.getByLabel('Username').inputValue(), 'motcua2');
  });
});
