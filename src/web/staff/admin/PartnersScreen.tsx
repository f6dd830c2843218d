/**
 * Partner systems: their API keys and webhook subscriptions. A new key or signing secret is
 * shown once, in the page, until the administrator says it is stored; revoking a key, rotating
 * a secret and stopping a webhook each ask first.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../../domain/access/permissions.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { CheckboxField, ChoiceGroup, SelectField, TextField } from './Fields.js';
import { Done, Loaded, Screen, ShownOnce } from './Screen.js';
import { type Organisation, fetchOrganisations, organisationLabel } from './directory-api.js';
import { type FieldErrors, confirmed, hasErrors, serverFieldErrors } from './field-errors.js';
import { type ApiKey, type Webhook, createKey, createWebhook, deactivateWebhook, fetchEventTypes, fetchKeys, fetchWebhooks, revokeKey, rotateSecret } from './partners-api.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

function useOrganisationName(organisations: readonly Organisation[]) {
  const language = useLanguage();
  return (id: string): string => {
    const org = organisations.find((o) => o.id === id);
    return org === undefined ? id : organisationLabel(org, language);
  };
}

function KeysPanel({ organisations }: { organisations: Organisation[] }) {
  const t = useTexts(text);
  const language = useLanguage();
  const nameOf = useOrganisationName(organisations);
  const { state: keys, reload: reload } = useLoad(fetchKeys, 'api-keys');
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiKeyScope>>(new Set(['catalog:read']));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const local: Record<string, string> = {};
    if (name.trim() === '') local['name'] = t.common.required;
    if (organisationId === '') local['organisationId'] = t.common.required;
    if (scopes.size === 0) local['scopes'] = t.partners.scopesRequired;
    setErrors(local);
    setProblem(null);
    setDone(null);
    if (hasErrors(local)) return;
    setSending(true);
    try {
      const answer = await createKey({ name: name.trim(), organisationId, scopes: API_KEY_SCOPES.filter((s) => scopes.has(s)) });
      setCreated({ name: answer.apiKey.name, key: answer.key });
      setName('');
      reload();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  async function revoke(key: ApiKey): Promise<void> {
    if (!confirmed(t.partners.confirmRevoke(key.name))) return;
    setProblem(null);
    setDone(null);
    try {
      await revokeKey(key.id);
      setDone(t.partners.revoked(key.name));
      reload();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
    }
  }

  return (
    <section aria-labelledby="admin-keys">
      <h2 id="admin-keys">{t.partners.keysTitle}</h2>
      <p>{t.partners.keysIntro}</p>
      <Done message={done} />
      <Loaded resource={keys}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.partners.keysNone}</p>
          ) : (
            <ul className="admin-list">
              {list.map((key) => (
                <li key={key.id} className="admin-list__item">
                  <p className="admin-list__title">
                    {key.name} {key.revokedAt === null ? null : <span className="admin-tag admin-tag--warn">{t.partners.revokedAt(formatDateTime(key.revokedAt, language))}</span>}
                  </p>
                  <p className="small muted">
                    {t.partners.prefix}: <code>{key.prefix}</code> · {nameOf(key.organisationId)}
                  </p>
                  <p className="small muted">
                    {t.partners.scopes}: {key.scopes.map((s) => t.partners.scopeNames[s] ?? s).join(', ')} · {t.partners.createdAt(formatDateTime(key.createdAt, language))} ·{' '}
                    {t.partners.lastUsed(key.lastUsedAt === null ? null : formatDateTime(key.lastUsedAt, language))}
                  </p>
                  {key.revokedAt === null ? (
                    <button type="button" className="button button--secondary admin-danger" onClick={() => void revoke(key)} aria-label={`${t.partners.revoke}: ${key.name}`}>
                      {t.partners.revoke}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <h3>{t.partners.newKey}</h3>
      {created === null ? null : <ShownOnce label={t.partners.keyCreated(created.name)} value={created.key} onDismiss={() => setCreated(null)} />}
      <form className="form" noValidate onSubmit={(event) => void create(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <TextField label={t.partners.name} value={name} onChange={setName} error={errors['name']} required />
        <SelectField<string>
          label={t.common.organisation}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t.common.chooseOrganisation}
          options={organisations.map((o) => ({ value: o.id, label: organisationLabel(o, language) }))}
          error={errors['organisationId']}
          required
        />
        <ChoiceGroup legend={t.partners.scopesLegend} error={errors['scopes']}>
          {API_KEY_SCOPES.map((scope) => (
            <CheckboxField
              key={scope}
              label={t.partners.scopeNames[scope] ?? scope}
              checked={scopes.has(scope)}
              onChange={(on) => setScopes((previous) => new Set(on ? [...previous, scope] : [...previous].filter((s) => s !== scope)))}
            />
          ))}
        </ChoiceGroup>
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.common.saving : t.partners.create}
        </button>
      </form>
    </section>
  );
}

function WebhookItem({ webhook, organisationName, onChanged, onSecret, onProblem }: { webhook: Webhook; organisationName: string; onChanged: (message: string | null) => void; onSecret: (name: string, secret: string) => void; onProblem: (problem: ApiProblem) => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  async function rotate(): Promise<void> {
    if (!confirmed(t.partners.confirmRotate(webhook.name))) return;
    try {
      const answer = await rotateSecret(webhook.id);
      onSecret(webhook.name, answer.secret);
      onChanged(null);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      onProblem(error);
    }
  }
  async function deactivate(): Promise<void> {
    if (!confirmed(t.partners.confirmDeactivate(webhook.name))) return;
    try {
      await deactivateWebhook(webhook.id);
      onChanged(t.partners.deactivated(webhook.name));
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      onProblem(error);
    }
  }
  return (
    <li className="admin-list__item">
      <p className="admin-list__title">
        {webhook.name} <span className={webhook.active ? 'admin-tag admin-tag--on' : 'admin-tag'}>{webhook.active ? t.partners.active : t.partners.inactive}</span>
      </p>
      <p className="small muted admin-break">{webhook.url}</p>
      <p className="small muted">
        {organisationName} · {t.partners.eventTypes}: {webhook.eventTypes.includes('*') ? t.partners.allEvents : webhook.eventTypes.join(', ')}
      </p>
      {webhook.previousSecretExpiresAt === null ? null : <p className="small">{t.partners.previousSecret(formatDateTime(webhook.previousSecretExpiresAt, language))}</p>}
      {webhook.active && !webhook.url.startsWith('inproc://') ? (
        <p className="admin-actions">
          <button type="button" className="button button--secondary" onClick={() => void rotate()} aria-label={`${t.partners.rotate}: ${webhook.name}`}>
            {t.partners.rotate}
          </button>
          <button type="button" className="button button--secondary admin-danger" onClick={() => void deactivate()} aria-label={`${t.partners.deactivate}: ${webhook.name}`}>
            {t.partners.deactivate}
          </button>
        </p>
      ) : null}
    </li>
  );
}

function WebhooksPanel({ organisations }: { organisations: Organisation[] }) {
  const t = useTexts(text);
  const language = useLanguage();
  const nameOf = useOrganisationName(organisations);
  const { state: webhooks, reload: reload } = useLoad(fetchWebhooks, 'webhooks');
  const { state: eventTypes } = useLoad(fetchEventTypes, 'event-types');
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [url, setUrl] = useState('https://');
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [allowPrivate, setAllowPrivate] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const local: Record<string, string> = {};
    if (name.trim() === '') local['name'] = t.common.required;
    if (organisationId === '') local['organisationId'] = t.common.required;
    if (url.trim().length < 8) local['url'] = t.common.required;
    if (!all && chosen.size === 0) local['eventTypes'] = t.partners.eventsRequired;
    setErrors(local);
    setProblem(null);
    setDone(null);
    if (hasErrors(local)) return;
    setSending(true);
    try {
      const answer = await createWebhook({ name: name.trim(), organisationId, url: url.trim(), eventTypes: all ? ['*'] : [...chosen], allowPrivateNetwork: allowPrivate });
      setSecret({ name: answer.subscription.name, secret: answer.secret });
      setName('');
      setUrl('https://');
      reload();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="admin-webhooks">
      <h2 id="admin-webhooks">{t.partners.webhooksTitle}</h2>
      <p>{t.partners.webhooksIntro}</p>
      <Done message={done} />
      {secret === null ? null : <ShownOnce label={t.partners.secretCreated(secret.name)} value={secret.secret} onDismiss={() => setSecret(null)} />}
      <Loaded resource={webhooks}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t.partners.webhooksNone}</p>
          ) : (
            <ul className="admin-list">
              {list.map((webhook) => (
                <WebhookItem
                  key={webhook.id}
                  webhook={webhook}
                  organisationName={nameOf(webhook.organisationId)}
                  onChanged={(message) => {
                    setDone(message);
                    reload();
                  }}
                  onSecret={(hookName, value) => setSecret({ name: hookName, secret: value })}
                  onProblem={setProblem}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
      <h3>{t.partners.newWebhook}</h3>
      <form className="form" noValidate onSubmit={(event) => void create(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <TextField label={t.partners.name} value={name} onChange={setName} error={errors['name']} required />
        <SelectField<string>
          label={t.common.organisation}
          value={organisationId}
          onChange={setOrganisationId}
          placeholder={t.common.chooseOrganisation}
          options={organisations.map((o) => ({ value: o.id, label: organisationLabel(o, language) }))}
          error={errors['organisationId']}
          required
        />
        <TextField label={t.partners.url} type="url" value={url} onChange={setUrl} error={errors['url']} required />
        <ChoiceGroup legend={t.partners.eventTypes} error={errors['eventTypes']}>
          <CheckboxField label={t.partners.allEvents} checked={all} onChange={setAll} />
          {all ? null : (
            <Loaded resource={eventTypes}>
              {(types) => (
                <>
                  {types.map((type) => (
                    <CheckboxField
                      key={type.type}
                      label={type.type}
                      checked={chosen.has(type.type)}
                      onChange={(on) => setChosen((previous) => new Set(on ? [...previous, type.type] : [...previous].filter((x) => x !== type.type)))}
                    />
                  ))}
                </>
              )}
            </Loaded>
          )}
        </ChoiceGroup>
        <CheckboxField label={t.partners.allowPrivate} checked={allowPrivate} onChange={setAllowPrivate} />
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.common.saving : t.partners.createWebhook}
        </button>
      </form>
    </section>
  );
}

export function PartnersScreen() {
  const t = useTexts(text).partners;
  const { state: organisations } = useLoad(fetchOrganisations, 'organisations');
  return (
    <Screen title={t.title}>
      <Loaded resource={organisations}>
        {(list) => (
          <>
            <KeysPanel organisations={list} />
            <WebhooksPanel organisations={list} />
          </>
        )}
      </Loaded>
    </Screen>
  );
}
