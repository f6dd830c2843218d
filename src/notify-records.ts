/**
 * Part of the composition root: where the notify module finds whom to tell. Notify imports
 * neither the post nor the desk; these lookups read their records (pickup requests, postal
 * items and custody transfers, the desk's dossiers) and hand back only a contact.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import { dossiers } from './desk/desk.schema.js';
import type { NoticeContact, NotifyRecords } from './notify/deps.js';
import { custodyTransfers, pickupRequests, postalItems } from './postal/postal.schema.js';
import type { Db } from './platform/db/client.js';

export function createNotifyRecords(db: Db): NotifyRecords {
  // No record keeps a preferred language yet: every notice is in Vietnamese.
  const contact = (row: { phone: string; email: string | null; organisationId: string; trackingCode: string | null; reference: string }): NoticeContact => ({ ...row, language: 'vi' });

  async function deskDossier(dossierCode: string | null, itemNumber: string | null) {
    if (dossierCode === null && itemNumber === null) return undefined;
    const [row] = await db
      .select({ code: dossiers.code, phone: dossiers.applicantPhone, email: dossiers.applicantEmail, agencyId: dossiers.agencyId })
      .from(dossiers)
      .where(dossierCode === null ? eq(dossiers.itemNumber, itemNumber ?? '') : eq(dossiers.code, dossierCode))
      .limit(1);
    return row;
  }

  async function postalItem(dossierCode: string | null, itemNumber: string | null) {
    if (dossierCode === null && itemNumber === null) return undefined;
    const [row] = await db
      .select({ itemNumber: postalItems.itemNumber, dossierCode: postalItems.dossierCode, phone: postalItems.applicantPhone, email: postalItems.applicantEmail, agencyId: postalItems.agencyId, postOfficeId: postalItems.postOfficeId })
      .from(postalItems)
      .where(or(itemNumber === null ? undefined : eq(postalItems.itemNumber, itemNumber), dossierCode === null ? undefined : eq(postalItems.dossierCode, dossierCode)))
      .limit(1);
    return row;
  }

  return {
    async pickup(pickupId) {
      const [row] = await db.select({ reference: pickupRequests.reference, phone: pickupRequests.applicantPhone, email: pickupRequests.applicantEmail, postOfficeId: pickupRequests.postOfficeId }).from(pickupRequests).where(eq(pickupRequests.id, pickupId));
      return row === undefined ? null : contact({ phone: row.phone, email: row.email, organisationId: row.postOfficeId, trackingCode: null, reference: row.reference });
    },
    async dossier(dossierCode, itemNumber) {
      const desk = await deskDossier(dossierCode, itemNumber);
      if (desk !== undefined) return contact({ phone: desk.phone, email: desk.email, organisationId: desk.agencyId, trackingCode: desk.code, reference: desk.code });
      const item = await postalItem(dossierCode, itemNumber);
      if (item === undefined) return null;
      const code = item.dossierCode ?? item.itemNumber;
      return contact({ phone: item.phone, email: item.email, organisationId: item.agencyId, trackingCode: code, reference: code });
    },
    async item(itemNumber, dossierCode) {
      const item = await postalItem(null, itemNumber);
      if (item !== undefined) {
        const code = item.dossierCode ?? dossierCode ?? item.itemNumber;
        return contact({ phone: item.phone, email: item.email, organisationId: item.postOfficeId, trackingCode: code, reference: code });
      }
      const desk = await deskDossier(dossierCode, itemNumber);
      return desk === undefined ? null : contact({ phone: desk.phone, email: desk.email, organisationId: desk.agencyId, trackingCode: desk.code, reference: desk.code });
    },
    async stateReachedByPostman(itemNumber, transfer) {
      const [row] = await db
        .select({ toState: custodyTransfers.toState })
        .from(custodyTransfers)
        .where(and(eq(custodyTransfers.itemNumber, itemNumber), eq(custodyTransfers.at, transfer.at), eq(custodyTransfers.toKind, 'postman'), eq(custodyTransfers.toRef, transfer.postmanRef), eq(custodyTransfers.place, transfer.place)))
        .orderBy(desc(custodyTransfers.seq))
        .limit(1);
      return row?.toState ?? null;
    },
  };
}
