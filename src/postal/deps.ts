/** What the postal flows need from the rest of the application, passed in by the composition root. */
import type { CalendarService } from '../catalog/calendar-service.js';
import type { OrganisationService } from '../catalog/organisation-service.js';
import type { TariffService } from '../catalog/tariff-service.js';
import type { Db } from '../platform/db/client.js';

export interface PostalDeps {
  db: Db;
  now: () => Date;
  /** Where the public tracking page lives; printed as a QR code on the slip. */
  publicBaseUrl: string;
  /** Service indicator of the S10 numbers for dossier items (VNPost's is unconfirmed: configuration). */
  s10Prefix: string;
  /** Where transfers are paid (VietQR); null when the post takes cash only. */
  transferAccount: { bankBin: string; accountNumber: string } | null;
  organisations: OrganisationService;
  tariffs: TariffService;
  calendar: CalendarService;
  /**
   * Uses up the phone verification of a public pickup, in the pickup's transaction (422
   * PHONE_NOT_VERIFIED when the token does not prove the applicant's phone). Absent when
   * PHONE_VERIFICATION=off.
   */
  consumePhoneToken?: (tx: Db, phone: string, token: string) => Promise<void>;
}

/** A staff member acting on the postal side. */
export interface PostalActor {
  accountId: string;
  organisationId: string;
  visibleOrganisationIds: ReadonlySet<string>;
}
