/**
 * The document tally on the intake screen. The catalogue's list mixes documents to hand in with
 * notes and documents only shown at a desk ("phải xuất trình"), which ask for no paper: those
 * are tallied "not applicable" on their own and folded away, so the postman ticks only what
 * can be in the envelope. A required document starts undecided (present or missing: the
 * postman must say); a conditional one starts "not applicable" (it applies only in its case).
 * The server checks the same rules (domain/postal-item/checklist.ts); so does `buildTally`.
 */
import { type ChecklistItem, type CopyKind, type TallyEntry, evaluateTally } from '../../../domain/postal-item/checklist.js';

export type { ChecklistItem, CopyKind, TallyEntry };

export const TALLY_CHOICES = ['present', 'missing', 'not-applicable'] as const;
export type TallyChoice = (typeof TALLY_CHOICES)[number];
export const COPY_KINDS = ['original', 'certified-copy', 'copy'] as const satisfies readonly CopyKind[];

export interface TallyMark {
  /** null: not decided yet (only a required document starts so). */
  status: TallyChoice | null;
  copyKind: CopyKind;
}

export type TallyMarks = Record<string, TallyMark>;

/** Whether the item asks for paper at all: a note or a document only shown does not. */
export function asksForPaper(item: ChecklistItem): boolean {
  return item.required || item.originals + item.copies > 0;
}

export function splitChecklist(items: readonly ChecklistItem[]): { toTally: ChecklistItem[]; notes: ChecklistItem[] } {
  return { toTally: items.filter(asksForPaper), notes: items.filter((i) => !asksForPaper(i)) };
}

export function initialMarks(items: readonly ChecklistItem[]): TallyMarks {
  const marks: TallyMarks = {};
  for (const item of items) marks[item.id] = { status: item.required ? null : 'not-applicable', copyKind: item.originals > 0 ? 'original' : 'certified-copy' };
  return marks;
}

/** Keeps the marks of items still on the list (a draft made against the same checklist), fills in the rest. */
export function mergeMarks(items: readonly ChecklistItem[], kept: TallyMarks): TallyMarks {
  const fresh = initialMarks(items);
  for (const item of items) {
    const mark = kept[item.id];
    if (mark !== undefined && !(item.required && mark.status === 'not-applicable')) fresh[item.id] = mark;
  }
  return fresh;
}

export type TallyBuild =
  | { ok: true; entries: TallyEntry[]; missing: ChecklistItem[] }
  /** Required documents nobody said are present or missing. */
  | { ok: false; undecided: ChecklistItem[] };

export function buildTally(items: readonly ChecklistItem[], marks: TallyMarks): TallyBuild {
  const undecided = items.filter((i) => (marks[i.id]?.status ?? null) === null);
  if (undecided.length > 0) return { ok: false, undecided };
  const entries: TallyEntry[] = items.map((item) => {
    const mark = marks[item.id];
    const status = mark?.status ?? 'not-applicable';
    return { id: item.id, status, copyKind: status === 'present' ? (mark?.copyKind ?? 'original') : null, note: null };
  });
  const checked = evaluateTally(items, entries);
  // The marks cannot break the rules evaluateTally checks (every item once, copy kinds set, a
  // required item never "not applicable"); if they did, that is a bug here, not the postman's.
  if (!checked.ok) throw new Error(`tally rejected: ${checked.problems.map((p) => `${p.reason} ${p.id}`).join(', ')}`);
  return { ok: true, entries, missing: checked.complete ? [] : checked.missing };
}

/** Marks read back from a tally sent earlier (a refused intake being corrected). */
export function marksFromTally(items: readonly ChecklistItem[], tally: readonly TallyEntry[]): TallyMarks {
  const marks = initialMarks(items);
  for (const entry of tally) {
    const current = marks[entry.id];
    if (current !== undefined) marks[entry.id] = { status: entry.status, copyKind: entry.copyKind ?? current.copyKind };
  }
  return marks;
}
