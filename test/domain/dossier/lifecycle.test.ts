import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES } from '../../../src/domain/access/roles.js';
import {
  ACTION_RESULT,
  ACTION_ROLES,
  ALLOWED_ACTIONS,
  DOSSIER_ACTIONS,
  DOSSIER_ACTION_INFO,
  DOSSIER_STATUSES,
  DOSSIER_STATUS_INFO,
  FINAL_DOSSIER_STATUSES,
  INITIAL_DOSSIER_STATUS,
  NATIONAL_STATUS_CODE,
  applyAction,
  availableActions,
  isFinalStatus,
  replayActions,
  type DossierAction,
  type DossierStatus,
} from '../../../src/domain/dossier/index.js';

function nextOf(status: DossierStatus, action: DossierAction): DossierStatus {
  const r = ACTION_RESULT[action];
  return r === 'unchanged' ? status : r;
}

function reachableFrom(start: DossierStatus): Set<DossierStatus> {
  const seen = new Set<DossierStatus>([start]);
  const queue: DossierStatus[] = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const a of ALLOWED_ACTIONS[s]) {
      const n = nextOf(s, a);
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

describe('every dossier status', () => {
  for (const status of DOSSIER_STATUSES) {
    describe(status, () => {
      it('is reachable from the initial status', () => {
        assert.ok(reachableFrom(INITIAL_DOSSIER_STATUS).has(status));
      });

      it('is final, or has an action someone may take', () => {
        if (isFinalStatus(status)) {
          assert.ok(FINAL_DOSSIER_STATUSES.includes(status));
          return;
        }
        assert.ok(ALLOWED_ACTIONS[status].length > 0);
        assert.ok(ROLES.some((role) => availableActions(status, role).length > 0));
      });

      it('can still reach a final status', () => {
        assert.ok([...reachableFrom(status)].some(isFinalStatus));
      });

      it('has Vietnamese and English names and a national portal code', () => {
        assert.ok(DOSSIER_STATUS_INFO[status].vi.length > 0);
        assert.ok(DOSSIER_STATUS_INFO[status].en.length > 0);
        assert.ok(Number.isInteger(NATIONAL_STATUS_CODE[status]));
      });
    });
  }

  it('the status list has no duplicates and every table has exactly its keys', () => {
    const sorted = [...DOSSIER_STATUSES].sort();
    assert.equal(new Set(DOSSIER_STATUSES).size, DOSSIER_STATUSES.length);
    for (const table of [ALLOWED_ACTIONS, DOSSIER_STATUS_INFO, NATIONAL_STATUS_CODE]) {
      assert.deepEqual(Object.keys(table).sort(), sorted);
    }
  });

  it('the final statuses are refused, withdrawn, stopped and returned', () => {
    assert.deepEqual([...FINAL_DOSSIER_STATUSES].sort(), ['refused', 'returned', 'stopped', 'withdrawn']);
  });
});

describe('every dossier action', () => {
  for (const action of DOSSIER_ACTIONS) {
    it(`${action} is allowed somewhere, by someone, and is named`, () => {
      assert.ok(DOSSIER_STATUSES.some((s) => (ALLOWED_ACTIONS[s] as readonly DossierAction[]).includes(action)));
      assert.ok(ACTION_ROLES[action].length > 0);
      assert.ok(DOSSIER_ACTION_INFO[action].vi.length > 0 && DOSSIER_ACTION_INFO[action].en.length > 0);
    });
  }

  it('every table has exactly the action keys', () => {
    const sorted = [...DOSSIER_ACTIONS].sort();
    for (const table of [ACTION_ROLES, ACTION_RESULT, DOSSIER_ACTION_INFO]) {
      assert.deepEqual(Object.keys(table).sort(), sorted);
    }
  });
});

describe('applyAction', () => {
  it('registers a dossier handed over by the post', () => {
    assert.deepEqual(applyAction('awaiting-handover', 'register', 'desk_officer'), { ok: true, next: 'received' });
  });

  it('refuses an action the status does not allow, before looking at the role', () => {
    assert.deepEqual(applyAction('returned', 'register', 'postman'), { ok: false, reason: 'action-not-allowed-in-status' });
  });

  it('refuses a role that may not take the action', () => {
    assert.deepEqual(applyAction('awaiting-handover', 'register', 'postman'), { ok: false, reason: 'role-not-allowed' });
    assert.deepEqual(applyAction('processing', 'record-result', 'postman'), { ok: false, reason: 'role-not-allowed' });
  });

  it('keeps the status for an "unchanged" action (the apology and new date)', () => {
    assert.deepEqual(applyAction('processing', 'notify-delay', 'processing_officer'), { ok: true, next: 'processing' });
  });

  it('a supplement received restarts from "received" (the processing time restarts)', () => {
    assert.deepEqual(applyAction('supplement-requested', 'receive-supplement', 'desk_officer'), { ok: true, next: 'received' });
  });

  it('an undeliverable result goes back to "processed" so the citizen can collect it', () => {
    assert.deepEqual(applyAction('result-with-post', 'return-to-agency', 'postman'), { ok: true, next: 'processed' });
  });

  it('agrees with the tables for every status × action × role', () => {
    for (const status of DOSSIER_STATUSES) {
      for (const action of DOSSIER_ACTIONS) {
        for (const role of ROLES) {
          const r = applyAction(status, action, role);
          const allowed = (ALLOWED_ACTIONS[status] as readonly DossierAction[]).includes(action);
          const permitted = (ACTION_ROLES[action] as readonly string[]).includes(role);
          if (!allowed) assert.deepEqual(r, { ok: false, reason: 'action-not-allowed-in-status' });
          else if (!permitted) assert.deepEqual(r, { ok: false, reason: 'role-not-allowed' });
          else assert.deepEqual(r, { ok: true, next: nextOf(status, action) });
        }
      }
    }
  });
});

describe('replayActions derives the status from the action log', () => {
  it('follows the full postal journey to "returned"', () => {
    const r = replayActions([
      { action: 'register', role: 'desk_officer' },
      { action: 'forward', role: 'desk_officer' },
      { action: 'request-financial-obligation', role: 'processing_officer' },
      { action: 'fulfil-financial-obligation', role: 'partner_system' },
      { action: 'notify-delay', role: 'processing_officer' },
      { action: 'record-result', role: 'processing_officer' },
      { action: 'hand-result-to-post', role: 'postman' },
      { action: 'deliver-result', role: 'postman' },
    ]);
    assert.deepEqual(r, { ok: true, status: 'returned' });
  });

  it('moves a due date at most once', () => {
    const r = replayActions([
      { action: 'register', role: 'desk_officer' },
      { action: 'forward', role: 'desk_officer' },
      { action: 'notify-delay', role: 'processing_officer' },
      { action: 'notify-delay', role: 'leader' },
    ]);
    assert.deepEqual(r, { ok: false, index: 3, status: 'processing', reason: 'only-once-per-dossier' });
  });

  it('reports the first action that does not fit', () => {
    const r = replayActions([
      { action: 'register', role: 'desk_officer' },
      { action: 'deliver-result', role: 'postman' },
    ]);
    assert.deepEqual(r, { ok: false, index: 1, status: 'received', reason: 'action-not-allowed-in-status' });
  });

  it('an empty log is the initial status', () => {
    assert.deepEqual(replayActions([]), { ok: true, status: INITIAL_DOSSIER_STATUS });
  });
});
