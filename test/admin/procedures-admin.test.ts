/**
 * R4 from the administrator's side: a procedure is put on the post with the province's
 * decision and its date, and the public page, the search and the postman's checklist read the
 * change at once (the reference caches of the process are dropped), not 30 seconds later.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { MAX_DAYS_AHEAD, checkPostalDecision } from '../../src/domain/procedure/postal-decision.js';
import { parsePlainDate } from '../../src/domain/time/plain-date.js';
import { type Session, type TestApp, manualClock, startTestApp } from '../support/app.js';

const TODAY = parsePlainDate('2026-06-01');
/** "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực": not by post in the national sample. */
const CODE = '2.000942';

describe('the rule for a postal decision (R4)', () => {
  test('offering needs a decision and a date of effect', () => {
    assert.deepEqual(checkPostalDecision({ offered: true, decision: 'Quyết định 1/QĐ-UBND', since: '2026-07-01' }, TODAY), []);
    const missing = checkPostalDecision({ offered: true, decision: '  ', since: null }, TODAY);
    assert.deepEqual(missing.map((p) => p.field), ['decision', 'since']);
  });

  test('a date may lie ahead, but not beyond a year; a malformed date is named', () => {
    assert.deepEqual(checkPostalDecision({ offered: true, decision: 'QĐ', since: '2020-01-01' }, TODAY), []);
    assert.deepEqual(checkPostalDecision({ offered: true, decision: 'QĐ', since: '2027-06-02' }, TODAY), [], `${MAX_DAYS_AHEAD} days ahead is still accepted`);
    assert.equal(checkPostalDecision({ offered: true, decision: 'QĐ', since: '2027-06-03' }, TODAY)[0]?.field, 'since');
    assert.equal(checkPostalDecision({ offered: true, decision: 'QĐ', since: '2026-02-30' }, TODAY)[0]?.field, 'since');
  });

  test('withdrawing needs nothing, but a decision text is still bounded', () => {
    assert.deepEqual(checkPostalDecision({ offered: false, decision: null, since: null }, TODAY), []);
    assert.equal(checkPostalDecision({ offered: false, decision: 'x'.repeat(501), since: null }, TODAY)[0]?.field, 'decision');
  });
});

interface PostalAnswer {
  code?: string;
  postal: { offered: boolean; basis: string | null; decision: string | null; since: string | null };
  errors?: Array<{ name: string; message: string }>;
}

