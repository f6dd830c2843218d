/**
 * What the notify module needs from the rest of the application, passed in by the composition
 * root. Notify never reads the post's or the desk's tables itself: whose contact a notice goes
 * to is answered by `NotifyRecords`, which `src/services.ts` implements over their records.
 */
import type { NoticeChannels, NoticeLog } from './channels.js';
import type { NoticeLanguage } from './templates.js';
import type { Db } from '../platform/db/client.js';

/** The applicant of a pickup, dossier or item, as far as a notice needs them. */
export interface NoticeContact {
  phone: string | null;
  email: string | null;
  /** Vietnamese unless a language is on file (no record keeps one yet). */
  language: NoticeLanguage;
  /** The organisation whose staff see the notice in the log (the desk's agency, or the post office). */
  organisationId: string | null;
  /** What the tracking page is opened with: the dossier code, else the item number; null for a pickup. */
  trackingCode: string | null;
  /** What the citizen knows the case by: the pickup reference, the dossier code or the item number. */
  reference: string;
}

export interface NotifyRecords {
  /** The citizen who asked for a pickup. */
  pickup(pickupId: string): Promise<NoticeContact | null>;
  /** The applicant of a dossier (the desk's record, else the post's item), attributed to the agency. */
  dossier(dossierCode: string | null, itemNumber: string | null): Promise<NoticeContact | null>;
  /** The recipient of an item (the post's record, else the desk's), attributed to the post office. */
  item(itemNumber: string, dossierCode: string | null): Promise<NoticeContact | null>;
  /**
   * The custody state an item reached by the transfer an `item.custody-changed` event reports
   * (to the postman `postmanRef`, at `place`, at `at`); null when there is no such transfer.
   */
  stateReachedByPostman(itemNumber: string, transfer: { at: Date; postmanRef: string; place: string }): Promise<string | null>;
}

export interface NotifyDeps {
  db: Db;
  now: () => Date;
  publicBaseUrl: string;
  records: NotifyRecords;
  channels: NoticeChannels;
  log: NoticeLog;
}
