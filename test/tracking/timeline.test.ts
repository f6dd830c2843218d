import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EVENT_CATALOGUE, EVENT_TYPES, type EventType } from '../../src/exchange/event-catalogue.js';
import { CUSTODY_STATES } from '../../src/domain/postal-item/custody.js';
import { DOSSIER_STATUSES } from '../../src/domain/dossier/lifecycle.js';
import { CUSTODY_STAGE, DOSSIER_STATUS_STAGE, STAGE_INFO, TRACKING_STAGES, currentStage, dossierStatusStage } from '../../src/tracking/stages.js';
import { factsFromEvents } from '../../src/tracking/event-facts.js';
import { type StoredEvent, type TimelineContext, buildTimeline, vietnamTimeText } from '../../src/tracking/timeline.js';

const ITEM = 'RR000000017VN';
const OTHER = 'RR000000025VN';
const DESK = { code: 'X26041-TTPVHCC', name: 'Bộ phận Một cửa phường Trấn Biên' };
const OFFICE = { code: 'X26041-BD', name: 'Bưu cục Trấn Biên' };
const MANIFEST = 'f1e6a0b2-3c5d-4e7f-8a9b-0c1d2e3f4a5b';

/** One example of each event's data, as the catalogue allows (manifest.sent as the lookup reads it). */
const SAMPLE: Record<EventType, Record<string, unknown>> = {
  'pickup.requested': { pickupId: 'p1', procedureCode: '1.001193', serviceForm: 'both', unitCode: '26041', window: { from: '2026-02-13T01:00:00Z', to: '2026-02-13T03:00:00Z' } },
  'pickup.assigned': { pickupId: 'p1', postOffice: OFFICE, postmanId: 'account-uuid-of-the-postman' },
  'pickup.cancelled': { pickupId: 'p1', reason: 'Bà Nguyễn Thị Hoà gọi huỷ' },
  'intake.refused-incomplete': { pickupId: 'p1', procedureCode: '1.001193', missing: ['giay-chung-sinh'], postOffice: OFFICE, staffId: 'account-uuid' },
  'dossier.taken-in': { procedureCode: '1.001193', serviceForm: 'both', agency: DESK, postOffice: OFFICE, postage: 25_000, feesCollected: 8_000, slipNumber: '260213-RR000000017VN' },
  'item.custody-changed': { from: { kind: 'citizen', ref: 'citizen' }, to: { kind: 'postman', ref: 'account-uuid-of-the-postman' }, place: OFFICE.code },
  'manifest.sent': { manifestId: MANIFEST, number: 'BB-260213-0001', from: OFFICE, to: DESK },
  'manifest.acknowledged': { manifestId: MANIFEST, signedAt: '2026-02-13T09:15:00Z', received: [ITEM, OTHER], missing: [], extra: [], damaged: [] },
  'dossier.registered': { filedAt: '2026-02-13T09:15:00Z', dueAt: '2026-02-23T09:15:00Z', agency: DESK, procedureCode: '1.001193' },
  'dossier.supplement-requested': { items: ['Giấy chứng sinh (bản chính)'], requestedAt: '2026-02-23T01:00:00Z' },
  'dossier.supplement-received': { completedAt: '2026-02-23T02:00:00Z', dueAt: '2026-02-24T01:00:00Z' },
  'dossier.refused': { reason: 'Ông Phạm Văn Nam không phải người yêu cầu' },
  'dossier.delay-notified': { previousDueAt: '2026-02-24T01:00:00Z', dueAt: '2026-02-26T09:00:00Z', reason: 'Cần xác minh với bà Hoà' },
  'result.ready': { readyAt: '2026-02-25T02:00:00Z', resultMethod: 'post' },
  'result.handed-to-post': { manifestId: 'desk-manifest', resultItemNumber: ITEM, carrierId: 'account-uuid-of-the-postman' },
  'delivery.attempted': { attempt: 1, reason: 'nobody-home', nextAttemptOn: '2026-02-27' },
  'delivery.delivered': { deliveredAt: '2026-02-27T03:00:00Z', receivedBy: 'authorised-person' },
  'result.returned-to-agency': { returnedAt: '2026-03-05T03:00:00Z', attempts: 2 },
  'dossier.status-reported': { status: 'processing', system: 'national-portal', externalCode: '4', note: 'Chuyên viên Lê Văn A xử lý' },
  'item.status-reported': { state: 'in-transit', system: 'vnpost', externalCode: 'T1', note: 'Xe 60A-123.45' },
  'fees.remitted': { agency: DESK, amount: 8_000, manifestId: MANIFEST, itemNumbers: [ITEM], dossierCodes: ['000.00.21.H19-260213-0001'], remittedAt: '2026-02-13T09:15:00Z' },
};

