/**
 * The document tally at intake (Decision 45/2016/QĐ-TTg Art. 6: postman and citizen check the
 * dossier against the procedure's published list; a dossier missing something is not taken and
 * the citizen is told what to add). The list comes from the catalogue's `dossierComponents`, as
 * published on the national portal: groups of documents with a quantity ("1 bản chính,1 bản
 * sao"). The portal does not mark which items are conditional, so the rule reads the text: an
 * item or a group that starts with "Trường hợp…", "Đối với trường hợp…", "Nếu…" or a case label
 * ("a) …", "3. …"), or says "trong trường hợp…" or "(nếu có)", applies only in that case, and documents that are only shown ("phải xuất
 * trình") or notes ("Lưu ý", and unlabelled groups after them) are never required. The postman marks conditional items that
 * apply; a missing required item, or a conditional one marked as applying and missing, stops
 * the intake.
 */

export interface CatalogueComponentGroup {
  group: string | null;
  items: ReadonlyArray<{ document: string; quantity?: string | null }>;
}

export type CopyKind = 'original' | 'copy' | 'certified-copy';

export interface ChecklistItem {
  /** Stable within one procedure version: group number and item number, from 1 ("1.3"). */
  id: string;
  group: string | null;
  document: string;
  originals: number;
  copies: number;
  /** True when the dossier cannot be taken without it. */
  required: boolean;
}

export type TallyStatus = 'present' | 'missing' | 'not-applicable';

export interface TallyEntry {
  id: string;
  status: TallyStatus;
  copyKind: CopyKind | null;
  note: string | null;
}

export type TallyProblem =
  | { reason: 'unknown-item'; id: string }
  | { reason: 'duplicate-item'; id: string }
  | { reason: 'not-tallied'; id: string }
  | { reason: 'required-marked-not-applicable'; id: string }
  | { reason: 'no-copy-kind'; id: string };

export type TallyOutcome =
  | { ok: true; complete: true; entries: TallyEntry[] }
  | { ok: true; complete: false; missing: ChecklistItem[]; entries: TallyEntry[] }
  | { ok: false; problems: TallyProblem[] };

const CONDITIONAL_START = /^(trường hợp|đối với trường hợp|nếu|ngoài ra|riêng)\b/iu;
const CASE_LABEL = /^([a-zđ]\)|\d+\.)\s/iu;
const NOT_SUBMITTED_GROUP = /(xuất trình|lưu ý)/iu;

function parseQuantity(quantity: string | null | undefined): { originals: number; copies: number } {
  const text = (quantity ?? '').normalize('NFC');
  const originals = /(\d+)\s*bản chính/u.exec(text);
  const copies = /(\d+)\s*bản sao/u.exec(text);
  return { originals: originals === null ? 0 : Number(originals[1]), copies: copies === null ? 0 : Number(copies[1]) };
}

const CONDITIONAL_INSIDE = /(trong trường hợp|\(nếu |nếu có)/iu;

function isConditional(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return CONDITIONAL_START.test(t) || CASE_LABEL.test(t);
}

/** The checklist a postman ticks, from the catalogue's published dossier components. */
export function buildChecklist(groups: readonly CatalogueComponentGroup[]): ChecklistItem[] {
  const list: ChecklistItem[] = [];
  // The portal's tables lose the label of a group that continues the notes ("Lưu ý"): an
  // unlabelled group after the notes is notes too.
  let afterNotes = false;
  groups.forEach((g, gi) => {
    const groupLabel = g.group === null ? null : g.group.normalize('NFC');
    if (groupLabel !== null) afterNotes = /lưu ý/iu.test(groupLabel);
    const groupConditional = (groupLabel === null && afterNotes) || (groupLabel !== null && (isConditional(groupLabel) || NOT_SUBMITTED_GROUP.test(groupLabel)));
    g.items.forEach((item, ii) => {
      const { originals, copies } = parseQuantity(item.quantity);
      const document = item.document.normalize('NFC').trim();
      const required = !groupConditional && !isConditional(document) && !CONDITIONAL_INSIDE.test(document) && originals + copies > 0;
      list.push({ id: `${gi + 1}.${ii + 1}`, group: groupLabel, document, originals, copies, required });
    });
  });
  return list;
}

/**
 * Checks a tally against the checklist. Every item must be tallied exactly once; a present
 * item says whether it is an original or a copy. Returns the missing items when the dossier
 * cannot be taken.
 */
export function evaluateTally(checklist: readonly ChecklistItem[], tally: readonly TallyEntry[]): TallyOutcome {
  const byId = new Map(checklist.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const problems: TallyProblem[] = [];
  for (const entry of tally) {
    const item = byId.get(entry.id);
    if (item === undefined) problems.push({ reason: 'unknown-item', id: entry.id });
    else if (seen.has(entry.id)) problems.push({ reason: 'duplicate-item', id: entry.id });
    else {
      if (item.required && entry.status === 'not-applicable') problems.push({ reason: 'required-marked-not-applicable', id: entry.id });
      if (entry.status === 'present' && entry.copyKind === null) problems.push({ reason: 'no-copy-kind', id: entry.id });
    }
    seen.add(entry.id);
  }
  for (const item of checklist) if (!seen.has(item.id)) problems.push({ reason: 'not-tallied', id: item.id });
  if (problems.length > 0) return { ok: false, problems };
  const missing = tally.filter((e) => e.status === 'missing').map((e) => byId.get(e.id)).filter((i): i is ChecklistItem => i !== undefined);
  const entries = [...tally];
  return missing.length === 0 ? { ok: true, complete: true, entries } : { ok: true, complete: false, missing, entries };
}
