import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchTier, rankEntries, searchKey, searchQuery } from '../../../src/domain/text/rank.js';

const catalogue = [
  { code: '1.004884', name: 'Thủ tục đăng ký lại khai sinh' },
  { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  { code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh' },
  { code: '1.003583', name: 'Thủ tục đăng ký khai sinh lưu động' },
  { code: '1.000656', name: 'Thủ tục đăng ký khai tử' },
  { code: '1.011441', name: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất' },
];
const keys = new Map(catalogue.map((e) => [e, searchKey(e.code, e.name)]));
const rank = (q: string) => rankEntries(searchQuery(q), catalogue, (e) => keys.get(e) ?? searchKey(e.code, e.name));
const tier = (q: string, code: string) => {
  const entry = catalogue.find((e) => e.code === code);
  assert.ok(entry);
  return matchTier(searchQuery(q), searchKey(entry.code, entry.name));
};

describe('ranking catalogue entries against a query', () => {
  it('"khai sinh" and "dang ky khai sinh" find birth registration first, with and without marks', () => {
    for (const q of ['khai sinh', 'dang ky khai sinh', 'ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh']) {
      const found = rank(q).map((r) => r.entry.code);
      assert.equal(found[0], '1.001193', q);
      assert.ok(!found.includes('1.000656'), `${q} does not find the death registration`);
    }
    assert.deepEqual(
      rank('khai sinh').map((r) => r.entry.code),
      ['1.001193', '1.004884', '1.003583', '2.000635'],
    );
  });

  it('puts an exact code first, then code prefixes, then names', () => {
    assert.equal(tier('1.001193', '1.001193'), 'code-exact');
    assert.equal(tier('1.0011', '1.001193'), 'code-prefix');
    assert.equal(rank('1.001193').length, 1);
  });

  it('orders name prefix, phrase at a word, words in any order, then substrings', () => {
    assert.equal(tier('thu tuc dang ky khai', '1.001193'), 'name-prefix');
    assert.equal(tier('dang ky khai', '1.001193'), 'name-phrase');
    assert.equal(tier('khai sinh dang ky', '1.001193'), 'name-words');
    assert.equal(tier('ai sinh', '1.001193'), 'name-substring');
    assert.equal(tier('hon nhan', '1.001193'), null);
    const order = rank('ang ky').map((r) => r.tier);
    assert.ok(order.every((t) => t === 'name-substring'));
    assert.equal(rank('   ').length, 0, 'an empty query matches nothing (the caller lists everything instead)');
  });

  it('breaks ties by the shorter name, then the code, so paging is stable', () => {
    const a = rank('dang ky').map((r) => r.entry.code);
    assert.deepEqual(a, rank('dang ky').map((r) => r.entry.code));
    assert.equal(a[0], '1.011441', '"Đăng ký …" starts with the query: a name prefix beats phrases');
    assert.equal(a[1], '1.000656', 'then the shortest phrase match');
  });
});
