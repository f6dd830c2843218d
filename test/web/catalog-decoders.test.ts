/**
 * The web pages' decoders against the real API answers (a fresh test database, no browser):
 * a change of shape on either side fails here, before a citizen sees "unexpected answer".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DecodeError } from '../../src/web/api.js';
import { decodeProcedure, decodeSearchResult } from '../../src/web/pages/procedures/procedures-api.js';
import { searchRequestPath } from '../../src/web/pages/procedures/search-state.js';
import { decodeQuote, decodeTariffTables, quotePath } from '../../src/web/pages/tariffs/tariffs-api.js';
import { type TestApp, startTestApp } from '../support/app.js';

const BIRTH_REGISTRATION = '1.001193';

describe('catalogue decoders on real answers', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => {
    await t?.close();
  });

  async function get(url: string): Promise<unknown> {
    const response = await t.app.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response.json() as unknown;
  }

  it('decodes a search as the page asks for it, facets included', async () => {
    const path = searchRequestPath({ q: 'dang ky khai sinh', field: null, level: null, byPost: true, shown: 20 }, 0, 20);
    const result = decodeSearchResult(await get(path));
    assert.ok(result.total >= 1);
    const birth = result.items.find((item) => item.code === BIRTH_REGISTRATION);
    assert.ok(birth, 'birth registration is found without accents');
    assert.equal(birth.byPost, true);
    assert.ok(result.facets.fields.some((facet) => facet.value === 'Hộ tịch'));
    assert.ok(result.facets.levels.some((facet) => facet.id === 'commune'));
  });

  it('decodes the search with a field, a level id and all procedures', async () => {
    const path = searchRequestPath({ q: 'khai sinh', field: 'Hộ tịch', level: 'commune', byPost: false, shown: 20 }, 0, 5);
    const result = decodeSearchResult(await get(path));
    assert.ok(result.items.length <= 5);
    assert.ok(result.items.every((item) => item.field === 'Hộ tịch'));
  });

  it('decodes one procedure with its documents, postal basis and expected result', async () => {
    const procedure = decodeProcedure(await get(`/api/v1/procedures/${BIRTH_REGISTRATION}`));
    assert.equal(procedure.code, BIRTH_REGISTRATION);
    assert.equal(procedure.postal.offered, true);
    assert.equal(procedure.postal.basis, 'national-catalogue');
    assert.ok(procedure.documents.some((group) => group.toShow));
    assert.ok(procedure.documents.flatMap((group) => group.items).some((item) => item.document.startsWith('Giấy chứng sinh')));
    assert.ok(procedure.expectedResult !== null);
    assert.ok(procedure.results.includes('Giấy khai sinh'));
  });

  it('refuses an answer whose shape changed', () => {
    assert.throws(() => decodeSearchResult({ total: 1, items: [{ code: '1', name: 'x' }], facets: { fields: [], levels: [] } }), DecodeError);
    assert.throws(() => decodeProcedure({ code: '1' }), DecodeError);
  });

  it('decodes the tariff tables, checked by the domain rule', async () => {
    const tables = decodeTariffTables(await get('/api/v1/tariffs'));
    assert.ok(tables.length >= 1);
    assert.ok(tables.some((table) => table.isSample));
  });

  it('decodes a quote for what the calculator sends', async () => {
    const quote = decodeQuote(await get(quotePath({ direction: 'both', zone: 'intra-province', weightGrams: 120, collectFees: true, discount: 'war-invalid' })));
    assert.deepEqual(
      quote.lines.map((line) => line.code),
      ['postage-pickup', 'postage-delivery', 'discount', 'fee-collection'],
    );
    assert.equal(
      quote.total,
      quote.lines.reduce((sum, line) => sum + line.amount, 0),
    );
  });

  it('refuses a tariff table the domain would refuse', () => {
    assert.throws(() => decodeTariffTables({ items: [{ id: 'x' }] }), DecodeError);
  });
});
