/**
 * Booking a pickup (/dat-lich, or /dat-lich?thu-tuc=<code> from a procedure's page): one form in
 * six short sections, checked here in the page's language before sending, and by the server
 * again. What was typed stays when a request fails; the first field in error takes the focus.
 */
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDate } from '../../format.js';
import { usePageTitle } from '../../page-title.js';
import { PATHS, navigate, useSearch } from '../../router.js';
import { type ProcedureChoice, type ProcedureForBooking, createPickup, procedureForBooking } from './booking-api.js';
import { rememberPickup } from './booking-storage.js';
import { DocumentsToPrepare, ExpectedPrice } from './BookingSummary.js';
import { PhoneVerification, type Verification, cleanPhone, isPhone } from './PhoneVerification.js';
import { ProcedurePicker } from './ProcedurePicker.js';
import { type PickupSlot, pickupSlots } from './pickup-window.js';
import { SERVICE_FORMS, type ServiceFormKey } from './service-forms.js';
import { text } from './text.js';
import { UnitPicker } from './UnitPicker.js';
import './booking.css';

type FieldName = 'procedure' | 'unit' | 'address' | 'window' | 'name' | 'phone' | 'email';
type FieldErrors = Partial<Record<FieldName, string>>;
/** Field order on the page: the first one in error gets the focus. */
const FIELD_ORDER: readonly FieldName[] = ['procedure', 'unit', 'address', 'window', 'name', 'phone', 'email'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function BookingPage() {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.title);
  const search = useSearch();
  const ids = useId();
  const idOf = (name: FieldName) => `${ids}-${name}`;

  const [procedure, setProcedure] = useState<ProcedureChoice | null>(null);
  const [details, setDetails] = useState<ProcedureForBooking | null>(null);
  const [serviceForm, setServiceForm] = useState<ServiceFormKey>('both');
  const [unitCode, setUnitCode] = useState('');
  const [address, setAddress] = useState('');
  const [slotKey, setSlotKey] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [collectFees, setCollectFees] = useState(false);
  const [verification, setVerification] = useState<Verification>({ state: 'none' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const slots = useMemo(() => pickupSlots(new Date()), []);

  // A procedure named in the address (from its page) is chosen already.
  const preset = new URLSearchParams(search).get('thu-tuc');
  useEffect(() => {
    if (preset === null || preset === '') return;
    setProcedure((current) => current ?? { code: preset, name: preset });
  }, [preset]);

  useEffect(() => {
    if (procedure === null) {
      setDetails(null);
      return;
    }
    const controller = new AbortController();
    procedureForBooking(procedure.code, controller.signal).then(
      (found) => {
        setDetails(found);
        setProcedure((current) => (current !== null && current.code === found.code && current.name !== found.name ? { code: found.code, name: found.name } : current));
        setErrors((current) => ({ ...current, procedure: found.byPost ? undefined : t.procedureNotByPost }));
      },
      (failure: unknown) => {
        if (failure instanceof ApiProblem) {
          setProcedure(null);
          setProblem(failure);
        } else if (!(failure instanceof DOMException && failure.name === 'AbortError')) throw failure;
      },
    );
    return () => controller.abort();
  }, [procedure?.code, t.procedureNotByPost]);

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (procedure === null) found.procedure = t.procedureRequired;
    else if (details !== null && !details.byPost) found.procedure = t.procedureNotByPost;
    if (unitCode === '') found.unit = t.unitRequired;
    if (address.trim().length < 3) found.address = t.addressRequired;
    if (slots.every((slot) => slot.key !== slotKey)) found.window = t.windowRequired;
    if (name.trim() === '') found.name = t.nameRequired;
    const cleaned = cleanPhone(phone);
    if (!isPhone(cleaned)) found.phone = t.phoneInvalid;
    else if (verification.state !== 'verified' || verification.phone !== cleaned) found.phone = t.phoneNotVerified;
    if (email.trim() !== '' && !EMAIL.test(email.trim())) found.email = t.emailInvalid;
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const found = check();
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field] !== undefined);
    if (first !== undefined) {
      setProblem(null);
      document.getElementById(idOf(first))?.focus();
      return;
    }
    const slot = slots.find((s) => s.key === slotKey);
    if (procedure === null || slot === undefined || verification.state !== 'verified') return;
    setSending(true);
    setProblem(null);
    try {
      const created = await createPickup({
        procedureCode: procedure.code,
        serviceForm,
        applicant: { name: name.trim(), phone: verification.phone, ...(email.trim() === '' ? {} : { email: email.trim() }) },
        address: address.trim(),
        unitCode,
        window: { from: slot.from, to: slot.to },
        phoneVerificationToken: verification.token,
      });
      rememberPickup({ ...created, procedureName: procedure.name });
      navigate(PATHS.bookingDone);
    } catch (failure) {
      if (!(failure instanceof ApiProblem)) throw failure;
      setProblem(failure);
      // The server names fields it refused; show its words beside ours.
      const fromServer: FieldErrors = {};
      for (const field of failure.errors) {
        const mapped = serverField(field.name);
        if (mapped !== null) fromServer[mapped] = field.message;
      }
      setErrors(fromServer);
      document.getElementById(`${ids}-problem`)?.focus();
    } finally {
      setSending(false);
    }
  }

  const errorCount = Object.values(errors).filter((e) => e !== undefined).length;
  const byDay = groupByDay(slots);
  return (
    <div className="booking">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p>{t.intro}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <div id={`${ids}-problem`} tabIndex={-1}>
          <ProblemAlert problem={problem} />
        </div>
        <fieldset className="section">
          <legend>{t.procedureSection}</legend>
          <ProcedurePicker chosen={procedure} onChoose={setProcedure} error={errors.procedure ?? null} inputId={idOf('procedure')} />
          {procedure !== null && errors.procedure !== undefined ? <p className="field__error">{errors.procedure}</p> : null}
        </fieldset>

        <fieldset className="section">
          <legend>{t.serviceSection}</legend>
          {SERVICE_FORMS.map((form) => (
            <label key={form} className="option">
              <input type="radio" name="serviceForm" value={form} checked={serviceForm === form} onChange={() => setServiceForm(form)} />
              <span>{t.serviceForms[form]}</span>
            </label>
          ))}
          <label className="option">
            <input type="checkbox" checked={collectFees} onChange={(event) => setCollectFees(event.target.checked)} />
            <span>{t.collectFeesLabel}</span>
          </label>
        </fieldset>

        <fieldset className="section">
          <legend>{t.addressSection}</legend>
          <UnitPicker value={unitCode} onChange={setUnitCode} error={errors.unit ?? null} selectId={idOf('unit')} />
          <TextField id={idOf('address')} label={t.addressLabel} value={address} onChange={setAddress} error={errors.address} autoComplete="street-address" />
        </fieldset>

        <fieldset className="section" aria-describedby={errors.window === undefined ? undefined : `${ids}-window-error`}>
          <legend>{t.windowSection}</legend>
          {errors.window === undefined ? null : (
            <p className="field__error" id={`${ids}-window-error`}>
              {errors.window}
            </p>
          )}
          {byDay.map(([day, daySlots], dayIndex) => (
            <div key={day} className="slot-day">
              <p className="slot-day__label">{formatDay(day, language)}</p>
              {daySlots.map((slot, slotIndex) => (
                <label key={slot.key} className="option">
                  <input
                    type="radio"
                    name="window"
                    value={slot.key}
                    id={dayIndex === 0 && slotIndex === 0 ? idOf('window') : undefined}
                    checked={slotKey === slot.key}
                    onChange={() => setSlotKey(slot.key)}
                  />
                  <span>{t.parts[slot.part]}</span>
                </label>
              ))}
            </div>
          ))}
        </fieldset>

        <fieldset className="section">
          <legend>{t.contactSection}</legend>
          <TextField id={idOf('name')} label={t.nameLabel} value={name} onChange={setName} error={errors.name} autoComplete="name" />
          <PhoneVerification phone={phone} onPhone={setPhone} verification={verification} onVerification={setVerification} error={errors.phone ?? null} inputId={idOf('phone')} />
          <TextField id={idOf('email')} label={t.emailLabel} hint={t.emailHint} value={email} onChange={setEmail} error={errors.email} autoComplete="email" type="email" />
        </fieldset>

        <section className="section" aria-labelledby={`${ids}-summary`}>
          <h2 id={`${ids}-summary`}>{t.summarySection}</h2>
          {details === null ? null : <DocumentsToPrepare procedure={details} />}
          <ExpectedPrice serviceForm={serviceForm} collectFees={collectFees} />
        </section>

        {errorCount > 0 ? (
          <p className="field__error" role="status">
            {t.fixErrors(errorCount)}
          </p>
        ) : null}
        <button type="submit" className="button button--wide" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
      </form>
    </div>
  );
}

