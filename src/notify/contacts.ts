/**
 * Phone numbers and email addresses as the notices handle them: one form of a Vietnamese
 * number to compare and hash, the international form for the SMS gateway, and masked forms,
 * the only ones that reach a log line or the admin's list of notices. Pure.
 */

/** The national form: spaces, dots and dashes dropped, +84 written as a leading 0. */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s.-]/gu, '');
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
}

/** E.164 (+84…) for a national Vietnamese number; numbers given with a + stay as they are. */
export function internationalPhone(phone: string): string {
  const compact = phone.replace(/[\s.-]/gu, '');
  if (compact.startsWith('+')) return compact;
  return compact.startsWith('0') ? `+84${compact.slice(1)}` : compact;
}

/** 091****678: enough to tell two numbers apart, not enough to call. */
export function maskPhone(phone: string): string {
  const national = normalisePhone(phone);
  if (national.length < 7) return '*'.repeat(national.length);
  return `${national.slice(0, 3)}${'*'.repeat(national.length - 6)}${national.slice(-3)}`;
}

/** h***@example.vn */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * An error text from a mail server or gateway with the addresses and numbers it may quote
 * masked, so that it can be stored and shown to administrators.
 */
export function redactContacts(text: string): string {
  return text
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/gu, (email) => maskEmail(email))
    .replace(/\+?\d[\d .-]{7,}\d/gu, (phone) => maskPhone(phone));
}
