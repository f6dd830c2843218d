import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { recordEvent } from '../../src/exchange/events.js';
import { createDailyReconciliation, reconcile } from '../../src/exchange/reconciliation.js';
import { type TestApp, startTestApp } from '../support/app.js';

const AGENCY = { code: 'X26041-TTPVHCC', name: 'Trung tâm PVHCC Phường Trấn Biên' };
const POST_OFFICE = { code: 'X26041-BD', name: 'Bưu điện Phường Trấn Biên' };
const at = (local: string) => new Date(`${local}+07:00`);

describe('reconciliation of the postal side against the one-stop side', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    const db = t.database.db;
    await db.transaction(async (tx) => {
      for (const [item, fees] of [['RR100000005VN', 50_000], ['RR100000019VN', 30_000]] as const) {
        await recordEvent(tx, {
          type: 'dossier.taken-in', occurredAt: at('2026-03-02T08:00:00'), itemNumber: item, source: 'postal',
          data: { procedureCode: '1.001193', serviceForm: 'both', agency: AGENCY, postOffice: POST_OFFICE, postage: 26_000, feesCollected: fees, slipNumber: `P-${item}` },
        });
      }
      await recordEvent(tx, {
        type: 'manifest.sent', occurredAt: at('2026-03-02T10:00:00'), subjectKey: 'BB-1', source: 'postal',
        data: { manifestId: 'BB-1', number: 'BB-1', from: POST_OFFICE, to: AGENCY, dossiers: [], items: ['RR100000005VN', 'RR100000019VN'], feesTotal: 80_000 },
      });
      await recordEvent(tx, {
        type: 'manifest.acknowledged', occurredAt: at('2026-03-02T10:20:00'), subjectKey: 'BB-1', source: 'desk',
        data: { manifestId: 'BB-1', signedAt: at('2026-03-02T10:20:00').toISOString(), received: ['RR100000005VN'], missing: ['RR100000019VN'], extra: [], damaged: [] },
      });
      await recordEvent(tx, {
        type: 'manifest.sent', occurredAt: at('2026-03-02T15:00:00'), subjectKey: 'BB-2', source: 'postal',
        data: { manifestId: 'BB-2', number: 'BB-2', from: POST_OFFICE, to: AGENCY, dossiers: [], items: ['RR100000022VN'], feesTotal: 0 },
      });
      await recordEvent(tx, {
        type: 'fees.remitted', occurredAt: at('2026-03-02T16:00:00'), subjectKey: 'fees-1', source: 'postal',
        data: { agency: AGENCY, amount: 50_000, manifestId: 'BB-1', itemNumbers: ['RR100000005VN'], dossierCodes: ['000.21.01.H19-260302-0001'], remittedAt: at('2026-03-02T16:00:00').toISOString() },
      });
      await recordEvent(tx, {
        type: 'result.handed-to-post', occurredAt: at('2026-03-02T16:30:00'), dossierCode: '000.21.01.H19-260301-0004', source: 'desk',
        data: { manifestId: 'BB-R1', resultItemNumber: 'RR100000036VN' },
      });
      // Recorded after midnight in Vietnam (2026-03-03 local): not part of 2 March.
      await recordEvent(tx, {
        type: 'manifest.sent', occurredAt: new Date('2026-03-02T17:30:00Z'), subjectKey: 'BB-3', source: 'postal',
        data: { manifestId: 'BB-3', number: 'BB-3', from: POST_OFFICE, to: AGENCY, dossiers: [], items: ['RR100000040VN'], feesTotal: 0 },
      });
    });
  });
  after(() => t.close());

  test('every difference of the day is listed', async () => {
    const report = await reconcile(t.database.db, '2026-03-02');
    assert.equal(report.manifestsSent, 2);
    assert.equal(report.feesCollected, 80_000);
    assert.equal(report.feesRemitted, 50_000);
    const kinds = report.differences.map((d) => `${d.kind}:${d.reference}`).sort();
    assert.deepEqual(kinds, [
      'fees-not-remitted:X26041-TTPVHCC',
      'item-missing-at-desk:RR100000019VN',
      'manifest-unacknowledged:BB-2',
      'result-not-delivered:RR100000036VN',
    ]);
    const fees = report.differences.find((d) => d.kind === 'fees-not-remitted');
    assert.equal(fees?.detail['difference'], 30_000);
  });

  test('once the result is delivered it is no longer a difference', async () => {
    await t.database.db.transaction((tx) =>
      recordEvent(tx, { type: 'delivery.delivered', occurredAt: at('2026-03-03T09:00:00'), itemNumber: 'RR100000036VN', source: 'postal', data: { deliveredAt: at('2026-03-03T09:00:00').toISOString(), receivedBy: 'applicant' } }),
    );
    const report = await reconcile(t.database.db, '2026-03-03');
    assert.ok(!report.differences.some((d) => d.kind === 'result-not-delivered'));
    assert.deepEqual(report.differences.map((d) => d.reference), ['BB-3']);
  });

  test('the daily job keeps yesterday\'s report once, from 01:00 Vietnam time', async () => {
    const early = createDailyReconciliation({ db: t.database.db, now: () => at('2026-03-03T00:30:00') });
    assert.equal(await early.tick(), null);
    const job = createDailyReconciliation({ db: t.database.db, now: () => at('2026-03-03T01:05:00') });
    const kept = await job.tick();
    assert.equal(kept?.day, '2026-03-02');
    assert.equal(await job.tick(), null, 'not made twice');
  });

  test('supervisors read it over HTTP; a desk officer may not', async () => {
    const supervisor = await t.login('kiemsoat');
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reconciliation?day=2026-03-02', headers: { cookie: supervisor.cookie } });
    assert.equal(ok.statusCode, 200);
    assert.equal((ok.json() as { differences: unknown[] }).differences.length >= 3, true);
    const desk = await t.login('motcua');
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reconciliation?day=2026-03-02', headers: { cookie: desk.cookie } });
    assert.equal(refused.statusCode, 403);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reconciliation?day=yesterday', headers: { cookie: supervisor.cookie } });
    assert.equal(bad.statusCode, 400);
  });
});
