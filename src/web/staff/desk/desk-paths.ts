/**
 * The desk workspace's screens and their addresses under /can-bo/ (Vietnamese in every
 * language, like the rest of the site), and the dossier list's filters kept in the query string
 * so a filtered list can be reloaded or shared with a colleague.
 */
import { DOSSIER_STATUSES, type DossierStatus } from '../../../domain/dossier/lifecycle.js';
import { staffPath } from '../../router.js';
import { DUE_FILTERS, type DueFilter } from './desk-rules.js';

export type DeskScreen =
  | { kind: 'front' }
  | { kind: 'handover'; manifestId: string }
  | { kind: 'dossier'; id: string }
  | { kind: 'register' }
  | { kind: 'results' }
  | { kind: 'book' }
  | { kind: 'assisted' }
  | { kind: 'notFound' };

const SEGMENT = {
  handover: 'bien-ban',
  dossier: 'ho-so',
  register: 'tiep-nhan',
  results: 'ban-giao-ket-qua',
  book: 'so-theo-doi',
  assisted: 'ho-tro-nop-truc-tuyen',
} as const satisfies Record<Exclude<DeskScreen['kind'], 'front' | 'notFound'>, string>;

/** The screen for the segments of the path after /can-bo/. */
export function screenOf(segments: readonly string[]): DeskScreen {
  const [first, second, ...more] = segments;
  if (first === undefined) return { kind: 'front' };
  if (more.length > 0) return { kind: 'notFound' };
  if (second === undefined) {
    switch (first) {
      case SEGMENT.register:
        return { kind: 'register' };
      case SEGMENT.results:
        return { kind: 'results' };
      case SEGMENT.book:
        return { kind: 'book' };
      case SEGMENT.assisted:
        return { kind: 'assisted' };
      default:
        return { kind: 'notFound' };
    }
  }
  if (second === '') return { kind: 'notFound' };
  if (first === SEGMENT.handover) return { kind: 'handover', manifestId: second };
  if (first === SEGMENT.dossier) return { kind: 'dossier', id: second };
  return { kind: 'notFound' };
}

export function deskPath(screen: Exclude<DeskScreen, { kind: 'notFound' }>): string {
  switch (screen.kind) {
    case 'front':
      return staffPath();
    case 'handover':
      return staffPath(SEGMENT.handover, screen.manifestId);
    case 'dossier':
      return staffPath(SEGMENT.dossier, screen.id);
    case 'register':
    case 'results':
    case 'book':
    case 'assisted':
      return staffPath(SEGMENT[screen.kind]);
    default: {
      const exhaustive: never = screen;
      return exhaustive;
    }
  }
}

// ── The dossier list's filters ─────────────────────────────────────────────────────────────

export interface ListFilters {
  status: DossierStatus | null;
  due: DueFilter | null;
}

const STATUS_PARAM = 'trang-thai';
const DUE_PARAM = 'han';
/** The due filters as they read in the address. */
const DUE_WORDS = { 'due-soon': 'sap-den-han', overdue: 'qua-han' } as const satisfies Record<DueFilter, string>;

/** Unknown values are ignored: an old or mistyped link shows the whole list rather than an error. */
export function filtersOf(search: string): ListFilters {
  const params = new URLSearchParams(search);
  const status = DOSSIER_STATUSES.find((s) => s === params.get(STATUS_PARAM)) ?? null;
  const dueWord = params.get(DUE_PARAM);
  const due = DUE_FILTERS.find((f) => DUE_WORDS[f] === dueWord) ?? null;
  return { status, due };
}

/** The front page's address with these filters ('' query when none). */
export function frontWithFilters(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== null) params.set(STATUS_PARAM, filters.status);
  if (filters.due !== null) params.set(DUE_PARAM, DUE_WORDS[filters.due]);
  const query = params.toString();
  return query === '' ? staffPath() : `${staffPath()}?${query}`;
}
