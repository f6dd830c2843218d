/**
 * The demo postman on a phone (360 × 740): today's round in route order, without another
 * office's pickups; an intake at the door from an assigned pickup (checklist ticked, both
 * signatures drawn with the mouse, the label number typed, fees paid by VietQR transfer) ending
 * on the slip; an intake made with no network, shown as waiting, sent when the network returns
 * — its first answer lost on the way — and arriving once; a result delivered with the card
 * checked against the one on file, a signature and a photo. axe and screenshots on each screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_S10_RANGE } from '../../src/admin/demo-data.js';
import { formatS10 } from '../../src/domain/postal-item/s10.js';
import { deliveryAttempts, postalItems } from '../../src/postal/postal.schema.js';
import { KHAI_SINH, SIGNATURE } from '../postal/support.js';
import { type Headers, resultInPostmansHands, staffCall, staffLogin } from '../postal/round-support.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

const COMMUNE = '26041';
const OTHER_COMMUNE = '26068';
const label = (n: number) => formatS10(DEMO_S10_RANGE.prefix, DEMO_S10_RANGE.firstSerial + 5_000_000 + n, DEMO_S10_RANGE.country);

describe('the postman on a phone', () => {
  let server: WebServer;
  let browser: Browser;
  let supervisor: Headers;
  const pickups: Record<'door' | 'offline' | 'elsewhere', { id: string }> = { door: { id: '' }, offline: { id: '' }, elsewhere: { id: '' } };
  let result: { itemNumber: string };

  /** A pickup booked on the public site (phone verification off for the test server). */
  async function publicPickup(unitCode: string, address: string, name: string, phone: string): Promise<{ id: string }> {
    const now = Date.now();
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/pickups',
      payload: { procedureCode: KHAI_SINH, serviceForm: 'both', applicant: { name, phone }, address, unitCode, window: { from: new Date(now + 60_000).toISOString(), to: new Date(now + 3 * 3_600_000).toISOString() } },
    });
    assert.equal(response.statusCode, 201, response.body);
    return { id: (response.json() as { pickup: { id: string } }).pickup.id };
  }

  before(async () => {
    server = await startWebServer({ PHONE_VERIFICATION: 'off', VIETQR_BANK_BIN: '970436', VIETQR_ACCOUNT_NUMBER: '0011001234567' });
    supervisor = await staffLogin(server, 'kiemsoat');
    pickups.door = await publicPickup(COMMUNE, '40 Đường Phan Chu Trinh, khu phố 1', 'Lê Thị Mai', '0913000001');
    pickups.offline = await publicPickup(COMMUNE, '3 Đường Cách Mạng Tháng Tám', 'Đỗ Văn Nam', '0913000002');
    pickups.elsewhere = await publicPickup(OTHER_COMMUNE, '9 Đường Xa Lạ', 'Người Phường Khác', '0913000003');
    await staffCall(server, supervisor, 'POST', `/api/v1/postal/pickups/${pickups.door.id}/assign`, {});
    await staffCall(server, supervisor, 'POST', `/api/v1/postal/pickups/${pickups.offline.id}/assign`, {});
    const postman = await staffLogin(server, 'buuta');
    const { account } = (await staffCall(server, postman, 'GET', '/api/v1/auth/session')) as { account: { id: string } };
    result = await resultInPostmansHands(server, account.id, { name: 'Phan Văn Kết', idNumber: '075190009876', address: '7 Đường Hà Huy Giáp' });
    browser = await launchBrowser({ viewport: PHONE_VIEWPORT });
    // Confirmations (take in, deliver) are accepted as the postman would.
    browser.page.on('dialog', (dialog) => void dialog.accept());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const db = () => server.services.database.db;

  async function sign(page: Page, name: RegExp): Promise<void> {
    const pad = page.getByRole('img', { name });
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    assert.ok(box !== null);
    await page.mouse.move(box.x + 20, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + 90, box.y + 70, { steps: 6 });
    await page.mouse.move(box.x + 160, box.y + 25, { steps: 6 });
    await page.mouse.up();
    await page.getByText(/Đã ký/).first().waitFor();
  }

  async function fillIntake(page: Page, itemNumber: string): Promise<void> {
    await page.getByRole('group', { name: /Giấy chứng sinh/ }).getByRole('radio', { name: 'Có' }).check();
    await sign(page, /^Chữ ký của công dân/);
    await sign(page, /^Chữ ký của bạn/);
    await page.getByLabel('Số hiệu trên nhãn dán').fill(itemNumber.toLowerCase());
  }

  test("signs in and sees today's round in route order, with counts, and no other office's pickup", async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('buuta');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Việc hôm nay' }).waitFor();
    await page.getByText('2 lượt thu gom · 1 kết quả cần phát').waitFor();
    // One ward, three stops in street order: Cách Mạng Tháng Tám, Hà Huy Giáp, Phan Chu Trinh.
    const addresses = await page.locator('.stop__address').allTextContents();
    assert.deepEqual(addresses, ['3 Đường Cách Mạng Tháng Tám', '7 Đường Hà Huy Giáp', '40 Đường Phan Chu Trinh, khu phố 1']);
    assert.equal(await page.getByText('Người Phường Khác').count(), 0, "another office's pickup is not shown");
    assert.equal(await page.getByText('9 Đường Xa Lạ').count(), 0);
    await page.getByText('Không có thao tác nào chờ gửi.').waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'postman-round');
    // English is complete, and the language follows the switch.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: "Today's round" }).waitFor();
    await page.getByText('2 pickups · 1 result to deliver').waitFor();
    await page.getByText('Nothing is waiting to send.').waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc hôm nay' }).waitFor();
  });

  test("another office's pickup cannot be opened by its id either", async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/can-bo/nhan-ho-so/${pickups.elsewhere.id}`);
    await page.getByText('Yêu cầu thu gom này không có trong danh sách của bạn').waitFor();
    assert.equal(await page.getByText('Người Phường Khác').count(), 0);
    await page.goto(`${server.baseUrl}/can-bo`);
    await page.getByRole('heading', { level: 1, name: 'Việc hôm nay' }).waitFor();
  });

  test('takes a dossier in at the door: checklist, fees by transfer, signatures, label number → slip and VietQR', async () => {
    const { page } = browser;
    const stop = page.locator('.stop', { hasText: '40 Đường Phan Chu Trinh' });
    await stop.getByRole('link', { name: 'Nhận hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhận hồ sơ theo yêu cầu thu gom' }).waitFor();
    assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Lê Thị Mai', 'prefilled from the pickup');
    await page.getByRole('group', { name: /Giấy chứng sinh/ }).waitFor();
    await page.getByRole('row', { name: /Tổng cộng/ }).waitFor();

    // Sent incomplete, the form names what is missing beside the fields, without asking the server.
    await page.getByRole('button', { name: 'Nhận hồ sơ', exact: true }).click();
    await page.getByText('Còn 1 giấy tờ bắt buộc chưa đánh dấu có hay thiếu.').first().waitFor();
    await page.getByText('Cần chữ ký trong khung.').first().waitFor();

    await fillIntake(page, label(1));
    await page.getByLabel('Thu hộ phí, lệ phí thủ tục').check();
    await page.getByLabel('Số tiền thu hộ (đồng)').fill('8.000');
    await page.getByRole('radio', { name: 'Chuyển khoản (mã VietQR)' }).check();
    // Leaving the number field shows it back in its canonical form.
    await page.getByLabel('Số hiệu trên nhãn dán').blur();
    assert.equal(await page.getByLabel('Số hiệu trên nhãn dán').inputValue(), label(1));
    await page.getByText('Máy này không đọc được mã vạch bằng camera').waitFor();
    await saveScreenshot(page, 'postman-intake-form');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);

    await page.getByRole('button', { name: 'Nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã nhận hồ sơ' }).waitFor();
    await page.getByText(label(1)).first().waitFor();
    await page.getByRole('img', { name: /Mã VietQR chuyển khoản/ }).waitFor();
    const slip = page.getByRole('link', { name: 'Phiếu gửi (PDF)' });
    const href = await slip.getAttribute('href');
    assert.equal(href, `/api/v1/postal/items/${label(1)}/slip.pdf`);
    const pdf = await page.request.get(`${server.baseUrl}${href ?? ''}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'postman-slip');

    const [item] = await db().select().from(postalItems).where(eq(postalItems.itemNumber, label(1)));
    assert.equal(item?.state, 'collected');
    assert.equal(item?.pickupId, pickups.door.id);
    assert.equal(item?.feesCollected, 8_000);
    assert.match(item?.signatureCitizen ?? '', /^data:image\/png;base64,/);
  });

  test('an intake made with no network waits on the phone, is sent when the network returns, and arrives once', async () => {
    const { page, context } = browser;
    await page.getByRole('link', { name: 'Về việc hôm nay' }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc hôm nay' }).waitFor();
    await page.locator('.stop', { hasText: '3 Đường Cách Mạng Tháng Tám' }).getByRole('link', { name: 'Nhận hồ sơ' }).click();
    await page.getByRole('group', { name: /Giấy chứng sinh/ }).waitFor();
    await page.getByRole('row', { name: /Tổng cộng/ }).waitFor();

    await context.setOffline(true);
    await fillIntake(page, label(2));
    await page.getByRole('button', { name: 'Nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Đã lưu trên máy, chờ gửi' }).waitFor();
    await page.getByText('1 thao tác chờ gửi').first().waitFor();
    await page.getByText(/Đang mất mạng/).first().waitFor();
    await saveScreenshot(page, 'postman-offline-queued');
    assert.equal((await db().select().from(postalItems).where(eq(postalItems.itemNumber, label(2)))).length, 0, 'nothing reached the server');

    // Back online, the first send reaches the server but its answer is lost on the way back.
    let lost = 0;
    let answerLost: () => void = () => undefined;
    const firstSend = new Promise<void>((resolve) => (answerLost = resolve));
    await page.route('**/api/v1/postal/intakes', async (route) => {
      if (lost === 0) {
        lost += 1;
        await route.fetch();
        await route.abort('connectionreset');
        answerLost();
      } else await route.continue();
    });
    await context.setOffline(false);
    await page.waitForFunction(() => navigator.onLine);
    await page.getByRole('link', { name: 'Về việc hôm nay' }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc hôm nay' }).waitFor();
    await Promise.race([firstSend, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    assert.equal(lost, 1, 'the first send went out when the network returned');
    assert.equal((await db().select().from(postalItems).where(eq(postalItems.itemNumber, label(2)))).length, 1, 'the server took it in although the phone never heard');
    await page.getByText('1 thao tác chờ gửi').first().waitFor();

    // Sent again with the same key: the server answers the first response.
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await page.getByText('Không có thao tác nào chờ gửi.').waitFor();
    await page.unroute('**/api/v1/postal/intakes');
    await page.getByText('Đã gửi gần đây').click();
    await page.locator('.outbox__sent').getByText(label(2)).waitFor();

    const items = await db().select({ n: count() }).from(postalItems).where(eq(postalItems.pickupId, pickups.offline.id));
    assert.equal(items[0]?.n, 1, 'one item for the pickup');
    // The round no longer lists the pickups taken in.
    await page.getByText('0 lượt thu gom · 1 kết quả cần phát').waitFor();
  });

  test('a queued intake the server refuses stays on the phone with the reason, is corrected and sent', async () => {
    const { page, context } = browser;
    await page.getByRole('link', { name: 'Nhận hồ sơ không có lịch hẹn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhận hồ sơ' }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
    await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh 1\.001193$/ }).click();
    await page.getByRole('group', { name: /Giấy chứng sinh/ }).waitFor();
    await page.getByRole('row', { name: /Tổng cộng/ }).waitFor();
    await page.getByLabel('Họ và tên').fill('Hồ Thị Thu');
    await page.getByLabel('Số điện thoại').fill('0977000123');
    await page.getByLabel('Xã, phường').selectOption(COMMUNE);
    await page.getByLabel('Số nhà, đường, ấp hoặc khu phố').fill('5 Đường Võ Thị Sáu');
    await context.setOffline(true);
    // The label of the first intake, by mistake: the server will refuse it.
    await fillIntake(page, label(1));
    await page.getByRole('button', { name: 'Nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Đã lưu trên máy, chờ gửi' }).waitFor();
    await context.setOffline(false);
    await page.getByRole('link', { name: 'Về việc hôm nay' }).click();
    const refused = page.locator('.outbox__entry--refused');
    await refused.getByText(/đã được dùng trong 12 tháng qua/).waitFor();
    await saveScreenshot(page, 'postman-outbox-refused');

    await refused.getByRole('link', { name: 'Sửa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sửa hồ sơ bị từ chối' }).waitFor();
    assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Hồ Thị Thu', 'nothing to type again');
    await page.getByText('số hiệu đã được dùng').waitFor();
    await page.getByLabel('Số hiệu trên nhãn dán').fill(label(3));
    await page.getByRole('button', { name: 'Nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã nhận hồ sơ' }).waitFor();
    await page.getByText(label(3)).first().waitFor();
    const [item] = await db().select().from(postalItems).where(eq(postalItems.itemNumber, label(3)));
    assert.equal(item?.applicantName, 'Hồ Thị Thu');
    await page.getByRole('link', { name: 'Về việc hôm nay' }).click();
    await page.getByText('Không có thao tác nào chờ gửi.').waitFor();
    assert.equal(await page.locator('.outbox__entry--refused').count(), 0);
  });

  test('delivers a result: the card is checked against the one on file, signature and photo', async () => {
    const { page } = browser;
    await page.locator('.stop', { hasText: result.itemNumber }).getByRole('link', { name: 'Phát' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phát kết quả' }).waitFor();
    await page.getByText('Giấy tờ khai khi nộp: số kết thúc bằng 9876').waitFor();

    await page.getByLabel('Số giấy tờ').fill('075190001111');
    await sign(page, /^Chữ ký người nhận/);
    await page.getByRole('button', { name: 'Ghi nhận đã phát' }).click();
    await page.getByText(/Không khớp với giấy tờ khai khi nộp/).waitFor();

    await page.getByLabel('Số giấy tờ').fill('0751 9000 9876');
    await page.getByLabel('Ảnh khi giao (không bắt buộc)').setInputFiles({ name: 'giao.png', mimeType: 'image/png', buffer: Buffer.from(SIGNATURE.split(',')[1] ?? '', 'base64') });
    await page.getByRole('img', { name: 'Ảnh đã chụp' }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'postman-delivery');
    await page.getByRole('button', { name: 'Ghi nhận đã phát' }).click();
    await page.getByText(`Đã ghi nhận phát ${result.itemNumber}.`).waitFor();

    const [item] = await db().select().from(postalItems).where(eq(postalItems.itemNumber, result.itemNumber));
    assert.equal(item?.state, 'delivered');
    const [delivery] = await db().select().from(deliveryAttempts).where(and(eq(deliveryAttempts.itemNumber, result.itemNumber), eq(deliveryAttempts.outcome, 'delivered')));
    assert.equal(delivery?.identityNumberMasked, '••••••••9876');
    assert.match(delivery?.photo ?? '', /^data:image\/jpeg;base64,/);
    assert.match(delivery?.signature ?? '', /^data:image\/png;base64,/);
  });
});
