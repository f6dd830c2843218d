/**
 * The public home page on a phone (360 × 740): Vietnamese by default, English on request, the
 * choice remembered, nothing fetched from anywhere but our own server, no serious accessibility
 * finding. A picture of the page (home.png) is kept for a human to look at (support/screenshots.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

const VI_TITLE = 'Nộp hồ sơ và nhận kết quả thủ tục hành chính qua bưu điện';
const EN_TITLE = 'Hand in your dossier and receive the result by post';

describe('the public home page on a phone', () => {
  let server: WebServer;
  let browser: Browser;
  const requested: string[] = [];

  before(async () => {
    server = await startWebServer();
    browser = await launchBrowser({ viewport: PHONE_VIEWPORT });
    browser.page.on('request', (request) => requested.push(request.url()));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('is in Vietnamese by default, with the service explained and <html lang="vi">', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: VI_TITLE, exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.equal(await page.title(), `${VI_TITLE} · Hồ sơ qua bưu điện`);
    for (const form of ['Gửi hồ sơ qua bưu điện', 'Nhận kết quả qua bưu điện', 'Cả gửi hồ sơ và nhận kết quả']) {
      assert.equal(await page.getByRole('heading', { level: 3, name: form, exact: true }).count(), 1, form);
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'home');
  });

  test('has one banner, navigation, main and footer landmark, and the footer links to the API reference', async () => {
    const { page } = browser;
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
      assert.equal(await page.getByRole(role).count(), 1, role);
    }
    const docs = page.getByRole('contentinfo').getByRole('link');
    assert.equal(await docs.getAttribute('href'), '/api/docs');
    assert.match((await page.getByRole('contentinfo').textContent()) ?? '', /Dữ liệu mẫu: đơn vị hành chính theo Tổng cục Thống kê/);
  });

  test('fits a 360 px screen without sideways scrolling', async () => {
    const width = await browser.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE_VIEWPORT.width, `page is ${width}px wide`);
  });

  test('switching to English shows the English heading and sets <html lang="en">', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: EN_TITLE, exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed'), 'true');
  });

  test('the language choice survives a reload, and Vietnamese can be chosen again', async () => {
    const { page } = browser;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: EN_TITLE, exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: VI_TITLE, exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  });

  test('an unknown address shows the not-found page with a way home', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/khong-co-trang-nay`);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang', exact: true }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Về trang chủ' }).click();
    await page.getByRole('heading', { level: 1, name: VI_TITLE, exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
  });

  test('nothing was fetched from any other site (no CDN, no external fonts)', () => {
    assert.ok(requested.length > 0);
    const foreign = requested.filter((url) => !url.startsWith(`${server.baseUrl}/`) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
  });
});
