import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildChecklist, evaluateTally } from '../../../src/domain/postal-item/checklist.js';

const groups = [
  {
    group: 'Giấy tờ phải nộp',
    items: [
      { document: 'Tờ khai đăng ký khai sinh theo mẫu', quantity: '1 bản chính' },
      { document: 'Trường hợp trẻ em bị bỏ rơi thì phải có biên bản', quantity: '1 bản chính' },
      { document: 'Văn bản ủy quyền trong trường hợp ủy quyền', quantity: '1 bản chính' },
      { document: 'Giấy chứng sinh', quantity: '1 bản chính,1 bản sao' },
      { document: 'Bản điện tử đã nộp', quantity: '0 bản chính' },
    ],
  },
  { group: 'Giấy tờ phải xuất trình', items: [{ document: 'Căn cước công dân', quantity: '1 bản chính' }] },
  { group: 'Lưu ý', items: [{ document: 'Người tiếp nhận kiểm tra', quantity: null }] },
  { group: null, items: [{ document: 'Mẫu hộ tịch điện tử', quantity: '1 bản chính' }] },
  { group: 'a) Đối với trường hợp cấp lại', items: [{ document: 'Đơn đề nghị', quantity: '1 bản chính' }] },
];

describe('document checklist from the published dossier components', () => {
  const list = buildChecklist(groups);

  it('numbers items by group and position and reads the quantities', () => {
    assert.deepEqual(list.map((i) => i.id), ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '3.1', '4.1', '5.1']);
    assert.deepEqual([list[3]?.originals, list[3]?.copies], [1, 1]);
  });

  it('requires only unconditional documents to submit, with a quantity', () => {
    assert.deepEqual(list.filter((i) => i.required).map((i) => i.id), ['1.1', '1.4']);
  });

  const all = (status: 'present' | 'not-applicable') => list.map((i) => ({ id: i.id, status: i.required ? ('present' as const) : status, copyKind: i.required || status === 'present' ? ('original' as const) : null, note: null }));

  it('is complete when every required item is present', () => {
    const outcome = evaluateTally(list, all('not-applicable'));
    assert.equal(outcome.ok && outcome.complete, true);
  });

  it('lists the missing items, required or conditional ones the postman found to apply', () => {
    const tally = all('not-applicable').map((e) => (e.id === '1.4' || e.id === '1.3' ? { ...e, status: 'missing' as const, copyKind: null } : e));
    const outcome = evaluateTally(list, tally);
    assert.ok(outcome.ok && !outcome.complete);
    assert.deepEqual(outcome.missing.map((m) => m.id), ['1.3', '1.4']);
  });

  it('refuses a tally that skips, repeats or invents items, marks a required one not applicable, or omits original/copy', () => {
    const tally = all('not-applicable');
    const outcome = evaluateTally(list, [
      ...tally.filter((e) => e.id !== '5.1' && e.id !== '1.1' && e.id !== '1.4'),
      { id: '1.1', status: 'not-applicable', copyKind: null, note: null },
      { id: '1.4', status: 'present', copyKind: null, note: null },
      { id: '1.2', status: 'not-applicable', copyKind: null, note: null },
      { id: '9.9', status: 'present', copyKind: 'copy', note: null },
    ]);
    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.problems.map((p) => `${p.reason}:${p.id}`).sort(), ['duplicate-item:1.2', 'no-copy-kind:1.4', 'not-tallied:5.1', 'required-marked-not-applicable:1.1', 'unknown-item:9.9']);
  });
});
