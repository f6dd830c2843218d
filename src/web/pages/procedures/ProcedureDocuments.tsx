/**
 * What to prepare, group by group as published (the API marks which documents are only shown
 * and which apply only in some cases, with the same reading the postman's checklist uses), and
 * the sample dossier set and forms to download (R5).
 */
import { useLanguage, useMessages } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { fileTypeLabel, formatByteSize } from './format.js';
import type { ProcedureDetail, ProcedureDocumentGroup, ProcedureFile } from './procedures-api.js';
import { text } from './text.js';

/** "0 bản chính" is how the portal writes "no paper needed": not worth a line. */
function quantityShown(quantity: string | null): string | null {
  if (quantity === null || quantity.trim() === '' || /^0\s/.test(quantity.trim())) return null;
  return quantity.trim();
}

function Group({ group }: { group: ProcedureDocumentGroup }) {
  const t = useTexts(text).detail;
  if (group.note) {
    // Notes ("Lưu ý") explain and ask for nothing: folded away, so the papers to bring stay in view on a phone.
    return (
      <li className="doc-group">
        <details className="notes">
          <summary>
            <span lang="vi">{group.group ?? t.notes}</span> {t.noteCount(group.items.length)}
          </summary>
          <ul className="ticks" lang="vi">
            {group.items.map((item, index) => (
              <li key={index}>{item.document}</li>
            ))}
          </ul>
        </details>
      </li>
    );
  }
  return (
    <li className="doc-group">
      <h3 lang="vi">{group.group ?? t.untitledGroup}</h3>
      <p className={group.toShow ? 'tag tag--show' : 'tag tag--hand-in'}>{group.toShow ? t.toShow : t.toHandIn}</p>
      <ul className="doc-list">
        {group.items.map((item, index) => {
          const quantity = quantityShown(item.quantity);
          return (
            // Documents have no id of their own; their place in the published list is stable.
            <li key={index} className={item.conditional ? 'doc doc--conditional' : 'doc'}>
              <p lang="vi">{item.document}</p>
              {quantity === null ? null : (
                <p className="small muted">
                  {t.quantityLabel} <span lang="vi">{quantity}</span>
                </p>
              )}
              {item.conditional ? <p className="tag tag--conditional">{t.conditional}</p> : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

function FileLink({ file }: { file: ProcedureFile }) {
  const t = useTexts(text).detail;
  const messages = useMessages();
  const language = useLanguage();
  return (
    <li>
      {/* A plain link: the browser downloads it, the app has nothing to do with the bytes. */}
      <a href={file.url} download={file.fileName} className="file-link">
        <span className="file-link__kind">{t.fileKinds[file.kind] ?? file.kind}</span>
        <span className="file-link__title">{language === 'vi' ? file.title : file.titleEn}</span>
        <span className="file-link__meta">{t.fileMeta(fileTypeLabel(file.mediaType, file.fileName), formatByteSize(file.byteSize, messages.locale))}</span>
      </a>
    </li>
  );
}

export function ProcedureDocuments({ procedure }: { procedure: ProcedureDetail }) {
  const t = useTexts(text).detail;
  return (
    <>
      <section aria-labelledby="giay-to">
        <h2 id="giay-to">{t.documentsTitle}</h2>
        <p>{t.documentsIntro}</p>
        <ul className="doc-groups">
          {procedure.documents.map((group, index) => (
            <Group key={index} group={group} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="tai-ve">
        <h2 id="tai-ve">{t.filesTitle}</h2>
        {procedure.files.length === 0 ? (
          <p className="muted">{t.filesNone}</p>
        ) : (
          <ul className="files">
            {procedure.files.map((file) => (
              <FileLink key={file.id} file={file} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