function TextField(props: { id: string; label: string; hint?: string; value: string; onChange: (value: string) => void; error: string | undefined; autoComplete: string; type?: 'text' | 'email' }) {
  const { id, label, hint, value, onChange, error, autoComplete, type } = props;
  const described = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter((v) => v !== null).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type ?? 'text'}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={described === '' ? undefined : described}
        onChange={(event) => onChange(event.target.value)}
      />
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The server's field names (body paths) mapped to the form's fields. */
function serverField(name: string): FieldName | null {
  if (name.startsWith('applicant.name') || name === 'name') return 'name';
  if (name.startsWith('applicant.phone') || name === 'phoneVerificationToken') return 'phone';
  if (name.startsWith('applicant.email')) return 'email';
  if (name === 'address') return 'address';
  if (name === 'unitCode') return 'unit';
  if (name.startsWith('window')) return 'window';
  if (name === 'procedureCode') return 'procedure';
  return null;
}

function groupByDay(slots: readonly PickupSlot[]): [string, PickupSlot[]][] {
  const days = new Map<string, PickupSlot[]>();
  for (const slot of slots) days.set(slot.day, [...(days.get(slot.day) ?? []), slot]);
  return [...days.entries()];
}

const WEEKDAYS = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

function formatDay(day: string, language: 'vi' | 'en'): string {
  const weekday = WEEKDAYS[language][new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday}, ${formatDate(day, language)}`;
}
