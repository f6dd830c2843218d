/**
 * The lists a post office's supervisor works from, beyond pickups and overdue items: what may go
 * on a handover record now, and the results whose delivery failed or that went back to the
 * agency. Read-only; each list is scoped to the offices the actor sees, and carries no personal
 * data (no names, phones, addresses or postmen's notes), so reading it is not audited.
 */
import { and, asc, eq, gte, inArray, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PostalActor, PostalDeps } from './deps.js';
import { deliveryAttempts, manifestItems, manifests, postalItems } from './postal.schema.js';
import { organisations } from '../catalog/catalog.schema.js';
import { type FailedDeliveryReason, FAILED_DELIVERY_REASONS, mayReturnToAgency } from '../domain/postal-item/delivery.js';
import type { ServiceForm } from '../domain/postal-item/pickup.js';
import { parsePlainDate, vietnamDateOf } from '../domain/time/plain-date.js';

/** States from which an item may be put on a handover record to its desk (manifests.send). */
const HANDOVER_STATES = ['collected', 'at-post-office', 'out-for-handover'];
/** Results brought back after a failed attempt, or out again for the next invitation. */
const FAILED_DELIVERY_STATES = ['result-at-post-office', 'out-for-delivery'];
/** How long a returned result stays on the list: long enough to answer the agency's questions. */
export const RETURNED_SHOWN_DAYS = 30;
const LIST_LIMIT = 500;

interface OrgRef {
  code: string;
  name: string;
}

export interface HandoverQueueItem {
  itemNumber: string;
  procedureCode: string;
  serviceForm: ServiceForm;
  state: string;
  /** The office holding it; null when it is in the actor's own hands. */
  heldAt: OrgRef | null;
  /** The one-stop desk it is addressed to: a handover record goes to one desk. */
  desk: OrgRef;
  fees: number;
  takenInAt: string;
  transitDueOn: string;
}

export interface FailedDeliveryItem {
  itemNumber: string;
  procedureCode: string;
  dossierCode: string | null;
  state: string;
  postOffice: OrgRef;
  agency: OrgRef;
  failedAttempts: number;
  nextAttemptOn: string | null;
  lastAttempt: { at: string; reason: FailedDeliveryReason | null } | null;
  /** When it went back to the agency; null while the post still holds it. */
  returnedAt: string | null;
  /** Whether it may go back to the agency today (two invitations, two working days apart). */
  mayReturn: boolean;
}

function isReason(value: string | null): value is FailedDeliveryReason {
  return value !== null && (FAILED_DELIVERY_REASONS as readonly string[]).includes(value);
}

