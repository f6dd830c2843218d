/**
 * A small router on the History API. The app has a handful of pages, so a table of paths and an
 * exhaustive switch in the shell say everything a routing library would, without the dependency.
 * The server answers every non-API GET that accepts HTML with the app shell (src/http/app.ts),
 * so each path here can be bookmarked and reloaded.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/** Pages without a parameter, each at one fixed path. */
export type StaticRouteId = 'home' | 'signIn' | 'staffHome' | 'procedures' | 'howItWorks' | 'tariffs' | 'booking' | 'bookingDone' | 'tracking';

export type Route =
  | { id: StaticRouteId }
  /** One procedure of the catalogue: /thu-tuc/<code>. */
  | { id: 'procedure'; code: string }
  /** The tracking page with a code already given: /tra-cuu/<dossier code or item number>, the address printed in every receipt's QR code. */
  | { id: 'trackingResult'; code: string }
  /** A page of a staff workspace: /can-bo/<rest>; the workspace of the signed-in role reads `rest`. */
  | { id: 'staffArea'; rest: string }
  | { id: 'notFound' };

export type RouteId = Route['id'];

/** Paths stay Vietnamese in every language, so a shared link opens the same page for everyone. */
export const PATHS = {
  home: '/',
  signIn: '/dang-nhap',
  staffHome: '/can-bo',
  procedures: '/thu-tuc',
  howItWorks: '/huong-dan',
  tariffs: '/bang-gia',
  booking: '/dat-lich',
  bookingDone: '/dat-lich/da-gui',
  tracking: '/tra-cuu',
} as const satisfies Record<StaticRouteId, string>;

/** Paths with a parameter; the parameter is encoded, so any code makes a valid path. */
export const procedurePath = (code: string): string => `${PATHS.procedures}/${encodeURIComponent(code)}`;
export const trackingPath = (code: string): string => `${PATHS.tracking}/${encodeURIComponent(code)}`;
/** A page of a staff workspace, e.g. staffPath('nhan-ho-so') → /can-bo/nhan-ho-so. */
export const staffPath = (...segments: string[]): string => [PATHS.staffHome, ...segments.map(encodeURIComponent)].join('/');

const STATIC_BY_PATH = new Map<string, StaticRouteId>(Object.entries(PATHS).map(([id, path]) => [path, id as StaticRouteId]));

/** The one parameter after a known prefix, or null when the path has another shape. */
function parameterAfter(prefix: string, pathname: string): string | null {
  if (!pathname.startsWith(`${prefix}/`)) return null;
  const rest = pathname.slice(prefix.length + 1);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    // A malformed escape ("%E0%A4%A") is no page of ours.
    return null;
  }
}

export function matchRoute(pathname: string): Route {
  // "/can-bo/" and "/can-bo" are the same page.
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const fixed = STATIC_BY_PATH.get(normalised);
  if (fixed !== undefined) return { id: fixed };
  const procedure = parameterAfter(PATHS.procedures, normalised);
  if (procedure !== null) return { id: 'procedure', code: procedure };
  const tracked = parameterAfter(PATHS.tracking, normalised);
  if (tracked !== null) return { id: 'trackingResult', code: tracked };
  if (normalised.startsWith(`${PATHS.staffHome}/`)) return { id: 'staffArea', rest: normalised.slice(PATHS.staffHome.length + 1) };
  return { id: 'notFound' };
}

// pushState fires no event of its own; this one lets every usePathname() hear our navigations.
const NAVIGATE_EVENT = 'bcci-hub:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

function currentPathname(): string {
  return window.location.pathname;
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPathname);
}

function currentSearch(): string {
  return window.location.search;
}

/** The query string of the current address, e.g. "?q=khai+sinh"; pages keep their filters there so a search can be shared. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
}

/** `to` is a path with an optional query string, from `PATHS` or a path function. */
export function navigate(to: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (options.keepScroll !== true) window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  /** The pages on which this link is marked as the current page (aria-current); by default its own. */
  activeFor?: readonly RouteId[];
};

/** An ordinary link that navigates in place; new-tab clicks and the like keep the browser's behaviour. */
export function Link({ to, activeFor, onClick, ...rest }: LinkProps) {
  const pathname = usePathname();
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target !== undefined && rest.target !== '_self') return;
    event.preventDefault();
    if (to !== pathname + window.location.search) navigate(to);
  }
  const here = matchRoute(pathname).id;
  const current = activeFor === undefined ? to === pathname : activeFor.includes(here);
  return <a href={to} aria-current={current ? 'page' : undefined} {...rest} onClick={handleClick} />;
}
