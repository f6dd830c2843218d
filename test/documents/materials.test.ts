import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { organisations } from '../../src/catalog/catalog.schema.js';
import { PUBLICITY_TITLE, SERVICE_STEPS } from '../../src/documents/index.js';
import { type TestApp, manualClock, startTestApp } from '../support/app.js';
import { decodePdfCodes, extractPdfText, pdfInfo, pdfPageSizes } from '../support/pdf.js';

const BASE = 'https://dichvucong-buudien.example.vn';
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('printable poster and leaflet (R1)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: BASE }, { clock: manualClock('2026-02-13T02:00:00Z') });
    // The desk's public phone and address, and a postal clerk working at it who receives birth
    // registrations (R8): set before the first sheet is drawn.
    await t.database.db.update(organisations).set({ address: '01 Đường 30 Tháng 4, phường Trấn Biên', phone: '0251 3822 123' }).where(eq(organisations.code, 'X26041-TTPVHCC'));
    const admin = await t.login('quantri');
    const assigned = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/desk-postal-staff',
      headers: admin.headers,
      payload: { deskCode: 'X26041-TTPVHCC', accountId: await t.accountId('giaodichvien'), since: '2026-01-01', procedureCodes: ['1.001193'] },
    });
    assert.equal(assigned.statusCode, 204, assigned.body);
  });
  after(() => t.close());

  async function sheet(path: string) {
    const response = await t.app.inject({ method: 'GET', url: path });
    return { status: response.statusCode, type: response.headers['content-type'], bytes: response.rawPayload, body: response.body };
  }

  async function commune(byPost: string) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/procedures?level=commune&byPost=${byPost}&limit=100` });
    return response.json() as { total: number; items: Array<{ code: string; name: string }> };
  }

  test("a desk's A4 poster: the service, its steps, procedures by post, prices, the postal staff, contacts and the QR code", async () => {
    const { status, type, bytes } = await sheet('/api/v1/materials/poster.pdf?office=X26041-TTPVHCC');
    assert.equal(status, 200);
    assert.equal(type, 'application/pdf');
    assert.deepEqual(await pdfPageSizes(bytes), [{ width: 595, height: 842 }], 'one A4 portrait page');
    const text = flat(await extractPdfText(bytes));
    for (const expected of [
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG TRẤN BIÊN',
      PUBLICITY_TITLE,
      ...SERVICE_STEPS,
      'Thủ tục đăng ký khai sinh (mã 1.001193)',
      'Cước nhận gửi hồ sơ, đến 100 g, trong cùng xã, phường 26.000 đ',
      'Thu hộ và chuyển nộp phí, lệ phí, mỗi hồ sơ 8.000 đ',
      'Giá mẫu, chưa phải giá chính thức của địa phương',
      'Nhân viên bưu điện làm việc tại Bộ phận Một cửa',
      'Trần Thị Giao (demo)',
      'Địa chỉ: 01 Đường 30 Tháng 4, phường Trấn Biên',
      'Điện thoại: 0251 3822 123',
      'cập nhật 13/02/2026',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
    // The procedure the desk's postal staff receive comes first; then the list is capped.
    const listed = text.slice(text.indexOf('Thủ tục nhận hồ sơ qua bưu điện'));
    assert.ok(listed.indexOf('Thủ tục đăng ký khai sinh') < 60, 'birth registration heads the list');
    // As many as fit on the one page are listed; the count of the others is exact.
    const printed = (listed.match(/•/g) ?? []).length;
    assert.ok(printed >= 6 && printed <= 12, `${printed} procedures listed`);
    const { total } = await commune('true');
    assert.ok(text.includes(`và ${total - printed} thủ tục khác: ${BASE}/thu-tuc`), `"và ${total - printed} thủ tục khác" with the link`);
    const notByPost = (await commune('false')).items.find((p) => !p.name.includes('khai sinh'));
    assert.ok(notByPost !== undefined && !text.includes(notByPost.name), 'a procedure not offered by post is not listed');
    assert.deepEqual(await decodePdfCodes(bytes), [{ format: 'QR_CODE', text: `${BASE}/thu-tuc` }]);
    assert.match((await pdfInfo(bytes)).title ?? '', /^Áp phích: /);
  });

  test("a post office's A5 leaflet: the service and QR code on the front, the lists on the back, no staff list", async () => {
    const { status, bytes } = await sheet('/api/v1/materials/leaflet.pdf?office=X26041-BD');
    assert.equal(status, 200);
    assert.deepEqual(await pdfPageSizes(bytes), [
      { width: 420, height: 595 },
      { width: 420, height: 595 },
    ]);
    const [front = '', back = ''] = (await extractPdfText(bytes)).split('\f').map(flat);
    assert.ok(front.includes('BƯU ĐIỆN PHƯỜNG TRẤN BIÊN'));
    assert.ok(front.includes(SERVICE_STEPS[4] ?? 'step 5'));
    assert.ok(front.includes(`${BASE}/thu-tuc`));
    assert.ok(back.includes('Thủ tục nhận hồ sơ qua bưu điện'));
    assert.match(back, /Cước chuyển trả kết quả, đến 100 g, trong cùng xã, phường \d{1,3}(\.\d{3})+ đ/);
    assert.ok(!back.includes('Nhân viên bưu điện làm việc'), 'only a desk lists postal staff');
    assert.deepEqual(await decodePdfCodes(bytes), [{ format: 'QR_CODE', text: `${BASE}/thu-tuc` }]);
  });

  test("the province's centre lists provincial procedures, not commune ones", async () => {
    const { status, bytes } = await sheet('/api/v1/materials/poster.pdf?office=P75-TTPVHCC');
    assert.equal(status, 200);
    const text = flat(await extractPdfText(bytes));
    assert.ok(!text.includes('Thủ tục đăng ký khai sinh'), 'birth registration is a commune procedure');
    const provincial = (await t.app.inject({ method: 'GET', url: '/api/v1/procedures?level=province&byPost=true&limit=100' })).json() as { items: Array<{ name: string; levels: string[] }> };
    const onlyProvincial = provincial.items.filter((p) => p.levels.length === 1);
    assert.ok(onlyProvincial.some((p) => text.includes(p.name)), 'some procedure handled only by the province is listed');
  });

  test('an unknown office, or an organisation that receives no one, is 404; a missing or odd code is 400', async () => {
    for (const office of ['X99999-TTPVHCC', 'P75-STP']) {
      const { status, body } = await sheet(`/api/v1/materials/poster.pdf?office=${office}`);
      assert.equal(status, 404, office);
      assert.equal((JSON.parse(body) as { code: string }).code, 'NOT_FOUND');
    }
    assert.equal((await sheet('/api/v1/materials/leaflet.pdf')).status, 400);
    assert.equal((await sheet('/api/v1/materials/leaflet.pdf?office=%3Cscript%3E')).status, 400);
  });
});
