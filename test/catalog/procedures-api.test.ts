import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { procedures } from '../../src/catalog/catalog.schema.js';
import { foldForSearch } from '../../src/domain/text/fold.js';
import { type TestApp, manualClock, startTestApp } from '../support/app.js';

interface Summary {
  code: string;
  name: string;
  field: string;
  levels: string[];
  byPost: boolean;
  processingTime: { text: string; workingDays: number | null } | null;
  fee: string | null;
}
interface SearchBody {
  total: number;
  items: Summary[];
  facets: { fields: Array<{ value: string; count: number }>; levels: Array<{ id: string; label: string; count: number }> };
  errors?: Array<{ name: string }>;
}
interface DetailBody {
  code: string;
  name: string;
  levels: string[];
  type: string | null;
  applicants: string | null;
  publishingDecision: string | null;
  postal: { offered: boolean; basis: string | null; decision: string | null; since: string | null; serviceForms: string[] };
  submissionMethods: Array<{ method: string; processingTime: { text: string; workingDays: number | null } | null; fee: string | null; description: string | null }>;
  documents: Array<{ group: string | null; toShow: boolean; note: boolean; items: Array<{ document: string; quantity: string | null; conditional: boolean }> }>;
  results: Array<{ name: string; code: string | null }>;
  expectedResult: { filedAt: string; dueAt: string | null; basis: string } | null;
  localSummary: { dossierSummary: string[] } | null;
  files: unknown[];
  source: string | null;
}

// Friday 13 February 2026, 09:00 in Vietnam: the Tết break (16–20 February) is ahead.
const NOW = '2026-02-13T02:00:00Z';

