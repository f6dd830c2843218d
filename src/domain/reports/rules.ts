/**
 * The rules behind the indicators, as pure functions: which dossiers count toward the postal
 * share (R11), when processing and transit are on time, and how a share compares with its
 * target. The database computes the same rules in SQL over a million rows
 * (src/reports/measures.ts); the tests hold both to the same hand-computed figures.
 */
import type { PlainDate } from '../time/plain-date.js';

/**
 * R4/R11: a dossier counts toward the postal share only if, on its filing date, its procedure
 * was published for postal service. `postalSince` is the day the province's decision took
 * effect; without it the procedure counts whenever it is offered (the decision predates the
 * data).
 */
export function countsTowardPostalShare(procedure: { postalOffered: boolean; postalSince: PlainDate | null }, filedOn: PlainDate): boolean {
  if (!procedure.postalOffered) return false;
  return procedure.postalSince === null || filedOn >= procedure.postalSince;
}

/** numerator ÷ denominator, or null when there is nothing to divide by (not 0 %: "no data"). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export interface ShareFigure {
  /** Dossiers of procedures published for postal service at their filing date. */
  eligible: number;
  /** Of those, received through the post. */
  byPost: number;
  ratio: number | null;
  targetPercent: number;
  /** null when there were no eligible dossiers. */
  meetsTarget: boolean | null;
  /** More dossiers by post that the target would have needed (0 when it is met). */
  shortfall: number;
}

/** A share compared with its target in percent (R11: 30). */
export function shareAgainstTarget(byPost: number, eligible: number, targetPercent: number): ShareFigure {
  const share = ratio(byPost, eligible);
  // Integer arithmetic: 30 % of 10 dossiers is 3, not 3.0000000000000004.
  const needed = Math.ceil((eligible * targetPercent) / 100 - 1e-9);
  return { eligible, byPost, ratio: share, targetPercent, meetsTarget: share === null ? null : byPost * 100 >= eligible * targetPercent, shortfall: Math.max(0, needed - byPost) };
}

export type ProcessingOutcome = 'on-time' | 'late' | 'open' | 'no-due-date';

/**
 * Processing against the due date: decided (result ready, refused, stopped or withdrawn) by
 * the due date is on time; decided after it, or still undecided once it has passed, is late;
 * undecided before it is open.
 */
export function processingOutcome(dueAt: Date | null, decidedAt: Date | null, asOf: Date): ProcessingOutcome {
  if (dueAt === null) return 'no-due-date';
  if (decidedAt !== null) return decidedAt.getTime() <= dueAt.getTime() ? 'on-time' : 'late';
  return asOf.getTime() > dueAt.getTime() ? 'late' : 'open';
}

export type TransitOutcome = 'on-time' | 'late' | 'in-transit' | 'not-applicable';

/**
 * The dossier leg against its J+n limit (a date): handed over to the desk on or before that
 * day is on time; after it, or not yet handed over once the day has passed, is late.
 */
export function transitOutcome(transitDueOn: PlainDate | null, arrivedOn: PlainDate | null, today: PlainDate): TransitOutcome {
  if (transitDueOn === null) return 'not-applicable';
  if (arrivedOn !== null) return arrivedOn <= transitDueOn ? 'on-time' : 'late';
  return today > transitDueOn ? 'late' : 'in-transit';
}
