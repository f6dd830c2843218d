/** The desk workspace's rules: screens per role, due dates, step forms, printed forms, forwarding, periods. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOSSIER_ACTIONS, DOSSIER_STATUSES, availableActions } from '../../src/domain/dossier/lifecycle.js';
import type { DossierSummary, Organisation } from '../../src/web/staff/desk/decode.js';
import {
  DUE_SOON_MS,
  deskAbilities,
  dueState,
  formsFor,
  forwardTargets,
  matchesDueFilter,
  monthToDate,
  periodProblem,
  readyForPost,
  stepFormOf,
  stepFormsFor,
  vietnamLocalToIso,
  vietnamToday,
} from '../../src/web/staff/desk/desk-rules.js';

const NOW = new Date('2026-03-10T03:00:00Z');

function summary(overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    code: '000.01.21.H19-260310-0001',
    procedureCode: '1.001193',
    channel: 'postal',
    resultMethod: 'postal',
    itemNumber: 'RR100000017VN',
    status: 'received',
    filedAt: '2026-03-09T03:00:00Z',
    dueAt: '2026-03-20T03:00:00Z',
    forwardBy: '2026-03-10T03:00:00Z',
    dueMoved: false,
    ...overrides,
  };
}

describe('what each role sees in the desk workspace', () => {
  test('the desk officer signs records, registers, hands results to the post and keeps the assisted filing log', () => {
    assert.deepEqual(deskAbilities('desk_officer'), { acknowledge: true, register: true, handResults: true, assistedFilings: true, dossiers: true });
  });

  test('the processing officer works on dossiers only: no inbox, no registration, no handover, no log', () => {
    assert.deepEqual(deskAbilities('processing_officer'), { acknowledge: false, register: false, handResults: false, assistedFilings: false, dossiers: true });
  });

  test('a postman registers nothing here and has no dossiers screen, even with the register permission', () => {
    const postman = deskAbilities('postman');
    assert.equal(postman.dossiers, false);
    assert.equal(postman.register, false, 'the lifecycle does not let a postman take the register step');
    assert.equal(postman.assistedFilings, true);
  });
});

describe('due dates on the list', () => {
  test('a running clock is overdue after the due date and due soon within two days', () => {
    assert.equal(dueState(summary({ dueAt: '2026-03-10T02:59:59Z' }), NOW), 'overdue');
    assert.equal(dueState(summary({ dueAt: new Date(NOW.getTime() + DUE_SOON_MS).toISOString() }), NOW), 'due-soon');
    assert.equal(dueState(summary({ dueAt: new Date(NOW.getTime() + DUE_SOON_MS + 1).toISOString() }), NOW), 'running');
  });

  test('a supplement pauses the clock, a result closes it, whatever the date', () => {
    assert.equal(dueState(summary({ status: 'supplement-requested', dueAt: '2026-01-01T00:00:00Z' }), NOW), 'paused');
    assert.equal(dueState(summary({ status: 'processed', dueAt: '2026-01-01T00:00:00Z' }), NOW), 'closed');
    assert.equal(dueState(summary({ status: 'awaiting-handover' }), NOW), 'not-started');
    for (const status of DOSSIER_STATUSES) assert.ok(typeof dueState(summary({ status }), NOW) === 'string');
  });

  test('"due soon" shows the overdue ones too; "overdue" only those', () => {
    const late = summary({ dueAt: '2026-03-09T00:00:00Z' });
    const soon = summary({ dueAt: '2026-03-11T00:00:00Z' });
    const later = summary({ dueAt: '2026-03-30T00:00:00Z' });
    assert.deepEqual([late, soon, later].map((d) => matchesDueFilter(d, 'due-soon', NOW)), [true, true, false]);
    assert.deepEqual([late, soon, later].map((d) => matchesDueFilter(d, 'overdue', NOW)), [true, false, false]);
    assert.deepEqual([late, soon, later].map((d) => matchesDueFilter(d, null, NOW)), [true, true, true]);
  });
});

describe('the step forms of the dossier page', () => {
  test('every action is either a form here or deliberately none', () => {
    const withForm = DOSSIER_ACTIONS.filter((a) => stepFormOf(a) !== null);
    assert.deepEqual(withForm, ['request-supplement', 'receive-supplement', 'refuse', 'forward', 'notify-delay', 'record-result', 'hand-result-to-post', 'deliver-result']);
  });

  test('a desk officer on a received dossier: forward, result, supplement — not the delay, which leaders and processing officers sign', () => {
    const forms = stepFormsFor({ ...summary(), availableActions: availableActions('received', 'desk_officer') });
    assert.deepEqual(forms, ['forward', 'result', 'supplement-request']);
    const processing = stepFormsFor({ ...summary(), availableActions: availableActions('processing', 'processing_officer') });
    assert.ok(processing.includes('delay'));
  });

  test('a processed dossier goes to the post only when the citizen asked for it by post', () => {
    const actions = availableActions('processed', 'desk_officer');
    assert.deepEqual(stepFormsFor({ ...summary({ status: 'processed' }), availableActions: actions }), ['hand-to-post', 'delivery']);
    assert.deepEqual(stepFormsFor({ ...summary({ status: 'processed', resultMethod: 'in-person' }), availableActions: actions }), ['delivery']);
    assert.deepEqual(stepFormsFor({ ...summary({ status: 'processed', itemNumber: null }), availableActions: actions }), ['delivery']);
  });

  test('while the post is delivering the result, the desk does not record a collection at the counter', () => {
    assert.deepEqual(stepFormsFor({ ...summary({ status: 'result-with-post' }), availableActions: availableActions('result-with-post', 'desk_officer') }), []);
  });

  test('results offered to the post: processed, by post, with an item number', () => {
    const ready = summary({ id: 'a', status: 'processed' });
    const inPerson = summary({ id: 'b', status: 'processed', resultMethod: 'in-person' });
    const notYet = summary({ id: 'c', status: 'processing' });
    assert.deepEqual(readyForPost([ready, inPerson, notYet]).map((d) => d.id), ['a']);
  });
});

describe('printed forms', () => {
  test('the receipt and the control slip always; the others once their step is taken', () => {
    assert.deepEqual(formsFor([{ action: 'register' }]), ['receipt', 'control-slip']);
    assert.deepEqual(formsFor([{ action: 'register' }, { action: 'request-supplement' }, { action: 'notify-delay' }]), ['receipt', 'supplement-request', 'delay-apology', 'control-slip']);
    assert.deepEqual(formsFor([{ action: 'register' }, { action: 'refuse' }]), ['receipt', 'refusal', 'control-slip']);
  });
});

describe('where a desk forwards dossiers', () => {
  const org = (code: string, kind: Organisation['kind'], unitCode: string, nameVi = code): Organisation => ({ id: code, code, kind, nameVi, nameEn: code, parentId: null, unitCode });
  const directory = [
    org('P75', 'province', '75'),
    org('P75-UBND', 'people_committee', '75', 'Ủy ban nhân dân tỉnh'),
    org('P75-STP', 'department', '75', 'Sở Tư pháp'),
    org('P75-SYT', 'department', '75', 'Sở Y tế'),
    org('P75-BD', 'postal_operator', '75'),
    org('X26041-UBND', 'people_committee', '26041', 'Ủy ban nhân dân phường Trấn Biên'),
    org('X26041-TTPVHCC', 'public_service_centre', '26041'),
    org('X26041-BD', 'post_office', '26041'),
    org('X26068-UBND', 'people_committee', '26068', 'Ủy ban nhân dân phường Biên Hòa'),
  ];

  test('its own committee first, then the province’s committee and departments; never the post or another commune', () => {
    assert.deepEqual(forwardTargets(directory, 'X26041-TTPVHCC').map((o) => o.code), ['X26041-UBND', 'P75-UBND', 'P75-STP', 'P75-SYT']);
  });

  test('a desk missing from the directory still gets the province’s units', () => {
    assert.deepEqual(forwardTargets(directory, 'X99999-TTPVHCC').map((o) => o.code), ['P75-UBND', 'P75-STP', 'P75-SYT']);
  });
});

describe('dates typed by the officer', () => {
  test('a datetime-local value is Vietnam time whatever the device says', () => {
    assert.equal(vietnamLocalToIso('2026-02-26T16:00'), '2026-02-26T16:00:00+07:00');
    assert.equal(new Date(vietnamLocalToIso('2026-02-26T16:00') ?? '').toISOString(), '2026-02-26T09:00:00.000Z');
    assert.equal(vietnamLocalToIso(''), null);
    assert.equal(vietnamLocalToIso('2026-02-26'), null);
  });

  test('today and this month follow Vietnam’s calendar: 23:30 UTC is already tomorrow', () => {
    assert.equal(vietnamToday(new Date('2026-03-31T23:30:00Z')), '2026-04-01');
    assert.deepEqual(monthToDate(new Date('2026-03-31T23:30:00Z')), { from: '2026-04-01', to: '2026-04-01' });
    assert.deepEqual(monthToDate(NOW), { from: '2026-03-01', to: '2026-03-10' });
  });

  test('a period is two dates in order, at most a year (366 days) apart', () => {
    assert.equal(periodProblem({ from: '2026-03-01', to: '2026-03-01' }), null);
    assert.equal(periodProblem({ from: '2026-03-02', to: '2026-03-01' }), 'reversed');
    assert.equal(periodProblem({ from: '', to: '2026-03-01' }), 'missing');
    assert.equal(periodProblem({ from: '2024-01-01', to: '2024-12-31' }), null, 'a leap year is 366 days');
    assert.equal(periodProblem({ from: '2024-01-01', to: '2025-01-01' }), 'too-long');
  });
});
