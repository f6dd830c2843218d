/**
 * Dossier codes `<agency code>-YYMMDD-NNNN` (Circular 01/2018 Art. 19). The day's sequence per
 * agency comes from one row updated with `INSERT … ON CONFLICT DO UPDATE … RETURNING`: the row
 * lock serialises concurrent registrations, and because the increment commits or rolls back
 * with the registration that asked for it, the numbers have no gap and no duplicate.
 */
import { sql } from 'drizzle-orm';
import { type AgencyCode, type DossierCode, MAX_DAILY_SEQUENCE, formatDossierCode, parseAgencyCode } from '../domain/dossier/dossier-code.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

/** Must run inside the transaction that registers the dossier. */
export async function issueDossierCode(tx: Db, agency: AgencyCode | string, receivedAt: Date): Promise<DossierCode> {
  const code = typeof agency === 'string' ? parseAgencyCode(agency) : agency;
  const canonical = code.toRightToLeft();
  const day = vietnamDateOf(receivedAt);
  const rows = await queryRows<{ last_value: number }>(
    tx,
    sql`insert into dossier_code_sequences (agency_code, day, last_value) values (${canonical}, ${day}, 1)
        on conflict (agency_code, day) do update set last_value = dossier_code_sequences.last_value + 1
          where dossier_code_sequences.last_value < ${MAX_DAILY_SEQUENCE}
        returning last_value`,
  );
  const sequence = rows[0]?.last_value;
  if (sequence === undefined) {
    throw new AppError('CONFLICT', {
      detail: { vi: `Đã hết số thứ tự hồ sơ trong ngày cho cơ quan ${canonical}`, en: `No dossier numbers left today for agency ${canonical}` },
    });
  }
  return formatDossierCode(code, day, Number(sequence));
}
