import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CUSTODIAN_KINDS,
  CUSTODY_ENTRY_STATES,
  CUSTODY_STATES,
  CUSTODY_STATE_INFO,
  CUSTODY_TRANSITIONS,
  FINAL_CUSTODY_STATES,
  INITIAL_CUSTODY_STATE,
  custodianOf,
  transferCustody,
  type CustodyState,
} from '../../../src/domain/postal-item/index.js';

function reachableFrom(start: CustodyState): Set<CustodyState> {
  const seen = new Set<CustodyState>([start]);
  const queue: CustodyState[] = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const n of CUSTODY_TRANSITIONS[s]) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

describe('every custody state', () => {
  for (const state of CUSTODY_STATES) {
    describe(state, () => {
      it('is reachable from the initial state', () => {
        assert.ok(reachableFrom(INITIAL_CUSTODY_STATE).has(state));
      });

      it('has exactly one custodian kind, a leg and names', () => {
        const info = CUSTODY_STATE_INFO[state];
        assert.ok(CUSTODIAN_KINDS.includes(info.custodian));
        assert.ok(info.leg === 'dossier' || info.leg === 'result');
        assert.ok(info.vi.length > 0 && info.en.length > 0);
      });

      it('is final, or can still reach a final state', () => {
        if (CUSTODY_TRANSITIONS[state].length === 0) {
          assert.ok(FINAL_CUSTODY_STATES.includes(state));
          return;
        }
        assert.ok([...reachableFrom(state)].some((s) => FINAL_CUSTODY_STATES.includes(s)));
      });
    });
  }

  it('every table has exactly the state keys, and transitions name known states', () => {
    const sorted = [...CUSTODY_STATES].sort();
    assert.deepEqual(Object.keys(CUSTODY_TRANSITIONS).sort(), sorted);
    assert.deepEqual(Object.keys(CUSTODY_STATE_INFO).sort(), sorted);
    for (const targets of Object.values(CUSTODY_TRANSITIONS)) {
      for (const t of targets) assert.ok((CUSTODY_STATES as readonly string[]).includes(t));
    }
  });

  it('every custodian kind holds the item in some state', () => {
    for (const kind of CUSTODIAN_KINDS) assert.ok(CUSTODY_STATES.some((s) => custodianOf(s) === kind), kind);
  });

  it('entry states are known states; a result-only item starts at the desk', () => {
    assert.deepEqual([...CUSTODY_ENTRY_STATES], ['with-citizen', 'result-at-desk']);
    assert.equal(custodianOf('result-at-desk'), 'desk');
  });
});

describe('the two legs stay on their road', () => {
  it('the result leg never goes back to the dossier leg', () => {
    for (const state of CUSTODY_STATES) {
      if (CUSTODY_STATE_INFO[state].leg !== 'result') continue;
      for (const next of CUSTODY_TRANSITIONS[state]) {
        assert.equal(CUSTODY_STATE_INFO[next].leg, 'result', `${state} → ${next}`);
      }
    }
  });

  it('the dossier leg enters the result leg only through the desk', () => {
    for (const state of CUSTODY_STATES) {
      if (CUSTODY_STATE_INFO[state].leg !== 'dossier') continue;
      for (const next of CUSTODY_TRANSITIONS[state]) {
        if (CUSTODY_STATE_INFO[next].leg === 'result') assert.equal(next, 'result-at-desk', `${state} → ${next}`);
      }
    }
  });

  it('loss is declared only while the post holds the item', () => {
    for (const state of CUSTODY_STATES) {
      const next: readonly CustodyState[] = CUSTODY_TRANSITIONS[state];
      if (next.includes('lost') || next.includes('result-lost')) {
        assert.ok(['postman', 'post-office', 'transit'].includes(custodianOf(state)), state);
      }
    }
  });
});

describe('transferCustody', () => {
  it('names both parties of a hand-over and asks the receiver to confirm', () => {
    assert.deepEqual(transferCustody('out-for-handover', 'at-desk'), {
      ok: true,
      next: 'at-desk',
      from: 'postman',
      to: 'desk',
      receiverConfirms: true,
    });
  });

  it('declaring a loss or a cancellation needs no receiver', () => {
    const lost = transferCustody('in-transit', 'lost');
    assert.ok(lost.ok && !lost.receiverConfirms);
    const cancelled = transferCustody('with-citizen', 'cancelled');
    assert.ok(cancelled.ok && !cancelled.receiverConfirms);
  });

  it('refuses a move the table does not allow', () => {
    assert.deepEqual(transferCustody('with-citizen', 'at-desk'), { ok: false, reason: 'transition-not-allowed' });
    assert.deepEqual(transferCustody('delivered', 'out-for-delivery'), { ok: false, reason: 'transition-not-allowed' });
  });
});
