/** The app shell: picks the page for the current path and moves focus to it on navigation. */
import { useEffect, useRef } from 'react';
import { Layout } from './components/Layout.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { StaffHomePage } from './pages/StaffHomePage.js';
import { type RouteId, matchRoute, usePathname } from './router.js';

function page(route: RouteId) {
  switch (route) {
    case 'home':
      return <HomePage />;
    case 'signIn':
      return <SignInPage />;
    case 'staffHome':
      return <StaffHomePage />;
    case 'notFound':
      return <NotFoundPage />;
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}

export function App() {
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const shownPathname = useRef(pathname);

  useEffect(() => {
    // A new page replaces the content without a page load, so nothing would tell a screen reader
    // or move keyboard focus: put focus on the new page's heading, as a page load would start there.
    // Compared with the last path rather than "first render", which StrictMode replays in development.
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);

  return <Layout>{page(route)}</Layout>;
}