export function createOfficeQueues(deps: PostalDeps) {
  const { db } = deps;

  /**
   * Items the actor could put on a handover record now: at an office they see, or in their own
   * hands, and on no record still waiting for the desk's signature (manifests.send refuses those).
   */
  async function handoverQueue(actor: PostalActor): Promise<HandoverQueueItem[]> {
    const visible = [...actor.visibleOrganisationIds];
    const office = alias(organisations, 'holding_office');
    const desk = alias(organisations, 'desk');
    const onOpenRecord = db
      .select({ one: sql`1` })
      .from(manifestItems)
      .innerJoin(manifests, eq(manifests.id, manifestItems.manifestId))
      .where(and(eq(manifestItems.itemNumber, postalItems.itemNumber), eq(manifests.status, 'sent')));
    const rows = await db
      .select({
        itemNumber: postalItems.itemNumber,
        procedureCode: postalItems.procedureCode,
        serviceForm: postalItems.serviceForm,
        state: postalItems.state,
        officeCode: office.code,
        officeName: office.nameVi,
        deskCode: desk.code,
        deskName: desk.nameVi,
        fees: postalItems.feesCollected,
        takenInAt: postalItems.takenInAt,
        transitDueOn: postalItems.transitDueOn,
      })
      .from(postalItems)
      .innerJoin(desk, eq(desk.id, postalItems.agencyId))
      .leftJoin(office, and(eq(postalItems.custodianKind, 'post-office'), eq(office.code, postalItems.custodianRef)))
      .where(
        and(
          inArray(postalItems.state, HANDOVER_STATES),
          or(
            and(eq(postalItems.custodianKind, 'postman'), eq(postalItems.custodianRef, actor.accountId)),
            visible.length === 0 ? undefined : and(eq(postalItems.custodianKind, 'post-office'), inArray(office.id, visible)),
          ),
          notExists(onOpenRecord),
        ),
      )
      .orderBy(asc(desk.code), asc(postalItems.takenInAt), asc(postalItems.itemNumber))
      .limit(LIST_LIMIT);
    return rows.map((r) => ({
      itemNumber: r.itemNumber,
      procedureCode: r.procedureCode,
      serviceForm: r.serviceForm,
      state: r.state,
      heldAt: r.officeCode === null || r.officeName === null ? null : { code: r.officeCode, name: r.officeName },
      desk: { code: r.deskCode, name: r.deskName },
      fees: r.fees,
      takenInAt: r.takenInAt.toISOString(),
      transitDueOn: r.transitDueOn,
    }));
  }

  /**
   * Results of the offices the actor sees whose delivery failed at least once and that the post
   * still holds, and those returned to the agency in the last RETURNED_SHOWN_DAYS days.
   */
  async function failedDeliveries(actor: PostalActor): Promise<FailedDeliveryItem[]> {
    const visible = [...actor.visibleOrganisationIds];
    if (visible.length === 0) return [];
    const now = deps.now();
    const today = vietnamDateOf(now);
    const returnedSince = new Date(now.getTime() - RETURNED_SHOWN_DAYS * 86_400_000);
    const office = alias(organisations, 'office');
    const agency = alias(organisations, 'agency');
    const rows = await db
      .select({
        itemNumber: postalItems.itemNumber,
        procedureCode: postalItems.procedureCode,
        dossierCode: postalItems.dossierCode,
        state: postalItems.state,
        officeCode: office.code,
        officeName: office.nameVi,
        agencyCode: agency.code,
        agencyName: agency.nameVi,
        failedAttempts: postalItems.failedAttempts,
        nextAttemptOn: postalItems.nextAttemptOn,
        updatedAt: postalItems.updatedAt,
      })
      .from(postalItems)
      .innerJoin(office, eq(office.id, postalItems.postOfficeId))
      .innerJoin(agency, eq(agency.id, postalItems.agencyId))
      .where(
        and(
          inArray(postalItems.postOfficeId, visible),
          or(
            and(inArray(postalItems.state, FAILED_DELIVERY_STATES), gte(postalItems.failedAttempts, 1)),
            // A returned result's last move is its return: updatedAt is when it went back.
            and(eq(postalItems.state, 'returned-to-agency'), gte(postalItems.updatedAt, returnedSince)),
          ),
        ),
      )
      .orderBy(asc(postalItems.updatedAt), asc(postalItems.itemNumber))
      .limit(LIST_LIMIT);
    if (rows.length === 0) return [];
    const failures = await db
      .select({ itemNumber: deliveryAttempts.itemNumber, at: deliveryAttempts.at, reason: deliveryAttempts.reason })
      .from(deliveryAttempts)
      .where(and(inArray(deliveryAttempts.itemNumber, rows.map((r) => r.itemNumber)), eq(deliveryAttempts.outcome, 'failed')))
      .orderBy(asc(deliveryAttempts.itemNumber), asc(deliveryAttempts.attempt));
    const failuresOf = new Map<string, Array<{ at: Date; reason: string | null }>>();
    for (const f of failures) failuresOf.set(f.itemNumber, [...(failuresOf.get(f.itemNumber) ?? []), f]);
    return rows.map((r) => {
      const attempts = failuresOf.get(r.itemNumber) ?? [];
      const last = attempts.at(-1);
      const returned = r.state === 'returned-to-agency';
      const decision = r.state === 'result-at-post-office'
        ? mayReturnToAgency(attempts.map((a) => ({ on: vietnamDateOf(a.at) })), today, r.nextAttemptOn === null ? null : parsePlainDate(r.nextAttemptOn))
        : { allowed: false };
      return {
        itemNumber: r.itemNumber,
        procedureCode: r.procedureCode,
        dossierCode: r.dossierCode,
        state: r.state,
        postOffice: { code: r.officeCode, name: r.officeName },
        agency: { code: r.agencyCode, name: r.agencyName },
        failedAttempts: r.failedAttempts,
        nextAttemptOn: returned ? null : r.nextAttemptOn,
        lastAttempt: last === undefined ? null : { at: last.at.toISOString(), reason: isReason(last.reason) ? last.reason : null },
        returnedAt: returned ? r.updatedAt.toISOString() : null,
        mayReturn: decision.allowed,
      };
    });
  }

  return { handoverQueue, failedDeliveries };
}
