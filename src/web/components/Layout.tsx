/** The frame of every page: skip link, header (site name, navigation, language), main, footer. */
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/language.js';
import { Link, PATHS } from '../router.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export const MAIN_ID = 'noi-dung';

export function Layout({ children }: { children: ReactNode }) {
  const messages = useMessages();
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {messages.site.skipToContent}
      </a>
      <header className="site-header">
        <Link to={PATHS.home} className="brand" activeFor={[]}>
          <svg className="brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            <rect x="2" y="7" width="28" height="19" rx="3" fill="#ffd34d" />
            <path d="M3 9 l13 10 l13 -10" fill="none" stroke="#0a3d6b" strokeWidth="2.5" strokeLinejoin="round" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{messages.site.name}</span>
            <span className="brand__tagline">{messages.site.tagline}</span>
          </span>
        </Link>
        {/* Navigation and the language switch share one row, so a phone shows the page title sooner. */}
        <div className="site-header__bar">
          <nav className="site-nav" aria-label={messages.site.mainNavigation}>
            <ul>
              <li>
                <Link to={PATHS.procedures} activeFor={['procedures', 'procedure']}>
                  {messages.site.navProcedures}
                </Link>
              </li>
              <li>
                <Link to={PATHS.tariffs}>{messages.site.navTariffs}</Link>
              </li>
              <li>
                <Link to={PATHS.booking} activeFor={['booking', 'bookingDone']}>
                  {messages.site.navBooking}
                </Link>
              </li>
              <li>
                <Link to={PATHS.tracking} activeFor={['tracking', 'trackingResult']}>
                  {messages.site.navTracking}
                </Link>
              </li>
              <li>
                {/* The workspace sends a visitor who is not signed in on to the sign-in page. */}
                <Link to={PATHS.staffHome} activeFor={['signIn', 'staffHome']}>
                  {messages.site.navStaff}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      {/* tabIndex lets the skip link move keyboard focus here, not only the scroll position. */}
      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{messages.footer.dataSources}</p>
        <p>
          {/* A server page, not an app route: a plain link so the browser loads it. */}
          <a href="/api/docs">{messages.footer.apiDocs}</a>
        </p>
      </footer>
    </>
  );
}
