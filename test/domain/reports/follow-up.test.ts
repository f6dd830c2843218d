import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TASK_STATUSES, isTaskOverdue, mayChangeDifficultyStatus, mayChangeTaskStatus, parseTaskDeadline } from '../../../src/domain/reports/follow-up.js';
import { parsePlainDate } from '../../../src/domain/time/plain-date.js';

const d = parsePlainDate;

describe("the plan's task deadlines, as the appendix writes them", () => {
  test('months, quarters, dates, standing tasks and deadlines tied to an event', () => {
    assert.deepEqual(parseTaskDeadline('Tháng 7 năm 2019'), { kind: 'date', dueOn: '2019-07-31', precision: 'month' });
    assert.deepEqual(parseTaskDeadline('Tháng 6 năm 2019'), { kind: 'date', dueOn: '2019-06-30', precision: 'month' });
    assert.deepEqual(parseTaskDeadline('Quý 3/2019'), { kind: 'date', dueOn: '2019-09-30', precision: 'quarter' });
    assert.deepEqual(parseTaskDeadline('Quý 3 năm 2019'), { kind: 'date', dueOn: '2019-09-30', precision: 'quarter' });
    assert.deepEqual(parseTaskDeadline('Quý 4 năm 2019'), { kind: 'date', dueOn: '2019-12-31', precision: 'quarter' });
    assert.deepEqual(parseTaskDeadline('Quý IV/2020'), { kind: 'date', dueOn: '2020-12-31', precision: 'quarter' });
    assert.deepEqual(parseTaskDeadline('Trước ngày 15/8/2019'), { kind: 'date', dueOn: '2019-08-15', precision: 'day' });
    assert.deepEqual(parseTaskDeadline('6 tháng đầu năm 2020'), { kind: 'date', dueOn: '2020-06-30', precision: 'half-year' });
    assert.deepEqual(parseTaskDeadline('Năm 2020'), { kind: 'date', dueOn: '2020-12-31', precision: 'year' });
    assert.deepEqual(parseTaskDeadline('Thường xuyên'), { kind: 'ongoing' });
    assert.deepEqual(parseTaskDeadline('Ngay sau khi chuyển giao TTHC cho Bưu điện'), { kind: 'event', text: 'Ngay sau khi chuyển giao TTHC cho Bưu điện' });
    assert.equal(parseTaskDeadline('Tháng 13 năm 2019').kind, 'event', 'not a month: kept as text');
  });

  test('a task is overdue once its day has passed, unless done or cancelled; standing tasks never are', () => {
    const july = parseTaskDeadline('Tháng 7 năm 2019');
    assert.equal(isTaskOverdue(july, 'in-progress', d('2019-07-31')), false);
    assert.equal(isTaskOverdue(july, 'in-progress', d('2019-08-01')), true);
    assert.equal(isTaskOverdue(july, 'not-started', d('2019-08-01')), true);
    assert.equal(isTaskOverdue(july, 'done', d('2030-01-01')), false);
    assert.equal(isTaskOverdue(july, 'cancelled', d('2030-01-01')), false);
    assert.equal(isTaskOverdue(parseTaskDeadline('Thường xuyên'), 'not-started', d('2030-01-01')), false);
  });

  test('status changes: no change to itself, a done task may be reopened', () => {
    for (const s of TASK_STATUSES) assert.equal(mayChangeTaskStatus(s, s), false, s);
    assert.equal(mayChangeTaskStatus('not-started', 'done'), true);
    assert.equal(mayChangeTaskStatus('done', 'in-progress'), true);
    assert.equal(mayChangeTaskStatus('done', 'cancelled'), false);
  });

  test('a difficulty is answered once, then closed for good', () => {
    assert.equal(mayChangeDifficultyStatus('open', 'answered'), true);
    assert.equal(mayChangeDifficultyStatus('answered', 'answered'), false, 'an answer is kept as given');
    assert.equal(mayChangeDifficultyStatus('answered', 'closed'), true);
    assert.equal(mayChangeDifficultyStatus('closed', 'answered'), false);
    assert.equal(mayChangeDifficultyStatus('closed', 'open'), false);
  });
});
