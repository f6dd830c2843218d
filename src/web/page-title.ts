/** Each page names itself in the tab and history, in the current language. */
import { useEffect } from 'react';
import { useMessages } from './i18n/language.js';

export function usePageTitle(page: string): void {
  const messages = useMessages();
  useEffect(() => {
    document.title = messages.site.pageTitle(page);
  }, [messages, page]);
}
