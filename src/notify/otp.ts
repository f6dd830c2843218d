/**
 * One-time codes and the tokens they are exchanged for. Only hashes are stored: the code is
 * hashed with its verification's id (so one table of six-digit hashes does not serve every
 * row), the token and the phone number with a fixed prefix each.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_DIGITS = 6;

/** A uniformly drawn code of six digits, leading zeros kept. */
export function generateCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

export function hashCode(verificationId: string, code: string): string {
  return createHash('sha256').update(`otp:${verificationId}:${code}`).digest('hex');
}

/** Constant-time comparison of a submitted code with the stored hash. */
export function codeMatches(storedHash: string, verificationId: string, code: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(hashCode(verificationId, code), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The proof of a verified phone handed to the client (base64url, 43 characters). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(`phone-token:${token}`).digest('hex');
}

/** Hash of a phone number in its national form (the caller normalises it). */
export function hashPhone(nationalPhone: string): string {
  return createHash('sha256').update(`phone:${nationalPhone}`).digest('hex');
}

export function hashIp(ip: string): string {
  return createHash('sha256').update(`ip:${ip}`).digest('hex');
}
