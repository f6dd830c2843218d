/** Any path the app does not know. The server sends the app shell for it, so the app says so. */
import { useMessages } from '../i18n/language.js';
import { usePageTitle } from '../page-title.js';
import { Link, PATHS } from '../router.js';

export function NotFoundPage() {
  const messages = useMessages();
  usePageTitle(messages.notFound.title);
  return (
    <>
      <h1 tabIndex={-1}>{messages.notFound.title}</h1>
      <p>{messages.notFound.text}</p>
      <p>
        <Link to={PATHS.home}>{messages.notFound.home}</Link>
      </p>
    </>
  );
}
