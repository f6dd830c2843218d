/**
 * The one-stop desk officer's main job, end to end in the browser: a handover record from the
 * post is tallied and signed (the dossier is registered), the dossier is opened, a supplement is
 * asked for (form 02 appears), the supplement arrives, the result is recorded and handed to the
 * post. Another commune's desk officer then sees neither the record nor the dossier, and the
 * first desk never sees the other commune's dossier. A dossier is registered in person and an
 * assisted online filing recorded; the processing officer sees the dossiers without the desk's
 * own screens. axe checks the front page and the dossier page; screenshots are saved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Dialog, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/admin/demo-data.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { type Browser, PHONE_VIEWPORT, launchBrowser } from './support/browser.js';
import { type PendingHandover, apiCall, apiLogin, otherCommuneDossier, pendingHandover } from './support/desk-data.js';
import { saveScreenshot } from './support/screenshots.js';
import { type WebServer, startWebServer } from './support/server.js';

const DESKTOP = { width: 1280, height: 900 } as const;

describe('the one-stop desk workspace in the browser', () => {
  let server: WebServer;
  let browser: Browser;
  let handover: PendingHandover;
  let other: { id: string; code: string };
  /** The dossier registered when the record is signed. */
  let dossierCode = '';
  let dossierPath = '';
  const dialogs: string[] = [];

  before(async () => {
    server = await startWebServer();
    browser = await launchBrowser({ viewport: DESKTOP });
    handover = await pendingHandover(server);
    other = await otherCommuneDossier(server);
    // Every confirmation is read (and kept for the assertions), then accepted.
    browser.page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.waitForURL(`${server.baseUrl}/can-bo`);
  }

  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/`);
  }

  const lastDialog = () => dialogs.at(-1) ?? '';

  test('the front page lists the record waiting for a signature and passes axe', async () => {
    const { page } = browser;
    await signIn(page, 'motcua');
    await page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Biên bản giao nhận chờ ký' }).waitFor();
    await page.getByRole('link', { name: `Kiểm đếm và ký nhận biên bản ${handover.number}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Hồ sơ của đơn vị' }).waitFor();
    // The other commune's dossier is not on this desk's list.
    await page.getByText('Chưa có hồ sơ nào.').waitFor();
    assert.equal(await page.getByRole('link', { name: other.code }).count(), 0);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'desk-front');
  });

  test('the record is tallied (a mistyped extra item is explained beside the field) and signed after a confirmation', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: `Kiểm đếm và ký nhận biên bản ${handover.number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Biên bản giao nhận ${handover.number}` }).waitFor();
    const received = page.getByRole('group', { name: new RegExp(handover.itemNumber) }).getByRole('radio', { name: 'Đã nhận' });
    assert.equal(await received.isChecked(), true, 'every listed item starts as received');

    const extra = page.getByLabel('Bưu gửi có trong túi nhưng không có trong biên bản');
    await extra.fill('RR123');
    await page.getByRole('button', { name: 'Ký nhận biên bản' }).click();
    await page.getByText(/phải có 13 ký tự/).waitFor();
    assert.equal(await extra.getAttribute('aria-invalid'), 'true');
    assert.equal(dialogs.length, 0, 'nothing is asked or sent while the tally is wrong');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'desk-handover-tally');

    await extra.fill('');
    await page.getByRole('button', { name: 'Ký nhận biên bản' }).click();
    await page.getByText(/Các hồ sơ sau đã được tiếp nhận và cấp mã/).waitFor();
    assert.match(lastDialog(), new RegExp(`Ký nhận biên bản ${handover.number} với 1 hồ sơ`));
    assert.match(lastDialog(), /thời điểm tiếp nhận hồ sơ theo quy định/);
    const link = page.locator('.desk-registered a').first();
    dossierCode = (await link.textContent()) ?? '';
    assert.match(dossierCode, /^000\.\d{2}\.21\.H19-\d{6}-\d{4}$/);
    await page.getByRole('link', { name: 'Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả' }).waitFor();
    await saveScreenshot(page, 'desk-handover-signed');
    await link.click();
    dossierPath = new URL(page.url()).pathname;
    assert.match(dossierPath, /^\/can-bo\/ho-so\//);
  });

  test('the dossier page shows its dates, steps and forms, and passes axe', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossierCode}` }).waitFor();
    await page.getByText('Đã tiếp nhận', { exact: true }).first().waitFor();
    await page.getByText('Thủ tục đăng ký khai sinh (1.001193)').waitFor();
    await page.getByText(handover.itemNumber, { exact: true }).first().waitFor();
    await page.getByRole('heading', { level: 3, name: 'Chuyển hồ sơ đến cơ quan giải quyết' }).waitFor();
    // A desk officer does not sign the apology for a delay.
    assert.equal(await page.getByRole('heading', { name: /Xin lỗi và hẹn lại/ }).count(), 0);
    assert.equal(await page.locator('a[data-form="supplement-request"]').count(), 0, 'no form 02 before a supplement is asked for');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'desk-dossier');
  });

  test('a supplement is asked for with its items; form 02 appears and opens as a PDF', async () => {
    const { page } = browser;
    const form = page.locator('form[data-step="supplement-request"]');
    // Sent empty, each field says what it needs.
    await form.getByRole('button', { name: 'Gửi yêu cầu bổ sung (mẫu 02)' }).click();
    await form.getByText('Hãy nhập mục này.').first().waitFor();
    assert.equal(await form.getByLabel('Tên giấy tờ').getAttribute('aria-invalid'), 'true');

    await form.getByLabel('Tên giấy tờ').fill('Giấy chứng sinh (bản chính)');
    await form.getByLabel('Lý do').fill('Bản nộp là bản chụp');
    await form.getByRole('button', { name: 'Gửi yêu cầu bổ sung (mẫu 02)' }).click();
    await page.getByText('Đã ghi nhận: Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02).').waitFor();
    assert.match(lastDialog(), new RegExp(`Yêu cầu bổ sung 1 giấy tờ cho hồ sơ ${dossierCode.replaceAll('.', '\\.')}`));
    await page.getByText('Yêu cầu bổ sung hồ sơ', { exact: true }).first().waitFor();

    const form02 = page.getByRole('link', { name: 'Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' });
    await form02.waitFor();
    const href = await form02.getAttribute('href');
    assert.ok(href !== null);
    const pdf = await page.request.get(`${server.baseUrl}${href}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await saveScreenshot(page, 'desk-dossier-supplement');
  });

  test('the supplement arrives and the result is recorded as ready', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Đã nhận đủ hồ sơ bổ sung' }).click();
    await page.getByText('Đã ghi nhận: Nhận hồ sơ bổ sung.').waitFor();
    await page.locator('form[data-step="result"]').getByLabel('Ghi chú (không bắt buộc)').fill('Đã ký giấy khai sinh');
    await page.getByRole('button', { name: 'Kết quả đã có' }).click();
    await page.getByText('Đã ghi nhận: Cập nhật kết quả giải quyết.').waitFor();
    assert.match(lastDialog(), /Ghi nhận đã có kết quả/);
    await page.getByText('Đã có kết quả, chờ trả', { exact: true }).first().waitFor();
    await page.getByText('Đã ký giấy khai sinh').waitFor();
  });

  test('the result is handed to the post on a handover record', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Các việc của Bộ phận Một cửa' }).getByRole('link', { name: 'Giao kết quả cho bưu điện' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giao kết quả cho bưu điện' }).waitFor();
    await page.getByRole('button', { name: 'Lập biên bản giao 0 kết quả' }).click();
    await page.getByText('Hãy chọn ít nhất một hồ sơ.').waitFor();
    await page.getByRole('checkbox', { name: new RegExp(dossierCode.replaceAll('.', '\\.')) }).check();
    await page.getByRole('button', { name: 'Lập biên bản giao 1 kết quả' }).click();
    await page.getByText(/^Biên bản KQ-\S+: đã giao 1 kết quả cho bưu điện\.$/).waitFor();
    assert.match(lastDialog(), /Lập biên bản giao 1 kết quả cho bưu điện/);
    await page.getByText('Không có kết quả nào chờ giao bưu điện.').waitFor();
    await saveScreenshot(page, 'desk-results-handed');

    const desk = await apiLogin(server, 'motcua');
    const after = (await apiCall(server, desk, 'GET', `/api/v1/desk/dossiers/${encodeURIComponent(dossierCode)}`)) as { status: string; steps: Array<{ action: string }> };
    assert.equal(after.status, 'result-with-post');
    assert.deepEqual(
      after.steps.map((s) => s.action),
      ['register', 'request-supplement', 'receive-supplement', 'record-result', 'hand-result-to-post'],
    );
  });

  test('the tracking book offers its PDF and CSV for a period, and refuses a reversed one beside the dates', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Sổ theo dõi (mẫu 06)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sổ theo dõi hồ sơ (mẫu 06)' }).waitFor();
    const csv = await page.getByRole('link', { name: 'Tải sổ (CSV)' }).getAttribute('href');
    assert.ok(csv !== null);
    const book = await page.request.get(`${server.baseUrl}${csv}`);
    assert.equal(book.status(), 200);
    assert.ok((await book.text()).includes(dossierCode), 'the dossier signed today is in this month’s book');
    await page.getByLabel('Từ ngày').fill('2030-01-02');
    await page.getByLabel('Đến ngày').fill('2030-01-01');
    await page.getByText('Ngày bắt đầu phải trước ngày kết thúc.').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Mở sổ (PDF)' }).count(), 0);
  });

  test('a dossier is registered in person: errors beside the fields, the draft survives a reload', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Tiếp nhận trực tiếp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ trực tiếp' }).waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận và cấp mã hồ sơ' }).click();
    await page.getByText('Hãy ghi ít nhất một giấy tờ.').waitFor();
    assert.equal(await page.getByLabel('Họ và tên').getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Tìm thủ tục').fill('khai sinh');
    await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh 1\.001193$/ }).click();
    await page.getByLabel('Họ và tên').fill('Phạm Văn Nam');
    await page.getByLabel('Điện thoại', { exact: true }).fill('0911 222 333');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('3 Đường 30/4, khu phố 1');
    await page.getByRole('button', { name: 'Lấy danh mục giấy tờ của thủ tục' }).click();
    await page.getByRole('group', { name: 'Giấy tờ 1' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ trực tiếp' }).waitFor();
    assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Phạm Văn Nam', 'the draft is kept in the tab');
    await page.getByText('Thủ tục đăng ký khai sinh', { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Tiếp nhận và cấp mã hồ sơ' }).click();
    const done = page.getByText(/^Đã tiếp nhận hồ sơ \S+\.$/);
    await done.waitFor();
    assert.match(lastDialog(), /Tiếp nhận hồ sơ của Phạm Văn Nam\?/);
    assert.equal(await page.getByLabel('Họ và tên').inputValue(), '', 'the form is emptied after registration');
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'desk-register-done');

    // The new dossier is forwarded to the ward's own people's committee, offered first.
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.getByRole('heading', { level: 3, name: 'Chuyển hồ sơ đến cơ quan giải quyết' }).waitFor();
    const target = page.getByLabel('Cơ quan giải quyết', { exact: true });
    await page.waitForFunction(() => (document.querySelector('form[data-step="forward"] select')?.querySelectorAll('option').length ?? 0) > 2);
    const options = await target.locator('option').allTextContents();
    assert.equal(options[1], 'Ủy ban nhân dân Phường Trấn Biên');
    assert.ok(!options.some((o) => o.startsWith('Bưu điện')), 'the post is never a processing unit');
    await target.selectOption({ label: 'Ủy ban nhân dân Phường Trấn Biên' });
    await page.getByRole('button', { name: 'Chuyển hồ sơ' }).click();
    await page.getByText('Đã ghi nhận: Chuyển hồ sơ đến cơ quan giải quyết.').waitFor();
    assert.match(lastDialog(), /đến Ủy ban nhân dân Phường Trấn Biên\?$/);
    await page.getByText('Đang giải quyết', { exact: true }).first().waitFor();
  });

  test('an assisted online filing is recorded and listed', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Hỗ trợ nộp trực tuyến' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hỗ trợ công dân nộp hồ sơ trực tuyến' }).waitFor();
    await page.getByText('Chưa có lần hỗ trợ nào trong khoảng thời gian này.').waitFor();
    await page.getByLabel('Tìm thủ tục').fill('khai sinh');
    await page.getByRole('button', { name: /^Thủ tục đăng ký khai sinh 1\.001193$/ }).click();
    await page.getByRole('radio', { name: 'Đã nộp trực tuyến thành công' }).check();
    await page.getByLabel('Mã hồ sơ trực tuyến (không bắt buộc)').fill('G22.99-TEST-0001');
    await page.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã ghi.').waitFor();
    await page.getByText('G22.99-TEST-0001').waitFor();
    await page.getByText(/Người hỗ trợ: Phạm Thị Một \(demo\)/).waitFor();
    await saveScreenshot(page, 'desk-assisted');
  });

  test('another commune’s desk officer sees neither the record nor the dossier; the English screen is complete', async () => {
    const { page } = browser;
    await signOut(page);
    await signIn(page, 'motcua2');
    await page.getByRole('heading', { level: 1, name: 'Bộ phận Một cửa' }).waitFor();
    await page.getByText('Không có biên bản nào chờ ký.').waitFor();
    await page.getByRole('link', { name: other.code }).waitFor();
    assert.equal(await page.getByRole('link', { name: dossierCode }).count(), 0);
    assert.equal(await page.getByText(handover.number).count(), 0);

    await page.goto(`${server.baseUrl}${dossierPath}`);
    await page.getByRole('alert').filter({ hasText: 'Không có hồ sơ này trong phạm vi của bạn' }).waitFor();
    await page.goto(`${server.baseUrl}/can-bo/bien-ban/${handover.manifestId}`);
    await page.getByText('Không có biên bản này gửi cho đơn vị của bạn.').waitFor();

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByText('No such handover record for your office.').waitFor();
    await page.goto(`${server.baseUrl}/can-bo`);
    await page.getByRole('heading', { level: 1, name: 'One-stop desk' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Handover records to sign' }).waitFor();
    await page.getByText('No handover record is waiting.').waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await signOut(page);
  });

  test('the processing officer sees the commune’s dossiers without the desk’s own screens, at phone size', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE_VIEWPORT);
    await signIn(page, 'xuly');
    await page.getByRole('heading', { level: 1, name: 'Xử lý hồ sơ' }).waitFor();
    await page.getByRole('link', { name: dossierCode }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Biên bản giao nhận chờ ký' }).count(), 0);
    const nav = page.getByRole('navigation', { name: 'Các việc của Bộ phận Một cửa' });
    assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Việc cần làm', 'Sổ theo dõi (mẫu 06)']);
    assert.equal(await page.getByRole('link', { name: other.code }).count(), 0);
    assert.deepEqual(await seriousAccessibilityViolations(page), []);
    await saveScreenshot(page, 'desk-processing-front-phone');
    await page.goto(`${server.baseUrl}/can-bo/tiep-nhan`);
    await page.getByText('Vai trò của bạn không làm việc này.').waitFor();
  });
});
