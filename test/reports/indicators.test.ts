/**
 * The indicators of 2025 on a fixed data set, built through the APIs the way production builds
 * it, checked against figures computed by hand:
 *
 * | dossier | procedure | channel | filed | address unit | processing | post |
 * |---|---|---|---|---|---|---|
 * | D1 | A | in person | 10 Mar | 26023 (old ward, in 26041 since 1 Jul) | on time | |
 * | D2 | A | online | 5 Aug | 26041 | late | |
 * | D3 | B | in person | 14 Apr | 26041 | on time | |
 * | D4 | C (not by post) | in person | 15 Sep | 26068 | still open past due: late | |
 * | D5 | B | online | 3 Nov | 26041 | on time | |
 * | M1 | A | post (both legs) | 4 Mar | 26023 | on time | fees 50,000 remitted; delivery failed twice, returned to the agency |
 * | M2 | A | post (both legs) | 11 Aug | 26041 | on time | fees 30,000 remitted; transit late (J+1 = 5 Aug); delivered |
 * | M3 | B | post (dossier leg) | 6 May | 26041 | late | |
 * | M4 | A | post, never handed over | — | 26041 | | taken in 29 Dec, fees 20,000 not remitted; lost |
 * | M5 | B | post (both legs) | 2 Oct | 26041 | still open past due: late | damaged at handover |
 *
 * Procedure A is published for the post from 1 July 2025: D1 and M1 do not count in the share.
 * Eligible: D2, M2, D3, D5, M3, M5 = 6; by post: M2, M3, M5 = 3 (50 %, the target is 30 %).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { accounts } from '../../src/admin/admin.schema.js';
import { organisationSubtree } from '../../src/admin/scope.js';
import { procedures } from '../../src/catalog/catalog.schema.js';
import type { MeasureId } from '../../src/domain/reports/measures.js';
import { outbox, webhookSubscriptions } from '../../src/exchange/exchange.schema.js';
import { queryRows } from '../../src/platform/db/client.js';
import { createReportsService } from '../../src/reports/reports-service.js';
import { DESK_A, OLD_UNIT, P_A, P_B, P_C, type World, acknowledge, delivered, failedDelivery, handResultToPost, recordResult, registerDirect, returnToAgency, sendManifest, startWorld, takeIn, vn } from './support.js';

interface Table {
  period: { key: string };
  groupBy: string;
  targetPercent: number;
  totals: { counts: Record<MeasureId, number>; figures: { postalShare: { ratio: number | null; meetsTarget: boolean | null; eligible: number; byPost: number; shortfall: number }; processing: { onTimeRatio: number | null } } };
  groups: Array<{ key: string | null; label: string | null; counts: Record<MeasureId, number> }>;
}

interface DrillDown {
  value: number;
  total: number;
  source: string;
  items: Array<{ caseKey?: string; dossierCode?: string | null; itemNumber?: string | null; id?: string }>;
}

describe('indicators of 2025 on a fixed data set (issue 9)', () => {
  let w: World;
  const codes = new Map<string, string>();
  const items = new Map<string, string>();
  let postage = 0;

  before(async () => {
    w = await startWorld(vn('2025-01-02'));
    // R4: the province's decision puts procedure A on the post from 1 July 2025 (catalogue data).
    await w.t.database.db.update(procedures).set({ postalDecision: '1234/QĐ-UBND', postalSince: '2025-07-01' }).where(eq(procedures.code, P_A));

    // M1: procedure A by post in March, from the old ward (before the decision: outside the share).
    const m1 = await takeIn(w, vn('2025-03-03'), { procedureCode: P_A, serviceForm: 'both', unitCode: OLD_UNIT, fees: 50_000 });
    const manifest1 = await sendManifest(w, vn('2025-03-03', '11:00'), [m1.itemNumber]);
    const m1d = (await acknowledge(w, vn('2025-03-04', '10:00'), manifest1, [m1.itemNumber])).get(m1.itemNumber);
    assert.ok(m1d !== undefined);
    await recordResult(w, vn('2025-03-04', '15:00'), m1d.id);
    await handResultToPost(w, vn('2025-03-05', '09:00'), m1d.id);
    await failedDelivery(w, vn('2025-03-06', '10:00'), m1.itemNumber);
    await failedDelivery(w, vn('2025-03-10', '10:00'), m1.itemNumber);
    await returnToAgency(w, vn('2025-03-12', '10:00'), m1.itemNumber);
    codes.set('M1', m1d.code);
    items.set('M1', m1.itemNumber);

    // D1: in person, from the old ward; decided the same day.
    const d1 = await registerDirect(w, vn('2025-03-10'), { procedureCode: P_A, channel: 'in-person', unitCode: OLD_UNIT });
    await recordResult(w, vn('2025-03-10', '14:00'), d1.id);
    codes.set('D1', d1.code);

    // D3: procedure B in person, on time.
    const d3 = await registerDirect(w, vn('2025-04-14'), { procedureCode: P_B, channel: 'in-person', unitCode: '26041' });
    await recordResult(w, vn('2025-04-14', '15:00'), d3.id);
    codes.set('D3', d3.code);

    // M3: procedure B, dossier leg only, handed over the same day; decided two weeks late.
    const m3 = await takeIn(w, vn('2025-05-06'), { procedureCode: P_B, serviceForm: 'send-dossier', unitCode: '26041' });
    const manifest3 = await sendManifest(w, vn('2025-05-06', '10:00'), [m3.itemNumber]);
    const m3d = (await acknowledge(w, vn('2025-05-06', '14:00'), manifest3, [m3.itemNumber])).get(m3.itemNumber);
    assert.ok(m3d !== undefined);
    await recordResult(w, vn('2025-05-20', '10:00'), m3d.id);
    codes.set('M3', m3d.code);
    items.set('M3', m3.itemNumber);

    // M2: procedure A by post after the decision; the handover a week late (J+1 = 5 August).
    const m2 = await takeIn(w, vn('2025-08-04'), { procedureCode: P_A, serviceForm: 'both', unitCode: '26041', fees: 30_000 });
    const manifest2 = await sendManifest(w, vn('2025-08-04', '11:00'), [m2.itemNumber]);
    // D2: procedure A online, after the decision; decided late.
    const d2 = await registerDirect(w, vn('2025-08-05'), { procedureCode: P_A, channel: 'online', unitCode: '26041' });
    const m2d = (await acknowledge(w, vn('2025-08-11', '10:00'), manifest2, [m2.itemNumber])).get(m2.itemNumber);
    assert.ok(m2d !== undefined);
    await recordResult(w, vn('2025-08-11', '14:00'), m2d.id);
    await handResultToPost(w, vn('2025-08-12', '09:00'), m2d.id);
    await delivered(w, vn('2025-08-12', '15:00'), m2.itemNumber);
    await recordResult(w, vn('2025-08-20', '10:00'), d2.id);
    codes.set('M2', m2d.code);
    items.set('M2', m2.itemNumber);
    codes.set('D2', d2.code);

    // D4: procedure C (not by post), an address in ward Biên Hoà, never decided.
    const d4 = await registerDirect(w, vn('2025-09-15'), { procedureCode: P_C, channel: 'in-person', unitCode: '26068', processingDays: 3 });
    codes.set('D4', d4.code);

    // M5: procedure B, the envelope damaged at handover; never decided.
    const m5 = await takeIn(w, vn('2025-10-01'), { procedureCode: P_B, serviceForm: 'both', unitCode: '26041' });
    const manifest5 = await sendManifest(w, vn('2025-10-01', '11:00'), [m5.itemNumber]);
    const m5d = (await acknowledge(w, vn('2025-10-02', '10:00'), manifest5, [], [m5.itemNumber])).get(m5.itemNumber);
    assert.ok(m5d !== undefined);
    codes.set('M5', m5d.code);
    items.set('M5', m5.itemNumber);

    // D5: procedure B online, decided the same day.
    const d5 = await registerDirect(w, vn('2025-11-03'), { procedureCode: P_B, channel: 'online', unitCode: '26041' });
    await recordResult(w, vn('2025-11-03', '16:00'), d5.id);
    codes.set('D5', d5.code);

    // M4: taken in on 29 December with fees, never handed over, reported lost in January.
    const m4 = await takeIn(w, vn('2025-12-29'), { procedureCode: P_A, serviceForm: 'both', unitCode: '26041', fees: 20_000 });
    items.set('M4', m4.itemNumber);
    await w.relay();
    postage = m1.postage + m2.postage + m3.postage + m4.postage + m5.postage;

    // Records: two complaints (one settled with compensation), two assisted filings, two
    // training records in 2025 and one in 2024, one difficulty answered.
    w.clock.set(vn('2025-03-15'));
    const c1 = await w.ok<{ id: string }>('buuta', 'POST', '/api/v1/complaints', { receivedOn: '2025-03-15', channel: 'phone', category: 'late', itemNumber: m1.itemNumber, summary: 'Chưa nhận được kết quả' }, 201);
    w.clock.set(vn('2025-03-20'));
    await w.ok('buuta', 'POST', `/api/v1/complaints/${c1.id}/resolution`, { status: 'resolved', resolution: 'Đã xin lỗi và bồi thường cước', resolvedOn: '2025-03-20', compensation: 20_000 });
    w.clock.set(vn('2025-10-10'));
    await w.ok('buuta', 'POST', '/api/v1/complaints', { receivedOn: '2025-10-10', channel: 'counter', category: 'damaged', dossierCode: m5d.code, summary: 'Phong bì bị rách' }, 201);
    w.clock.set(vn('2025-08-05', '10:00'));
    await w.ok('motcua', 'POST', '/api/v1/assisted-filings', { procedureCode: P_A, outcome: 'submitted' }, 201);
    w.clock.set(vn('2025-09-01', '10:00'));
    await w.ok('motcua', 'POST', '/api/v1/assisted-filings', { procedureCode: P_B, outcome: 'not-completed' }, 201);
    w.clock.set(vn('2025-12-01'));
    const buuta = await w.t.accountId('buuta');
    const clerk = await w.t.accountId('giaodichvien');
    await w.ok('quantri', 'POST', '/api/v1/training-records', { staffId: buuta, procedureCodes: [P_A, P_B], course: 'Tiếp nhận hồ sơ hộ tịch qua BCCI', trainedOn: '2025-06-20', trainerOrganisationCode: 'P75-UBND', certificateRef: 'CN-2025-001' }, 201);
    await w.ok('quantri', 'POST', '/api/v1/training-records', { staffId: clerk, procedureCodes: [P_A], course: 'Tiếp nhận hồ sơ khai sinh', trainedOn: '2025-07-15' }, 201);
    await w.ok('quantri', 'POST', '/api/v1/training-records', { staffId: clerk, procedureCodes: [P_B], course: 'Khoá 2024', trainedOn: '2024-11-20' }, 201);
    w.clock.set(vn('2025-09-10'));
    const difficulty = await w.ok<{ id: string }>('buuta', 'POST', '/api/v1/difficulties', { category: 'software', title: 'Không in được phiếu gửi', description: 'Máy in báo lỗi khi in mã vạch' }, 201);
    w.clock.set(vn('2025-09-12'));
    await w.ok('quantri', 'POST', `/api/v1/difficulties/${difficulty.id}/answer`, { answer: 'Đã cập nhật trình điều khiển máy in' });

    // January 2026: M4 is reported lost; the reports are read on 20 January.
    w.clock.set(vn('2026-01-10'));
    await w.ok('buuta', 'POST', '/api/v1/complaints/item-incidents', { itemNumber: m4.itemNumber, kind: 'lost', leg: 'dossier', occurredOn: '2026-01-10', compensation: 4 * m4.postage }, 201);
    w.clock.set(vn('2026-01-20', '08:00'));
  });
  after(() => w.close());

  const table = (query: string, user = 'lanhdao') => w.ok<Table>(user, 'GET', `/api/v1/reports/indicators?${query}`);
  const drill = (query: string, user = 'lanhdao') => w.ok<DrillDown>(user, 'GET', `/api/v1/reports/drill-down?${query}&pageSize=500`);
  const keysOf = (names: string[]) => names.map((n) => codes.get(n) ?? items.get(n) ?? n).sort();

  /** Every figure of the year, by hand. */
  const expected = (): Partial<Record<MeasureId, number>> => ({
    'dossiers.total': 9,
    'dossiers.in-person': 3,
    'dossiers.online': 2,
    'dossiers.postal': 4,
    'dossiers.unknown-channel': 0,
    'postal-share.eligible': 6,
    'postal-share.by-post': 3,
    'results.by-post-requested': 3,
    'results.delivered-by-post': 1,
    'results.handed-to-post': 2,
    'processing.on-time': 5,
    'processing.late': 4,
    'processing.open': 0,
    'deliveries.failed-attempts': 2,
    'deliveries.items-with-failure': 1,
    'deliveries.returned-to-agency': 1,
    'items.taken-in': 5,
    'transit.on-time': 3,
    'transit.late': 2,
    'transit.in-transit': 0,
    'items.lost-or-damaged': 2,
    'fees.collected': 100_000,
    'fees.remitted': 80_000,
    'postage.revenue': postage,
    'complaints.received': 2,
    'complaints.resolved': 1,
    'complaints.compensation': 20_000,
    'assisted-filings.total': 2,
    'assisted-filings.submitted': 1,
    'training.records': 2,
    'training.staff': 2,
    'difficulties.reported': 1,
    'difficulties.answered': 1,
  });

  test('every figure of the year matches the hand count, and the share meets the 30 % target', async () => {
    const year = await table('period=2025');
    assert.deepEqual(year.totals.counts, expected());
    assert.equal(year.targetPercent, 30);
    assert.deepEqual(
      { ratio: year.totals.figures.postalShare.ratio, meets: year.totals.figures.postalShare.meetsTarget, eligible: year.totals.figures.postalShare.eligible, byPost: year.totals.figures.postalShare.byPost },
      { ratio: 0.5, meets: true, eligible: 6, byPost: 3 },
    );
    assert.equal(year.totals.figures.processing.onTimeRatio, 5 / 9);
  });

  test('the monthly rollup, kept in step with every event, gives the figures the rows give; a decision of mid-April too', async () => {
    const [leader] = await w.t.database.db.select({ id: accounts.id, organisationId: accounts.organisationId }).from(accounts).where(eq(accounts.username, 'lanhdao'));
    assert.ok(leader !== undefined);
    const reader = { accountId: leader.id, role: 'leader' as const, organisationId: leader.organisationId, visibleOrganisationIds: await organisationSubtree(w.t.database.db, leader.organisationId) };
    const fresh = (rollup: boolean) => createReportsService({ db: w.t.database.db, now: () => w.clock.now(), today: () => '2026-01-20', postalShareTargetPercent: 30, reportReminderDays: 14, rollup }).indicators;
    const compare = async () => {
      const [rolled, rows] = [fresh(true), fresh(false)];
      const requests = [
        ...(['none', 'procedure', 'field', 'agency', 'unit', 'unit-at-filing', 'month'] as const).map((groupBy) => ({ period: '2025', groupBy })),
        { period: '2025-Q3', groupBy: 'unit' as const },
        { period: '2025-04', groupBy: 'procedure' as const },
        { period: '2025', procedureCode: P_B, groupBy: 'month' as const },
        { period: '2025', unitCode: '26041' },
        { period: '2025-H2', agencyCode: DESK_A, groupBy: 'month' as const },
      ];
      for (const request of requests) assert.deepEqual(await rolled.indicators(reader, request), await rows.indicators(reader, request), JSON.stringify(request));
      assert.deepEqual(await rolled.trend(reader, { to: '2025-12' }), await rows.trend(reader, { to: '2025-12' }));
      return rolled.indicators(reader, { period: '2025', groupBy: 'month' });
    };
    const rollupRows = await queryRows<{ n: number }>(w.t.database.db, sql`select count(*)::int as n from report_monthly`);
    assert.ok(Number(rollupRows[0]?.n) > 0);
    await compare();
    // The province puts procedure B on the post from 15 April: D3 (14 April) leaves the share.
    await w.t.database.db.update(procedures).set({ postalDecision: '99/QĐ-UBND', postalSince: '2025-04-15' }).where(eq(procedures.code, P_B));
    try {
      const byMonth = await compare();
      assert.equal(byMonth.totals.counts['postal-share.eligible'], 5);
      assert.equal(byMonth.totals.counts['postal-share.by-post'], 3);
      assert.equal(byMonth.groups.find((g) => g.key === '2025-04')?.counts['postal-share.eligible'], 0);
      assert.equal(byMonth.groups.find((g) => g.key === '2025-05')?.counts['postal-share.eligible'], 1, 'M3');
    } finally {
      await w.t.database.db.update(procedures).set({ postalDecision: null, postalSince: null }).where(eq(procedures.code, P_B));
    }
  });

  test('the procedure published for the post mid-year: only its dossiers filed from 1 July count in the share', async () => {
    const a = await table(`period=2025&procedureCode=${P_A}`);
    assert.equal(a.totals.counts['dossiers.total'], 4, 'D1, D2, M1, M2');
    assert.equal(a.totals.counts['postal-share.eligible'], 2, 'D2 and M2: filed after 1 July');
    assert.equal(a.totals.counts['postal-share.by-post'], 1, 'M2; M1 went by post in March, before the decision');
    const firstHalf = await table(`period=2025-H1&procedureCode=${P_A}`);
    assert.equal(firstHalf.totals.counts['dossiers.postal'], 1);
    assert.equal(firstHalf.totals.counts['postal-share.eligible'], 0);
    assert.equal((await drill(`measure=postal-share.eligible&period=2025&procedureCode=${P_A}`)).items.map((i) => i.dossierCode).sort().join(), keysOf(['D2', 'M2']).join());
  });

  test('an address of a ward merged on 1 July counts under today’s ward, and under the old one historically', async () => {
    const current = await table('period=2025&groupBy=unit');
    assert.deepEqual(
      current.groups.filter((g) => g.counts['dossiers.total'] > 0).map((g) => [g.key, g.counts['dossiers.total']]),
      [['26041', 8], ['26068', 1]],
    );
    assert.equal(current.groups.find((g) => g.key === '26041')?.label, 'Phường Trấn Biên');
    const historical = await table('period=2025&groupBy=unit-at-filing');
    assert.deepEqual(
      historical.groups.filter((g) => g.counts['dossiers.total'] > 0).map((g) => [g.key, g.counts['dossiers.total']]),
      [[OLD_UNIT, 2], ['26041', 6], ['26068', 1]],
    );
    assert.equal(historical.groups.find((g) => g.key === OLD_UNIT)?.label, 'Phường Quang Vinh');
    assert.equal(historical.groups.find((g) => g.key === '26041')?.label, 'Phường Trung Dũng / Phường Trấn Biên', 'the code was reused by the ward that absorbed Trung Dũng');
    const filtered = await table(`period=2025&unitCode=26041`);
    assert.equal(filtered.totals.counts['dossiers.total'], 8);
    const old = await table(`period=2025&unitCode=${OLD_UNIT}&unitBasis=at-filing`);
    assert.equal(old.totals.counts['dossiers.total'], 2);
    assert.deepEqual((await drill(`measure=dossiers.total&period=2025&groupBy=unit-at-filing&groupKey=${OLD_UNIT}`)).items.map((i) => i.dossierCode).sort(), keysOf(['D1', 'M1']));
  });

  test('late processing, late transit, the failed delivery and return, fees, losses: each figure opens to its records', async () => {
    const cases: Array<[MeasureId, string[]]> = [
      ['processing.late', ['D2', 'D4', 'M3', 'M5']],
      ['processing.on-time', ['D1', 'D3', 'D5', 'M1', 'M2']],
      ['postal-share.by-post', ['M2', 'M3', 'M5']],
      ['transit.late', ['M2', 'M4']],
      ['transit.on-time', ['M1', 'M3', 'M5']],
      ['deliveries.items-with-failure', ['M1']],
      ['deliveries.returned-to-agency', ['M1']],
      ['results.delivered-by-post', ['M2']],
      ['items.lost-or-damaged', ['M4', 'M5']],
      ['fees.remitted', ['M1', 'M2']],
      ['fees.collected', ['M1', 'M2', 'M4']],
    ];
    for (const [measure, names] of cases) {
      const page = await drill(`measure=${measure}&period=2025`);
      assert.equal(page.source, 'cases');
      assert.deepEqual(page.items.map((i) => i.caseKey).sort(), keysOf(names), measure);
      assert.equal(page.total, names.length, measure);
    }
    assert.equal((await drill('measure=fees.remitted&period=2025')).value, 80_000);
    assert.equal((await drill('measure=deliveries.failed-attempts&period=2025')).value, 2);
  });

  test('every figure’s list has as many records as the figure counts', async () => {
    const year = await table('period=2025');
    for (const [measure, count] of Object.entries(year.totals.counts) as Array<[MeasureId, number]>) {
      const page = await drill(`measure=${measure}&period=2025`);
      assert.equal(page.value, count, measure);
      if (!['deliveries.failed-attempts', 'fees.collected', 'fees.remitted', 'postage.revenue', 'complaints.compensation', 'training.staff'].includes(measure)) assert.equal(page.total, count, measure);
      assert.equal(page.items.length, page.total, measure);
    }
  });

  test('records: complaints, training per procedure, assisted filings, difficulties', async () => {
    const byProcedure = await table('period=2025&groupBy=procedure');
    const group = (code: string) => byProcedure.groups.find((g) => g.key === code)?.counts;
    assert.equal(group(P_A)?.['training.staff'], 2);
    assert.equal(group(P_B)?.['training.staff'], 1);
    assert.equal(group(P_A)?.['assisted-filings.total'], 1);
    assert.equal(group(P_A)?.['complaints.received'], 1, 'the complaint about M1');
    assert.equal(group(P_B)?.['complaints.received'], 1, 'the complaint about M5');
    assert.equal(byProcedure.totals.counts['training.records'], 2, 'a record of two procedures counts once in the total');
    assert.equal(byProcedure.groups.find((g) => g.key === null)?.counts['difficulties.reported'], 1, 'a difficulty about no procedure');
    const training = await drill(`measure=training.staff&period=2025&groupBy=procedure&groupKey=${P_A}`);
    assert.equal(training.source, 'training');
    assert.equal(training.total, 2);
    const difficulties = await drill('measure=difficulties.answered&period=2025');
    assert.equal(difficulties.source, 'difficulties');
    assert.equal(difficulties.items.length, 1);
  });

  test('the year by month, the trend and the ranking add up to the year', async () => {
    const months = await table('period=2025&groupBy=month');
    const sum = (m: MeasureId) => months.groups.reduce((s, g) => s + g.counts[m], 0);
    for (const m of ['dossiers.total', 'postal-share.eligible', 'postal-share.by-post', 'items.taken-in', 'transit.late'] as const) assert.equal(sum(m), expected()[m], m);
    assert.equal(months.groups.find((g) => g.key === '2025-12')?.counts['items.taken-in'], 1, 'M4 in December');
    const trend = await w.ok<{ months: Array<{ month: string; eligible: number; byPost: number; ratio: number | null }> }>('lanhdao', 'GET', '/api/v1/reports/trend?to=2025-12&months=12');
    assert.equal(trend.months.length, 12);
    assert.deepEqual(trend.months.find((m) => m.month === '2025-08'), { month: '2025-08', label: { vi: 'Tháng 8/2025', en: 'August 2025' }, eligible: 2, byPost: 1, ratio: 0.5, meetsTarget: true });
    assert.equal(trend.months.reduce((s, m) => s + m.eligible, 0), 6);
    const ranking = await w.ok<{ items: Array<{ rank: number; key: string | null; numerator: number; denominator: number }> }>('lanhdao', 'GET', '/api/v1/reports/ranking?period=2025&by=unit-at-filing&metric=processing-on-time');
    assert.deepEqual(ranking.items.map((i) => [i.key, i.numerator, i.denominator]), [[OLD_UNIT, 2, 2], ['26041', 3, 6], ['26068', 0, 1]]);
  });

  test('CSV of an indicator table: one line per group and the totals', async () => {
    const response = await w.call('lanhdao', 'GET', '/api/v1/reports/indicators.csv?period=2025&groupBy=unit&lang=en');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /text\/csv/);
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines.length, 1 + 3 + 1, 'header; 26041, 26068 and no unit (the difficulty); totals');
    assert.match(lines[0] ?? '', /^Group key,Group,Dossiers received,/);
    assert.match(lines.at(-1) ?? '', /^,Total \(2025\),9,/);
  });

  test('the post’s report for 2025: volumes, revenue, complaints, losses, compensation and its due date', async () => {
    const report = await w.ok<Record<string, unknown>>('kiemsoat', 'GET', '/api/v1/reports/postal-operator?period=2025');
    assert.deepEqual(report['volumes'], { dossiersTakenIn: 5, resultsCarried: 2 });
    assert.deepEqual(report['revenue'], { postage });
    assert.deepEqual(report['fees'], { collected: 100_000, remitted: 80_000 });
    assert.deepEqual(report['complaints'], { received: 2, resolved: 1, compensation: 20_000 });
    assert.equal(report['dueOn'], '2026-01-10');
    assert.deepEqual(report['deadline'], { state: 'overdue', daysLeft: -10 });
    const q4 = await w.ok<Record<string, unknown>>('kiemsoat', 'GET', '/api/v1/reports/postal-operator?period=2025-Q4');
    assert.deepEqual(q4['volumes'], { dossiersTakenIn: 2, resultsCarried: 0 });
    const january = await w.ok<{ losses: Record<string, number> }>('kiemsoat', 'GET', '/api/v1/reports/postal-operator?period=2026-Q1');
    assert.equal(january.losses['lost'], 1, 'the loss recorded in January');
  });

  test('a redelivered event changes nothing, and a rebuild from scratch gives the same figures', async () => {
    const before = await table('period=2025&groupBy=unit-at-filing');
    const [subscription] = await w.t.database.db.select({ id: webhookSubscriptions.id }).from(webhookSubscriptions).where(eq(webhookSubscriptions.url, 'inproc://reports'));
    assert.ok(subscription !== undefined);
    // As if every acknowledgement had been lost: the relay sends the reports every event again.
    const again = await queryRows<{ n: number }>(w.t.database.db, sql`with r as (update outbox set status = 'pending', next_attempt_at = now() - interval '1 second' where subscription_id = ${subscription.id} returning 1) select count(*)::int as n from r`);
    assert.ok(Number(again[0]?.n) > 20);
    await w.relay();
    const delivered = await w.t.database.db.select({ status: outbox.status }).from(outbox).where(eq(outbox.subscriptionId, subscription.id));
    assert.ok(delivered.every((r) => r.status === 'delivered'));
    assert.deepEqual(await table('period=2025&groupBy=unit-at-filing'), before);
    const rebuilt = await w.ok<{ rows: number }>('quantri', 'POST', '/api/v1/reports/rebuild', {});
    assert.equal(rebuilt.rows, 10, 'nine dossiers and the item never handed over');
    assert.deepEqual(await table('period=2025&groupBy=unit-at-filing'), before);
  });

  test('a reader sees only their organisation’s subtree; other roles and strangers are refused', async () => {
    assert.equal((await w.call('', 'GET', '/api/v1/reports/indicators?period=2025')).statusCode, 401);
    assert.equal((await w.call('buuta', 'GET', '/api/v1/reports/indicators?period=2025')).statusCode, 403);
    assert.equal((await w.call('motcua', 'GET', '/api/v1/reports/drill-down?measure=dossiers.total&period=2025')).statusCode, 403);
    assert.equal((await w.call('lanhdao', 'POST', '/api/v1/reports/rebuild', {})).statusCode, 403, 'a leader does not rebuild');
    // Leaders of the two wards: ward A's leader sees desk A's dossiers, ward B's none of them.
    const communeB = await w.t.organisationId('X26068-UBND');
    const communeA = await w.t.organisationId('X26041-UBND');
    await w.ok('quantri', 'POST', '/api/v1/admin/accounts', { username: 'lanhdaob', displayName: 'Lãnh đạo phường Biên Hoà', password: 'mat-khau-lanh-dao-b', role: 'leader', organisationId: communeB }, 201);
    await w.ok('quantri', 'POST', '/api/v1/admin/accounts', { username: 'lanhdaoa', displayName: 'Lãnh đạo phường Trấn Biên', password: 'mat-khau-lanh-dao-a', role: 'leader', organisationId: communeA }, 201);
    const asB = async (url: string) => {
      const session = await w.t.login('lanhdaob', 'mat-khau-lanh-dao-b');
      return w.t.app.inject({ method: 'GET', url, headers: session.headers });
    };
    const asA = async (url: string) => {
      const session = await w.t.login('lanhdaoa', 'mat-khau-lanh-dao-a');
      return w.t.app.inject({ method: 'GET', url, headers: session.headers });
    };
    const seenByB = (await asB('/api/v1/reports/indicators?period=2025')).json() as Table;
    assert.equal(seenByB.totals.counts['dossiers.total'], 0);
    assert.equal(seenByB.totals.counts['complaints.received'], 0);
    assert.equal(((await asB('/api/v1/reports/drill-down?measure=dossiers.total&period=2025')).json() as DrillDown).items.length, 0);
    assert.equal((await asB(`/api/v1/reports/indicators?period=2025&agencyCode=${DESK_A}`)).statusCode, 404, 'another ward’s desk is not there for them');
    const seenByA = (await asA('/api/v1/reports/indicators?period=2025')).json() as Table;
    assert.equal(seenByA.totals.counts['dossiers.total'], 9);
    assert.equal(seenByA.totals.counts['training.records'], 0, 'the post’s staff are not in the ward’s subtree');
    // The post's supervisor sees the items of the post's offices, not the desk's own dossiers.
    const post = await w.ok<Table>('kiemsoat', 'GET', '/api/v1/reports/indicators?period=2025');
    assert.equal(post.totals.counts['dossiers.total'], 4);
    assert.equal(post.totals.counts['items.taken-in'], 5);
  });
});
