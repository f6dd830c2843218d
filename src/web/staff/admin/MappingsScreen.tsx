/**
 * One system's status mappings, edited as a table and saved whole, and the codes other systems
 * reported that have no mapping yet: "Add to the mappings" opens that system's table with a
 * row for the code, to be given its status and saved.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDateTime } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { navigate, useSearch } from '../../router.js';
import { SelectField, TextField } from './Fields.js';
import { Done, Loaded, Screen } from './Screen.js';
import { hasErrors, serverFieldErrors } from './field-errors.js';
import { DIRECTIONS, type Mapping, type MappingDirection, SUBJECTS, type Subject, canonicalChoices, fetchMappings, fetchUnmapped, saveMappings } from './mappings-api.js';
import { sectionPath } from './routes.js';
import { text } from './text.js';
import { useLoad } from '../../use-load.js';

const DEFAULT_SYSTEM = 'national-portal';
const SYSTEM_PATTERN = /^[a-z0-9._-]{1,60}$/;

function chosenFrom(search: string): { system: string; subject: Subject; code: string | null } {
  const params = new URLSearchParams(search);
  const system = params.get('he-thong') ?? DEFAULT_SYSTEM;
  const subject = params.get('doi-tuong') === 'item' ? 'item' : 'dossier';
  return { system: SYSTEM_PATTERN.test(system) ? system : DEFAULT_SYSTEM, subject, code: params.get('ma') };
}

function mappingsPath(system: string, subject: Subject, code?: string): string {
  const params = new URLSearchParams({ 'he-thong': system, 'doi-tuong': subject });
  if (code !== undefined) params.set('ma', code);
  return `${sectionPath('mappings')}?${params.toString()}`;
}

function MappingTable({ system, subject, loaded, newCode }: { system: string; subject: Subject; loaded: Mapping[]; newCode: string | null }) {
  const t = useTexts(text);
  const language = useLanguage();
  const choices = canonicalChoices(subject, language);
  const first = choices[0]?.value ?? '';
  const [rows, setRows] = useState<Mapping[]>(() =>
    newCode === null || loaded.some((m) => m.externalCode === newCode) ? loaded : [...loaded, { externalCode: newCode, canonicalStatus: first, direction: 'inbound', note: null }],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const change = (index: number, patch: Partial<Mapping>) => setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const local: Record<string, string> = {};
    rows.forEach((row, i) => {
      if (row.externalCode.trim() === '') local[`mappings.${i}.externalCode`] = t.mappings.codeRequired;
    });
    setErrors(local);
    setProblem(null);
    setDone(null);
    if (hasErrors(local)) return;
    setSending(true);
    try {
      const saved = await saveMappings(system, subject, rows);
      setRows(saved);
      setDone(t.mappings.saved(saved.length));
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void save(event)} aria-busy={sending}>
      <ProblemAlert problem={problem} />
      {rows.length === 0 ? <p className="muted">{t.mappings.none}</p> : null}
      <ol className="admin-list">
        {rows.map((row, i) => (
          <li key={i} className="admin-list__item admin-mapping">
            <TextField label={t.mappings.externalCode} value={row.externalCode} onChange={(externalCode) => change(i, { externalCode })} error={errors[`mappings.${i}.externalCode`]} />
            <SelectField<string> label={t.mappings.canonical} value={row.canonicalStatus} onChange={(canonicalStatus) => change(i, { canonicalStatus })} options={choices} error={errors[`mappings.${i}.canonicalStatus`]} />
            <SelectField<MappingDirection> label={t.mappings.direction} value={row.direction} onChange={(direction) => change(i, { direction })} options={DIRECTIONS.map((d) => ({ value: d, label: t.mappings.directions[d] }))} />
            <TextField label={`${t.mappings.note} ${t.common.optional}`} value={row.note ?? ''} onChange={(note) => change(i, { note })} />
            <button type="button" className="button button--secondary" onClick={() => setRows((list) => list.filter((_, j) => j !== i))}>
              {t.mappings.removeRow(row.externalCode)}
            </button>
          </li>
        ))}
      </ol>
      <p className="admin-actions">
        <button type="button" className="button button--secondary" onClick={() => setRows((list) => [...list, { externalCode: '', canonicalStatus: first, direction: 'inbound', note: null }])}>
          {t.mappings.addRow}
        </button>
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.common.saving : t.mappings.save}
        </button>
      </p>
      <Done message={done} />
    </form>
  );
}

export function MappingsScreen() {
  const t = useTexts(text).mappings;
  const language = useLanguage();
  const chosen = chosenFrom(useSearch());
  const [system, setSystem] = useState(chosen.system);
  const [subject, setSubject] = useState<Subject>(chosen.subject);
  const [systemError, setSystemError] = useState<string | undefined>(undefined);
  const { state: mappings } = useLoad((signal) => fetchMappings(chosen.system, chosen.subject, signal), `${chosen.system}|${chosen.subject}`);
  const { state: unmapped } = useLoad(fetchUnmapped, 'unmapped');

  function show(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!SYSTEM_PATTERN.test(system.trim())) {
      setSystemError(t.systemHint);
      return;
    }
    setSystemError(undefined);
    navigate(mappingsPath(system.trim(), subject), { replace: true, keepScroll: true });
  }

  return (
    <Screen title={t.title} intro={t.intro}>
      <form className="form admin-search" onSubmit={show}>
        <TextField label={t.system} hint={t.systemHint} value={system} onChange={setSystem} error={systemError} />
        <SelectField<Subject> label={t.subject} value={subject} onChange={setSubject} options={SUBJECTS.map((s) => ({ value: s, label: t.subjects[s] }))} />
        <button type="submit" className="button button--secondary">
          {t.show}
        </button>
      </form>
      <h2>
        {chosen.system} · {t.subjects[chosen.subject]}
      </h2>
      <Loaded resource={mappings}>{(list) => <MappingTable key={`${chosen.system}|${chosen.subject}|${chosen.code ?? ''}`} system={chosen.system} subject={chosen.subject} loaded={list} newCode={chosen.code} />}</Loaded>
      <section aria-labelledby="admin-unmapped">
        <h2 id="admin-unmapped">{t.unmappedTitle}</h2>
        <Loaded resource={unmapped}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t.unmappedNone}</p>
            ) : (
              <ul className="admin-list">
                {list.map((u) => (
                  <li key={u.id} className="admin-list__item">
                    <p className="admin-list__title">
                      <code>{u.externalCode}</code> · {u.system} · {t.subjects[u.subject]}
                    </p>
                    <p className="small muted">{t.reportedAt(formatDateTime(u.receivedAt, language))}</p>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setSystem(u.system);
                        setSubject(u.subject);
                        navigate(mappingsPath(u.system, u.subject, u.externalCode), { replace: true });
                      }}
                    >
                      {t.mapIt}
                    </button>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </Screen>
  );
}
