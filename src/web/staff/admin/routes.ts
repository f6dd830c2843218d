/**
 * The administrator's screens and their paths under /can-bo. Paths stay Vietnamese in every
 * language, like the rest of the site; filters (a search, a year) go in the query string so a
 * screen can be reloaded or shared as it is.
 */
import { staffPath } from '../../router.js';

export const SECTIONS = ['procedures', 'tariffs', 'calendar', 'directory', 'partners', 'mappings', 'accounts', 'training', 'audit'] as const;
export type Section = (typeof SECTIONS)[number];

const SLUGS = {
  procedures: 'thu-tuc',
  tariffs: 'bang-cuoc',
  calendar: 'lich-nghi',
  directory: 'don-vi',
  partners: 'doi-tac',
  mappings: 'anh-xa-trang-thai',
  accounts: 'tai-khoan',
  training: 'tap-huan',
  audit: 'nhat-ky',
} as const satisfies Record<Section, string>;

/** The slug of "new" under the tariffs: /can-bo/bang-cuoc/moi. */
const NEW = 'moi';

export type AdminRoute = { id: 'home' } | { id: Section } | { id: 'procedure'; code: string } | { id: 'newTariff' } | { id: 'notFound' };

function sectionOf(slug: string): Section | null {
  return SECTIONS.find((s) => SLUGS[s] === slug) ?? null;
}

/** The screen for the segments after /can-bo/ (already decoded). */
export function adminRoute(segments: readonly string[]): AdminRoute {
  const [first, second, ...more] = segments;
  if (first === undefined) return { id: 'home' };
  const section = sectionOf(first);
  if (section === null || more.length > 0) return { id: 'notFound' };
  if (second === undefined) return { id: section };
  if (section === 'procedures' && second !== '') return { id: 'procedure', code: second };
  if (section === 'tariffs' && second === NEW) return { id: 'newTariff' };
  return { id: 'notFound' };
}

export const sectionPath = (section: Section): string => staffPath(SLUGS[section]);
export const procedureAdminPath = (code: string): string => staffPath(SLUGS.procedures, code);
export const newTariffPath = (): string => staffPath(SLUGS.tariffs, NEW);
