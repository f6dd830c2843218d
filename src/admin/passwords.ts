/** Password hashing with argon2id (OWASP's first choice), and the checks on a new password. */
import argon2 from 'argon2';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password.normalize('NFC'), HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, computed once: verifying against it when the username is unknown
 * makes a refusal take as long as for a known user, so timing does not reveal which part was wrong.
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 10;

/** Returns the reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): { vi: string; en: string } | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`, en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    return { vi: 'Mật khẩu không được chứa tên đăng nhập', en: 'The password must not contain the username' };
  }
  return null;
}
