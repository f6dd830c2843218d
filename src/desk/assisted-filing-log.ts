/**
 * The log of help given to citizens filing online (R7), as the desk reads it back: what was
 * recorded by the organisations the actor sees, newest first. Recording lives in `assistance.ts`;
 * the counts in the reports read the same table.
 */
import { and, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { DeskActor, DeskDeps } from './deps.js';
import { assistedFilings } from './desk.schema.js';
import { accounts } from '../admin/admin.schema.js';
import { organisations, procedures } from '../catalog/catalog.schema.js';
import { type PlainDate, addDays, daysBetween, vietnamDateOf, vietnamInstant } from '../domain/time/plain-date.js';
import { AppError } from '../platform/errors.js';

/** Enough for a month at a busy desk; the period narrows it further. */
const LIMIT = 500;
/** Without a period, the last 30 days: what a desk looks back on day to day. */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

/** Vietnam calendar days, both included; either may be left out. */
export interface LogPeriod {
  from?: PlainDate | undefined;
  to?: PlainDate | undefined;
}

export interface AssistedFilingView {
  id: string;
  procedureCode: string;
  /** Null when the code is no longer in the catalogue. */
  procedureName: string | null;
  outcome: 'submitted' | 'not-completed';
  onlineDossierCode: string | null;
  note: string | null;
  at: string;
  /** Who helped: colleagues at the desk recognise each other's entries. */
  staffName: string;
  organisation: { code: string; name: string };
}

export function createAssistedFilingLog(deps: DeskDeps) {
  const { db } = deps;

  /** The instants [from, to) of a period of Vietnam days; the last 30 days up to today by default. */
  function bounds(period: LogPeriod): { from: Date; to: Date } {
    const to = period.to ?? vietnamDateOf(deps.now());
    const from = period.from ?? addDays(to, 1 - DEFAULT_DAYS);
    const days = daysBetween(from, to);
    if (days < 0 || days >= MAX_DAYS) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'query', name: 'to', vi: 'từ ngày phải trước đến ngày, tối đa một năm', en: 'from must precede to, at most a year apart' }] });
    }
    return { from: vietnamInstant(from), to: vietnamInstant(addDays(to, 1)) };
  }

  /** Entries recorded in the period by the organisations the actor sees. */
  async function list(actor: DeskActor, period: LogPeriod): Promise<AssistedFilingView[]> {
    const { from, to } = bounds(period);
    const rows = await db
      .select({
        id: assistedFilings.id,
        procedureCode: assistedFilings.procedureCode,
        procedureName: procedures.name,
        outcome: assistedFilings.outcome,
        onlineDossierCode: assistedFilings.onlineDossierCode,
        note: assistedFilings.note,
        at: assistedFilings.at,
        staffName: accounts.displayName,
        organisationCode: organisations.code,
        organisationName: organisations.nameVi,
      })
      .from(assistedFilings)
      .innerJoin(accounts, eq(accounts.id, assistedFilings.staffId))
      .innerJoin(organisations, eq(organisations.id, assistedFilings.organisationId))
      .leftJoin(procedures, eq(procedures.code, assistedFilings.procedureCode))
      .where(and(inArray(assistedFilings.organisationId, [...actor.visibleOrganisationIds]), gte(assistedFilings.at, from), lt(assistedFilings.at, to)))
      .orderBy(desc(assistedFilings.at))
      .limit(LIMIT);
    return rows.map((r) => ({
      id: r.id,
      procedureCode: r.procedureCode,
      procedureName: r.procedureName,
      outcome: r.outcome,
      onlineDossierCode: r.onlineDossierCode,
      note: r.note,
      at: r.at.toISOString(),
      staffName: r.staffName,
      organisation: { code: r.organisationCode, name: r.organisationName },
    }));
  }

  return { list };
}

export type AssistedFilingLog = ReturnType<typeof createAssistedFilingLog>;
