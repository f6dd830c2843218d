/**
 * The tally of a handover record before the desk signs it: every item listed is marked received,
 * missing or damaged, exactly once; envelopes that came without being listed are typed in as
 * "extra". The post refuses a tally that does not account for each listed item once, so the
 * page checks it here first and says which item is wrong, beside it.
 */
import { normaliseS10Input, validateS10 } from '../../../domain/postal-item/s10.js';

export const MARKS = ['received', 'missing', 'damaged'] as const;
export type Mark = (typeof MARKS)[number];

export interface AcknowledgeBody {
  received: string[];
  missing: string[];
  damaged: string[];
  extra: string[];
}

export type TallyProblem =
  /** A listed item has no mark yet. */
  | { kind: 'unmarked'; itemNumber: string }
  /** A line of the "extra" box is not an item number. */
  | { kind: 'extra-invalid'; line: string; vi: string; en: string }
  /** An "extra" item is on the record already: mark it there instead. */
  | { kind: 'extra-listed'; itemNumber: string };

export type TallyResult = { ok: true; body: AcknowledgeBody } | { ok: false; problems: TallyProblem[] };

/** Every listed item marked received: the usual case, where the officer only changes the exceptions. */
export function allReceived(itemNumbers: readonly string[]): Record<string, Mark> {
  return Object.fromEntries(itemNumbers.map((n) => [n, 'received' as const]));
}

/** Lines of the "extra" box: one item number per line (or separated by commas or spaces), as a scanner types them. */
export function extraLines(text: string): string[] {
  return text
    .split(/[\n,;]+/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function tallyBody(listed: readonly string[], marks: Readonly<Record<string, Mark | undefined>>, extraText: string): TallyResult {
  const problems: TallyProblem[] = [];
  const body: AcknowledgeBody = { received: [], missing: [], damaged: [], extra: [] };
  for (const itemNumber of listed) {
    const mark = marks[itemNumber];
    if (mark === undefined) {
      problems.push({ kind: 'unmarked', itemNumber });
      continue;
    }
    switch (mark) {
      case 'received':
        body.received.push(itemNumber);
        break;
      case 'missing':
        body.missing.push(itemNumber);
        break;
      case 'damaged':
        body.damaged.push(itemNumber);
        break;
      default: {
        const exhaustive: never = mark;
        return exhaustive;
      }
    }
  }
  for (const line of extraLines(extraText)) {
    const checked = validateS10(line);
    if (!checked.ok) {
      problems.push({ kind: 'extra-invalid', line, vi: checked.problem.vi, en: checked.problem.en });
      continue;
    }
    const itemNumber: string = checked.value;
    if (listed.includes(itemNumber)) problems.push({ kind: 'extra-listed', itemNumber });
    else if (!body.extra.includes(itemNumber)) body.extra.push(itemNumber);
  }
  return problems.length === 0 ? { ok: true, body } : { ok: false, problems };
}

/** How many of each mark, for the line the officer reads before signing. */
export function tallyCounts(listed: readonly string[], marks: Readonly<Record<string, Mark | undefined>>, extraText: string): Record<Mark | 'extra', number> {
  const counts = { received: 0, missing: 0, damaged: 0, extra: 0 };
  for (const n of listed) {
    const mark = marks[n];
    if (mark !== undefined) counts[mark] += 1;
  }
  counts.extra = new Set(extraLines(extraText).map(normaliseS10Input).filter((n) => !listed.includes(n))).size;
  return counts;
}