describe('the procedures catalogue API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({}, { clock: manualClock(NOW) });
    // The province publishes by decision a procedure the national catalogue does not list for
    // the post (R4). Written before the first read, so no process copy of the catalogue is stale.
    await t.database.db.update(procedures).set({ postalDecision: '1234/QĐ-UBND ngày 02/01/2026 của UBND tỉnh', postalSince: '2026-01-15' }).where(eq(procedures.code, '1.003583'));
  });
  after(() => t.close());

  async function search(query: string) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/procedures?${query}` });
    return { status: response.statusCode, body: response.json() as SearchBody };
  }
  async function detail(code: string) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/procedures/${encodeURIComponent(code)}` });
    return { status: response.statusCode, body: response.json() as DetailBody & { code: string; errors?: Array<{ name: string }> } };
  }

  test('"khai sinh" finds birth registration first; every result has the words in its name', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('khai sinh')}`);
    assert.equal(status, 200);
    assert.equal(body.items[0]?.code, '1.001193');
    assert.equal(body.items[0]?.name, 'Thủ tục đăng ký khai sinh');
    assert.ok(body.total >= 5, `total ${body.total}`);
    for (const item of body.items) assert.match(foldForSearch(item.name), /khai|sinh/);
    assert.ok(!body.items.some((i) => i.code === '1.000656'), 'death registration is not a match');
  });

  test('without tone marks, in capitals, or with đ, the same procedure comes first', async () => {
    for (const q of ['dang ky khai sinh', 'ĐĂNG KÝ KHAI SINH', 'đăng ký khai sinh']) {
      const { status, body } = await search(`q=${encodeURIComponent(q)}`);
      assert.equal(status, 200);
      assert.equal(body.items[0]?.code, '1.001193', q);
    }
  });

  test('an exact code finds that one procedure, with its processing time and fee by post', async () => {
    const { body } = await search('q=1.001193');
    assert.equal(body.total, 1);
    assert.deepEqual(body.items[0], {
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      field: 'Hộ tịch',
      levels: ['Cấp xã'],
      byPost: true,
      processingTime: { text: '1', workingDays: 1 },
      fee: 'Miễn phí',
    });
  });

  test('filters by field, level (id or label) and postal service; facets count before the field and level filters', async () => {
    const { body } = await search(`field=${encodeURIComponent('Hộ tịch')}&level=commune&byPost=true&limit=100`);
    assert.ok(body.total > 5);
    for (const item of body.items) {
      assert.equal(item.field, 'Hộ tịch');
      assert.ok(item.levels.includes('Cấp xã'));
      assert.equal(item.byPost, true);
    }
    const byLabel = await search(`field=${encodeURIComponent('hộ TỊCH')}&level=${encodeURIComponent('Cấp xã')}&byPost=true&limit=100`);
    assert.equal(byLabel.body.total, body.total, 'a label and an id name the same level; the field is matched without case');
    assert.ok(body.facets.fields.length > 5, 'other fields stay in the facets');
    assert.deepEqual(body.facets.levels.map((l) => l.id), ['ministry', 'province', 'commune', 'other']);
    const communeFacet = body.facets.levels.find((l) => l.id === 'commune');
    assert.equal(communeFacet?.label, 'Cấp xã');
    const allByPost = await search('byPost=true&level=commune&limit=1');
    assert.equal(allByPost.body.total, communeFacet?.count);
    const notByPost = await search('byPost=false&limit=100');
    assert.ok(notByPost.body.total > 0 && notByPost.body.items.every((i) => !i.byPost));
  });

  test('pages through the whole catalogue in code order; limits are bounded', async () => {
    const all = await search('limit=100');
    assert.ok(all.body.total > 140, `total ${all.body.total}`);
    const codes = all.body.items.map((i) => i.code);
    assert.deepEqual(codes, [...codes].sort());
    const first = await search('limit=3&offset=0');
    const second = await search('limit=3&offset=3');
    assert.deepEqual([...first.body.items, ...second.body.items].map((i) => i.code), codes.slice(0, 6));
    assert.equal((await search('limit=20')).body.items.length, 20);
    assert.equal((await search(`offset=${all.body.total}`)).body.items.length, 0);
    for (const bad of ['limit=101', 'limit=0', 'offset=-1', 'level=district', 'colour=blue', `q=${'x'.repeat(201)}`]) {
      const { status, body } = await search(bad);
      assert.equal(status, 400, bad);
      assert.ok((body.errors ?? []).length > 0, bad);
    }
  });

  test('one procedure in full: postal basis, service forms, methods, documents, results, source', async () => {
    const { status, body } = await detail('1.004873');
    assert.equal(status, 200);
    assert.equal(body.name, 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân');
    assert.equal(body.type, 'TTHC được giao luật quy định chi tiết');
    assert.equal(body.applicants, 'Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài');
    assert.deepEqual(body.postal, { offered: true, basis: 'national-catalogue', decision: '163/QĐ-BTP', since: null, serviceForms: ['send-dossier', 'receive-result', 'both'] });
    assert.deepEqual(body.submissionMethods.map((m) => m.method), ['Trực tuyến', 'Dịch vụ bưu chính', 'Trực tiếp']);
    assert.deepEqual(body.submissionMethods[1]?.processingTime, { text: '3', workingDays: 3 });
    assert.deepEqual(body.results, [{ name: 'Giấy xác nhận tình trạng hôn nhân', code: 'KQ.G15.000038' }]);
    assert.match(body.source ?? '', /^https:\/\/dichvucong\.gov\.vn\//);
    assert.deepEqual(body.files, []);
    assert.equal(body.documents[0]?.group, 'Giấy tờ phải nộp');
    assert.ok(body.documents.some((g) => g.toShow), 'the documents to show form a group');
  });

  test('the documents are exactly what the postman checks at intake', async () => {
    const postman = await t.login('buuta');
    const checklist = await t.app.inject({ method: 'GET', url: '/api/v1/postal/checklists/1.001193', headers: postman.headers });
    assert.equal(checklist.statusCode, 200);
    const items = (checklist.json() as { items: Array<{ document: string; required: boolean }> }).items;
    const { body } = await detail('1.001193');
    const published = body.documents.flatMap((g) => g.items.map((i) => ({ ...i, handedIn: !g.toShow && !g.note })));
    assert.equal(published.length, items.length);
    items.forEach((item, i) => {
      assert.equal(published[i]?.document, item.document);
      if (item.required) assert.equal(published[i]?.conditional, false, `${item.document} is required`);
      if (published[i]?.handedIn === true) assert.equal(published[i]?.conditional, !item.required, item.document);
    });
    const birthCertificate = published.find((d) => d.document.startsWith('Giấy chứng sinh'));
    assert.equal(birthCertificate?.conditional, false);
    const abandoned = published.find((d) => d.document.startsWith('Trường hợp trẻ em bị bỏ rơi'));
    assert.equal(abandoned?.conditional, true);
    const shown = body.documents.find((g) => g.toShow);
    assert.ok(shown?.items.some((i) => i.document.startsWith('Hộ chiếu/Thẻ căn cước') && !i.conditional), 'an identity paper is shown in every case');
  });

  test('the expected result date if filed by post now counts working time across Tết', async () => {
    // 3 working days (24 working hours) from Friday 13 February 09:00: 6 h that Friday; 14–15
    // weekend; 16–20 Tết; 21–22 weekend; 8 h on Monday 23 and Tuesday 24; 2 h on Wednesday 25.
    const { body } = await detail('1.004873');
    assert.equal(body.expectedResult?.filedAt, '2026-02-13T09:00:00+07:00');
    assert.equal(body.expectedResult?.dueAt, '2026-02-25T09:00:00+07:00');
    assert.match(body.expectedResult?.basis ?? '', /3 ngày làm việc/);
    assert.match(body.expectedResult?.basis ?? '', /không ghi đơn vị/);
  });

  test('with no processing time in the catalogue there is no date, and the basis says why', async () => {
    const { body } = await detail('2.000635');
    assert.equal(body.postal.offered, true);
    assert.equal(body.expectedResult?.dueAt, null);
    assert.match(body.expectedResult?.basis ?? '', /không ghi thời hạn/);
  });

  test("a procedure published by the province's decision says so; one not offered by post has no expected date", async () => {
    const provincial = await detail('1.003583');
    assert.deepEqual(provincial.body.postal, {
      offered: true,
      basis: 'provincial-decision',
      decision: '1234/QĐ-UBND ngày 02/01/2026 của UBND tỉnh',
      since: '2026-01-15',
      serviceForms: ['send-dossier', 'receive-result', 'both'],
    });
    assert.equal((await search('q=1.003583')).body.items[0]?.byPost, true);

    const land = await detail('1.011441');
    assert.equal(land.status, 200);
    assert.deepEqual(land.body.postal, { offered: false, basis: null, decision: null, since: null, serviceForms: [] });
    assert.equal(land.body.expectedResult, null);
    assert.ok((land.body.localSummary?.dossierSummary.length ?? 0) > 0, "the province's own summary is given where the national record is missing");
  });

  test('an unknown code is 404 PROCEDURE_NOT_FOUND; a malformed one is 400', async () => {
    const unknown = await detail('9.999999');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'PROCEDURE_NOT_FOUND');
    for (const bad of ['1.2', 'abc', '1.001193x']) {
      const malformed = await detail(bad);
      assert.equal(malformed.status, 400, bad);
      assert.equal(malformed.body.errors?.[0]?.name, 'code');
    }
  });
});
