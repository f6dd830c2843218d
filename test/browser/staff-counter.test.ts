/**
 * The demo counter clerk at a post office (a desktop screen and a barcode scanner that types
 * and presses Enter): a walk-in intake whose label is scanned last, Enter submitting the form,
 * ending on the receipt; items scanned into the office one after another with the field kept
 * ready, a repeated scan refused with the reason; the office's pickups without another office's.
 * axe and screenshots on each screen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_S10_RANGE } from '../../src/admin/demo-data.js';
import { formatS10 } from '../../src/domain/postal-item/s10.js';
import { postalItems } from '../../src/postal/postal.schema.js';
import { type ChecklistItem, KHAI_SINH, intakeBody, key } from '../postal/support.js';
import { hotlinePickup, resultInPostmansHands, staffCall, staffLogin } from '../postal/round-support.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

const label = (n: number) => formatS10(DEMO_S10_RANGE.prefix, DEMO_S10_RANGE.firstSerial + 6_000_000 + n, DEMO_S10_RANGE.country);

describe('the counter clerk with a barcode scanner', () => {
  let server: WebServer;
  let browser: Browser;
  let collected: string;
  let waiting: string;

  before(async () => {
    server = await startWebServer();
    const clerk = await staffLogin(server, 'giaodichvien');
    await hotlinePickup(server, clerk, { unitCode: '26041', address: '15 Đường Nguyễn Văn Trị', name: 'Trương Thị Lan', phone: '0913000011' });
    await hotlinePickup(server, clerk, { unitCode: '26068', address: '9 Đường Xa Lạ', name: 'Người Phường Khác', phone: '0913000012' });
    // A dossier the postman collected at a door, brought back to the office.
    const postman = await staffLogin(server, 'buuta');
    const { items } = (await staffCall(server, postman, 'GET', `/api/v1/postal/checklists/${KHAI_SINH}`)) as { items: ChecklistItem[] };
    collected = ((await staffCall(server, postman, 'POST', '/api/v1/postal/intakes', intakeBody(items), key('counter-collected'))) as { itemNumber: string }).itemNumber;
    // A result the postman brought back to the office, where its recipient comes for it.
    const { account } = (await staffCall(server, postman, 'GET', '/api/v1/auth/session')) as { account: { id: string } };
    waiting = (await resultInPostmansHands(server, account.id, { name: 'Đinh Văn Hậu', idNumber: '075190005555' })).itemNumber;
    await staffCall(server, postman, 'POST', `/api/v1/postal/items/${waiting}/scans`, { to: 'result-at-post-office' }, key('counter-back'));
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
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
    await page.mouse.move(box.x + 30, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 90, { steps: 6 });
    await page.mouse.move(box.x + 220, box.y + 30, { steps: 6 });
    await page.mouse.up();
  }

  test("signs in to the counter: the office's pickups, not another office's", async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('giaodichvien');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quầy giao dịch' }).waitFor();
    await page.getByText('Trương Thị Lan').waitFor();
    await page.getByText(waiting).waitFor();
    assert.equal(await page.getByText('Người Phường Khác').count(), 0, "another office's pickup is not shown");
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'counter-home');
  });

  test('scans items into the office: Enter records each, the field stays ready, a repeat is refused', async () => {
    const { page } = browser;
    const field = page.getByRole('textbox', { name: 'Số hiệu bưu gửi' });
    await field.click();
    await page.keyboard.type(collected.toLowerCase());
    await page.keyboard.press('Enter');
    await page.locator('.scanner__line', { hasText: collected }).getByText('đã nhận về bưu cục').waitFor();
    assert.equal(await field.inputValue(), '');
    assert.equal(await field.evaluate((element) => element === document.activeElement), true, 'the field keeps the focus');
    await page.keyboard.type(collected);
    await page.keyboard.press('Enter');
    await page.locator('.scanner__line--refused', { hasText: collected }).getByText(/trùng/).waitFor();
    // A mistyped number is refused on the spot, with the right check digit named.
    await page.keyboard.type(`${collected.slice(0, 10)}${(Number(collected[10]) + 1) % 10}VN`);
    await page.keyboard.press('Enter');
    await page.getByText(/số kiểm tra/i).first().waitFor();
    const [item] = await db().select().from(postalItems).where(eq(postalItems.itemNumber, collected));
    assert.equal(item?.state, 'at-post-office');
    await field.fill('');
  });

  /** A walk-in at the counter: the procedure found by name, the applicant, the birth certificate marked, both signatures. */
  async function walkIn(page: Page, certificate: 'Có' | 'Thiếu'): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'Nhận hồ sơ' }).waitFor();
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
    await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh 1\.001193$/ }).click();
    await page.getByRole('group', { name: /Giấy chứng sinh/ }).waitFor();
    await page.getByLabel('Họ và tên').fill('Võ Minh Tâm');
    await page.getByLabel('Số điện thoại').fill('0988 111 222');
    await page.getByLabel('Số căn cước hoặc hộ chiếu (không bắt buộc)').fill('075190004321');
    await page.getByLabel('Xã, phường').selectOption('26041');
    await page.getByLabel('Số nhà, đường, ấp hoặc khu phố').fill('21 Đường Nguyễn Ái Quốc');
    await page.getByRole('group', { name: /Giấy chứng sinh/ }).getByRole('radio', { name: certificate }).check();
    await sign(page, /^Chữ ký của công dân/);
    await sign(page, /^Chữ ký của bạn/);
  }

  test('a walk-in missing a required document is not taken in: what is missing and the guidance slip', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Nhận hồ sơ mới' }).click();
    await walkIn(page, 'Thiếu');
    await page.getByText(/Hồ sơ sẽ bị từ chối vì thiếu: Giấy chứng sinh/).waitFor();
    await page.getByRole('button', { name: 'Nhận hồ sơ', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Hồ sơ chưa được nhận: còn thiếu giấy tờ' }).waitFor();
    const slip = await page.getByRole('link', { name: 'Phiếu hướng dẫn bổ sung (PDF)' }).getAttribute('href');
    assert.match(slip ?? '', /^\/api\/v1\/postal\/refusals\/[0-9a-f-]+\/guidance-slip\.pdf$/);
    const pdf = await page.request.get(`${server.baseUrl}${slip ?? ''}`);
    assert.equal(pdf.status(), 200);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'counter-incomplete');
    await page.getByRole('link', { name: 'Về quầy giao dịch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quầy giao dịch' }).waitFor();
  });

  test('takes a walk-in dossier in, the label scanned last (Enter submits), and shows the receipt to print', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Nhận hồ sơ mới' }).click();
    await walkIn(page, 'Có');
    await page.getByRole('row', { name: /Tổng cộng/ }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'counter-intake');

    // The scanner types the label and presses Enter.
    await page.getByLabel('Số hiệu trên nhãn dán').focus();
    await page.keyboard.type(label(1));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Đã nhận hồ sơ' }).waitFor();
    await page.getByText(label(1)).first().waitFor();
    await page.getByRole('button', { name: 'In biên nhận' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Phiếu gửi (PDF)' }).getAttribute('href'), `/api/v1/postal/items/${label(1)}/slip.pdf`);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'counter-receipt');

    const [item] = await db().select().from(postalItems).where(eq(postalItems.itemNumber, label(1)));
    assert.equal(item?.state, 'at-post-office');
    assert.equal(item?.place, 'post-office');
    assert.equal(item?.applicantPhone, '0988111222');
  });

  test('hands a waiting result over at the counter against the card and a signature', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Về quầy giao dịch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quầy giao dịch' }).waitFor();
    await page.locator('.stop', { hasText: waiting }).getByRole('link', { name: 'Trả kết quả' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trả kết quả tại quầy' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Phát không thành công' }).count(), 0, 'no failed attempt at the counter');
    await page.getByLabel('Số giấy tờ').fill('075190005555');
    await sign(page, /^Chữ ký người nhận/);
    await page.getByRole('button', { name: 'Ghi nhận đã phát' }).click();
    await page.getByText(`Đã ghi nhận phát ${waiting}.`).waitFor();
    const [item] = await db().select().from(postalItems).where(eq(postalItems.itemNumber, waiting));
    assert.equal(item?.state, 'delivered');
  });
});
