/**
 * The periodic reports' deadlines (R12 and the post's reports to the provincial department):
 * which are coming, in how many days, which are overdue; marking one as sent; and the
 * reminders the worker records once per stage (due soon, overdue). No email: the notices
 * module may read the reminders.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../admin/audit.js';
import type { RequestContext } from '../admin/principal.js';
import { ROLE_INFO } from '../domain/access/roles.js';
import { type Period, parsePeriod } from '../domain/reports/periods.js';
import { type DeadlineRule, type DeadlineState, deadlineState, deadlinesBetween, dueDateOf } from '../domain/reports/report-deadlines.js';
import { addDays, parsePlainDate, vietnamDateOf } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import type { Reader } from './reader.js';
import { reportReminders, reportSubmissions } from './reports.schema.js';
import { type PeriodView, periodView } from './indicators.js';

export interface DeadlineView {
  kind: string;
  label: { vi: string; en: string };
  side: 'government' | 'postal';
  recipient: string;
  confirmed: boolean;
  period: PeriodView;
  dueOn: string;
  daysLeft: number;
  state: DeadlineState;
  submission: { submittedOn: string; reference: string | null } | null;
}

/** Days back an unsent report stays listed as overdue, and days ahead a deadline is listed. */
export const DEADLINE_WINDOW = { backDays: 120, aheadDays: 200 } as const;

export function createDeadlines(deps: { db: Db; now: () => Date; rules: readonly DeadlineRule[]; leadDays: number }) {
  const { db } = deps;

  function ruleOf(kind: string): DeadlineRule {
    const rule = deps.rules.find((r) => r.kind === kind);
    if (rule === undefined) throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'kind', vi: `phải là một trong: ${deps.rules.map((r) => r.kind).join(', ')}`, en: `must be one of: ${deps.rules.map((r) => r.kind).join(', ')}` }] });
    return rule;
  }

  /** The rule of a kind that applies to a period, if the period is one that report covers. */
  function ruleFor(kinds: readonly string[], period: Period): DeadlineRule | null {
    for (const kind of kinds) {
      const rule = deps.rules.find((r) => r.kind === kind);
      if (rule === undefined) continue;
      const covers = rule.periods === 'quarters' ? period.kind === 'quarter' : rule.periods === 'first-half' ? period.kind === 'half-year' && period.index === 1 : period.kind === 'year';
      if (covers) return rule;
    }
    return null;
  }

  /** Deadlines are the same for every reader: they are the province's and the post's calendar. */
  async function listOn(day: string): Promise<{ today: string; leadDays: number; items: DeadlineView[] }> {
    const today = parsePlainDate(day);
    const found = deadlinesBetween(deps.rules, addDays(today, -DEADLINE_WINDOW.backDays), addDays(today, DEADLINE_WINDOW.aheadDays));
    const sent = found.length === 0 ? [] : await db.select().from(reportSubmissions).where(inArray(reportSubmissions.kind, [...new Set(found.map((f) => f.kind))]));
    const items = found.map((d): DeadlineView => {
      const rule = ruleOf(d.kind);
      const submission = sent.find((s) => s.kind === d.kind && s.period === d.period.key);
      const { state, daysLeft } = deadlineState(d.dueOn, today, deps.leadDays, submission !== undefined);
      return {
        kind: d.kind,
        label: { vi: rule.vi, en: rule.en },
        side: rule.side,
        recipient: rule.recipientVi,
        confirmed: rule.confirmed,
        period: periodView(d.period),
        dueOn: d.dueOn,
        daysLeft,
        state,
        submission: submission === undefined ? null : { submittedOn: submission.submittedOn, reference: submission.reference },
      };
    });
    return { today, leadDays: deps.leadDays, items };
  }

  function list(_reader: Reader, options: { today?: string | undefined } = {}) {
    return listOn(options.today ?? vietnamDateOf(deps.now()));
  }

  /** A report marked as sent, by the side that makes it (the post for its reports, the government for the Chairman's). */
  async function markSubmitted(actor: Reader, input: { kind: string; period: string; submittedOn: string; reference?: string | undefined }, context: RequestContext): Promise<DeadlineView> {
    const rule = ruleOf(input.kind);
    const period = parsePeriod(input.period);
    if (period === null || ruleFor([rule.kind], period) === null) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'period', vi: `không phải kỳ của ${rule.vi}`, en: `not a period of the ${rule.en}` }] });
    }
    if (ROLE_INFO[actor.role].side !== rule.side) {
      throw new AppError('FORBIDDEN', { detail: { vi: `${rule.vi} do ${rule.side === 'postal' ? 'bưu điện' : 'cơ quan nhà nước'} lập`, en: `The ${rule.en} is made by ${rule.side === 'postal' ? 'the post' : 'the government side'}` } });
    }
    const now = deps.now();
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(reportSubmissions)
        .values({ kind: rule.kind, period: period.key, submittedOn: input.submittedOn, reference: input.reference?.trim() ?? null, recordedBy: actor.accountId, recordedAt: now })
        .onConflictDoNothing()
        .returning({ kind: reportSubmissions.kind });
      if (row === undefined) throw new AppError('CONFLICT', { detail: { vi: 'Báo cáo kỳ này đã được ghi nhận là đã gửi', en: 'This report was recorded as sent already' } });
      await recordAudit(tx, { type: 'account', accountId: actor.accountId, organisationId: actor.organisationId }, context, {
        action: 'report.submitted',
        outcome: 'success',
        subjectType: 'report',
        subjectId: `${rule.kind}:${period.key}`,
        details: { submittedOn: input.submittedOn },
      });
    });
    const dueOn = dueDateOf(rule, period);
    const today = vietnamDateOf(now);
    return { kind: rule.kind, label: { vi: rule.vi, en: rule.en }, side: rule.side, recipient: rule.recipientVi, confirmed: rule.confirmed, period: periodView(period), dueOn, ...deadlineState(dueOn, today, deps.leadDays, true), submission: { submittedOn: input.submittedOn, reference: input.reference?.trim() ?? null } };
  }

  /**
   * The worker's tick: records a reminder for each deadline now due soon or overdue and not
   * sent, once per stage, and returns the new ones (several workers may tick at once: the
   * primary key keeps one).
   */
  async function remind(): Promise<Array<{ kind: string; period: string; stage: 'due-soon' | 'overdue'; dueOn: string }>> {
    const { items } = await listOn(vietnamDateOf(deps.now()));
    const recorded: Array<{ kind: string; period: string; stage: 'due-soon' | 'overdue'; dueOn: string }> = [];
    for (const item of items) {
      if (item.state !== 'due-soon' && item.state !== 'overdue') continue;
      const rows = await db
        .insert(reportReminders)
        .values({ kind: item.kind, period: item.period.key, stage: item.state, dueOn: item.dueOn, recordedAt: deps.now() })
        .onConflictDoNothing()
        .returning({ kind: reportReminders.kind });
      if (rows.length > 0) recorded.push({ kind: item.kind, period: item.period.key, stage: item.state, dueOn: item.dueOn });
    }
    return recorded;
  }

  async function reminders(kind: string, period: string) {
    return db.select().from(reportReminders).where(and(eq(reportReminders.kind, kind), eq(reportReminders.period, period)));
  }

  return { list, markSubmitted, remind, reminders, ruleFor, rules: deps.rules };
}

export type Deadlines = ReturnType<typeof createDeadlines>;