const context = (custody: string[] = []): TimelineContext => ({
  itemNumbers: new Set([ITEM]),
  custodyStates: new Map([[ITEM, custody]]),
  agency: { code: DESK.code, name: DESK.name },
  postOffice: { code: OFFICE.code, name: OFFICE.name },
});

let seq = 0;
function event(type: EventType, at: string, data: Record<string, unknown> = SAMPLE[type], itemNumber: string | null = ITEM): StoredEvent {
  seq += 1;
  return { seq, type, occurredAt: at, itemNumber, data };
}

describe('the public timeline', () => {
  test('every event type of the catalogue is told or deliberately left out, and no personal data or staff id slips through', () => {
    assert.deepEqual(Object.keys(SAMPLE).sort(), [...EVENT_TYPES].sort(), 'a sample for each type (add one with each new type)');
    for (const entry of EVENT_CATALOGUE) {
      const { entries } = buildTimeline([event(entry.type, '2026-02-13T08:00:00Z')], context(['collected']));
      if (entry.type === 'fees.remitted') {
        assert.deepEqual(entries, [], 'fees stay out of the public timeline');
        continue;
      }
      assert.equal(entries.length, 1, entry.type);
      const text = JSON.stringify(entries);
      for (const secret of ['Nguyễn', 'Hoà', 'Phạm', 'Lê Văn', 'account-uuid', '60A-123', '8000', '8.000', '25000', OTHER]) assert.ok(!text.includes(secret), `${entry.type} leaks ${secret}: ${text}`);
      assert.ok(entries[0] !== undefined && entries[0].vi.length > 0 && entries[0].en.length > 0);
    }
  });

  test('both legs in the order things happened: by time, then by the log order; custody moves named by their transfers', () => {
    const events = [
      event('dossier.taken-in', '2026-02-13T08:00:00Z'),
      event('item.custody-changed', '2026-02-13T08:00:00Z'),
      event('manifest.sent', '2026-02-13T08:30:00Z', SAMPLE['manifest.sent'], null),
      event('item.custody-changed', '2026-02-13T08:30:00Z', { from: { kind: 'postman', ref: 'x' }, to: { kind: 'postman', ref: 'x' }, place: OFFICE.code }),
      event('manifest.acknowledged', '2026-02-13T09:15:00Z', SAMPLE['manifest.acknowledged'], null),
      event('item.custody-changed', '2026-02-13T09:15:00Z', { from: { kind: 'postman', ref: 'x' }, to: { kind: 'desk', ref: DESK.code }, place: DESK.code }),
      event('dossier.registered', '2026-02-13T09:15:00Z'),
      event('result.ready', '2026-02-25T02:00:00Z'),
      event('result.handed-to-post', '2026-02-25T03:00:00Z'),
      event('item.custody-changed', '2026-02-25T03:00:00Z', { from: { kind: 'desk', ref: DESK.code }, to: { kind: 'desk', ref: DESK.code }, place: DESK.code }),
      event('item.custody-changed', '2026-02-25T03:00:00Z', { from: { kind: 'desk', ref: DESK.code }, to: { kind: 'postman', ref: 'x' }, place: DESK.code }),
      event('item.custody-changed', '2026-02-27T02:00:00Z', { from: { kind: 'postman', ref: 'x' }, to: { kind: 'postman', ref: 'x' }, place: OFFICE.code }),
      event('item.custody-changed', '2026-02-27T03:00:00Z', { from: { kind: 'postman', ref: 'x' }, to: { kind: 'citizen', ref: 'citizen' }, place: OFFICE.code }),
      event('delivery.delivered', '2026-02-27T03:00:00Z'),
    ];
    const custody = ['collected', 'out-for-handover', 'at-desk', 'result-at-desk', 'result-collected', 'out-for-delivery', 'delivered'];
    // Shuffled input: the order comes from the timestamps and sequence numbers, not from the caller.
    const { entries, stage } = buildTimeline([...events].reverse(), context(custody));
    assert.deepEqual(
      entries.map((e) => `${e.leg} ${e.type}`),
      [
        'send dossier.taken-in',
        'send item.custody-changed',
        'send manifest.sent',
        'send item.custody-changed',
        'desk manifest.acknowledged',
        'desk item.custody-changed',
        'desk dossier.registered',
        'desk result.ready',
        'result result.handed-to-post',
        'desk item.custody-changed',
        'result item.custody-changed',
        'delivery item.custody-changed',
        'delivery item.custody-changed',
        'delivery delivery.delivered',
      ],
    );
    assert.equal(entries[1]?.en, 'Collected by the postman at the address');
    assert.equal(entries[3]?.en, 'Postman taking the dossier to the one-stop desk');
    assert.equal(entries[11]?.en, 'Out for delivery');
    assert.deepEqual(entries[1]?.place, { code: OFFICE.code, name: null }, 'names of codes are left to the caller');
    assert.deepEqual(entries[5]?.unit, { code: DESK.code, name: null }, 'the desk that signed answers for the item');
    assert.deepEqual(entries[4]?.place, { code: DESK.code, name: DESK.name }, 'the handover record names the desk that signed it');
    assert.match(entries[4]?.en ?? '', /BB-260213-0001: the legal filing time/);
    assert.match(entries[6]?.vi ?? '', /hẹn trả kết quả 16:15 23\/02\/2026/);
    assert.equal(stage, 'delivered');
    assert.ok(entries.every((e, i) => i === 0 || Date.parse(e.at) >= Date.parse(entries[i - 1]?.at ?? '')));
  });

  test('a custody move without its transfer row is told plainly; a handover with this item missing says so', () => {
    const moved = buildTimeline([event('item.custody-changed', '2026-02-13T08:00:00Z')], context([]));
    assert.equal(moved.entries[0]?.en, 'Item handed over');
    assert.equal(moved.stage, null);
    const missing = buildTimeline(
      [event('manifest.sent', '2026-02-13T08:30:00Z', SAMPLE['manifest.sent'], null), event('manifest.acknowledged', '2026-02-13T09:15:00Z', { ...SAMPLE['manifest.acknowledged'], received: [OTHER], missing: [ITEM] }, null)],
      context(),
    );
    assert.match(missing.entries[1]?.en ?? '', /found this dossier missing/);
    assert.equal(missing.stage, 'in-transit');
  });

  test('a failed delivery and a supplement are what the citizen must act on: reason, next date, the papers to add', () => {
    const { entries, stage } = buildTimeline([event('dossier.supplement-requested', '2026-02-23T01:00:00Z'), event('delivery.attempted', '2026-02-26T03:00:00Z')], context());
    assert.match(entries[0]?.vi ?? '', /Giấy chứng sinh \(bản chính\)/);
    assert.equal(entries[1]?.en, 'Delivery attempt 1 failed: Nobody at the address; next invitation from 27/02/2026');
    assert.equal(stage, 'delivery-attempted');
  });

  test('what the events say of the dossier: due date moved by a supplement and a delay, the result item', () => {
    const facts = factsFromEvents([
      event('dossier.taken-in', '2026-02-13T08:00:00Z'),
      event('dossier.registered', '2026-02-13T09:15:00Z'),
      event('dossier.supplement-received', '2026-02-23T02:00:00Z'),
      event('dossier.delay-notified', '2026-02-24T00:00:00Z'),
      event('result.handed-to-post', '2026-02-25T03:00:00Z'),
    ]);
    assert.deepEqual(facts, {
      procedureCode: '1.001193',
      serviceForm: 'both',
      agency: { code: DESK.code, name: DESK.name },
      filedAt: '2026-02-13T09:15:00.000Z',
      dueAt: '2026-02-26T09:00:00.000Z',
      resultItemNumbers: [ITEM],
    });
  });

  test('unknown event types (a newer catalogue) are skipped', () => {
    const { entries } = buildTimeline([{ seq: 1, type: 'dossier.teleported', occurredAt: '2026-02-13T08:00:00Z', itemNumber: ITEM, data: {} }], context());
    assert.deepEqual(entries, []);
  });

  test('times read as on a receipt, in Vietnam time', () => {
    assert.equal(vietnamTimeText('2026-02-12T18:05:00Z'), '01:05 13/02/2026');
  });
});

