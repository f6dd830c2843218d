/**
 * A year's days off and make-up working days, by holiday group, as the due dates count them.
 * The administrator removes or adds days and saves the year with the deciding document; the
 * groups touched (and those entered before) are sent whole, the others stay computed. Nothing
 * is sent until "Save", and a failed save keeps every change on screen.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { HOLIDAY_GROUPS, type HolidayGroup } from '../../../domain/calendar/holidays.js';
import { dayOfWeek, isPlainDate } from '../../../domain/time/plain-date.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { Link, useSearch } from '../../router.js';
import { SelectField, TextField } from './Fields.js';
import { Done, Loaded, Screen } from './Screen.js';
import { DAY_KINDS, type DayKind, type EditableDay, type EditableYear, fetchYear, saveYear, scheduleBody } from './calendar-api.js';
import { type FieldErrors, hasErrors, serverFieldErrors } from './field-errors.js';
import { sectionPath } from './routes.js';
import { text } from './text.js';
import { vietnamToday } from './today.js';
import { useLoad } from '../../use-load.js';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function yearFrom(search: string): number {
  const asked = Number(new URLSearchParams(search).get('nam'));
  const fallback = Number(vietnamToday().slice(0, 4));
  return Number.isInteger(asked) && asked >= MIN_YEAR && asked <= MAX_YEAR ? asked : fallback;
}

const yearPath = (year: number): string => `${sectionPath('calendar')}?nam=${year}`;
const isWeekendDay = (date: string): boolean => isPlainDate(date) && (dayOfWeek(date) === 0 || dayOfWeek(date) === 6);

function AddDayForm({ year, days, onAdd }: { year: number; days: readonly EditableDay[]; onAdd: (day: EditableDay) => void }) {
  const t = useTexts(text);
  const [date, setDate] = useState('');
  const [group, setGroup] = useState<HolidayGroup>('other');
  const [kind, setKind] = useState<DayKind>('holiday');
  const [name, setName] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!isPlainDate(date)) local['date'] = t.common.required;
    else if (!date.startsWith(`${year}-`)) local['date'] = t.calendar.dateOutsideYear(year);
    else if (days.some((d) => d.date === date)) local['date'] = t.calendar.dateTaken;
    else if (kind === 'makeup-workday' && !isWeekendDay(date)) local['date'] = t.calendar.makeupWeekend;
    else if (kind !== 'makeup-workday' && isWeekendDay(date)) local['date'] = t.calendar.dayOffWeekday;
    if (name.trim() === '') local['name'] = t.common.required;
    if (nameEn.trim() === '') local['nameEn'] = t.common.required;
    setErrors(local);
    if (hasErrors(local)) return;
    onAdd({ date, group, kind, name: name.trim(), nameEn: nameEn.trim() });
    setDate('');
    setName('');
    setNameEn('');
  }

  return (
    <section aria-labelledby="admin-add-day">
      <h2 id="admin-add-day">{t.calendar.addTitle}</h2>
      <form className="form" noValidate onSubmit={submit}>
        <TextField label={t.common.date} type="date" min={`${year}-01-01`} max={`${year}-12-31`} value={date} onChange={setDate} error={errors['date']} required />
        <SelectField<HolidayGroup> label={t.calendar.group} value={group} onChange={setGroup} options={HOLIDAY_GROUPS.map((g) => ({ value: g, label: t.calendar.groups[g] }))} />
        <SelectField<DayKind> label={t.calendar.kind} value={kind} onChange={setKind} options={DAY_KINDS.map((k) => ({ value: k, label: t.calendar.kinds[k] }))} />
        <TextField label={t.calendar.name} value={name} onChange={setName} error={errors['name']} required />
        <TextField label={t.calendar.nameEn} value={nameEn} onChange={setNameEn} error={errors['nameEn']} required />
        <button type="submit" className="button button--secondary">
          {t.calendar.add}
        </button>
      </form>
    </section>
  );
}

function YearEditor({ loaded, onSaved }: { loaded: EditableYear; onSaved: () => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const [days, setDays] = useState<EditableDay[]>(loaded.days);
  const [touched, setTouched] = useState<ReadonlySet<HolidayGroup>>(new Set());
  const [source, setSource] = useState(loaded.source ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const official = new Set(loaded.officialGroups);

  function touch(group: HolidayGroup): void {
    setTouched((previous) => new Set([...previous, group]));
  }
  function remove(day: EditableDay): void {
    setDays((list) => list.filter((d) => d.date !== day.date));
    touch(day.group);
  }
  function add(day: EditableDay): void {
    setDays((list) => [...list, day].sort((a, b) => a.date.localeCompare(b.date)));
    touch(day.group);
  }

  async function save(): Promise<void> {
    if (sending) return;
    if (source.trim() === '') {
      setErrors({ source: t.common.required });
      return;
    }
    setErrors({});
    setProblem(null);
    setSending(true);
    try {
      await saveYear(loaded.year, scheduleBody(source, days, new Set([...official, ...touched])));
      setTouched(new Set());
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  const weekday = (date: string): string => (isPlainDate(date) ? (t.calendar.weekdays[dayOfWeek(date)] ?? '') : '');
  return (
    <>
      {loaded.source === null ? <p className="muted">{t.calendar.sourceNone}</p> : null}
      {HOLIDAY_GROUPS.map((group) => {
        const ofGroup = days.filter((d) => d.group === group);
        const entered = official.has(group) || touched.has(group);
        return (
          <section key={group} aria-labelledby={`admin-group-${group}`} className="admin-group">
            <h2 id={`admin-group-${group}`}>
              {t.calendar.groups[group]} <span className={entered ? 'admin-tag admin-tag--on' : 'admin-tag'}>{entered ? t.calendar.official : t.calendar.computed}</span>
            </h2>
            {ofGroup.length === 0 ? (
              <p className="small muted">{t.calendar.noDays}</p>
            ) : (
              <ul className="admin-list">
                {ofGroup.map((day) => (
                  <li key={day.date} className="admin-list__item admin-day">
                    <p>
                      <strong>
                        {weekday(day.date)} {formatDate(day.date, language)}
                      </strong>{' '}
                      <span className={day.kind === 'makeup-workday' ? 'admin-tag admin-tag--warn' : 'admin-tag'}>{t.calendar.kinds[day.kind]}</span>
                    </p>
                    <p className="small">{language === 'vi' ? day.name : day.nameEn}</p>
                    <button type="button" className="button button--secondary" onClick={() => remove(day)} aria-label={t.calendar.removeDay(formatDate(day.date, language))}>
                      {t.common.remove}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <AddDayForm year={loaded.year} days={days} onAdd={add} />
      <section aria-labelledby="admin-save-year" className="admin-save">
        <h2 id="admin-save-year">{t.calendar.saveYear(loaded.year)}</h2>
        <ProblemAlert problem={problem} />
        {touched.size > 0 ? <p className="admin-unsaved">{t.common.unsaved}</p> : null}
        <TextField label={t.calendar.source} hint={t.calendar.sourceHint} value={source} onChange={setSource} error={errors['source']} required />
        <p>
          <button type="button" className="button" disabled={sending} onClick={() => void save()}>
            {sending ? t.common.saving : t.calendar.saveYear(loaded.year)}
          </button>
        </p>
      </section>
    </>
  );
}

export function CalendarScreen() {
  const t = useTexts(text).calendar;
  const year = yearFrom(useSearch());
  const { state: loaded, reload: reload } = useLoad((signal) => fetchYear(year, signal), String(year));
  // Kept here: the editor starts afresh from what the server holds once the save is read back.
  const [done, setDone] = useState<{ year: number; message: string } | null>(null);
  return (
    <Screen title={`${t.title} ${year}`} intro={t.intro}>
      <nav className="admin-actions" aria-label={t.year}>
        {year > MIN_YEAR ? <Link to={yearPath(year - 1)}>{`${t.previous} (${year - 1})`}</Link> : null}
        {year < MAX_YEAR ? <Link to={yearPath(year + 1)}>{`${t.next} (${year + 1})`}</Link> : null}
      </nav>
      <Loaded resource={loaded}>
        {(value) => (
          <YearEditor
            key={`${value.year}|${value.updatedAt ?? ''}`}
            loaded={value}
            onSaved={() => {
              setDone({ year: value.year, message: t.saved(value.year) });
              reload();
            }}
          />
        )}
      </Loaded>
      <Done message={done?.year === year ? done.message : null} />
    </Screen>
  );
}
