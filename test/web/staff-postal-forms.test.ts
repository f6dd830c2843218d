/**
 * The intake and delivery forms as data (src/web/staff/postal/tally.ts, intake-form.ts,
 * delivery-form.ts): what the postman must decide, what the API receives, which field a
 * server's complaint belongs to, and how a refused write is read back for correction.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ChecklistItem, buildTally, initialMarks, marksFromTally, mergeMarks, splitChecklist } from '../../src/web/staff/postal/tally.js';
import { type IntakeCheckTexts, type IntakeFormState, checkIntake, checkItemNumber, decodeDraft, emptyIntake, firstError, formFromBody, parseDong, serverErrors } from '../../src/web/staff/postal/intake-form.js';
import { type DeliveryCheckTexts, attemptBody, checkDelivery, emptyDelivery, needsScanOut } from '../../src/web/staff/postal/delivery-form.js';

const items: ChecklistItem[] = [
  { id: '1.1', group: 'Giấy tờ phải nộp', document: 'Trường hợp trẻ em bị bỏ rơi…', originals: 1, copies: 0, required: false },
  { id: '1.5', group: 'Giấy tờ phải nộp', document: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
  { id: '2.1', group: 'Giấy tờ phải xuất trình', document: 'Trường hợp không khai thác được…', originals: 0, copies: 0, required: false },
  { id: '3.1', group: 'Lưu ý', document: 'Cá nhân có quyền lựa chọn…', originals: 0, copies: 0, required: false },
];

const texts: IntakeCheckTexts = {
  procedureRequired: 'procedure',
  nameRequired: 'name',
  phoneInvalid: 'phone',
  emailInvalid: 'email',
  idNumberInvalid: 'id',
  unitRequired: 'unit',
  addressRequired: 'address',
  tallyUndecided: (n) => `undecided ${n}`,
  weightInvalid: 'weight',
  feeInvalid: 'fee',
  signatureRequired: 'sign',
};

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgo=';

function filled(overrides: Partial<IntakeFormState> = {}): IntakeFormState {
  const marks = initialMarks(items);
  marks['1.5'] = { status: 'present', copyKind: 'original' };
  return {
    ...emptyIntake(),
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    name: ' Nguyễn Thị Hoà ',
    phone: '0912 345 678',
    address: '12 Đường Võ Thị Sáu',
    unitCode: '26041',
    marks,
    signatureCitizen: SIGNATURE,
    signatureStaff: SIGNATURE,
    ...overrides,
  };
}

describe('the document tally', () => {
  test('notes and documents only shown ask for no paper: folded away, tallied not applicable', () => {
    const { toTally, notes } = splitChecklist(items);
    assert.deepEqual(toTally.map((i) => i.id), ['1.1', '1.5']);
    assert.deepEqual(notes.map((i) => i.id), ['2.1', '3.1']);
  });

  test('a required document starts undecided; a conditional one not applicable', () => {
    const marks = initialMarks(items);
    assert.equal(marks['1.5']?.status, null);
    assert.equal(marks['1.1']?.status, 'not-applicable');
    const built = buildTally(items, marks);
    assert.equal(built.ok, false);
    if (!built.ok) assert.deepEqual(built.undecided.map((i) => i.id), ['1.5']);
  });

  test('every item is tallied once; a present one says original or copy; missing ones are listed', () => {
    const marks = initialMarks(items);
    marks['1.5'] = { status: 'missing', copyKind: 'original' };
    marks['1.1'] = { status: 'present', copyKind: 'certified-copy' };
    const built = buildTally(items, marks);
    assert.ok(built.ok);
    if (!built.ok) return;
    assert.deepEqual(built.entries.map((e) => [e.id, e.status, e.copyKind]), [
      ['1.1', 'present', 'certified-copy'],
      ['1.5', 'missing', null],
      ['2.1', 'not-applicable', null],
      ['3.1', 'not-applicable', null],
    ]);
    assert.deepEqual(built.missing.map((i) => i.id), ['1.5']);
  });

  test('marks survive a draft and a correction, but a required item is never "not applicable"', () => {
    const kept = { '1.5': { status: 'not-applicable' as const, copyKind: 'original' as const }, '1.1': { status: 'present' as const, copyKind: 'copy' as const }, gone: { status: 'present' as const, copyKind: 'copy' as const } };
    const merged = mergeMarks(items, kept);
    assert.equal(merged['1.5']?.status, null);
    assert.equal(merged['1.1']?.status, 'present');
    assert.equal(merged['gone'], undefined);
    const back = marksFromTally(items, [{ id: '1.5', status: 'present', copyKind: 'copy', note: null }]);
    assert.deepEqual(back['1.5'], { status: 'present', copyKind: 'copy' });
  });
});

describe('the intake form', () => {
  test('a complete form becomes the API body: trimmed, phone cleaned, label normalised, fees in đồng', () => {
    const check = checkIntake(filled({ itemNumber: 'rr 10000000 3 vn', collectFees: true, feeAmount: '50.000', feeMethod: 'transfer', pickupId: 'p-1' }), items, 'address', texts, 'vi');
    assert.ok(check.ok);
    if (!check.ok) return;
    assert.equal(check.body.pickupId, 'p-1');
    assert.equal(check.body.place, 'address');
    assert.deepEqual(check.body.applicant, { name: 'Nguyễn Thị Hoà', phone: '0912345678', address: '12 Đường Võ Thị Sáu', unitCode: '26041' });
    assert.deepEqual(check.body.fees, { amount: 50_000, method: 'transfer' });
    assert.equal(check.body.itemNumber, 'RR100000003VN');
    assert.equal(check.body.tally.length, 4);
    assert.deepEqual(check.missing, []);
  });

  test('each problem is named beside its field; the first in form order takes the focus', () => {
    const check = checkIntake(filled({ name: '', phone: '12', signatureStaff: null, weightGrams: '0', collectFees: true, feeAmount: 'nhiều', itemNumber: 'RR100000004VN' }), items, 'post-office', texts, 'en');
    assert.equal(check.ok, false);
    if (check.ok) return;
    assert.equal(check.errors.name, 'name');
    assert.equal(check.errors.phone, 'phone');
    assert.equal(check.errors.weight, 'weight');
    assert.equal(check.errors.fees, 'fee');
    assert.equal(check.errors.signatureStaff, 'sign');
    assert.match(check.errors.itemNumber ?? '', /check digit/i);
    assert.equal(firstError(check.errors), 'name');
  });

  test('an item number is checked as S10 with its check digit; empty means "issue one"', () => {
    assert.deepEqual(checkItemNumber('', 'vi'), { ok: true, value: null });
    assert.deepEqual(checkItemNumber('RR473124829VN', 'vi'), { ok: true, value: 'RR473124829VN' });
    const wrong = checkItemNumber('RR473124823VN', 'vi');
    assert.equal(wrong.ok, false);
    assert.equal(parseDong('1.250.000 đ'), 1_250_000);
    assert.equal(parseDong('abc'), null);
  });

  test("the server's complaints land beside the fields they name", () => {
    const errors = serverErrors([
      { name: 'applicant.phone', message: 'sai định dạng' },
      { name: 'unitCode', message: 'không tìm thấy' },
      { name: 'tally', message: '1.5: chưa kiểm đếm' },
      { name: 'itemNumber', message: 'đã dùng' },
      { name: 'signatures.citizen', message: 'PNG' },
      { name: 'something-else', message: 'x' },
    ]);
    assert.deepEqual(errors, { phone: 'sai định dạng', unit: 'không tìm thấy', tally: '1.5: chưa kiểm đếm', itemNumber: 'đã dùng', signatureCitizen: 'PNG' });
  });

  test('a refused write and a draft read back into the form', () => {
    const check = checkIntake(filled({ idNumber: '075190001234', collectFees: true, feeAmount: '8000' }), items, 'address', texts, 'vi');
    assert.ok(check.ok);
    if (!check.ok) return;
    const back = formFromBody(JSON.parse(JSON.stringify(check.body)) as Record<string, unknown>, 'Thủ tục đăng ký khai sinh', items);
    assert.equal(back.name, 'Nguyễn Thị Hoà');
    assert.equal(back.idNumber, '075190001234');
    assert.equal(back.feeAmount, '8000');
    assert.deepEqual(back.marks['1.5'], { status: 'present', copyKind: 'original' });
    const again = checkIntake(back, items, 'address', texts, 'vi');
    assert.ok(again.ok);
    if (again.ok) assert.deepEqual(again.body, check.body);
    assert.deepEqual(decodeDraft(JSON.parse(JSON.stringify(filled()))), filled());
    assert.equal(decodeDraft({ nonsense: true }), null);
  });
});

describe('the delivery form', () => {
  const t: DeliveryCheckTexts = { cccdFormat: 'cccd', passportFormat: 'passport', cardMismatch: (last4) => `not ••••${last4}`, signatureRequired: 'sign' };

  test('the applicant shows a card whose last four match the one on file, and signs', () => {
    const check = checkDelivery({ ...emptyDelivery(), cardNumber: '0751 9000 9876', signature: SIGNATURE }, '9876', t);
    assert.deepEqual(check, { ok: true, body: { identity: { kind: 'cccd', number: '075190009876' }, signature: SIGNATURE } });
  });

  test('a card that does not match is refused here: it is a failed attempt, not a delivery', () => {
    const check = checkDelivery({ ...emptyDelivery(), cardNumber: '075190001111', signature: SIGNATURE }, '9876', t);
    assert.deepEqual(check, { ok: false, errors: { cardNumber: 'not ••••9876' } });
  });

  test('an authorised person shows their own card: kind "authorisation", not compared with the file', () => {
    const check = checkDelivery({ ...emptyDelivery(), receiver: 'authorised', cardNumber: '079088001234', signature: SIGNATURE, photo: 'data:image/jpeg;base64,AAAA' }, '9876', t);
    assert.ok(check.ok);
    if (check.ok) assert.deepEqual(check.body, { identity: { kind: 'authorisation', number: '079088001234' }, signature: SIGNATURE, photo: 'data:image/jpeg;base64,AAAA' });
  });

  test('card formats and the signature are checked as the server checks them', () => {
    assert.deepEqual(checkDelivery({ ...emptyDelivery(), cardNumber: '123' }, null, t), { ok: false, errors: { cardNumber: 'cccd', signature: 'sign' } });
    assert.deepEqual(checkDelivery({ ...emptyDelivery(), cardKind: 'passport', cardNumber: 'B1234567', signature: SIGNATURE }, null, t).ok, true);
  });

  test('a postman takes a result out before delivering it; the counter hands it over from the office', () => {
    assert.equal(needsScanOut('result-collected', false), true);
    assert.equal(needsScanOut('result-at-post-office', false), true);
    assert.equal(needsScanOut('out-for-delivery', false), false);
    assert.equal(needsScanOut('result-at-post-office', true), false);
    assert.deepEqual(attemptBody('nobody-home', '  '), { reason: 'nobody-home' });
    assert.deepEqual(attemptBody('other', ' gate locked '), { reason: 'other', note: 'gate locked' });
  });
});

describe('photos and barcodes', () => {
  test('a photo is drawn with its longer side at most the limit, never larger than it was', async () => {
    const { fitWithin } = await import('../../src/web/staff/postal/photo.js');
    assert.deepEqual(fitWithin(4000, 3000, 1280), { width: 1280, height: 960 });
    assert.deepEqual(fitWithin(3000, 4000, 1280), { width: 960, height: 1280 });
    assert.deepEqual(fitWithin(800, 600, 1280), { width: 800, height: 600 });
  });

  test('a barcode gives the item number, or the one at the end of our tracking link', async () => {
    const { itemNumberIn } = await import('../../src/web/staff/postal/barcode.js');
    assert.equal(itemNumberIn(' RR473124829VN '), 'RR473124829VN');
    assert.equal(itemNumberIn('https://hoso.example.vn/tra-cuu/RR473124829VN'), 'RR473124829VN');
  });
});
