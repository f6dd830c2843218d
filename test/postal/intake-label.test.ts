/**
 * Intake with the number of a pre-printed label: the postman scans or types the label stuck on
 * the envelope. It must be a valid S10 number of an active range, never issued within 12
 * months; the allocator then skips it, and a retry with the same key answers the first intake.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { DEMO_S10_RANGE } from '../../src/admin/demo-data.js';
import { formatS10 } from '../../src/domain/postal-item/s10.js';
import { postalItems } from '../../src/postal/postal.schema.js';
import { type Session, type TestApp, startTestApp } from '../support/app.js';
import { type ChecklistItem, checklist, intakeBody, key } from './support.js';

describe('intake with a pre-printed label number', () => {
  let t: TestApp;
  let postman: Session;
  let items: ChecklistItem[];
  const label = formatS10(DEMO_S10_RANGE.prefix, DEMO_S10_RANGE.firstSerial, DEMO_S10_RANGE.country);

  before(async () => {
    t = await startTestApp();
    postman = await t.login('buuta');
    items = await checklist(t, postman);
  });
  after(() => t.close());

  const intake = (body: object, idempotencyKey: string, language = 'vi') =>
    t.app.inject({ method: 'POST', url: '/api/v1/postal/intakes', headers: { ...postman.headers, 'idempotency-key': idempotencyKey, 'accept-language': language }, payload: body });

  test('the label number becomes the item number; a retry answers the same intake', async () => {
    const idempotencyKey = key('label');
    const first = await intake(intakeBody(items, { itemNumber: label.toLowerCase() }), idempotencyKey);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal((first.json() as { itemNumber: string }).itemNumber, label, 'normalised to upper case');
    const again = await intake(intakeBody(items, { itemNumber: label.toLowerCase() }), idempotencyKey);
    assert.equal(again.statusCode, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal((await t.database.db.select().from(postalItems).where(eq(postalItems.itemNumber, label))).length, 1);
  });

  test('a label used already is refused with 409 beside the field', async () => {
    const response = await intake(intakeBody(items, { itemNumber: label }), key('label-again'));
    assert.equal(response.statusCode, 409, response.body);
    const body = response.json() as { code: string; errors: Array<{ name: string }> };
    assert.equal(body.code, 'CONFLICT');
    assert.deepEqual(body.errors.map((e) => e.name), ['itemNumber']);
  });

  test('without a label the allocator issues a number, skipping the one the label took', async () => {
    const response = await intake(intakeBody(items), key('no-label'));
    assert.equal(response.statusCode, 201, response.body);
    const issued = (response.json() as { itemNumber: string }).itemNumber;
    assert.notEqual(issued, label);
    assert.match(issued, /^RR\d{9}VN$/);
  });

  test('a wrong check digit is refused before anything is written, naming the right digit', async () => {
    const wrong = `${label.slice(0, 10)}${(Number(label[10]) + 1) % 10}${label.slice(11)}`;
    const response = await intake(intakeBody(items, { itemNumber: wrong }), key('label-wrong'), 'en');
    assert.equal(response.statusCode, 400, response.body);
    const body = response.json() as { errors: Array<{ name: string; message: string }> };
    assert.equal(body.errors[0]?.name, 'itemNumber');
    assert.match(body.errors[0]?.message ?? '', new RegExp(`check digit.*${label[10] ?? ''}`, 'i'));
  });

  test('a number outside every configured range is refused', async () => {
    const outside = formatS10(DEMO_S10_RANGE.prefix, DEMO_S10_RANGE.lastSerial + 1, DEMO_S10_RANGE.country);
    const response = await intake(intakeBody(items, { itemNumber: outside }), key('label-outside'));
    assert.equal(response.statusCode, 400, response.body);
    assert.equal((response.json() as { errors: Array<{ name: string }> }).errors[0]?.name, 'itemNumber');
    assert.equal((await t.database.db.select().from(postalItems).where(eq(postalItems.itemNumber, outside))).length, 0);
  });
});
