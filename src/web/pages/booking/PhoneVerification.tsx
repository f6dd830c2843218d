/**
 * The phone number and its one-time code. The code proves the number is the citizen's before a
 * postman is sent to an address; changing the number after verifying asks for a new code.
 */
import { useEffect, useId, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useTexts } from '../../i18n/local.js';
import { confirmPhoneCode, requestPhoneCode } from './booking-api.js';
import { text } from './text.js';

export type Verification = { state: 'none' } | { state: 'sent'; verificationId: string; resendAt: number } | { state: 'verified'; phone: string; token: string };

/** A Vietnamese mobile number as typed ("0912 345 678", "+84 912…") reduced to digits and +. */
export function cleanPhone(input: string): string {
  return input.replace(/[\s.()-]/g, '');
}

export function isPhone(value: string): boolean {
  return /^(0\d{9}|\+84\d{9})$/.test(value);
}

interface Props {
  phone: string;
  onPhone: (phone: string) => void;
  verification: Verification;
  onVerification: (verification: Verification) => void;
  error: string | null;
  inputId: string;
}

export function PhoneVerification({ phone, onPhone, verification, onVerification, error, inputId }: Props) {
  const t = useTexts(text);
  const ids = useId();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (verification.state !== 'sent') return;
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [verification.state]);

  async function send(): Promise<void> {
    const cleaned = cleanPhone(phone);
    if (!isPhone(cleaned)) {
      setPhoneError(t.phoneInvalid);
      return;
    }
    setPhoneError(null);
    setProblem(null);
    setBusy(true);
    try {
      const sent = await requestPhoneCode(cleaned);
      onVerification({ state: 'sent', verificationId: sent.verificationId, resendAt: Date.now() + sent.resendAfterSeconds * 1_000 });
      setNow(Date.now());
      setCode('');
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) throw failure;
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(): Promise<void> {
    if (verification.state !== 'sent') return;
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t.codeInvalid);
      return;
    }
    setCodeError(null);
    setProblem(null);
    setBusy(true);
    try {
      const token = await confirmPhoneCode(verification.verificationId, code);
      onVerification({ state: 'verified', phone: cleanPhone(phone), token });
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) throw failure;
      setProblem(failure);
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  const shownError = phoneError ?? error;
  const waitSeconds = verification.state === 'sent' ? Math.max(0, Math.ceil((verification.resendAt - now) / 1_000)) : 0;
  return (
    <div className="phone-verification">
      <div className="field">
        <label htmlFor={inputId}>{t.phoneLabel}</label>
        <p className="field__hint" id={`${ids}-hint`}>
          {t.phoneHint}
        </p>
        <input
          id={inputId}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          aria-invalid={shownError === null ? undefined : true}
          aria-describedby={shownError === null ? `${ids}-hint` : `${ids}-hint ${ids}-phone-error`}
          onChange={(event) => {
            onPhone(event.target.value);
            if (verification.state === 'verified' && cleanPhone(event.target.value) !== verification.phone) onVerification({ state: 'none' });
          }}
        />
        {shownError === null ? null : (
          <p className="field__error" id={`${ids}-phone-error`}>
            {shownError}
          </p>
        )}
      </div>
      <ProblemAlert problem={problem} />
      {verification.state === 'verified' ? (
        <p className="success" role="status">
          {t.phoneVerified}
        </p>
      ) : (
        <>
          <button type="button" className="button button--secondary" disabled={busy || waitSeconds > 0} onClick={() => void send()}>
            {verification.state === 'sent' ? t.resendCode(waitSeconds) : t.sendCode}
          </button>
          {verification.state === 'sent' ? (
            <div className="field">
              <p role="status">{t.codeSent}</p>
              <label htmlFor={`${ids}-code`}>{t.codeLabel}</label>
              <div className="inline-row">
                <input
                  id={`${ids}-code`}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  value={code}
                  aria-invalid={codeError === null ? undefined : true}
                  aria-describedby={codeError === null ? undefined : `${ids}-code-error`}
                  onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
                />
                <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
                  {t.confirmCode}
                </button>
              </div>
              {codeError === null ? null : (
                <p className="field__error" id={`${ids}-code-error`}>
                  {codeError}
                </p>
              )}
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
