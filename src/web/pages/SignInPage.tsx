/**
 * Staff sign-in. Checks for empty fields here (in the page's language, which the browser's own
 * validation bubbles would not follow) and leaves everything else to the server, whose refusal
 * deliberately does not say which part was wrong.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiProblem } from '../api.js';
import { ProblemAlert } from '../components/ProblemAlert.js';
import { useMessages } from '../i18n/language.js';
import { usePageTitle } from '../page-title.js';
import { PATHS, navigate } from '../router.js';
import { signIn } from '../session.js';

type FieldName = 'username' | 'password';
type FieldErrors = Partial<Record<FieldName, string>>;

export function SignInPage() {
  const messages = useMessages();
  usePageTitle(messages.signIn.title);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const fieldId = (name: FieldName) => `${ids}-${name}`;
  const errorId = (name: FieldName) => `${ids}-${name}-error`;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const missing: FieldErrors = {};
    if (username.trim() === '') missing.username = messages.signIn.usernameRequired;
    if (password === '') missing.password = messages.signIn.passwordRequired;
    setFieldErrors(missing);
    if (missing.username !== undefined || missing.password !== undefined) {
      setProblem(null);
      (missing.username !== undefined ? usernameRef : passwordRef).current?.focus();
      return;
    }

    setSending(true);
    setProblem(null);
    try {
      await signIn(username.trim(), password);
      navigate(PATHS.staffHome);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      // The server names fields only for malformed input; show its words beside the field too.
      const fromServer: FieldErrors = {};
      for (const field of error.errors) {
        if (field.name === 'username' || field.name === 'password') fromServer[field.name] = field.message;
      }
      setFieldErrors(fromServer);
      // The username stays as typed; the password is cleared and focused for the next try.
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setSending(false);
    }
  }

  function field(name: FieldName, label: string, value: string, onChange: (value: string) => void) {
    const error = fieldErrors[name];
    return (
      <div className="field">
        <label htmlFor={fieldId(name)}>{label}</label>
        <input
          ref={name === 'username' ? usernameRef : passwordRef}
          id={fieldId(name)}
          name={name}
          type={name === 'password' ? 'password' : 'text'}
          autoComplete={name === 'password' ? 'current-password' : 'username'}
          autoCapitalize={name === 'username' ? 'none' : undefined}
          spellCheck={false}
          required
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={error === undefined ? undefined : errorId(name)}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        {error === undefined ? null : (
          <p className="field__error" id={errorId(name)}>
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{messages.signIn.title}</h1>
      <p>{messages.signIn.intro}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        {field('username', messages.signIn.username, username, setUsername)}
        {field('password', messages.signIn.password, password, setPassword)}
        <button type="submit" className="button" disabled={sending}>
          {sending ? messages.signIn.sending : messages.signIn.submit}
        </button>
      </form>
    </div>
  );
}
