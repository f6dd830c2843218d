/**
 * Accounts and roles: the staff of one organisation (chosen first, as each reading is an
 * audited read of personal data), each with its role to change and a switch to turn it off
 * (asked first), and the form to create an account. The administrator's own account is shown
 * without actions: another administrator changes it.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ROLES, ROLE_INFO, type Role } from '../../../domain/access/roles.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { navigate, useSearch } from '../../router.js';
import type { StaffSession } from '../../session.js';
import { SelectField, TextField } from './Fields.js';
import { Done, Loaded, Screen } from './Screen.js';
import { type StaffMember, createAccount, fetchStaff, updateAccount } from './accounts-api.js';
import { type Organisation, fetchOrganisations, organisationLabel } from './directory-api.js';
import { type FieldErrors, confirmed, hasErrors, serverFieldErrors } from './field-errors.js';
import { sectionPath } from './routes.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

const organisationPath = (id: string): string => `${sectionPath('accounts')}?${new URLSearchParams({ 'co-quan': id }).toString()}`;

function MemberItem({ member, isSelf, onChanged, onProblem }: { member: StaffMember; isSelf: boolean; onChanged: (message: string) => void; onProblem: (problem: ApiProblem | null) => void }) {
  const t = useTexts(text).accounts;
  const language = useLanguage();
  const [role, setRole] = useState<Role>(member.role);
  const [sending, setSending] = useState(false);

  async function apply(change: { role: Role } | { active: boolean }, message: string): Promise<void> {
    setSending(true);
    onProblem(null);
    try {
      await updateAccount(member.id, change);
      onChanged(message);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      onProblem(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <li className="admin-list__item">
      <p className="admin-list__title">
        {member.displayName} {isSelf ? t.you : null} {member.active ? null : <span className="admin-tag admin-tag--warn">{t.inactive}</span>}
      </p>
      <p className="small muted">
        {member.username} · {ROLE_INFO[member.role][language]} · {t.lastLogin(member.lastLoginAt === null ? null : formatDateTime(member.lastLoginAt, language))}
      </p>
      {isSelf ? null : (
        <div className="admin-inline">
          <SelectField<Role> label={t.roleFor(member.displayName)} value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: ROLE_INFO[r][language] }))} />
          <p className="admin-actions">
            <button type="button" className="button button--secondary" disabled={sending || role === member.role} onClick={() => void apply({ role }, t.roleChanged(member.displayName))}>
              {t.changeRole}
            </button>
            {member.active ? (
              <button
                type="button"
                className="button button--secondary admin-danger"
                disabled={sending}
                onClick={() => {
                  if (confirmed(t.confirmDeactivate(member.displayName))) void apply({ active: false }, t.deactivated(member.displayName));
                }}
              >
                {t.deactivate}
              </button>
            ) : (
              <button type="button" className="button button--secondary" disabled={sending} onClick={() => void apply({ active: true }, t.activated(member.displayName))}>
                {t.activate}
              </button>
            )}
          </p>
        </div>
      )}
    </li>
  );
}

function Roster({ organisationId, session, version }: { organisationId: string; session: StaffSession; version: number }) {
  const t = useTexts(text).accounts;
  const { state: staff, reload: reload } = useLoad((signal) => fetchStaff(organisationId, signal), `${organisationId}|${version}`);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return (
    <>
      <ProblemAlert problem={problem} />
      <Done message={done} />
      <Loaded resource={staff}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ul className="admin-list">
              {list.map((member) => (
                <MemberItem
                  key={`${member.id}|${member.role}|${member.active}`}
                  member={member}
                  isSelf={member.id === session.account.id}
                  onChanged={(message) => {
                    setDone(message);
                    reload();
                  }}
                  onProblem={setProblem}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

function CreateAccountForm({ organisations, organisationId, onCreated }: { organisations: Organisation[]; organisationId: string; onCreated: (member: StaffMember) => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const [form, setForm] = useState({ username: '', displayName: '', email: '', phone: '', password: '', role: 'desk_officer' as Role, organisationId });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const local: Record<string, string> = {};
    for (const field of ['username', 'displayName', 'password', 'organisationId'] as const) if (form[field].trim() === '') local[field] = t.common.required;
    setErrors(local);
    setProblem(null);
    setDone(null);
    if (hasErrors(local)) return;
    setSending(true);
    try {
      const created = await createAccount({
        username: form.username.trim().toLowerCase(),
        displayName: form.displayName.trim(),
        ...(form.email.trim() === '' ? {} : { email: form.email.trim() }),
        ...(form.phone.trim() === '' ? {} : { phone: form.phone.trim() }),
        password: form.password,
        role: form.role,
        organisationId: form.organisationId,
      });
      setDone(t.accounts.created(created.username));
      setForm((f) => ({ ...f, username: '', displayName: '', email: '', phone: '', password: '' }));
      onCreated(created);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="admin-new-account">
      <h2 id="admin-new-account">{t.accounts.createTitle}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <TextField label={t.accounts.username} value={form.username} onChange={(username) => set({ username })} error={errors['username']} required />
        <TextField label={t.accounts.displayName} value={form.displayName} onChange={(displayName) => set({ displayName })} error={errors['displayName']} required />
        <TextField label={`${t.accounts.email} ${t.common.optional}`} type="email" value={form.email} onChange={(email) => set({ email })} error={errors['email']} />
        <TextField label={`${t.accounts.phone} ${t.common.optional}`} type="tel" value={form.phone} onChange={(phone) => set({ phone })} error={errors['phone']} />
        <TextField label={t.accounts.password} hint={t.accounts.passwordHint} type="password" autoComplete="new-password" value={form.password} onChange={(password) => set({ password })} error={errors['password']} required />
        <SelectField<Role> label={t.accounts.role} value={form.role} onChange={(role) => set({ role })} options={ROLES.map((r) => ({ value: r, label: ROLE_INFO[r][language] }))} error={errors['role']} />
        <SelectField<string>
          label={t.common.organisation}
          value={form.organisationId}
          onChange={(id) => set({ organisationId: id })}
          placeholder={t.common.chooseOrganisation}
          options={organisations.map((o) => ({ value: o.id, label: organisationLabel(o, language) }))}
          error={errors['organisationId']}
          required
        />
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.common.saving : t.accounts.create}
        </button>
        <Done message={done} />
      </form>
    </section>
  );
}

export function AccountsScreen({ session }: { session: StaffSession }) {
  const t = useTexts(text);
  const language = useLanguage();
  const shown = new URLSearchParams(useSearch()).get('co-quan');
  const { state: organisations } = useLoad(fetchOrganisations, 'organisations');
  const [chosen, setChosen] = useState(shown ?? session.account.organisationId);
  const [version, setVersion] = useState(0);

  function show(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    navigate(organisationPath(chosen), { replace: true, keepScroll: true });
  }

  return (
    <Screen title={t.accounts.title} intro={t.accounts.intro}>
      <Loaded resource={organisations}>
        {(list) => (
          <>
            <form className="form admin-search" onSubmit={show}>
              <SelectField<string> label={t.common.organisation} value={chosen} onChange={setChosen} options={list.map((o) => ({ value: o.id, label: organisationLabel(o, language) }))} />
              <button type="submit" className="button button--secondary">
                {t.accounts.show}
              </button>
            </form>
            {shown === null ? null : <Roster organisationId={shown} session={session} version={version} />}
            <CreateAccountForm
              key={shown ?? ''}
              organisations={list}
              organisationId={shown ?? ''}
              onCreated={(member) => {
                if (member.organisationId === shown) setVersion((v) => v + 1);
              }}
            />
          </>
        )}
      </Loaded>
    </Screen>
  );
}
