/**
 * A postal staff member's round: the pickups to go to and the results to deliver, with the
 * addresses and contacts needed at the door, in one answer so that a phone on a weak signal
 * asks once and can keep working when the signal drops. A postman sees the pickups assigned to
 * them, the results in their hands and those waiting at their office for the next invitation; a
 * clerk or supervisor sees the open pickups and the results waiting at the offices they see
 * (recipients may collect at the counter). Reading it is reading personal data: audited, once
 * per read, with the numbers of records shown.
 */
import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { PostalActor, PostalDeps } from './deps.js';
import { pickupRequests, postalItems } from './postal.schema.js';
import { recordAudit } from '../admin/audit.js';
import type { AccountPrincipal, RequestContext } from '../admin/principal.js';
import { organisations, procedures } from '../catalog/catalog.schema.js';
import type { ServiceForm } from '../domain/postal-item/pickup.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';

/** States of a result that a postman or a counter can hand to its recipient (with a scan out first where needed). */
export const ROUND_RESULT_STATES = ['result-collected', 'out-for-delivery', 'result-at-post-office'] as const;
export type RoundResultState = (typeof ROUND_RESULT_STATES)[number];
const LIMIT = 300;

interface Named {
  code: string;
  name: string;
}

export interface RoundPickup {
  id: string;
  reference: string;
  status: 'requested' | 'assigned';
  procedure: Named;
  serviceForm: ServiceForm;
  window: { from: string; to: string };
  unit: Named;
  address: string;
  applicant: { name: string; phone: string; email: string | null };
}

export interface RoundDelivery {
  itemNumber: string;
  dossierCode: string | null;
  procedure: Named;
  state: RoundResultState;
  /** 'me': in the actor's hands; 'office': at an office the actor sees. */
  heldBy: 'me' | 'office';
  failedAttempts: number;
  nextAttemptOn: string | null;
  unit: Named;
  address: string;
  applicant: { name: string; phone: string };
  /** The last four characters of the identity number given at intake, to compare with the card shown; null when none was given. */
  idNumberLast4: string | null;
}

export interface Round {
  /** Vietnam date the round was read for. */
  date: string;
  pickups: RoundPickup[];
  deliveries: RoundDelivery[];
}

function isRoundState(state: string): state is RoundResultState {
  return (ROUND_RESULT_STATES as readonly string[]).includes(state);
}

export function createRound(deps: PostalDeps) {
  const { db } = deps;

  async function unitNames(codes: readonly string[], date: string): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const units = await deps.organisations.unitsAt(date, undefined);
    return new Map(units.filter((u) => codes.includes(u.code)).map((u) => [u.code, u.fullName]));
  }

  async function round(actor: AccountPrincipal & PostalActor, context: RequestContext): Promise<Round> {
    const today = vietnamDateOf(deps.now());
    const visible = [...actor.visibleOrganisationIds];
    const postman = actor.role === 'postman';

    const pickupRows = await db
      .select({ p: pickupRequests, procedureName: procedures.name })
      .from(pickupRequests)
      .leftJoin(procedures, eq(procedures.code, pickupRequests.procedureCode))
      .where(
        and(
          inArray(pickupRequests.postOfficeId, visible),
          postman ? and(eq(pickupRequests.status, 'assigned'), eq(pickupRequests.postmanId, actor.accountId)) : inArray(pickupRequests.status, ['requested', 'assigned']),
        ),
      )
      .orderBy(asc(pickupRequests.unitCode), asc(pickupRequests.addressLine))
      .limit(LIMIT);

    // Offices are custodians by code; the actor's are those it sees.
    const officeCodes = (await db.select({ code: organisations.code }).from(organisations).where(inArray(organisations.id, visible))).map((o) => o.code);
    const atOffice = and(eq(postalItems.state, 'result-at-post-office'), eq(postalItems.custodianKind, 'post-office'), inArray(postalItems.custodianRef, officeCodes));
    const itemRows = await db
      .select({ i: postalItems, procedureName: procedures.name })
      .from(postalItems)
      .leftJoin(procedures, eq(procedures.code, postalItems.procedureCode))
      .where(
        postman
          ? or(
              and(inArray(postalItems.state, ['result-collected', 'out-for-delivery']), eq(postalItems.custodianKind, 'postman'), eq(postalItems.custodianRef, actor.accountId)),
              // Waiting at the office: due for an invitation today or earlier.
              and(atOffice, or(isNull(postalItems.nextAttemptOn), lte(postalItems.nextAttemptOn, today))),
            )
          : atOffice,
      )
      .orderBy(asc(postalItems.unitCode), asc(postalItems.addressLine))
      .limit(LIMIT);

    const names = await unitNames([...new Set([...pickupRows.map((r) => r.p.unitCode), ...itemRows.map((r) => r.i.unitCode)])], today);
    const unit = (code: string): Named => ({ code, name: names.get(code) ?? code });

    const pickups: RoundPickup[] = pickupRows.flatMap(({ p, procedureName }) =>
      p.status === 'requested' || p.status === 'assigned'
        ? [
            {
              id: p.id,
              reference: p.reference,
              status: p.status,
              procedure: { code: p.procedureCode, name: procedureName ?? p.procedureCode },
              serviceForm: p.serviceForm,
              window: { from: p.windowFrom.toISOString(), to: p.windowTo.toISOString() },
              unit: unit(p.unitCode),
              address: p.addressLine,
              applicant: { name: p.applicantName, phone: p.applicantPhone, email: p.applicantEmail },
            },
          ]
        : [],
    );
    const deliveries: RoundDelivery[] = itemRows.flatMap(({ i, procedureName }) =>
      isRoundState(i.state)
        ? [
            {
              itemNumber: i.itemNumber,
              dossierCode: i.dossierCode,
              procedure: { code: i.procedureCode, name: procedureName ?? i.procedureCode },
              state: i.state,
              heldBy: i.custodianKind === 'postman' ? ('me' as const) : ('office' as const),
              failedAttempts: i.failedAttempts,
              nextAttemptOn: i.nextAttemptOn,
              unit: unit(i.unitCode),
              address: i.addressLine,
              applicant: { name: i.applicantName, phone: i.applicantPhone },
              idNumberLast4: i.applicantIdNumber === null ? null : i.applicantIdNumber.slice(-4),
            },
          ]
        : [],
    );

    await recordAudit(db, { type: 'principal', principal: actor }, context, {
      action: 'postal-round.read',
      outcome: 'success',
      subjectType: 'postal-round',
      subjectId: actor.accountId,
      personalData: true,
      details: { pickups: pickups.length, deliveries: deliveries.length },
    });
    return { date: today, pickups, deliveries };
  }

  return { round };
}
