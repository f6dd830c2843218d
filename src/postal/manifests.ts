/**
 * Handover records (biên bản giao nhận) from the post to a one-stop desk. Drawing one up puts
 * the listed items in the carrier's hands and sends `manifest.sent` (with what the desk needs to
 * register each dossier). The desk answers through the exchange with `manifest.acknowledged`:
 * its signature time is the legal filing time (Decree 61/2018 Art. 16, Decision 45/2016 Art. 7);
 * received and damaged items pass to the desk, missing ones stay with the carrier to be found,
 * and the fees collected on behalf for the items handed over are remitted with them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { type ItemRow, custodyConflict, lockItem, moveItem, stateOf } from './custody-store.js';
import type { PostalActor, PostalDeps } from './deps.js';
import { organisationByCode, organisationById } from '../catalog/lookups.js';
import { manifestItems, manifests, postalItems } from './postal.schema.js';
import { organisations } from '../catalog/catalog.schema.js';
import { vietnamDateOf } from '../domain/time/plain-date.js';
import type { EventData } from '../exchange/event-catalogue.js';
import { idempotent, requestFingerprint } from '../exchange/idempotency.js';
import { recordEvent } from '../exchange/events.js';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export interface ManifestInput {
  toOrganisationCode: string;
  itemNumbers: string[];
  signatureSender: string;
}

export interface ManifestView {
  id: string;
  number: string;
  direction: 'dossier' | 'result';
  from: { code: string; name: string };
  to: { code: string; name: string };
  status: 'sent' | 'acknowledged';
  items: Array<{ itemNumber: string; procedureCode: string; fees: number; outcome: 'received' | 'missing' | 'damaged' | null }>;
  feesTotal: number;
  createdAt: string;
  acknowledgedAt: string | null;
  extra: string[];
}

/** Who reports through the exchange: an API key or an account, with the organisations it covers. */
export interface ExchangeCaller {
  principal: string;
  visibleOrganisationIds: ReadonlySet<string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const SUFFIX_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function manifestNumber(now: Date): string {
  const day = vietnamDateOf(now).slice(2).replaceAll('-', '');
  return `BB-${day}-${[...randomBytes(6)].map((b) => SUFFIX_ALPHABET[b % 32]).join('')}`;
}

/** Whether the actor holds the item and may hand it over: it is theirs, or at an office they see. */
async function heldBy(db: Db, actor: PostalActor, item: ItemRow): Promise<boolean> {
  if (item.custodianKind === 'postman') return item.custodianRef === actor.accountId;
  if (item.custodianKind !== 'post-office') return false;
  const [office] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, item.custodianRef));
  return office !== undefined && actor.visibleOrganisationIds.has(office.id);
}

