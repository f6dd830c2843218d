/**
 * The guide (/huong-dan), the prices with the calculator (/bang-gia) and the home page's ways
 * into them, on a phone (360 × 740). The calculator must show the very total the quote API gives
 * for the same inputs. Screenshots: how-it-works.png, tariffs.png, tariffs-quote.png.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Dong, formatDong } from '../../src/domain/money/dong.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('the guide and the prices on a phone', () => {
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

  test('the guide explains the steps, the checks, payment, tracking and the legal basis', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/huong-dan`);
    await page.getByRole('heading', { level: 1, name: 'Làm thủ tục qua bưu điện: hướng dẫn', exact: true }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(sections, [
      'Ba hình thức sử dụng dịch vụ',
      'Gửi hồ sơ: các bước',
      'Nhận kết quả: các bước',
      'Cần chuẩn bị gì',
      'Bưu tá sẽ kiểm tra gì',
      'Trả tiền thế nào',
      'Theo dõi hồ sơ',
      'Căn cứ pháp lý',
      'Bắt đầu',
    ]);
    for (const form of ['Gửi hồ sơ qua bưu điện', 'Nhận kết quả qua bưu điện', 'Cả gửi hồ sơ và nhận kết quả']) {
      await page.getByRole('heading', { level: 3, name: form, exact: true }).waitFor();
    }
    const text = (await page.getByRole('main').textContent()) ?? '';
    for (const phrase of ['phiếu gửi hồ sơ', 'VietQR', '4 số cuối', '45/2016/QĐ-TTg', '17/2017/TT-BTTTT', '61/2018/NĐ-CP', '107/2021/NĐ-CP', '118/2025/NĐ-CP']) {
      assert.ok(text.includes(phrase), phrase);
    }
    assert.equal(await page.getByRole('main').getByRole('link', { name: 'Đặt lịch bưu tá đến nhận hồ sơ' }).getAttribute('href'), '/dat-lich');
    assert.equal(await page.getByRole('main').getByRole('link', { name: 'Tra cứu hồ sơ' }).getAttribute('href'), '/tra-cuu');
    assert.ok((await pageWidth(page)) <= PHONE_VIEWPORT.width);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'how-it-works');
  });

  test('the guide reads in English too', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Doing a procedure by post: how it works', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'What the postman checks', exact: true }).waitFor();
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Làm thủ tục qua bưu điện: hướng dẫn', exact: true }).waitFor();
  });

  test('the prices page shows the table in force with its dates, marked as a sample', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/bang-gia`);
    await page.getByRole('heading', { level: 1, name: 'Bảng giá dịch vụ', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Bảng cước mẫu: Bưu điện TP\. Đà Nẵng, 2021/ }).waitFor();
    assert.match((await page.locator('.tariff-current > p').first().textContent()) ?? '', /^Đang áp dụng Áp dụng từ ngày 20\/04\/2021$/);
    await page.getByRole('note').getByText('Bảng giá mẫu', { exact: true }).waitFor();
    for (const direction of ['Cước nhận gửi hồ sơ', 'Cước chuyển trả kết quả']) {
      await page.getByRole('heading', { level: 3, name: direction, exact: true }).waitFor();
    }
    // Zones in two tables of two columns, as published ("nội tỉnh", "liên tỉnh"): readable on a phone.
    const firstRow = async (name: string) => page.getByRole('table', { name, exact: true }).getByRole('row').nth(1).getByRole('cell').allTextContents();
    assert.deepEqual(await firstRow('Cước nhận gửi hồ sơ, Nội tỉnh'), ['26.000 đ', '30.000 đ']);
    assert.deepEqual(await firstRow('Cước nhận gửi hồ sơ, Liên tỉnh'), ['30.500 đ', '31.000 đ']);
    assert.deepEqual(await firstRow('Cước chuyển trả kết quả, Liên tỉnh'), ['30.500 đ', '31.000 đ']);
    await page.getByText(/cước chuyển nộp là 8\.000 đ mỗi hồ sơ/).waitFor();
    await page.getByText(/TT 22\/2017\/TT-BTTTT, miễn cước, điểm b/).waitFor();
    assert.ok((await pageWidth(page)) <= PHONE_VIEWPORT.width, `page is ${await pageWidth(page)}px wide`);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'tariffs');
  });

  test('the calculator gives the same itemised total as the quote API for the same inputs', async () => {
    const { page } = browser;
    await page.getByLabel('Dịch vụ', { exact: true }).selectOption('both');
    await page.getByLabel('Khoảng cách từ nơi gửi đến nơi nhận', { exact: true }).selectOption('inter-province-far');
    await page.getByLabel('Khối lượng hồ sơ (gam)', { exact: true }).fill('1.200');
    await page.getByRole('checkbox', { name: 'Nhờ bưu điện thu hộ và nộp phí, lệ phí cho cơ quan giải quyết' }).check();
    await page.getByLabel('Đối tượng miễn, giảm cước', { exact: true }).selectOption('war-invalid');
    await page.getByRole('button', { name: 'Tính cước', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Cước dự tính', exact: true }).waitFor();

    const response = await page.request.get(`${server.baseUrl}/api/v1/tariffs/quote?direction=both&zone=inter-province-far&weightGrams=1200&collectFees=true&discount=war-invalid`);
    assert.equal(response.status(), 200);
    const quote = (await response.json()) as { total: number; lines: Array<{ labelVi: string; amount: number }> };
    assert.equal(await page.locator('.quote__total').textContent(), formatDong(quote.total as Dong));
    const rows = page.locator('.quote__lines tbody tr');
    assert.equal(await rows.count(), quote.lines.length);
    for (const [index, line] of quote.lines.entries()) {
      assert.deepEqual(await rows.nth(index).getByRole('cell').allTextContents(), [line.labelVi, formatDong(line.amount as Dong)]);
    }
    assert.ok((await pageWidth(page)) <= PHONE_VIEWPORT.width);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'tariffs-quote');
  });

  test('a weight that is not whole grams is explained beside the field, which gets the focus', async () => {
    const { page } = browser;
    const weight = page.getByLabel('Khối lượng hồ sơ (gam)', { exact: true });
    await weight.fill('1,5');
    await page.getByRole('button', { name: 'Tính cước', exact: true }).click();
    await page.getByText('Chỉ nhập số gam nguyên, ví dụ 150.', { exact: true }).waitFor();
    assert.equal(await weight.getAttribute('aria-invalid'), 'true');
    assert.equal(await weight.evaluate((element) => element === document.activeElement), true);
    assert.equal(await page.locator('.quote__total').count(), 0, 'the old answer is gone');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
  });

  test('the home page leads to the search, booking, tracking, the guide and the prices', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/`);
    const main = page.getByRole('main');
    const links: Array<[string, string]> = [
      ['Đặt lịch bưu tá đến nhận hồ sơ', '/dat-lich'],
      ['Tra cứu hồ sơ', '/tra-cuu'],
      ['Xem danh sách thủ tục', '/thu-tuc'],
      ['Xem hướng dẫn chi tiết: chuẩn bị gì, bưu tá kiểm tra gì, trả tiền thế nào', '/huong-dan'],
      ['Xem bảng giá và tính cước', '/bang-gia'],
    ];
    for (const [name, href] of links) assert.equal(await main.getByRole('link', { name, exact: true }).getAttribute('href'), href, name);
    await main.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).fill('ket hon');
    await main.getByRole('button', { name: 'Tìm thủ tục', exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/thu-tuc?q=ket+hon`);
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính qua bưu điện', exact: true }).waitFor();
    assert.equal(await page.getByRole('searchbox', { name: 'Tên hoặc mã thủ tục' }).inputValue(), 'ket hon');
  });

  test('nothing was fetched from any other site', () => {
    assert.ok(requested.length > 0);
    const foreign = requested.filter((url) => !url.startsWith(`${server.baseUrl}/`) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
  });
});
