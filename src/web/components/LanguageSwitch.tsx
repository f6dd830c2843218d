/**
 * Two buttons, each naming its language in that language, the current one pressed. Both are
 * always visible: someone who cannot read the current language still finds their own.
 */
import { LANGUAGES, LANGUAGE_NAMES, setLanguage, useLanguage, useMessages } from '../i18n/language.js';

export function LanguageSwitch() {
  const language = useLanguage();
  const messages = useMessages();
  return (
    <div className="language-switch" role="group" aria-label={messages.site.switchLanguageLabel}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