export function createManifests(deps: PostalDeps) {
  const { db } = deps;

  async function send(actor: PostalActor, key: string, input: ManifestInput) {
    const now = deps.now();
    const desk = await organisationByCode(db, input.toOrganisationCode, 'toOrganisationCode');
    if (desk.kind !== 'public_service_centre') {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'toOrganisationCode', vi: 'phải là một Bộ phận Một cửa', en: 'must be a one-stop desk' }] });
    }
    const unique = [...new Set(input.itemNumbers)];
    if (unique.length !== input.itemNumbers.length) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'itemNumbers', vi: 'có số hiệu bị lặp', en: 'an item number is listed twice' }] });
    }
    const office = await organisationById(db, actor.organisationId);
    const principal = `account:${actor.accountId}`;
    return idempotent<ManifestView>(db, { principal, key, fingerprint: requestFingerprint('POST', '/api/v1/postal/manifests', input) }, async (tx) => {
      const id = randomUUID();
      const number = manifestNumber(now);
      const items: ItemRow[] = [];
      // Locked in a fixed order, so two manifests sharing items cannot deadlock.
      for (const itemNumber of [...unique].sort()) {
        const item = await lockItem(tx, itemNumber);
        if (item.agencyId !== desk.id) throw custodyConflict(item, `Bưu gửi ${itemNumber} gửi cho cơ quan khác`, `Item ${itemNumber} is addressed to another agency`);
        const state = stateOf(item);
        if (!['collected', 'at-post-office', 'out-for-handover'].includes(state) || !(await heldBy(tx, actor, item))) {
          throw custodyConflict(item, `Bưu gửi ${itemNumber} không do bạn giữ để bàn giao`, `Item ${itemNumber} is not held by you for handover`);
        }
        const open = await tx
          .select({ id: manifests.id })
          .from(manifestItems)
          .innerJoin(manifests, eq(manifests.id, manifestItems.manifestId))
          .where(and(eq(manifestItems.itemNumber, itemNumber), eq(manifests.status, 'sent')));
        if (open.length > 0) throw custodyConflict(item, `Bưu gửi ${itemNumber} đã có trong một biên bản chưa ký nhận`, `Item ${itemNumber} is on a handover record not yet signed`);
        items.push(state === 'out-for-handover' ? item : await moveItem(tx, item, { to: 'out-for-handover', party: { kind: 'postman', ref: actor.accountId }, place: office.code, at: now, by: principal }));
      }
      const feesTotal = items.reduce((sum, i) => sum + i.feesCollected, 0);
      await tx.insert(manifests).values({
        id,
        number,
        direction: 'dossier',
        fromOrganisationId: office.id,
        toOrganisationId: desk.id,
        carrierId: actor.accountId,
        status: 'sent',
        feesTotal,
        createdAt: now,
        createdBy: principal,
        signatureSender: input.signatureSender,
      });
      await tx.insert(manifestItems).values(items.map((i) => ({ manifestId: id, itemNumber: i.itemNumber, fees: i.feesCollected })));
      const dossiers: EventData<'manifest.sent'>['dossiers'] = items.map((i) => ({
        itemNumber: i.itemNumber,
        procedureCode: i.procedureCode,
        serviceForm: i.serviceForm,
        fees: i.feesCollected,
        takenInAt: i.takenInAt.toISOString(),
        applicant: { name: i.applicantName, phone: i.applicantPhone, email: i.applicantEmail, idNumber: i.applicantIdNumber, address: i.addressLine, unitCode: i.unitCode },
      }));
      await recordEvent(tx, {
        type: 'manifest.sent',
        occurredAt: now,
        subjectKey: id,
        source: 'postal',
        data: { manifestId: id, number, from: { code: office.code, name: office.nameVi }, to: { code: desk.code, name: desk.nameVi }, items: items.map((i) => i.itemNumber), feesTotal, dossiers },
      });
      return { status: 201, body: await viewOf(tx, id) };
    });
  }

  /**
   * Applies the desk's signature, inside the transaction that records `manifest.acknowledged`
   * (run by the exchange for partners and for the built-in desk alike). Every listed item must
   * be accounted for once: received, missing or damaged; `extra` are items the desk found that
   * the record did not list.
   */
  async function applyAcknowledgement(tx: Db, caller: ExchangeCaller, data: EventData<'manifest.acknowledged'>): Promise<void> {
    const [manifest] = UUID.test(data.manifestId) ? await tx.select().from(manifests).where(eq(manifests.id, data.manifestId)).for('update') : [];
    if (manifest === undefined || !caller.visibleOrganisationIds.has(manifest.toOrganisationId)) {
      throw new AppError('NOT_FOUND', { detail: { vi: `Không có biên bản giao nhận ${data.manifestId} gửi cho cơ quan của bạn`, en: `No handover record ${data.manifestId} addressed to your organisation` } });
    }
    if (manifest.status !== 'sent') throw new AppError('CONFLICT', { detail: { vi: 'Biên bản đã được ký nhận', en: 'The record was signed already' } });
    const signedAt = new Date(data.signedAt);
    const now = deps.now();
    if (signedAt < manifest.createdAt || signedAt.getTime() > now.getTime() + 5 * 60_000) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'data.signedAt', vi: 'phải sau khi lập biên bản và không ở tương lai', en: 'must be after the record was drawn up and not in the future' }] });
    }
    const listed = await tx.select().from(manifestItems).where(eq(manifestItems.manifestId, manifest.id));
    const outcome = new Map<string, 'received' | 'missing' | 'damaged'>();
    for (const [kind, numbers] of [['received', data.received], ['missing', data.missing], ['damaged', data.damaged]] as const) {
      for (const n of numbers) {
        if (outcome.has(n) || !listed.some((l) => l.itemNumber === n)) {
          throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: `data.${kind}`, vi: `${n} không có trong biên bản hoặc được kê hai lần`, en: `${n} is not on the record or is listed twice` }] });
        }
        outcome.set(n, kind);
      }
    }
    const unaccounted = listed.filter((l) => !outcome.has(l.itemNumber)).map((l) => l.itemNumber);
    if (unaccounted.length > 0) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ in: 'body', name: 'data.received', vi: `chưa xác nhận: ${unaccounted.join(', ')}`, en: `not accounted for: ${unaccounted.join(', ')}` }] });
    }
    const desk = await organisationById(tx, manifest.toOrganisationId);
    let remitted = 0;
    const handed: string[] = [];
    for (const line of [...listed].sort((a, b) => (a.itemNumber < b.itemNumber ? -1 : 1))) {
      const kind = outcome.get(line.itemNumber);
      await tx.update(manifestItems).set({ outcome: kind ?? null }).where(and(eq(manifestItems.manifestId, manifest.id), eq(manifestItems.itemNumber, line.itemNumber)));
      if (kind === 'missing') continue;
      const item = await lockItem(tx, line.itemNumber);
      await moveItem(tx, item, { to: 'at-desk', party: { kind: 'desk', ref: desk.code }, place: desk.code, at: signedAt, by: caller.principal, note: kind === 'damaged' ? 'damaged' : null, set: { filedAt: signedAt } });
      remitted += line.fees;
      handed.push(line.itemNumber);
    }
    await tx.update(manifests).set({ status: 'acknowledged', acknowledgedAt: signedAt, acknowledgement: { received: data.received, missing: data.missing, extra: data.extra, damaged: data.damaged } }).where(eq(manifests.id, manifest.id));
    if (remitted > 0) {
      await recordEvent(tx, {
        type: 'fees.remitted',
        occurredAt: signedAt,
        subjectKey: `fees:${manifest.id}`,
        source: 'postal',
        data: { agency: { code: desk.code, name: desk.nameVi }, amount: remitted, manifestId: manifest.id, itemNumbers: handed, dossierCodes: [], remittedAt: signedAt.toISOString() },
      });
    }
  }

  async function viewOf(tx: Db, id: string): Promise<ManifestView> {
    const [m] = await tx.select().from(manifests).where(eq(manifests.id, id));
    if (m === undefined) throw new AppError('NOT_FOUND');
    const lines = await tx
      .select({ itemNumber: manifestItems.itemNumber, fees: manifestItems.fees, outcome: manifestItems.outcome, procedureCode: postalItems.procedureCode })
      .from(manifestItems)
      .innerJoin(postalItems, eq(postalItems.itemNumber, manifestItems.itemNumber))
      .where(eq(manifestItems.manifestId, id))
      .orderBy(manifestItems.itemNumber);
    const [from, to] = await Promise.all([organisationById(tx, m.fromOrganisationId), organisationById(tx, m.toOrganisationId)]);
    return {
      id: m.id,
      number: m.number,
      direction: m.direction,
      from: { code: from.code, name: from.nameVi },
      to: { code: to.code, name: to.nameVi },
      status: m.status,
      items: lines.map((l) => ({ itemNumber: l.itemNumber, procedureCode: l.procedureCode, fees: l.fees, outcome: l.outcome })),
      feesTotal: m.feesTotal,
      createdAt: m.createdAt.toISOString(),
      acknowledgedAt: m.acknowledgedAt?.toISOString() ?? null,
      extra: m.acknowledgement?.extra ?? [],
    };
  }

  /** A record the actor's organisations sent or received. */
  async function get(actor: PostalActor, id: string): Promise<ManifestView> {
    const [m] = await db.select({ from: manifests.fromOrganisationId, to: manifests.toOrganisationId }).from(manifests).where(eq(manifests.id, id));
    if (m === undefined || !(actor.visibleOrganisationIds.has(m.from) || actor.visibleOrganisationIds.has(m.to))) {
      throw new AppError('NOT_FOUND', { detail: { vi: 'Không có biên bản này', en: 'No such handover record' } });
    }
    return viewOf(db, id);
  }

  async function list(actor: PostalActor, status: 'sent' | 'acknowledged' | undefined): Promise<ManifestView[]> {
    const ids = [...actor.visibleOrganisationIds];
    const rows = await db
      .select({ id: manifests.id })
      .from(manifests)
      .where(and(inArray(manifests.fromOrganisationId, ids), status === undefined ? undefined : eq(manifests.status, status)))
      .orderBy(desc(manifests.createdAt))
      .limit(200);
    return Promise.all(rows.map((r) => viewOf(db, r.id)));
  }

  return { send, applyAcknowledgement, get, list };
}