describe('PUT /api/v1/admin/procedures/{code}/postal', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp({}, { clock: manualClock('2026-06-01T03:00:00Z') });
    admin = await t.login('quantri');
  });
  after(() => t.close());

  async function put(payload: Record<string, unknown>, session: Session | null = admin, code = CODE) {
    const response = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/procedures/${code}/postal`, headers: session?.headers ?? {}, payload });
    return { status: response.statusCode, body: response.json() as PostalAnswer & { code?: string } };
  }

  const detail = async (code = CODE) => (await t.app.inject({ method: 'GET', url: `/api/v1/procedures/${code}` })).json() as PostalAnswer & { expectedResult: unknown };
  const byPost = async () => ((await t.app.inject({ method: 'GET', url: `/api/v1/procedures?q=${CODE}&byPost=true` })).json() as { items: Array<{ code: string }> }).items.map((i) => i.code);

  test('marked for post with a decision and date: the public page, the search and the checklist show it at once; audited', async () => {
    const postman = await t.login('buuta');
    const checklist = async () => ((await t.app.inject({ method: 'GET', url: `/api/v1/postal/checklists/${CODE}`, headers: postman.headers })).json() as { postalServiceOffered: boolean }).postalServiceOffered;
    // Read first, so every cache of the process holds the old answer.
    assert.equal((await detail()).postal.offered, false);
    assert.deepEqual(await byPost(), []);
    assert.equal(await checklist(), false);

    const decision = 'Quyết định số 1234/QĐ-UBND ngày 15/5/2026 của UBND tỉnh Đồng Nai';
    const { status, body } = await put({ offered: true, decision: `  ${decision} `, since: '2026-07-01' });
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(body, { code: CODE, postal: { offered: true, basis: 'provincial-decision', decision, since: '2026-07-01' } });

    const shown = await detail();
    assert.deepEqual(shown.postal, { offered: true, basis: 'provincial-decision', decision, since: '2026-07-01', serviceForms: ['send-dossier', 'receive-result', 'both'] });
    assert.notEqual(shown.expectedResult, null);
    assert.deepEqual(await byPost(), [CODE]);
    assert.equal(await checklist(), true);

    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'procedure.postal.set'), eq(auditLog.subjectId, CODE)));
    assert.equal(audit?.actorId, await t.accountId('quantri'));
    assert.deepEqual(audit?.details, { offered: true, decision, since: '2026-07-01', before: { offered: false, decision: null, since: null } });
  });

  test('a missing decision, a missing date or a date years ahead is refused beside the field, and nothing changes', async () => {
    const missing = await put({ offered: true, decision: '', since: null });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.errors?.map((e) => e.name), ['decision', 'since']);
    const far = await put({ offered: true, decision: 'QĐ 9/QĐ-UBND', since: '2030-01-01' });
    assert.equal(far.status, 400);
    assert.deepEqual(far.body.errors?.map((e) => e.name), ['since']);
    const malformed = await put({ offered: true, decision: 'QĐ', since: '1 tháng 7' });
    assert.equal(malformed.status, 400);
    const extra = await put({ offered: true, decision: 'QĐ', since: '2026-07-01', basis: 'national-catalogue' });
    assert.equal(extra.status, 400, 'unknown properties are refused');
    assert.equal((await detail()).postal.since, '2026-07-01');
  });

  test('withdrawn from the post: the page says so and intake would refuse it; the reason stays in the audit log', async () => {
    const { status, body } = await put({ offered: false, decision: 'Quyết định số 77/QĐ-UBND: tạm dừng' });
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(body.postal, { offered: false, basis: null, decision: null, since: null });
    assert.deepEqual((await detail()).postal, { offered: false, basis: null, decision: null, since: null, serviceForms: [] });
    assert.deepEqual(await byPost(), []);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'procedure.postal.set'), eq(auditLog.subjectId, CODE)));
    assert.equal(rows.length, 2);
    assert.ok(rows.some((r) => (r.details as { decision?: string }).decision === 'Quyết định số 77/QĐ-UBND: tạm dừng'));
  });

  test('an unknown procedure is 404; a malformed code 400', async () => {
    const unknown = await put({ offered: true, decision: 'QĐ', since: '2026-07-01' }, admin, '9.999999');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'PROCEDURE_NOT_FOUND');
    const malformed = await put({ offered: true, decision: 'QĐ', since: '2026-07-01' }, admin, 'khai-sinh');
    assert.equal(malformed.status, 400);
  });

  test('refusals: no session 401, a desk officer or a leader 403 (audited), a partner key 403, no CSRF token 403', async () => {
    const payload = { offered: true, decision: 'QĐ', since: '2026-07-01' };
    assert.equal((await put(payload, null)).status, 401);
    for (const username of ['motcua', 'lanhdao', 'kiemsoat']) {
      const refused = await put(payload, await t.login(username));
      assert.equal(refused.status, 403, username);
    }
    const denials = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.actorId, await t.accountId('motcua'))));
    assert.ok(denials.some((d) => (d.details as { permission?: string }).permission === 'catalog:manage'));
    const partner = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/procedures/${CODE}/postal`, headers: { authorization: `Bearer ${t.demoApiKey}` }, payload });
    assert.equal(partner.statusCode, 403);
    const noCsrf = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/procedures/${CODE}/postal`, headers: { cookie: admin.cookie }, payload });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal((await detail()).postal.offered, false, 'nothing refused changed the procedure');
  });
});
