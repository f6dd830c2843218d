/** The screens of the supervisor's workspace and their paths under /can-bo/, Vietnamese in every language like the rest of the site. */
import { staffPath } from '../../router.js';

export const SCREEN_LIST = ['pickups', 'handover', 'overdue', 'failed', 'reconciliation', 'deadEvents', 'notices'] as const;
export type Screen = (typeof SCREEN_LIST)[number];

export const SCREEN_SEGMENTS = {
  pickups: '',
  handover: 'ban-giao',
  overdue: 'qua-han',
  failed: 'phat-khong-thanh-cong',
  reconciliation: 'doi-soat',
  deadEvents: 'su-kien-loi',
  notices: 'thong-bao',
} as const satisfies Record<Screen, string>;

export type View = { screen: Screen } | { screen: 'manifest'; id: string } | { screen: 'notFound' };

/** `segments` of the path after /can-bo/: [] is the front page, ['ban-giao', id] one handover record. */
export function viewOf(segments: readonly string[]): View {
  const [first, second, ...more] = segments;
  if (more.length > 0) return { screen: 'notFound' };
  if (first === undefined) return { screen: 'pickups' };
  if (first === SCREEN_SEGMENTS.handover && second !== undefined) return second === '' ? { screen: 'notFound' } : { screen: 'manifest', id: second };
  if (second !== undefined || first === '') return { screen: 'notFound' };
  const found = SCREEN_LIST.find((screen) => SCREEN_SEGMENTS[screen] === first);
  return found === undefined ? { screen: 'notFound' } : { screen: found };
}

export function screenPath(screen: Screen): string {
  const segment = SCREEN_SEGMENTS[screen];
  return segment === '' ? staffPath() : staffPath(segment);
}

export const manifestPath = (id: string): string => staffPath(SCREEN_SEGMENTS.handover, id);
