/**
 * The administrator's side of the procedures catalogue (R4): whether a procedure may be filed
 * through the post, on which provincial decision and from which day. Checked by the domain's
 * rule (domain/procedure/postal-decision.ts), written with its audit row in one transaction,
 * and the reference caches of this process are dropped after it, so the public pages, search
 * and intake read the change at once here and within their 30 seconds elsewhere.
 */
import { eq } from 'drizzle-orm';
import { procedures } from './catalog.schema.js';
import { procedureNotFound } from './procedure-files.js';
import { type PostalStatus, postalStatus } from './procedure-records.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { checkPostalDecision } from '../domain/procedure/postal-decision.js';
import { parsePlainDate } from '../domain/time/plain-date.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';
import { invalidateReferenceCaches } from '../platform/reference-cache.js';

export interface PostalDecisionBody {
  offered: boolean;
  decision?: string | null | undefined;
  since?: string | null | undefined;
}

export interface PostalDecisionResult {
  code: string;
  postal: PostalStatus;
}

export function createProcedureAdmin(deps: { db: Db; today: () => string }) {
  const { db } = deps;

  async function setPostal(actor: AccountPrincipal, code: string, body: PostalDecisionBody, context: RequestContext): Promise<PostalDecisionResult> {
    const decision = body.decision?.normalize('NFC').trim() ?? null;
    const since = body.since ?? null;
    const problems = checkPostalDecision({ offered: body.offered, decision, since }, parsePlainDate(deps.today()));
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', { fields: problems.map((p) => ({ in: 'body' as const, name: p.field, vi: p.vi, en: p.en })) });
    }
    const result = await db.transaction(async (tx) => {
      const [before] = await tx
        .select({ postalServiceOffered: procedures.postalServiceOffered, postalDecision: procedures.postalDecision, postalSince: procedures.postalSince, publishingDecision: procedures.publishingDecision })
        .from(procedures)
        .where(eq(procedures.code, code))
        .for('update');
      if (before === undefined) throw procedureNotFound(code);
      // Withdrawn from the post, a procedure keeps no decision: the text given for the
      // withdrawal, if any, stays in the audit log.
      const values = body.offered ? { postalServiceOffered: true, postalDecision: decision, postalSince: since } : { postalServiceOffered: false, postalDecision: null, postalSince: null };
      const [after] = await tx
        .update(procedures)
        .set(values)
        .where(eq(procedures.code, code))
        .returning({ postalServiceOffered: procedures.postalServiceOffered, postalDecision: procedures.postalDecision, postalSince: procedures.postalSince, publishingDecision: procedures.publishingDecision });
      if (after === undefined) throw new Error('update returned no row');
      await recordAudit(tx, { type: 'principal', principal: actor }, context, {
        action: 'procedure.postal.set',
        outcome: 'success',
        subjectType: 'procedure',
        subjectId: code,
        details: {
          offered: body.offered,
          decision,
          since: body.offered ? since : null,
          before: { offered: before.postalServiceOffered, decision: before.postalDecision, since: before.postalSince },
        },
      });
      return { code, postal: postalStatus(after) };
    });
    invalidateReferenceCaches();
    return result;
  }

  return { setPostal };
}

export type ProcedureAdmin = ReturnType<typeof createProcedureAdmin>;
