/**
 * A citizen on a phone (360 × 740): books a pickup end to end — procedure, commune, address,
 * window, phone verified with the code the SMS gateway received — and tracks a registered
 * dossier by its dossier code and by its postal item number, with personal details only after
 * the last 4 digits of the phone. Each page is checked with axe-core and saved as a screenshot.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { type RegisteredDossier, registeredDossier } from './support/journey.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';
import { type SmsGateway, startSmsGateway } from './support/sms-gateway.js';

const COMMUNE = '26041';
const PHONE = '0987654321';

describe('booking a pickup and tracking a dossier, on a phone', () => {
  let sms: SmsGateway;
  let server: WebServer;
  let browser: Browser;
  let dossier: RegisteredDossier;
  const javascriptBytes = new Map<string, number>();

  before(async () => {
    sms = await startSmsGateway();
    server = await startWebServer({ SMS_GATEWAY_URL: sms.url, SMS_GATEWAY_TOKEN: sms.token });
    browser = await launchBrowser({ viewport: PHONE_VIEWPORT });
    dossier = await registeredDossier(server);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await sms?.close();
  });

  test('books a pickup for birth registration, phone verified by the code sent by SMS', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/dat-lich?thu-tuc=1.001193`);
    await page.getByRole('heading', { level: 1, name: 'Đặt lịch bưu tá đến nhận hồ sơ' }).waitFor();
    await page.getByText('Thủ tục đăng ký khai sinh', { exact: false }).first().waitFor();
    // What the postman will check comes from the catalogue's document list.
    await page.getByRole('heading', { name: 'Bưu tá sẽ mang theo và kiểm tra' }).waitFor();
    await page.getByText(/Giấy chứng sinh/).first().waitFor();
    await page.getByRole('row', { name: /Tổng cộng/ }).waitFor();

    await page.getByRole('searchbox', { name: 'Xã, phường' }).fill('');
    await page.getByRole('combobox', { name: 'Xã, phường' }).selectOption(COMMUNE);
    await page.getByLabel('Số nhà, đường, ấp hoặc khu phố').fill('25 đường Hùng Vương, khu phố 2');
    await page.getByRole('radio', { name: /Chiều 13:30–17:00/ }).first().check();
    await page.getByLabel('Họ và tên').fill('Trần Văn Bình');

    // Sending without a verified phone is refused beside the field, and nothing is sent.
    await page.getByLabel('Số điện thoại di động').fill(PHONE);
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByText('Hãy xác minh số điện thoại trước khi gửi yêu cầu.').waitFor();

    await page.getByRole('button', { name: 'Gửi mã xác minh' }).click();
    const code = await sms.codeFor(PHONE);
    await page.getByLabel('Mã xác minh').fill(code);
    await page.getByRole('button', { name: 'Xác minh', exact: true }).click();
    await page.getByText('Số điện thoại đã được xác minh.').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'booking-form');

    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã gửi yêu cầu' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/dat-lich/da-gui');
    const lead = (await page.locator('.lead').textContent()) ?? '';
    const reference = /là (\S+)\.$/.exec(lead)?.[1];
    assert.ok(reference !== undefined, lead);
    await page.getByText('Đã tiếp nhận yêu cầu').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'booking-done');

    // The request exists on the post's side, at the chosen commune, for the verified phone.
    const token = (await page.locator('.token').textContent()) ?? '';
    const followed = await server.app.inject({ method: 'GET', url: `/api/v1/pickups/${reference}`, headers: { 'x-pickup-token': token } });
    assert.equal(followed.statusCode, 200, followed.body);
    const pickup = followed.json() as { status: string; unitCode: string; procedureCode: string };
    assert.deepEqual([pickup.status, pickup.unitCode, pickup.procedureCode], ['requested', COMMUNE, '1.001193']);
  });

  test('tracks a dossier by its dossier code, personal details only after the last 4 digits', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/tra-cuu`);
    await page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor();
    await page.getByLabel('Mã hồ sơ hoặc số hiệu bưu gửi').fill(dossier.dossierCode.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.dossierCode}` }).waitFor();
    assert.equal(decodeURIComponent(new URL(page.url()).pathname), `/tra-cuu/${dossier.dossierCode}`);
    const timeline = page.getByRole('list', { name: 'Hành trình của hồ sơ' }).getByRole('listitem');
    await timeline.first().waitFor();
    const steps = await timeline.allTextContents();
    assert.ok(steps.length >= 3, steps.join('\n'));
    assert.ok(!(await page.content()).includes('Nguyễn Thị Hoà'), 'no name before the phone digits');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'tracking-by-dossier-code');

    await page.getByLabel('4 số cuối điện thoại').fill('0000');
    await page.getByRole('button', { name: 'Xem thông tin' }).click();
    await page.getByRole('alert').filter({ hasText: /./ }).waitFor();
    assert.ok(!(await page.content()).includes('Nguyễn Thị Hoà'));
    await page.getByLabel('4 số cuối điện thoại').fill(dossier.phone.slice(-4));
    await page.getByRole('button', { name: 'Xem thông tin' }).click();
    await page.getByText('Nguyễn Thị Hoà').waitFor();
    await saveScreenshot(page, 'tracking-personal');
  });

  test('tracks the same dossier by its postal item number, from the address in the QR code', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/tra-cuu/${dossier.itemNumber}`);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.itemNumber}` }).waitFor();
    await page.getByText(dossier.dossierCode).first().waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'tracking-by-item-number');
  });

  test('a wrong check digit is explained, not just refused', async () => {
    const { page } = browser;
    const wrong = `${dossier.itemNumber.slice(0, 10)}${String((Number(dossier.itemNumber[10]) + 1) % 10)}${dossier.itemNumber.slice(11)}`;
    await page.goto(`${server.baseUrl}/tra-cuu/${wrong}`);
    const alert = page.getByRole('alert').filter({ hasText: /./ });
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /kiểm tra|check/i);
  });

  test('the tracking page, opened from a QR code in a fresh browser, needs less than 100 KB of compressed JavaScript', async () => {
    const fresh = await launchBrowser({ viewport: PHONE_VIEWPORT });
    try {
      const pending: Promise<void>[] = [];
      fresh.page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') pending.push(request.sizes().then((sizes) => void javascriptBytes.set(request.url(), sizes.responseBodySize)));
      });
      await fresh.page.goto(`${server.baseUrl}/tra-cuu/${dossier.dossierCode}`);
      await fresh.page.getByRole('list', { name: 'Hành trình của hồ sơ' }).waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
        await saveScreenshot(fresh.page, 'tracking-fresh-failed');
        throw error;
      });
      await Promise.all(pending);
    } finally {
      await fresh.close();
    }
    const total = [...javascriptBytes.values()].reduce((sum, n) => sum + n, 0);
    assert.ok(javascriptBytes.size > 0);
    assert.ok(total < 100 * 1024, `${String(total)} bytes: ${JSON.stringify([...javascriptBytes])}`);
  });
});
