/**
 * Training records (R6): who was trained on which procedures, newest first, page by page, and
 * the form to record a training. The staff member is chosen within an organisation (the list
 * of its staff is an audited read, made only once an organisation is chosen).
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDate } from '../../format.js';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { SelectField, TextField } from './Fields.js';
import { Done, Loaded, Screen } from './Screen.js';
import { fetchStaff } from './accounts-api.js';
import { type Organisation, fetchOrganisations, organisationLabel } from './directory-api.js';
import { type FieldErrors, hasErrors, serverFieldErrors } from './field-errors.js';
import { text } from './text.js';
import { vietnamToday } from './today.js';
import { TRAINING_PAGE_SIZE, fetchTraining, recordTraining } from './training-api.js';
import { useLoad } from '../../use-load.js';

function StaffPicker({ organisationId, value, onChange, error }: { organisationId: string; value: string; onChange: (id: string) => void; error: string | undefined }) {
  const t = useTexts(text).training;
  const { state: staff } = useLoad((signal) => fetchStaff(organisationId, signal), organisationId);
  return (
    <Loaded resource={staff}>
      {(list) => (
        <SelectField<string>
          label={t.staff}
          value={value}
          onChange={onChange}
          placeholder={t.chooseStaff}
          options={list.filter((m) => m.active).map((m) => ({ value: m.id, label: `${m.displayName} (${m.username})` }))}
          error={error}
          required
        />
      )}
    </Loaded>
  );
}

function RecordForm({ organisations, onRecorded }: { organisations: Organisation[]; onRecorded: () => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const [organisationId, setOrganisationId] = useState('');
  const [staffId, setStaffId] = useState('');
  const [course, setCourse] = useState('');
  const [trainedOn, setTrainedOn] = useState<string>(vietnamToday());
  const [codes, setCodes] = useState('');
  const [trainer, setTrainer] = useState('');
  const [certificate, setCertificate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    const local: Record<string, string> = {};
    if (staffId === '') local['staffId'] = t.common.required;
    if (course.trim() === '') local['course'] = t.common.required;
    if (trainedOn === '') local['trainedOn'] = t.common.required;
    setErrors(local);
    setProblem(null);
    setDone(null);
    if (hasErrors(local)) return;
    setSending(true);
    try {
      await recordTraining({
        staffId,
        course: course.trim(),
        trainedOn,
        procedureCodes: codes
          .split(/[,;\s]+/)
          .map((c) => c.trim())
          .filter((c) => c !== ''),
        ...(trainer === '' ? {} : { trainerOrganisationCode: trainer }),
        ...(certificate.trim() === '' ? {} : { certificateRef: certificate.trim() }),
      });
      setDone(t.training.recorded);
      setStaffId('');
      setCertificate('');
      onRecorded();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      setErrors(serverFieldErrors(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="admin-record-training">
      <h2 id="admin-record-training">{t.training.recordTitle}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <SelectField<string>
          label={t.common.organisation}
          value={organisationId}
          onChange={(id) => {
            setOrganisationId(id);
            setStaffId('');
          }}
          placeholder={t.common.chooseOrganisation}
          options={organisations.map((o) => ({ value: o.id, label: organisationLabel(o, language) }))}
        />
        {organisationId === '' ? (errors['staffId'] === undefined ? null : <p className="field__error">{errors['staffId']}</p>) : <StaffPicker organisationId={organisationId} value={staffId} onChange={setStaffId} error={errors['staffId']} />}
        <TextField label={t.training.course} value={course} onChange={setCourse} error={errors['course']} required />
        <TextField label={t.training.trainedOn} type="date" max={vietnamToday()} value={trainedOn} onChange={setTrainedOn} error={errors['trainedOn']} required />
        <TextField label={`${t.training.procedures} ${t.common.optional}`} hint={t.training.proceduresHint} value={codes} onChange={setCodes} error={errors['procedureCodes']} />
        <SelectField<string>
          label={`${t.training.trainer} ${t.common.optional}`}
          value={trainer}
          onChange={setTrainer}
          options={[{ value: '', label: t.common.none }, ...organisations.map((o) => ({ value: o.code, label: organisationLabel(o, language) }))]}
          error={errors['trainerOrganisationCode']}
        />
        <TextField label={`${t.training.certificate} ${t.common.optional}`} value={certificate} onChange={setCertificate} error={errors['certificateRef']} />
        <button type="submit" className="button" disabled={sending}>
          {sending ? t.common.saving : t.training.record}
        </button>
        <Done message={done} />
      </form>
    </section>
  );
}

export function TrainingScreen() {
  const t = useTexts(text);
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const { state: records, reload: reload } = useLoad((signal) => fetchTraining(page, signal), String(page));
  const { state: organisations } = useLoad(fetchOrganisations, 'organisations');
  return (
    <Screen title={t.training.title} intro={t.training.intro}>
      <Loaded resource={records}>
        {(found) => {
          const pages = Math.max(1, Math.ceil(found.total / TRAINING_PAGE_SIZE));
          return found.total === 0 ? (
            <p className="muted">{t.training.none}</p>
          ) : (
            <>
              <p className="small muted">
                {t.training.total(found.total)} · {t.training.page(found.page, pages)}
              </p>
              <ul className="admin-list">
                {found.items.map((r) => (
                  <li key={r.id} className="admin-list__item">
                    <p className="admin-list__title">
                      {r.staffName} · {formatDate(r.trainedOn, language)}
                    </p>
                    <p className="small">{r.course}</p>
                    <p className="small muted">
                      {[r.organisationName, r.procedureCodes.join(', '), r.trainerName, r.certificateRef].filter((x) => x !== null && x !== '').join(' · ')}
                    </p>
                  </li>
                ))}
              </ul>
              <p className="admin-actions">
                <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                  {t.training.previousPage}
                </button>
                <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
                  {t.training.nextPage}
                </button>
              </p>
            </>
          );
        }}
      </Loaded>
      <Loaded resource={organisations}>{(list) => <RecordForm organisations={list} onRecorded={reload} />}</Loaded>
    </Screen>
  );
}
