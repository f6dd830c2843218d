/**
 * R4: the province decides by a decision which procedures may be filed through the public
 * postal service, and from which day. An administrator enters that fact; this rule says what
 * is wrong with an entry, field by field, in both languages, so the screen and the server give
 * the same answer.
 *
 * - Offering a procedure by post needs the deciding decision (its number and title) and the day
 *   it takes effect: the 30 % target (R11) counts dossiers from that day.
 * - The day may lie ahead (a decision is often published before it applies), but not beyond
 *   `MAX_DAYS_AHEAD`: a date years away is a typing mistake, not a decision.
 * - Withdrawing a procedure from the post keeps no decision on the procedure; the text given
 *   (if any) is kept in the audit log by the service.
 */
import { addDays, isPlainDate, type PlainDate } from '../time/plain-date.js';

export interface PostalDecisionInput {
  offered: boolean;
  decision: string | null;
  /** YYYY-MM-DD. */
  since: string | null;
}

export interface PostalDecisionProblem {
  field: 'decision' | 'since';
  vi: string;
  en: string;
}

export const MAX_DECISION_LENGTH = 500;
/** How far ahead a date of effect may be. */
export const MAX_DAYS_AHEAD = 366;

/** Every problem with an entry; an empty list means it may be saved. */
export function checkPostalDecision(input: PostalDecisionInput, today: PlainDate): PostalDecisionProblem[] {
  const problems: PostalDecisionProblem[] = [];
  const decision = input.decision?.trim() ?? '';
  if (decision.length > MAX_DECISION_LENGTH) {
    problems.push({ field: 'decision', vi: `Tối đa ${MAX_DECISION_LENGTH} ký tự`, en: `At most ${MAX_DECISION_LENGTH} characters` });
  }
  if (!input.offered) return problems;
  if (decision === '') {
    problems.push({ field: 'decision', vi: 'Hãy ghi số và trích yếu quyết định của tỉnh', en: "Give the number and title of the province's decision" });
  }
  const since = input.since ?? '';
  if (since === '') {
    problems.push({ field: 'since', vi: 'Hãy ghi ngày quyết định có hiệu lực', en: 'Give the day the decision takes effect' });
  } else if (!isPlainDate(since)) {
    problems.push({ field: 'since', vi: 'Ngày không hợp lệ (YYYY-MM-DD)', en: 'Not a valid date (YYYY-MM-DD)' });
  } else if (since > addDays(today, MAX_DAYS_AHEAD)) {
    problems.push({ field: 'since', vi: `Ngày hiệu lực quá xa (quá ${MAX_DAYS_AHEAD} ngày sau hôm nay)`, en: `The date is too far ahead (more than ${MAX_DAYS_AHEAD} days from today)` });
  }
  return problems;
}
