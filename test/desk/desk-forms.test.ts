/**
 * The desk's forms and registers on the API, read back from the PDFs; postal staff working at
 * a desk (R8); assisted online filings (R7).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';
import { decodePdfCodes, extractPdfText } from '../support/pdf.js';

describe('desk forms, the tracking book, postal staff at the desk, assisted filings', () => {
  const clock = manualClock('2026-02-13T09:15:00Z'); // Friday before Tết, 16:15 in Vietnam
  let t: TestApp;
  let desk: Session;

  before(async () => {
    t = await startTestApp({}, { clock });
    desk = await t.login('motcua');
  });
  after(() => t.close());

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => t.app.inject({ method, url, headers: session.headers, ...(payload === undefined ? {} : { payload }) });
  const register = async (session: Session, name: string) => {
    const response = await call(session, 'POST', '/api/v1/desk/dossiers', { procedureCode: '1.001193', channel: 'in-person', resultMethod: 'postal', applicant: { name, phone: '0911222333', address: '3 Đường 30/4, phường Trấn Biên' }, documents: [{ name: 'Giấy chứng sinh', kind: 'original', quantity: 1 }, { name: 'Tờ khai đăng ký khai sinh', kind: 'original', quantity: 1 }] });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; code: string; dueAt: string };
  };

  test('form 01 shows the code, the applicant and the appointment after Tết; its codes decode', async () => {
    const dossier = await register(desk, 'Nguyễn Thị Hoà');
    const response = await call(desk, 'GET', `/api/v1/desk/dossiers/${dossier.id}/forms/receipt`);
    assert.equal(response.statusCode, 200, response.body);
    const text = await extractPdfText(response.rawPayload);
    for (const expected of ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'Mẫu số 01', dossier.code, 'Nguyễn Thị Hoà', 'Giấy chứng sinh', '13/02/2026', '23/02/2026']) assert.ok(text.includes(expected), `form 01 shows ${expected}`);
    const codes = await decodePdfCodes(response.rawPayload);
    assert.ok(codes.some((c) => c.format === 'CODE_128' && c.text === dossier.code));
  });

  test('forms 02, 03 and 05 carry what was decided; a form without its step is a 409', async () => {
    clock.set('2026-02-23T02:00:00Z');
    desk = await t.login('motcua');
    const a = await register(desk, 'Trần Văn Đức');
    assert.equal((await call(desk, 'GET', `/api/v1/desk/dossiers/${a.id}/forms/supplement-request`)).statusCode, 409);
    assert.equal((await call(desk, 'POST', `/api/v1/desk/dossiers/${a.id}/supplement-request`, { items: [{ name: 'Giấy xác nhận nơi cư trú', reason: 'Chưa có trong hồ sơ' }] })).statusCode, 200);
    const form02 = await extractPdfText((await call(desk, 'GET', `/api/v1/desk/dossiers/${a.id}/forms/supplement-request`)).rawPayload);
    for (const expected of ['Mẫu số 02', a.code, 'Giấy xác nhận nơi cư trú', 'Trần Văn Đức', '23/02/2026']) assert.ok(form02.includes(expected), `form 02 shows ${expected}`);

    const b = await register(desk, 'Lê Thị Bích Ngọc');
    assert.equal((await call(desk, 'POST', `/api/v1/desk/dossiers/${b.id}/forward`, { toOrganisationCode: 'X26041-UBND' })).statusCode, 200);
    const form05 = await extractPdfText((await call(desk, 'GET', `/api/v1/desk/dossiers/${b.id}/forms/control-slip`)).rawPayload);
    for (const expected of ['PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', b.code, 'Ủy ban nhân dân']) assert.ok(form05.includes(expected), `form 05 shows ${expected}`);
  });

  test('the tracking book lists the desk’s dossiers as PDF and CSV; another desk sees none of them', async () => {
    const pdf = await call(desk, 'GET', '/api/v1/desk/tracking-book.pdf?from=2026-02-01&to=2026-02-28');
    assert.equal(pdf.statusCode, 200, pdf.body);
    const text = await extractPdfText(pdf.rawPayload);
    assert.ok(text.includes('SỔ THEO DÕI HỒ SƠ'));
    const csv = await call(desk, 'GET', '/api/v1/desk/tracking-book.csv?from=2026-02-01&to=2026-02-28');
    assert.equal(csv.statusCode, 200);
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines.length, 4, 'header and three dossiers');
    assert.ok(lines.some((l) => l.includes('Nguyễn Thị Hoà')));
    const other = await t.login('motcua2');
    const foreign = await call(other, 'GET', '/api/v1/desk/tracking-book.csv?from=2026-02-01&to=2026-02-28');
    assert.equal(foreign.body.trim().split('\r\n').length, 1, 'only the header');
    const first = lines[1]?.split(',')[0] ?? '';
    assert.equal((await call(other, 'GET', `/api/v1/desk/dossiers/${first}/forms/receipt`)).statusCode, 404);
  });

  test('a postal clerk assigned to the desk registers dossiers in its name; the list is public (R8)', async () => {
    const clerk = await t.login('giaodichvien');
    const before = await call(clerk, 'POST', '/api/v1/desk/dossiers', { procedureCode: '1.001193', channel: 'in-person', resultMethod: 'in-person', applicant: { name: 'Võ Minh Tâm', phone: '0909123456', address: '7 Đồng Khởi' }, documents: [] });
    assert.equal(before.statusCode, 403);
    const admin = await t.login('quantri');
    const assigned = await call(admin, 'POST', '/api/v1/admin/desk-postal-staff', { deskCode: 'X26041-TTPVHCC', accountId: await t.accountId('giaodichvien'), since: '2026-01-01', procedureCodes: ['1.001193'] });
    assert.equal(assigned.statusCode, 204, assigned.body);
    const published = await t.app.inject({ method: 'GET', url: '/api/v1/desks/X26041-TTPVHCC/postal-staff' });
    assert.equal(published.statusCode, 200);
    assert.deepEqual((published.json() as { staff: Array<{ name: string }> }).staff.map((s) => s.name), ['Trần Thị Giao (demo)']);
    const registered = await call(clerk, 'POST', '/api/v1/desk/dossiers', { procedureCode: '1.001193', channel: 'in-person', resultMethod: 'in-person', applicant: { name: 'Võ Minh Tâm', phone: '0909123456', address: '7 Đồng Khởi' }, documents: [] });
    assert.equal(registered.statusCode, 201, registered.body);
    assert.match((registered.json() as { code: string }).code, /^000\.\d{2}\.21\.H19-/);
  });

  test('help given to a citizen filing online is recorded (R7); bad input is refused', async () => {
    const ok = await call(desk, 'POST', '/api/v1/assisted-filings', { procedureCode: '1.001193', outcome: 'submitted', onlineDossierCode: 'G22.99-260223-0001' });
    assert.equal(ok.statusCode, 201, ok.body);
    const bad = await call(desk, 'POST', '/api/v1/assisted-filings', { procedureCode: 'no-such', outcome: 'submitted' });
    assert.equal(bad.statusCode, 400);
  });
});
