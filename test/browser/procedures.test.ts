/**
 * Procedures by post on a phone (360 × 740): search with and without accents, filters kept in
 * the address, open a procedure, see what to prepare and the booking button, come Back to the
 * same results; an unknown code says so. Screenshots: procedures-list.png, procedure-detail.png.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

const BIRTH = 'Thủ tục đăng ký khai sinh';
const BIRTH_CODE = '1.001193';

/** Waits until the results match the address: the search for the current words has answered. */
async function resultsSettled(page: Page): Promise<void> {
  await page.locator('section.results[aria-busy="false"]').waitFor();
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('procedures by post on a phone', () => {
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

  test('"khai sinh" finds birth registration, the count is announced and the words go to the address', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/thu-tuc`);
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính qua bưu điện', exact: true }).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Chỉ hiện thủ tục nhận hồ sơ qua bưu điện' }).isChecked(), true);
    await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('khai sinh');
    await page.waitForURL(/\/thu-tuc\?q=khai\+sinh$/);
    await resultsSettled(page);
    await page.getByRole('link', { name: BIRTH, exact: true }).waitFor();
    const status = page.getByRole('status');
    assert.match((await status.textContent()) ?? '', /^Tìm thấy \d+ thủ tục\.$/);
    // Every result shown is offered by post, as the ticked box says.
    const badges = await page.locator('.procedure-card .badge').allTextContents();
    assert.ok(badges.length > 0);
    assert.ok(badges.every((badge) => badge === 'Nhận qua bưu điện'), badges.join(', '));
  });

  test('the same without accents: "dang ky khai sinh"', async () => {
    const { page } = browser;
    await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('dang ky khai sinh');
    await page.waitForURL(/q=dang\+ky\+khai\+sinh/);
    await resultsSettled(page);
    const first = page.locator('.procedure-card__title a').first();
    assert.equal(await first.textContent(), BIRTH, 'the best match comes first');
  });

  test('filters narrow the results and are kept in the address', async () => {
    const { page } = browser;
    await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('khai sinh');
    await page.waitForURL(/q=khai\+sinh$/);
    await resultsSettled(page);
    await page.getByLabel('Lĩnh vực', { exact: true }).selectOption('Hộ tịch');
    await page.waitForURL(/linh-vuc=H%E1%BB%99\+t%E1%BB%8Bch/);
    await resultsSettled(page);
    const fields = await page.locator('.procedure-card__facts div:nth-child(2) dd').allTextContents();
    assert.ok(fields.length > 0 && fields.every((field) => field === 'Hộ tịch'), fields.join(', '));

    // Birth registration is a commune procedure: filtering on the province level leaves it out.
    await page.getByLabel('Cấp giải quyết', { exact: true }).selectOption('province');
    await page.waitForURL(/cap=province/);
    await resultsSettled(page);
    assert.equal(await page.getByRole('link', { name: BIRTH, exact: true }).count(), 0);
    await page.getByLabel('Cấp giải quyết', { exact: true }).selectOption('commune');
    await page.waitForURL(/cap=commune/);
    await resultsSettled(page);
    await page.getByRole('link', { name: BIRTH, exact: true }).waitFor();

    // A reload of the shared address shows the same search.
    await page.reload();
    await resultsSettled(page);
    assert.equal(await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).inputValue(), 'khai sinh');
    assert.equal(await page.getByLabel('Lĩnh vực', { exact: true }).inputValue(), 'Hộ tịch');
    await page.getByRole('link', { name: BIRTH, exact: true }).waitFor();
  });

  test('the list fits a 360 px screen, has no serious accessibility finding, and is photographed', async () => {
    const { page } = browser;
    assert.ok((await pageWidth(page)) <= PHONE_VIEWPORT.width);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'procedures-list');
  });

  test('words that match nothing give advice and a way to widen the search', async () => {
    const { page } = browser;
    await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('xyzxyz khong co');
    await page.waitForURL(/q=xyzxyz/);
    await resultsSettled(page);
    await page.getByRole('heading', { level: 3, name: 'Không tìm thấy thủ tục nào' }).waitFor();
    assert.equal(await page.getByRole('status').textContent(), 'Không tìm thấy thủ tục nào.');
    await page.getByRole('button', { name: 'Tìm trong tất cả thủ tục' }).click();
    await page.waitForURL(/tat-ca=1/);
    assert.equal(await page.getByRole('checkbox', { name: 'Chỉ hiện thủ tục nhận hồ sơ qua bưu điện' }).isChecked(), false);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
  });

  test('"show more" adds the next results, keeps the count in the address and moves focus to the first new one', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/thu-tuc`);
    await resultsSettled(page);
    const titles = page.locator('.procedure-card__title a');
    assert.equal(await titles.count(), 20);
    await page.getByText(/^Đang hiện 20 trên \d+ thủ tục\.$/).waitFor();
    await page.getByRole('button', { name: 'Xem thêm', exact: true }).click();
    await page.waitForURL(/\/thu-tuc\?so=40$/);
    await page.getByText(/^Đang hiện 40 trên \d+ thủ tục\.$/).waitFor();
    assert.equal(await titles.count(), 40);
    assert.equal(await titles.nth(20).evaluate((element) => element === document.activeElement), true);
    // A reload shows as many again.
    await page.reload();
    await resultsSettled(page);
    assert.equal(await titles.count(), 40);
  });

  test('opening birth registration shows what to prepare, the expected date and the booking button', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/thu-tuc?q=khai+sinh`);
    await resultsSettled(page);
    await page.getByRole('link', { name: BIRTH, exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/thu-tuc/${BIRTH_CODE}`);
    const heading = page.getByRole('heading', { level: 1, name: BIRTH, exact: true });
    await heading.waitFor();
    assert.equal(await page.title(), `${BIRTH} · Hồ sơ qua bưu điện`);

    await page.getByRole('heading', { level: 2, name: 'Giấy tờ cần chuẩn bị' }).waitFor();
    for (const group of ['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình']) {
      await page.getByRole('heading', { level: 3, name: group, exact: true }).waitFor();
    }
    await page.getByText(/^Giấy chứng sinh; trường hợp không có Giấy chứng sinh/).waitFor();
    assert.ok((await page.getByText('Chỉ khi thuộc trường hợp này', { exact: true }).count()) > 0, 'conditional documents are marked');

    const booking = page.getByRole('link', { name: 'Đặt lịch bưu tá đến nhận hồ sơ' });
    assert.equal(await booking.getAttribute('href'), `/dat-lich?thu-tuc=${BIRTH_CODE}`);

    const expected = (await page.locator('.expected__date').textContent()) ?? '';
    assert.match(expected, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await page.getByText(/^Căn cứ: thủ tục được công bố với cách nộp "Dịch vụ bưu chính".*163\/QĐ-BTP/).waitFor();
    const source = page.getByRole('link', { name: 'Xem thủ tục trên Cổng Dịch vụ công quốc gia' });
    assert.match((await source.getAttribute('href')) ?? '', /^https:\/\/dichvucong\.gov\.vn\//);
  });

  // While a page's chunk loads, Suspense keeps the previous page in the DOM, hidden: the shell
  // (App.tsx) must wait for a displayed h1, not "focus" the hidden one.
  test('following a link moves focus to the new page’s heading', async () => {
    const { page } = browser;
    const heading = page.getByRole('heading', { level: 1, name: BIRTH, exact: true });
    assert.equal(await heading.evaluate((element) => element === document.activeElement), true);
  });

  test('the procedure page fits a 360 px screen, has no serious accessibility finding, and is photographed', async () => {
    const { page } = browser;
    assert.ok((await pageWidth(page)) <= PHONE_VIEWPORT.width, `page is ${await pageWidth(page)}px wide`);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'procedure-detail');
  });

  test('Back returns to the same search and its results', async () => {
    const { page } = browser;
    await page.goBack();
    await page.waitForURL(/\/thu-tuc\?q=khai\+sinh$/);
    await resultsSettled(page);
    assert.equal(await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).inputValue(), 'khai sinh');
    await page.getByRole('link', { name: BIRTH, exact: true }).waitFor();
  });

  test('in English, the page frame is English while the catalogue text stays Vietnamese', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/thu-tuc/${BIRTH_CODE}`);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Papers to prepare' }).waitFor();
    await page.getByRole('link', { name: 'Book a postman to collect your dossier' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).getAttribute('lang'), 'vi');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Giấy tờ cần chuẩn bị' }).waitFor();
  });

  test('an unknown or malformed code says there is no such procedure, with a way back to the search', async () => {
    const { page } = browser;
    for (const code of ['9.999999', 'khong-phai-ma']) {
      await page.goto(`${server.baseUrl}/thu-tuc/${code}`);
      await page.getByRole('heading', { level: 1, name: 'Không có thủ tục này', exact: true }).waitFor();
      await page.getByText(`Danh mục không có thủ tục nào mang mã "${code}".`, { exact: false }).waitFor();
    }
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.getByRole('link', { name: 'Tìm thủ tục theo tên' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính qua bưu điện', exact: true }).waitFor();
  });

  test('nothing was fetched from any other site', () => {
    assert.ok(requested.length > 0);
    const foreign = requested.filter((url) => !url.startsWith(`${server.baseUrl}/`) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
  });
});
