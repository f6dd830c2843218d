/** The procedure search kept in the address: defaults left out, malformed values ignored, the API request built from it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAGE_SIZE, filtersToSearch, parseFilters, resultSetKey, searchRequestPath } from '../../src/web/pages/procedures/search-state.js';

describe('procedure search filters in the address', () => {
  it('an empty address means: every procedure offered by post, one page', () => {
    assert.deepEqual(parseFilters(''), { q: '', field: null, level: null, byPost: true, shown: PAGE_SIZE });
    assert.equal(filtersToSearch(parseFilters('')), '');
  });

  it('keeps words, field, level, "all procedures" and the number shown, and reads them back', () => {
    const filters = { q: 'khai sinh', field: 'Hộ tịch', level: 'commune', byPost: false, shown: 40 };
    const search = filtersToSearch(filters);
    assert.equal(search, '?q=khai+sinh&linh-vuc=H%E1%BB%99+t%E1%BB%8Bch&cap=commune&tat-ca=1&so=40');
    assert.deepEqual(parseFilters(search), filters);
  });

  it('leaves defaults out of the address', () => {
    assert.equal(filtersToSearch({ q: '  ', field: null, level: null, byPost: true, shown: PAGE_SIZE }), '');
  });

  it('ignores a malformed or out-of-range count, and blank filters', () => {
    assert.equal(parseFilters('?so=abc').shown, PAGE_SIZE);
    assert.equal(parseFilters('?so=5').shown, PAGE_SIZE);
    assert.equal(parseFilters('?so=5000').shown, 100);
    assert.equal(parseFilters('?linh-vuc=%20&cap=').field, null);
    assert.equal(parseFilters('?linh-vuc=%20&cap=').level, null);
    assert.equal(parseFilters('?tat-ca=0').byPost, true);
  });
});

describe('the API request for a page of results', () => {
  it('trims and squeezes the words, and always says byPost', () => {
    const path = searchRequestPath({ q: '  dang ky   khai sinh ', field: null, level: null, byPost: true, shown: 20 }, 0, 20);
    assert.equal(path, '/api/v1/procedures?q=dang+ky+khai+sinh&byPost=true&limit=20&offset=0');
  });

  it('passes field and level, and keeps the limit within the API bounds', () => {
    const filters = { q: '', field: 'Hộ tịch', level: 'province', byPost: false, shown: 20 };
    const params = new URL(searchRequestPath(filters, 40, 500), 'http://x').searchParams;
    assert.equal(params.get('q'), null);
    assert.equal(params.get('field'), 'Hộ tịch');
    assert.equal(params.get('level'), 'province');
    assert.equal(params.get('byPost'), 'false');
    assert.equal(params.get('limit'), '100');
    assert.equal(params.get('offset'), '40');
  });

  it('the result set does not depend on how many are shown, but on every filter', () => {
    const base = { q: 'khai sinh', field: null, level: null, byPost: true, shown: 20 };
    assert.equal(resultSetKey(base), resultSetKey({ ...base, shown: 60 }));
    assert.equal(resultSetKey(base), resultSetKey({ ...base, q: ' khai  sinh ' }));
    assert.notEqual(resultSetKey(base), resultSetKey({ ...base, byPost: false }));
    assert.notEqual(resultSetKey(base), resultSetKey({ ...base, field: 'Hộ tịch' }));
  });
});
