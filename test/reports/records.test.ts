/**
 * The records the reports count, and who may touch them: the plan's tasks (loaded from the
 * appendix of Plan 1106), difficulties routed to the department that handles them, complaints,
 * training records, report deadlines and their reminders, a dossier a partner system reported.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { queryRows } from '../../src/platform/db/client.js';
import { reportReminders } from '../../src/reports/reports.schema.js';
import { key } from '../postal/support.js';
import { P_A, type World, startWorld, takeIn, vn } from './support.js';

interface Plan {
  id: string;
  code: string;
  tasks: { total: number; done: number; overdue: number };
  taskList: Array<{ id: string; section: string; number: number; deadline: { text: string; kind: string; dueOn: string | null }; status: string; overdue: boolean; daysOverdue: number | null }>;
}

interface Task {
  status: string;
  overdue: boolean;
  history: Array<{ seq: number; from: string | null; to: string; note: string | null; by: { name: string } | null }>;
  evidence: Array<{ id: string; kind: string; url: string; sha256: string | null }>;
}

const PASSWORD = 'Bao cao dinh ky 2026!';

/** A minimal PDF: its first bytes are what the content check looks at. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');

describe('records the reports count, and who may touch them (issue 9)', () => {
  let w: World;
  let plan: Plan;

  before(async () => {
    w = await startWorld(vn('2026-03-02'));
    const communeB = await w.t.organisationId('X26068-UBND');
    const officeB = await w.t.organisationId('X26068-BD');
    const communeA = await w.t.organisationId('X26041-UBND');
    const create = (username: string, role: string, organisationId: string) =>
      w.ok('quantri', 'POST', '/api/v1/admin/accounts', { username, displayName: username, password: PASSWORD, role, organisationId }, 201);
    await create('quantrib', 'province_admin', communeB);
    await create('buutab', 'postman', officeB);
    await create('lanhdaoa', 'leader', communeA);
  });
  after(() => w.close());

  const as = async (username: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const session = await w.t.login(username, PASSWORD);
    return w.t.app.inject({ method, url, headers: { ...session.headers, 'idempotency-key': key('records') }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  };

  test("Plan 1106's appendix is loaded as data: ten tasks, their deadlines read, the seven past ones overdue", async () => {
    const list = await w.ok<{ items: Plan[] }>('lanhdao', 'GET', '/api/v1/plans');
    assert.deepEqual(list.items.map((p) => [p.code, p.tasks]), [['1106/KH-UBND', { total: 10, done: 0, overdue: 7 }]]);
    const first = list.items[0];
    assert.ok(first !== undefined);
    plan = await w.ok<Plan>('lanhdao', 'GET', `/api/v1/plans/${first.id}`);
    const task = (section: string, number: number) => plan.taskList.find((t) => t.section === section && t.number === number);
    assert.deepEqual(task('II', 2)?.deadline, { text: 'Quý 3/2019', kind: 'date', dueOn: '2019-09-30' });
    assert.deepEqual(task('I', 1)?.deadline, { text: 'Thường xuyên', kind: 'ongoing', dueOn: null });
    assert.equal(task('IV', 2)?.deadline.kind, 'event');
    assert.equal(task('V', 1)?.daysOverdue, 2253, '31 December 2019 to 2 March 2026: 2,192 days to the end of 2025, then 61');
    const overdue = await w.ok<{ items: Array<{ section: string; number: number }> }>('lanhdao', 'GET', '/api/v1/plans/overdue-tasks');
    assert.equal(overdue.items.length, 7);
    assert.deepEqual([overdue.items[0]?.section, overdue.items[0]?.number], ['II', 1], 'June 2019 first: the most overdue');
  });

  test('a task is marked done with evidence; its history is kept and cannot be rewritten', async () => {
    const task = plan.taskList.find((t) => t.section === 'II' && t.number === 1);
    assert.ok(task !== undefined);
    const done = await w.ok<Task>('quantri', 'POST', `/api/v1/plans/tasks/${task.id}/status`, { status: 'done', note: 'Quyết định công bố danh mục TTHC qua BCCI' });
    assert.equal(done.status, 'done');
    assert.equal(done.overdue, false);
    assert.deepEqual(done.history.map((h) => [h.seq, h.from, h.to]), [[1, null, 'not-started'], [2, 'not-started', 'done']]);
    assert.equal((await w.call('quantri', 'POST', `/api/v1/plans/tasks/${task.id}/status`, { status: 'cancelled' })).statusCode, 409, 'a done task is reopened, not cancelled');
    await w.ok('quantri', 'POST', `/api/v1/plans/tasks/${task.id}/evidence`, { kind: 'link', title: 'Quyết định trên cổng thông tin', url: 'https://dongnai.gov.vn/quyet-dinh' }, 201);
    const withFile = await w.ok<Task>('quantri', 'POST', `/api/v1/plans/tasks/${task.id}/evidence`, { kind: 'file', title: 'Bản scan quyết định', fileName: 'quyet-dinh.pdf', mediaType: 'application/pdf', contentBase64: PDF.toString('base64') }, 201);
    assert.deepEqual(withFile.evidence.map((e) => e.kind), ['link', 'file']);
    const file = withFile.evidence[1];
    assert.ok(file !== undefined);
    const download = await w.call('lanhdao', 'GET', file.url);
    assert.equal(download.statusCode, 200);
    assert.equal(download.body, PDF.toString('latin1'));
    const wrongType = await w.call('quantri', 'POST', `/api/v1/plans/tasks/${task.id}/evidence`, { kind: 'file', title: 'Ảnh', fileName: 'anh.png', mediaType: 'image/png', contentBase64: PDF.toString('base64') });
    assert.equal(wrongType.statusCode, 415);
    // The database itself refuses (Drizzle wraps the database's error as the cause).
    const appendOnly = (e: unknown) => /append-only/.test(String((e as { cause?: { message?: string } }).cause?.message ?? e));
    await assert.rejects(queryRows(w.t.database.db, sql`update plan_task_status_changes set note = 'sửa' where task_id = ${task.id}`), appendOnly);
    await assert.rejects(queryRows(w.t.database.db, sql`delete from plan_task_evidence where task_id = ${task.id}`), appendOnly);
    const summary = await w.ok<{ items: Plan[] }>('lanhdao', 'GET', '/api/v1/plans');
    assert.deepEqual(summary.items[0]?.tasks, { total: 10, done: 1, overdue: 6 });
    const audited = await w.t.database.db.select().from(auditLog).where(eq(auditLog.action, 'plan.task.status'));
    assert.equal(audited.length, 1);
  });

  test('a new plan is entered the same way; its tasks are seen by the issuer’s subtree and those above, changed only within scope', async () => {
    const created = await as('quantrib', 'POST', '/api/v1/plans', {
      code: '15/KH-UBND',
      title: 'Kế hoạch của phường Biên Hoà',
      issuedOn: '2026-02-01',
      issuer: 'Chủ tịch UBND phường Biên Hoà',
      tasks: [{ section: 'I', sectionTitle: 'Tuyên truyền', number: 1, content: 'Phát tờ rơi', product: 'Tờ rơi', leadAgencies: 'Bưu điện phường', coordinatingAgencies: '', deadline: 'Tháng 4 năm 2026' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const ward = created.json() as Plan;
    assert.deepEqual(ward.taskList.map((t) => [t.deadline.dueOn, t.overdue]), [['2026-04-30', false]]);
    assert.equal((await w.call('lanhdao', 'GET', `/api/v1/plans/${ward.id}`)).statusCode, 200, 'the province sees its wards’ plans');
    assert.equal((await as('lanhdaoa', 'GET', `/api/v1/plans/${ward.id}`)).statusCode, 404, 'another ward does not');
    assert.equal((await as('lanhdaoa', 'GET', `/api/v1/plans/${plan.id}`)).statusCode, 200, 'a ward sees the province’s plan');
    const provinceTask = plan.taskList[0];
    assert.ok(provinceTask !== undefined);
    assert.equal((await as('quantrib', 'POST', `/api/v1/plans/tasks/${provinceTask.id}/status`, { status: 'in-progress' })).statusCode, 404, 'a ward’s administrator does not change the province’s plan');
    assert.equal((await w.call('lanhdao', 'POST', `/api/v1/plans/tasks/${provinceTask.id}/status`, { status: 'in-progress' })).statusCode, 403, 'leaders read plans, administrators keep them');
    assert.equal((await w.call('buuta', 'GET', '/api/v1/plans')).statusCode, 403);
    assert.equal((await w.call('', 'GET', '/api/v1/plans')).statusCode, 401);
    assert.equal((await w.call('quantri', 'POST', '/api/v1/plans', { code: '1106/KH-UBND', title: 'x', issuedOn: '2019-06-21', issuer: 'x', tasks: [] })).statusCode, 409);
  });

  test('a difficulty goes to the department of its category, is answered there once, and closed', async () => {
    const categories = await w.ok<{ items: Array<{ category: string; handledBy: { code: string } | null }> }>('buuta', 'GET', '/api/v1/difficulties/categories');
    assert.equal(categories.items.find((c) => c.category === 'postal-service')?.handledBy?.code, 'P75-BD');
    assert.equal((await w.call('buuta', 'POST', '/api/v1/difficulties', { category: 'weather', title: 'x', description: 'x' })).statusCode, 400);
    const reported = await w.ok<{ id: string; routedTo: { code: string }; status: string }>('buuta', 'POST', '/api/v1/difficulties', { category: 'postal-service', title: 'Thiếu phong bì niêm phong', description: 'Bưu cục hết phong bì chuyên dùng', procedureCode: P_A }, 201);
    assert.deepEqual([reported.routedTo.code, reported.status], ['P75-BD', 'open']);
    assert.equal((await w.call('motcua', 'POST', `/api/v1/difficulties/${reported.id}/answer`, { answer: 'x' })).statusCode, 403, 'a desk officer answers nothing');
    assert.equal((await w.call('xuly', 'POST', `/api/v1/difficulties/${reported.id}/answer`, { answer: 'x' })).statusCode, 404, 'another department does not see it');
    assert.equal((await as('buutab', 'GET', `/api/v1/difficulties/${reported.id}`)).statusCode, 404, 'nor does a postman of another office');
    const toHandle = await w.ok<{ items: Array<{ id: string }> }>('kiemsoat', 'GET', '/api/v1/difficulties?role=to-handle&status=open');
    assert.deepEqual(toHandle.items.map((d) => d.id), [reported.id]);
    const answered = await w.ok<{ status: string; answer: string }>('kiemsoat', 'POST', `/api/v1/difficulties/${reported.id}/answer`, { answer: 'Đã cấp bổ sung 500 phong bì' });
    assert.deepEqual([answered.status, answered.answer], ['answered', 'Đã cấp bổ sung 500 phong bì']);
    assert.equal((await w.call('kiemsoat', 'POST', `/api/v1/difficulties/${reported.id}/answer`, { answer: 'khác' })).statusCode, 409, 'the answer is kept as given');
    assert.equal((await w.ok<{ status: string }>('buuta', 'POST', `/api/v1/difficulties/${reported.id}/close`, {})).status, 'closed');
    const counted = await w.ok<{ totals: { counts: Record<string, number> } }>('lanhdao', 'GET', '/api/v1/reports/indicators?period=2026-Q1');
    assert.equal(counted.totals.counts['difficulties.reported'], 1);
    assert.equal(counted.totals.counts['difficulties.answered'], 1);
  });

  test('complaints and losses are recorded by the post for its own items, settled once', async () => {
    const item = await takeIn(w, vn('2026-03-03'), { procedureCode: P_A, serviceForm: 'both', unitCode: '26041' });
    await w.relay();
    const body = { receivedOn: '2026-03-03', channel: 'phone', category: 'late', itemNumber: item.itemNumber, summary: 'Chậm' };
    assert.equal((await as('buutab', 'POST', '/api/v1/complaints', body)).statusCode, 404, 'not an item of their office');
    assert.equal((await w.call('lanhdao', 'POST', '/api/v1/complaints', body)).statusCode, 403, 'leaders read complaints through the reports');
    assert.equal((await w.call('buuta', 'POST', '/api/v1/complaints', { ...body, receivedOn: '2026-03-04' })).statusCode, 400, 'not in the future');
    const complaint = await w.ok<{ id: string; procedureCode: string; agency: { code: string } }>('buuta', 'POST', '/api/v1/complaints', body, 201);
    assert.deepEqual([complaint.procedureCode, complaint.agency.code], [P_A, 'X26041-TTPVHCC']);
    assert.equal((await as('buutab', 'GET', `/api/v1/complaints/${complaint.id}`)).statusCode, 404);
    await w.ok('buuta', 'POST', `/api/v1/complaints/${complaint.id}/resolution`, { status: 'rejected', resolution: 'Chưa quá hạn J+n', resolvedOn: '2026-03-03', compensation: 0 });
    assert.equal((await w.call('buuta', 'POST', `/api/v1/complaints/${complaint.id}/resolution`, { status: 'resolved', resolution: 'x', resolvedOn: '2026-03-03', compensation: 1 })).statusCode, 409);
    const incident = { itemNumber: item.itemNumber, kind: 'damaged', leg: 'dossier', occurredOn: '2026-03-03', compensation: 4 * item.postage };
    await w.ok('buuta', 'POST', '/api/v1/complaints/item-incidents', incident, 201);
    assert.equal((await w.call('buuta', 'POST', '/api/v1/complaints/item-incidents', incident)).statusCode, 409, 'once per item, kind and leg');
    const listed = await w.ok<{ total: number }>('kiemsoat', 'GET', '/api/v1/complaints/item-incidents?from=2026-01-01');
    assert.equal(listed.total, 1);
    const indicators = await w.ok<{ totals: { counts: Record<string, number> } }>('lanhdao', 'GET', '/api/v1/reports/indicators?period=2026-03');
    assert.equal(indicators.totals.counts['items.lost-or-damaged'], 1, 'counted as soon as recorded');
    assert.equal(indicators.totals.counts['complaints.received'], 1);
    const report = await w.ok<{ losses: { damaged: number; compensation: number }; compensationTotal: number }>('kiemsoat', 'GET', '/api/v1/reports/postal-operator?period=2026-Q1');
    assert.deepEqual([report.losses.damaged, report.losses.compensation, report.compensationTotal], [1, 4 * item.postage, 4 * item.postage]);
    const audited = await w.t.database.db.select().from(auditLog).where(eq(auditLog.action, 'complaint.record'));
    assert.equal(audited.length, 1);
  });

  test('training is recorded by administrators for the staff of their scope, and read by leaders', async () => {
    const buuta = await w.t.accountId('buuta');
    const record = { staffId: buuta, procedureCodes: [P_A], course: 'Khai sinh qua BCCI', trainedOn: '2026-03-01' };
    assert.equal((await w.call('lanhdao', 'POST', '/api/v1/training-records', record)).statusCode, 403);
    assert.equal((await as('quantrib', 'POST', '/api/v1/training-records', record)).statusCode, 404, 'not a staff member of their ward');
    assert.equal((await w.call('quantri', 'POST', '/api/v1/training-records', { ...record, procedureCodes: ['9.999999'] })).statusCode, 400);
    await w.ok('quantri', 'POST', '/api/v1/training-records', record, 201);
    const list = await w.ok<{ total: number; items: Array<{ staff: { name: string }; procedureCodes: string[] }> }>('lanhdao', 'GET', `/api/v1/training-records?procedureCode=${P_A}`);
    assert.equal(list.total, 1);
    assert.equal((await as('lanhdaoa', 'GET', '/api/v1/training-records')).json().total, 0, 'the post’s staff are not in the ward’s scope');
  });

  test('report deadlines: due in N days, due soon, overdue, sent; reminders recorded once per stage', async () => {
    const listed = await w.ok<{ items: Array<{ kind: string; period: { key: string }; dueOn: string; daysLeft: number; state: string; confirmed: boolean }> }>('lanhdao', 'GET', '/api/v1/reports/deadlines?today=2025-07-01');
    const find = (kind: string, period: string) => listed.items.find((d) => d.kind === kind && d.period.key === period);
    assert.deepEqual(find('postal-half-year', '2025-H1'), { ...find('postal-half-year', '2025-H1'), dueOn: '2025-07-10', daysLeft: 9, state: 'due-soon' });
    assert.equal(find('chairman-six-month', '2025-H1')?.confirmed, false, 'the plan gives no day: a setting');
    assert.deepEqual([find('postal-quarterly', '2025-Q1')?.state, find('postal-quarterly', '2025-Q1')?.daysLeft], ['overdue', -82]);
    assert.equal(find('postal-quarterly', '2025-Q3')?.state, 'upcoming');
    assert.equal((await w.call('lanhdao', 'POST', '/api/v1/reports/submissions', { kind: 'postal-quarterly', period: '2025-Q1', submittedOn: '2025-07-02' })).statusCode, 403, 'the post sends its own report');
    assert.equal((await w.call('kiemsoat', 'POST', '/api/v1/reports/submissions', { kind: 'postal-quarterly', period: '2025-H1', submittedOn: '2025-07-02' })).statusCode, 400, 'not a quarter');
    const sent = await w.ok<{ state: string }>('kiemsoat', 'POST', '/api/v1/reports/submissions', { kind: 'postal-quarterly', period: '2025-Q1', submittedOn: '2025-07-02', reference: '123/BC-BĐĐN' }, 201);
    assert.equal(sent.state, 'submitted');
    assert.equal((await w.call('kiemsoat', 'POST', '/api/v1/reports/submissions', { kind: 'postal-quarterly', period: '2025-Q1', submittedOn: '2025-07-02' })).statusCode, 409);
    await w.ok('lanhdao', 'POST', '/api/v1/reports/submissions', { kind: 'chairman-six-month', period: '2025-H1', submittedOn: '2025-07-08' }, 201);
    assert.equal((await w.ok<{ items: Array<{ kind: string; period: { key: string }; state: string }> }>('lanhdao', 'GET', '/api/v1/reports/deadlines?today=2025-07-01')).items.find((d) => d.kind === 'postal-quarterly' && d.period.key === '2025-Q1')?.state, 'submitted');

    // The worker on 2 March 2026: the annual reports of 2025 are overdue, Q1 2026 is not yet due.
    const first = await w.t.services.reports.deadlines.remind();
    assert.deepEqual(first.map((r) => `${r.kind} ${r.period} ${r.stage}`).sort(), ['chairman-annual 2025 overdue', 'postal-annual 2025 overdue', 'postal-quarterly 2025-Q4 overdue']);
    assert.deepEqual(await w.t.services.reports.deadlines.remind(), [], 'once per stage');
    assert.equal((await w.t.database.db.select().from(reportReminders)).length, 3);
  });

  test('a dossier a partner one-stop system reported is counted, its channel marked unknown', async () => {
    const desk = await w.t.organisationId('X26041-TTPVHCC');
    const created = await w.ok<{ key: string }>('quantri', 'POST', '/api/v1/admin/api-keys', { name: 'Phần mềm một cửa đối tác', organisationId: desk, scopes: ['events:write'] }, 201);
    w.clock.set(vn('2026-03-05'));
    const reported = await w.t.app.inject({
      method: 'POST',
      url: '/api/v1/exchange/events',
      headers: { authorization: `Bearer ${created.key}`, 'idempotency-key': key('partner') },
      payload: { type: 'dossier.registered', occurredAt: vn('2026-03-05'), dossierCode: '000.01.21.H19-260305-0042', data: { filedAt: vn('2026-03-05'), dueAt: vn('2026-03-06'), agency: { code: 'X26041-TTPVHCC', name: 'Trung tâm' }, procedureCode: P_A } },
    });
    assert.equal(reported.statusCode, 201, reported.body);
    await w.relay();
    const march = await w.ok<{ totals: { counts: Record<string, number> } }>('lanhdao', 'GET', '/api/v1/reports/indicators?period=2026-03');
    assert.equal(march.totals.counts['dossiers.total'], 1);
    assert.equal(march.totals.counts['dossiers.unknown-channel'], 1);
    const page = await w.ok<{ items: Array<{ dossierCode: string; agency: { code: string }; channel: string }> }>('lanhdao', 'GET', '/api/v1/reports/drill-down?measure=dossiers.unknown-channel&period=2026-03');
    assert.deepEqual(page.items.map((i) => [i.dossierCode, i.agency.code, i.channel]), [['000.01.21.H19-260305-0042', 'X26041-TTPVHCC', 'unknown']]);
  });
});
