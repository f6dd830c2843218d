/**
 * The desk's inbox of handover records. The post's `manifest.sent` reaches the built-in desk
 * through its in-process subscription (relayed, signed and retried like any partner's
 * webhook); the desk officer tallies the papers, signs, and each dossier received is
 * registered with the signature time as its legal filing time. The signature goes back to the
 * post as `manifest.acknowledged`, through the exchange, in the same transaction.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DeskActor, DeskDeps } from './deps.js';
import { incomingManifests } from './desk.schema.js';
import type { DossierRow } from './dossier-store.js';
import type { Registration } from './registration.js';
import { organisationByCode, organisationById } from '../catalog/lookups.js';
import type { EventData, EventEnvelopeBody } from '../exchange/event-catalogue.js';
import { AppError } from '../platform/errors.js';

type SentDossier = EventData<'manifest.sent'>['dossiers'][number];

export interface AcknowledgeInput {
  received: string[];
  missing: string[];
  damaged: string[];
  extra: string[];
}

export interface InboxView {
  manifestId: string;
  number: string;
  from: { code: string; name: string };
  feesTotal: number;
  sentAt: string;
  status: 'pending' | 'acknowledged';
  acknowledgedAt: string | null;
  dossiers: Array<{ itemNumber: string; procedureCode: string; serviceForm: string; fees: number; applicantName: string }>;
}

function view(row: typeof incomingManifests.$inferSelect): InboxView {
  const list = row.dossiers as SentDossier[];
  return {
    manifestId: row.manifestId,
    number: row.number,
    from: { code: row.fromCode, name: row.fromName },
    feesTotal: row.feesTotal,
    sentAt: row.sentAt.toISOString(),
    status: row.status,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    dossiers: list.map((d) => ({ itemNumber: d.itemNumber, procedureCode: d.procedureCode, serviceForm: d.serviceForm, fees: d.fees, applicantName: d.applicant.name })),
  };
}

export function createInbox(deps: DeskDeps, registration: Registration) {
  const { db } = deps;

  /** The in-process webhook receiver. Records for desks we do not serve are ignored. */
  async function receive(event: EventEnvelopeBody): Promise<void> {
    if (event.type !== 'manifest.sent') return;
    const data = event.data as EventData<'manifest.sent'>;
    const desk = await organisationByCode(db, data.to.code, 'to').catch(() => null);
    if (desk === null || desk.kind !== 'public_service_centre') return;
    await db
      .insert(incomingManifests)
      .values({ manifestId: data.manifestId, number: data.number, agencyId: desk.id, fromCode: data.from.code, fromName: data.from.name, feesTotal: data.feesTotal, dossiers: data.dossiers, sentAt: new Date(event.occurredAt), status: 'pending' })
      .onConflictDoNothing();
  }

  async function list(actor: DeskActor, status: 'pending' | 'acknowledged' | undefined): Promise<InboxView[]> {
    const rows = await db
      .select()
      .from(incomingManifests)
      .where(and(inArray(incomingManifests.agencyId, [...actor.visibleOrganisationIds]), status === undefined ? undefined : eq(incomingManifests.status, status)))
      .orderBy(desc(incomingManifests.sentAt))
      .limit(200);
    return rows.map(view);
  }

  async function acknowledge(actor: DeskActor, manifestId: string, input: AcknowledgeInput): Promise<{ manifest: InboxView; registered: Array<{ id: string; code: string; itemNumber: string | null; dueAt: string }> }> {
    const signedAt = deps.now();
    const calendar = await deps.calendar.calendar();
    return db.transaction(async (tx) => {
      const [row] = await tx.select().from(incomingManifests).where(eq(incomingManifests.manifestId, manifestId)).for('update');
      if (row === undefined || !actor.visibleOrganisationIds.has(row.agencyId)) throw new AppError('NOT_FOUND', { detail: { vi: 'Không có biên bản này gửi cho đơn vị của bạn', en: 'No such handover record for your desk' } });
      if (row.status !== 'pending') throw new AppError('CONFLICT', { detail: { vi: 'Biên bản đã được ký nhận', en: 'The record was signed already' } });
      const caller = { principal: `account:${actor.accountId}`, visibleOrganisationIds: actor.visibleOrganisationIds };
      // The post checks the tally (every listed item accounted for once) and moves its items.
      await deps.exchange.report(tx, caller, `desk:${manifestId}:acknowledged`, {
        type: 'manifest.acknowledged',
        occurredAt: signedAt.toISOString(),
        data: { manifestId, signedAt: signedAt.toISOString(), received: input.received, missing: input.missing, extra: input.extra, damaged: input.damaged },
      });
      await tx.update(incomingManifests).set({ status: 'acknowledged', acknowledgedAt: signedAt, acknowledgedBy: actor.accountId }).where(eq(incomingManifests.manifestId, manifestId));
      const desk = await organisationById(tx, row.agencyId);
      const registered: DossierRow[] = [];
      for (const d of row.dossiers as SentDossier[]) {
        if (!input.received.includes(d.itemNumber) && !input.damaged.includes(d.itemNumber)) continue;
        registered.push(
          await registration.registerIn(tx, calendar, actor, desk, {
            procedureCode: d.procedureCode,
            channel: 'postal',
            resultMethod: d.serviceForm === 'send-dossier' ? 'in-person' : 'postal',
            itemNumber: d.itemNumber,
            manifestId,
            applicant: d.applicant,
            documents: [],
          }, signedAt),
        );
      }
      const [after] = await tx.select().from(incomingManifests).where(eq(incomingManifests.manifestId, manifestId));
      if (after === undefined) throw new Error('manifest vanished');
      return { manifest: view(after), registered: registered.map((r) => ({ id: r.id, code: r.code, itemNumber: r.itemNumber, dueAt: r.dueAt.toISOString() })) };
    });
  }

  return { receive, list, acknowledge };
}
