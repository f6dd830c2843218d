/**
 * The holidays screen's round trip: a year is read with each day's group and exact kind, a day
 * is added to one group, the groups are sent back as the screen sends them, and the year comes
 * back the same plus that day.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, type TestApp, startTestApp } from '../support/app.js';

interface Day {
  date: string;
  kind: 'holiday' | 'compensatory' | 'swapped' | 'makeup-workday';
  group: string;
  name: string;
  nameEn: string;
}
interface EditableYear {
  year: number;
  source: string | null;
  officialGroups: string[];
  days: Day[];
  updatedAt: string | null;
}

describe('GET /api/v1/admin/calendar/{year}', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
  });
  after(() => t.close());

  async function read(year: number, session: Session | null = admin) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/admin/calendar/${year}`, headers: session?.headers ?? {} });
    return { status: response.statusCode, body: response.json() as EditableYear };
  }

  test('2026: the entered groups with their source, the others computed, each day with its group and exact kind', async () => {
    const { status, body } = await read(2026);
    assert.equal(status, 200);
    assert.deepEqual(body.officialGroups, ['new-year', 'tet']);
    assert.match(body.source ?? '', /2026/);
    const byDate = new Map(body.days.map((d) => [d.date, d]));
    assert.deepEqual([byDate.get('2026-01-02')?.kind, byDate.get('2026-01-02')?.group], ['swapped', 'new-year'], 'the public calendar says "compensatory"; the editor keeps "swapped"');
    assert.deepEqual([byDate.get('2026-01-10')?.kind, byDate.get('2026-01-10')?.group], ['makeup-workday', 'new-year']);
    assert.deepEqual([byDate.get('2026-04-30')?.kind, byDate.get('2026-04-30')?.group], ['holiday', 'reunification-labour']);
  });

  test('a year never entered has no source and only computed groups', async () => {
    const { body } = await read(2031);
    assert.equal(body.source, null);
    assert.deepEqual(body.officialGroups, []);
    assert.equal(body.updatedAt, null);
    assert.ok(body.days.some((d) => d.group === 'tet'));
  });

  test('adding a one-off day off as the screen does keeps every other day as it was', async () => {
    const before2026 = (await read(2026)).body;
    const added: Day = { date: '2026-11-20', kind: 'holiday', group: 'other', name: 'Nghỉ lễ kỷ niệm (thử)', nameEn: 'Commemoration day off (trial)' };
    const days = [...before2026.days, added];
    const groups = [...new Set([...before2026.officialGroups, 'other'])].map((group) => ({
      group,
      daysOff: days.filter((d) => d.group === group && d.kind !== 'makeup-workday').map(({ date, kind, name, nameEn }) => ({ date, kind, name, nameEn })),
      makeupWorkdays: days.filter((d) => d.group === group && d.kind === 'makeup-workday').map(({ date, name, nameEn }) => ({ date, name, nameEn })),
    }));
    const put = await t.app.inject({ method: 'PUT', url: '/api/v1/admin/calendar/2026', headers: admin.headers, payload: { source: 'Thông báo số 9/TB-UBND (thử)', groups } });
    assert.equal(put.statusCode, 200, put.body);
    const after2026 = (await read(2026)).body;
    assert.deepEqual(after2026.officialGroups, ['new-year', 'tet', 'other']);
    assert.equal(after2026.source, 'Thông báo số 9/TB-UBND (thử)');
    assert.deepEqual(after2026.days, [...before2026.days, added].sort((a, b) => a.date.localeCompare(b.date)));
    const publicDays = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2026' })).json() as { days: Array<{ date: string }> };
    assert.ok(publicDays.days.some((d) => d.date === '2026-11-20'), 'the public calendar and due dates follow at once');
  });

  test('refusals: no session 401, a desk officer 403, a year out of range 400', async () => {
    assert.equal((await read(2026, null)).status, 401);
    assert.equal((await read(2026, await t.login('motcua'))).status, 403);
    assert.equal((await read(1800)).status, 400);
  });
});
