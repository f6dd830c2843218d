/**
 * The app shell: picks the page for the current path and moves focus to it on navigation.
 * Pages other than the home page are loaded on demand (one chunk each), so a citizen who opens
 * a receipt's QR code downloads the tracking page and the shell, nothing else.
 */
import { type ComponentType, type LazyExoticComponent, Suspense, lazy, useEffect, useRef } from 'react';
import { Layout } from './components/Layout.js';
import { useMessages } from './i18n/language.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { type Route, matchRoute, usePathname } from './router.js';

/** React.lazy wants a default export; our modules export named components. */
function page<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: await load() }));
}

const SignInPage = page(async () => (await import('./pages/SignInPage.js')).SignInPage);
const StaffHomePage = page(async () => (await import('./pages/StaffHomePage.js')).StaffHomePage);
const ProceduresPage = page(async () => (await import('./pages/procedures/ProceduresPage.js')).ProceduresPage);
const ProcedurePage = page(async () => (await import('./pages/procedures/ProcedurePage.js')).ProcedurePage);
const HowItWorksPage = page(async () => (await import('./pages/info/HowItWorksPage.js')).HowItWorksPage);
const TariffsPage = page(async () => (await import('./pages/tariffs/TariffsPage.js')).TariffsPage);
const BookingPage = page(async () => (await import('./pages/booking/BookingPage.js')).BookingPage);
const BookingDonePage = page(async () => (await import('./pages/booking/BookingDonePage.js')).BookingDonePage);
const TrackingPage = page(async () => (await import('./pages/tracking/TrackingPage.js')).TrackingPage);

function pageFor(route: Route) {
  switch (route.id) {
    case 'home':
      return <HomePage />;
    case 'signIn':
      return <SignInPage />;
    case 'staffHome':
      return <StaffHomePage rest="" />;
    case 'staffArea':
      return <StaffHomePage rest={route.rest} />;
    case 'procedures':
      return <ProceduresPage />;
    case 'procedure':
      return <ProcedurePage code={route.code} />;
    case 'howItWorks':
      return <HowItWorksPage />;
    case 'tariffs':
      return <TariffsPage />;
    case 'booking':
      return <BookingPage />;
    case 'bookingDone':
      return <BookingDonePage />;
    case 'tracking':
      return <TrackingPage code={null} />;
    case 'trackingResult':
      return <TrackingPage code={route.code} />;
    case 'notFound':
      return <NotFoundPage />;
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}

function Loading() {
  const messages = useMessages();
  return (
    <p role="status" className="muted">
      {messages.site.loading}
    </p>
  );
}

/**
 * Focus the new page's heading, as a page load would start reading there. A page loaded on
 * demand has no heading yet when the path changes, so wait (briefly) for it to appear.
 */
function focusHeadingWhenShown(): () => void {
  const focus = (): boolean => {
    // While the next page's chunk loads, Suspense keeps the old page in the DOM but hidden:
    // only a heading that is displayed belongs to the page now shown.
    const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find((h) => h.getClientRects().length > 0);
    heading?.focus();
    return heading !== undefined;
  };
  if (focus()) return () => undefined;
  const main = document.querySelector('main');
  if (main === null) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  const timer = window.setTimeout(() => observer.disconnect(), 5_000);
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

export function App() {
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const shownPathname = useRef(pathname);

  useEffect(() => {
    // Compared with the last path rather than "first render", which StrictMode replays in development.
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    return focusHeadingWhenShown();
  }, [pathname]);

  return (
    <Layout>
      <Suspense fallback={<Loading />}>{pageFor(route)}</Suspense>
    </Layout>
  );
}
