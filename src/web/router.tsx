/**
 * A small router on the History API. The app has a handful of pages, so a table of paths and an
 * exhaustive switch in the shell say everything a routing library would, without the dependency.
 * The server answers every non-API GET that accepts HTML with the app shell (src/http/app.ts),
 * so each path here can be bookmarked and reloaded.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

export type RouteId = 'home' | 'signIn' | 'staffHome' | 'notFound';

/** Paths stay Vietnamese in every language, so a shared link opens the same page for everyone. */
export const PATHS = {
  home: '/',
  signIn: '/dang-nhap',
  staffHome: '/can-bo',
} as const satisfies Record<Exclude<RouteId, 'notFound'>, string>;

export type Path = (typeof PATHS)[keyof typeof PATHS];

const ROUTE_BY_PATH = new Map<string, RouteId>(Object.entries(PATHS).map(([id, path]) => [path, id as RouteId]));

export function matchRoute(pathname: string): RouteId {
  // "/can-bo/" and "/can-bo" are the same page.
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTE_BY_PATH.get(normalised) ?? 'notFound';
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

export function navigate(to: Path, options: { replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: Path;
  /** The paths on which this link is marked as the current page (aria-current); by default its own. */
  activeFor?: readonly Path[];
};

/** An ordinary link that navigates in place; new-tab clicks and the like keep the browser's behaviour. */
export function Link({ to, activeFor, onClick, ...rest }: LinkProps) {
  const pathname = usePathname();
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target !== undefined && rest.target !== '_self') return;
    event.preventDefault();
    if (to !== pathname) navigate(to);
  }
  const current = (activeFor ?? [to]).some((path) => matchRoute(path) === matchRoute(pathname));
  return <a href={to} aria-current={current ? 'page' : undefined} {...rest} onClick={handleClick} />;
}