describe('stages', () => {
  test('every custody state and dossier status has a stage or says nothing, and every stage has both texts', () => {
    for (const state of CUSTODY_STATES) assert.ok(state in CUSTODY_STAGE);
    for (const status of DOSSIER_STATUSES) assert.ok(status in DOSSIER_STATUS_STAGE);
    for (const stage of TRACKING_STAGES) assert.ok(STAGE_INFO[stage].vi.length > 0 && STAGE_INFO[stage].en.length > 0);
    assert.equal(dossierStatusStage('processing'), 'processing');
    assert.equal(dossierStatusStage('awaiting-handover'), null);
    assert.equal(dossierStatusStage('archived-by-a-newer-version'), null, 'a status this code does not know says nothing');
  });

  test("the desk's own record wins while the papers are on its side; the post's events before and after", () => {
    assert.equal(currentStage('registered', 'processing'), 'processing', 'forwarding is not reported: the desk knows');
    assert.equal(currentStage('delivered', 'completed'), 'delivered', 'after delivery the desk says "returned": the post says more');
    assert.equal(currentStage('in-transit', null), 'in-transit');
    assert.equal(currentStage(null, 'registered'), 'registered');
    assert.equal(currentStage('result-in-transit', 'result-ready'), 'result-in-transit');
  });
});
