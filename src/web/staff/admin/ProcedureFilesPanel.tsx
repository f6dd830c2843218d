/**
 * R5: the files published with a procedure (sample dossier set, blank forms), each downloadable
 * as citizens get it, and the upload form. A file of the same kind and Vietnamese title
 * replaces the current one; "Replace" fills the form with that file's kind and titles.
 */
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { fileTypeLabel, formatByteSize } from '../../pages/procedures/format.js';
import { SelectField, TextField } from './Fields.js';
import { Done } from './Screen.js';
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, mediaTypeOf, readAsBase64 } from './file-upload.js';
import { type FieldErrors, hasErrors, serverFieldErrors } from './field-errors.js';
import { FILE_KINDS, type FileKind, type ProcedureDetail, type ProcedureFile, uploadFile } from './procedures-api.js';
import { text } from './text.js';

export function ProcedureFilesPanel({ procedure, onUploaded }: { procedure: ProcedureDetail; onUploaded: () => void }) {
  const t = useTexts(text);
  const language = useLanguage();
  const messages = useMessages();
  const [kind, setKind] = useState<FileKind>('sample-set');
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [replacing, setReplacing] = useState<ProcedureFile | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  function replace(file: ProcedureFile): void {
    setReplacing(file);
    setKind(file.kind === 'form' ? 'form' : 'sample-set');
    setTitleVi(file.title);
    setTitleEn(file.titleEn);
    setErrors({});
    formHeading.current?.scrollIntoView({ block: 'start' });
    fileInput.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (sending) return;
    setDone(null);
    const file = fileInput.current?.files?.[0];
    const local: Record<string, string> = {};
    if (titleVi.trim() === '') local['titleVi'] = t.common.required;
    if (titleEn.trim() === '') local['titleEn'] = t.common.required;
    const mediaType = file === undefined ? null : mediaTypeOf(file);
    if (file === undefined) local['contentBase64'] = t.procedure.fileMissing;
    else if (mediaType === null) local['contentBase64'] = t.procedure.fileType;
    else if (file.size > MAX_FILE_BYTES) local['contentBase64'] = t.procedure.fileTooBig;
    setErrors(local);
    setProblem(null);
    if (hasErrors(local) || file === undefined || mediaType === null) return;
    setSending(true);
    try {
      let contentBase64: string;
      try {
        contentBase64 = await readAsBase64(file);
      } catch {
        setErrors({ contentBase64: t.procedure.fileUnreadable });
        return;
      }
      const uploaded = await uploadFile(procedure.code, { kind, titleVi: titleVi.trim(), titleEn: titleEn.trim(), fileName: file.name, mediaType, contentBase64 });
      setDone(t.procedure.uploaded(uploaded.title));
      setTitleVi('');
      setTitleEn('');
      setReplacing(null);
      if (fileInput.current !== null) fileInput.current.value = '';
      onUploaded();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setProblem(error);
      const fromServer = serverFieldErrors(error);
      // The file's name and content are one field on the screen.
      setErrors({ ...fromServer, ...(fromServer['fileName'] === undefined ? {} : { contentBase64: fromServer['fileName'] }) });
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="admin-files">
      <h2 id="admin-files">{t.procedure.filesTitle}</h2>
      {procedure.files.length === 0 ? (
        <p className="muted">{t.procedure.filesNone}</p>
      ) : (
        <ul className="admin-list">
          {procedure.files.map((file) => (
            <li key={file.id} className="admin-list__item">
              <p className="admin-list__title">
                <span className="admin-tag">{t.procedure.fileKinds[file.kind === 'form' ? 'form' : 'sample-set']}</span> {language === 'vi' ? file.title : file.titleEn}
              </p>
              <p className="small muted">
                {file.fileName} · {fileTypeLabel(file.mediaType, file.fileName)} · {formatByteSize(file.byteSize, messages.locale)}
              </p>
              <p className="admin-actions">
                <a href={file.url} download={file.fileName} className="button button--secondary">
                  {t.procedure.download}
                </a>
                <button type="button" className="button button--secondary" onClick={() => replace(file)}>
                  {t.procedure.replace}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3 ref={formHeading}>{replacing === null ? t.procedure.uploadTitle : t.procedure.replaceTitle(language === 'vi' ? replacing.title : replacing.titleEn)}</h3>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={sending}>
        <ProblemAlert problem={problem} />
        <SelectField<FileKind> label={t.procedure.kind} value={kind} onChange={setKind} options={FILE_KINDS.map((k) => ({ value: k, label: t.procedure.fileKinds[k] }))} />
        <TextField label={t.procedure.titleVi} value={titleVi} onChange={setTitleVi} error={errors['titleVi']} required />
        <TextField label={t.procedure.titleEn} value={titleEn} onChange={setTitleEn} error={errors['titleEn']} required />
        <FileField inputRef={fileInput} label={t.procedure.file} hint={t.procedure.fileHint} error={errors['contentBase64']} />
        <p className="admin-actions">
          <button type="submit" className="button" disabled={sending}>
            {sending ? t.procedure.uploading : t.procedure.upload}
          </button>
          {replacing === null ? null : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setReplacing(null);
                setTitleVi('');
                setTitleEn('');
              }}
            >
              {t.common.cancel}
            </button>
          )}
        </p>
        <Done message={done} />
      </form>
    </section>
  );
}

function FileField({ inputRef, label, hint, error }: { inputRef: RefObject<HTMLInputElement | null>; label: string; hint: string; error: string | undefined }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input ref={inputRef} id={id} type="file" accept={ACCEPTED_EXTENSIONS} aria-invalid={error === undefined ? undefined : true} aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`} />
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
