import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foldForSearch, searchWords, stripDiacritics } from '../../../src/domain/text/fold.js';

describe('folding Vietnamese text for search', () => {
  it('drops tone and vowel marks, maps đ to d and lowers the case', () => {
    assert.equal(foldForSearch('Thủ tục đăng ký khai sinh'), 'thu tuc dang ky khai sinh');
    assert.equal(foldForSearch('ĐĂNG KÝ KHAI SINH'), 'dang ky khai sinh');
    assert.equal(foldForSearch('Ưu đãi người có công – Ơn'), 'uu dai nguoi co cong on');
    assert.equal(foldForSearch('Hộ tịch'), 'ho tich');
  });

  it('reads decomposed input (as some keyboards type it) like precomposed input', () => {
    const decomposed = 'Hộ tịch'.normalize('NFD');
    assert.notEqual(decomposed, 'Hộ tịch');
    assert.equal(foldForSearch(decomposed), 'ho tich');
  });

  it('turns punctuation and runs of spaces into one space, keeping a code in one piece', () => {
    assert.equal(foldForSearch('  Đăng ký,   thay đổi (hộ kinh doanh). '), 'dang ky thay doi ho kinh doanh');
    assert.equal(foldForSearch('Mã 1.001193.'), 'ma 1.001193');
    assert.deepEqual(searchWords(foldForSearch('dang  ky')), ['dang', 'ky']);
    assert.deepEqual(searchWords(''), []);
  });

  it('keeps the case when only stripping marks (ASCII file names)', () => {
    assert.equal(stripDiacritics('Tờ khai Đăng ký.docx'), 'To khai Dang ky.docx');
  });

  it('is idempotent and its output is plain lower-case ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵAĂÂĐÊÔƠƯ .,-0123456789'.split('')) }), (text) => {
        const folded = foldForSearch(text);
        assert.equal(foldForSearch(folded), folded);
        assert.match(folded, /^[a-z0-9. ]*$/);
      }),
    );
  });
});
