/**
 * Phone verification by a one-time code, for the public pickup form: a six-digit code goes by
 * SMS (recorded as a `phone-otp` notice), the citizen types it back and receives a token that
 * proves the phone for 30 minutes; the pickup uses the token up in its own transaction.
 *
 * Limits: a new code for the same phone once a minute and five an hour, and thirty an hour
 * from one address (mobile networks put many phones behind one address); five wrong codes end
 * a verification. Only hashes of the phone, the address, the code and the token are stored.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { NoticeChannels } from './channels.js';
import { maskPhone, normalisePhone } from './contacts.js';
import { claimNotice, failNotice, settleNotice } from './notice-store.js';
import { notices, phoneVerifications } from './notify.schema.js';
import { codeMatches, generateCode, generateToken, hashCode, hashIp, hashPhone, hashToken } from './otp.js';
import { type NoticeLanguage, renderNotice } from './templates.js';
import { type Db, queryRows } from '../platform/db/client.js';
import { AppError } from '../platform/errors.js';

export const PHONE_VERIFICATION_PURPOSES = ['pickup'] as const;
export type PhoneVerificationPurpose = (typeof PHONE_VERIFICATION_PURPOSES)[number];

export const CODE_VALID_MINUTES = 10;
export const TOKEN_VALID_MINUTES = 30;
export const RESEND_AFTER_SECONDS = 60;
export const MAX_CODES_PER_PHONE_PER_HOUR = 5;
export const MAX_CODES_PER_ADDRESS_PER_HOUR = 30;
export const MAX_WRONG_CODES = 5;

const HOUR_MS = 3_600_000;

export interface StartedVerification {
  verificationId: string;
  expiresAt: string;
  resendAfterSeconds: number;
}

export interface ConfirmedVerification {
  verificationToken: string;
  expiresAt: string;
}

function rateLimited(retryAt: Date, now: Date, vi: string, en: string): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', { detail: { vi, en }, extra: { retryAfterSeconds } });
}

const asDate = (value: string | Date | null | undefined): Date | null => (value === null || value === undefined ? null : new Date(value));

export function createPhoneVerifications(deps: { db: Db; now: () => Date; channels: NoticeChannels }) {
  const { db } = deps;

  /** Refuses a new code while a limit holds (429 with the seconds to wait); runs under the phone's lock. */
  async function checkLimits(tx: Db, phoneHash: string, ipHash: string | null, now: Date): Promise<void> {
    const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
    const [phone] = await queryRows<{ last_sent: string | Date | null; n: number; oldest: string | Date | null }>(
      tx,
      sql`select max(created_at) filter (where not send_failed) as last_sent, count(*)::int as n, min(created_at) as oldest
          from phone_verifications where phone_hash = ${phoneHash} and created_at > ${hourAgo}::timestamptz`,
    );
    const lastSent = asDate(phone?.last_sent);
    if (lastSent !== null && now.getTime() - lastSent.getTime() < RESEND_AFTER_SECONDS * 1000) {
      throw rateLimited(new Date(lastSent.getTime() + RESEND_AFTER_SECONDS * 1000), now, 'Vui lòng chờ trước khi yêu cầu mã mới', 'Please wait before asking for a new code');
    }
    const oldest = asDate(phone?.oldest);
    if (Number(phone?.n ?? 0) >= MAX_CODES_PER_PHONE_PER_HOUR && oldest !== null) {
      throw rateLimited(new Date(oldest.getTime() + HOUR_MS), now, 'Số điện thoại này đã nhận quá nhiều mã trong một giờ', 'Too many codes for this phone within an hour');
    }
    if (ipHash === null) return;
    const [address] = await queryRows<{ n: number; oldest: string | Date | null }>(
      tx,
      sql`select count(*)::int as n, min(created_at) as oldest from phone_verifications where ip_hash = ${ipHash} and created_at > ${hourAgo}::timestamptz`,
    );
    const oldestFromAddress = asDate(address?.oldest);
    if (Number(address?.n ?? 0) >= MAX_CODES_PER_ADDRESS_PER_HOUR && oldestFromAddress !== null) {
      throw rateLimited(new Date(oldestFromAddress.getTime() + HOUR_MS), now, 'Quá nhiều yêu cầu mã từ địa chỉ này', 'Too many code requests from this address');
    }
  }

  /** Sends a new code to `phone`. The code is sent after the row commits; a failed send ends the verification (503). */
  async function start(input: { phone: string; purpose: PhoneVerificationPurpose }, ip: string | null, language: NoticeLanguage): Promise<StartedVerification> {
    const now = deps.now();
    const phone = normalisePhone(input.phone);
    const phoneHash = hashPhone(phone);
    const ipHash = ip === null ? null : hashIp(ip);
    const id = randomUUID();
    const code = generateCode();
    const expiresAt = new Date(now.getTime() + CODE_VALID_MINUTES * 60_000);
    const noticeId = await db.transaction(async (tx) => {
      // Two requests for one phone at once: the second waits here and then sees the first.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${phoneHash}))`);
      await checkLimits(tx, phoneHash, ipHash, now);
      await tx.insert(phoneVerifications).values({ id, purpose: input.purpose, phoneHash, ipHash, codeHash: hashCode(id, code), createdAt: now, expiresAt });
      const [notice] = await tx
        .insert(notices)
        .values({ verificationId: id, kind: 'phone-otp', channel: 'sms', language, reference: null, organisationId: null, recipientMasked: maskPhone(phone), status: 'pending', createdAt: now })
        .returning({ id: notices.id });
      if (notice === undefined) throw new Error('notice insert returned no row');
      return notice.id;
    });
    await claimNotice(db, noticeId, deps.now());
    try {
      const rendered = renderNotice({ kind: 'phone-otp', code, minutes: CODE_VALID_MINUTES }, language, null);
      await settleNotice(db, noticeId, deps.now(), await deps.channels.sms({ kind: 'phone-otp', to: phone, text: rendered.sms, reference: `notice-${noticeId}`, code }));
    } catch (error) {
      await failNotice(db, noticeId, error instanceof Error ? error.message : 'send failed');
      // A code that never left must not hold the phone back for a minute, nor be confirmable.
      await db.update(phoneVerifications).set({ sendFailed: true, expiresAt: now }).where(eq(phoneVerifications.id, id));
      throw new AppError('SMS_SEND_FAILED');
    }
    return { verificationId: id, expiresAt: expiresAt.toISOString(), resendAfterSeconds: RESEND_AFTER_SECONDS };
  }

  /** Exchanges the right code for a token; a wrong one costs an attempt (422 with `attemptsLeft`). */
  async function confirm(id: string, code: string): Promise<ConfirmedVerification> {
    const now = deps.now();
    const [row] = await db.select().from(phoneVerifications).where(eq(phoneVerifications.id, id));
    if (row === undefined) throw new AppError('NOT_FOUND', { detail: { vi: 'Không có phiên xác minh này', en: 'No such verification' } });
    if (row.confirmedAt !== null) throw new AppError('CONFLICT', { detail: { vi: 'Mã này đã được xác nhận', en: 'This code was confirmed already' } });
    if (row.attempts >= MAX_WRONG_CODES) throw new AppError('PHONE_VERIFICATION_LOCKED');
    if (row.expiresAt <= now) throw new AppError('PHONE_VERIFICATION_EXPIRED');
    if (!codeMatches(row.codeHash, id, code)) {
      const [counted] = await db
        .update(phoneVerifications)
        .set({ attempts: sql`${phoneVerifications.attempts} + 1` })
        .where(and(eq(phoneVerifications.id, id), isNull(phoneVerifications.confirmedAt)))
        .returning({ attempts: phoneVerifications.attempts });
      const attemptsLeft = Math.max(0, MAX_WRONG_CODES - (counted?.attempts ?? MAX_WRONG_CODES));
      throw new AppError('PHONE_CODE_WRONG', { extra: { attemptsLeft }, detail: { vi: `Mã không đúng; còn ${attemptsLeft} lần thử`, en: `Wrong code; ${attemptsLeft} attempt(s) left` } });
    }
    const token = generateToken();
    const tokenExpiresAt = new Date(now.getTime() + TOKEN_VALID_MINUTES * 60_000);
    // Guarded again in the statement: a concurrent confirmation or the fifth wrong code may have come first.
    const [confirmed] = await db
      .update(phoneVerifications)
      .set({ confirmedAt: now, tokenHash: hashToken(token), tokenExpiresAt })
      .where(and(eq(phoneVerifications.id, id), isNull(phoneVerifications.confirmedAt), lt(phoneVerifications.attempts, MAX_WRONG_CODES), gt(phoneVerifications.expiresAt, now)))
      .returning({ id: phoneVerifications.id });
    if (confirmed === undefined) throw new AppError('CONFLICT', { detail: { vi: 'Phiên xác minh vừa thay đổi, vui lòng thử lại', en: 'The verification changed meanwhile; try again' } });
    return { verificationToken: token, expiresAt: tokenExpiresAt.toISOString() };
  }

  /**
   * Uses a token up, in the caller's transaction (the pickup's): it must be unused, unexpired,
   * for this purpose and for this phone. Refused with 422 PHONE_NOT_VERIFIED otherwise.
   */
  async function consume(tx: Db, phone: string, token: string, purpose: PhoneVerificationPurpose): Promise<void> {
    const now = deps.now();
    const used = await tx
      .update(phoneVerifications)
      .set({ consumedAt: now })
      .where(
        and(
          eq(phoneVerifications.tokenHash, hashToken(token)),
          eq(phoneVerifications.phoneHash, hashPhone(normalisePhone(phone))),
          eq(phoneVerifications.purpose, purpose),
          isNull(phoneVerifications.consumedAt),
          gt(phoneVerifications.tokenExpiresAt, now),
        ),
      )
      .returning({ id: phoneVerifications.id });
    if (used.length === 0) {
      throw new AppError('PHONE_NOT_VERIFIED', {
        fields: [{ in: 'body', name: 'phoneVerificationToken', vi: 'mã xác minh không đúng, đã hết hạn, đã dùng hoặc không thuộc số điện thoại này', en: 'the verification token is wrong, expired, used, or for another phone' }],
      });
    }
  }

  return { start, confirm, consume };
}

export type PhoneVerifications = ReturnType<typeof createPhoneVerifications>;
