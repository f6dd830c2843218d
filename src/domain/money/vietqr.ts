/**
 * VietQR: the NAPAS profile of the EMVCo merchant-presented QR code, which every Vietnamese
 * banking app scans to prefill a transfer (bank, account, amount, message). Built as TLV
 * fields (two-digit id, two-digit length, value) with a CRC-16/CCITT-FALSE checksum at the end.
 */

export interface VietQrTransfer {
  /** The bank's 6-digit NAPAS BIN (e.g. 970403). */
  bankBin: string;
  accountNumber: string;
  /** Whole đồng; omitted for a code without an amount. */
  amount?: number;
  /** Transfer message (ASCII letters, digits, spaces, dot, dash), at most 50 characters. */
  message?: string;
}

export type VietQrProblem = 'bank-bin' | 'account-number' | 'amount' | 'message';

function tlv(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as EMVCo requires. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export function checkVietQr(transfer: VietQrTransfer): VietQrProblem | null {
  if (!/^\d{6}$/u.test(transfer.bankBin)) return 'bank-bin';
  if (!/^[0-9A-Za-z]{1,19}$/u.test(transfer.accountNumber)) return 'account-number';
  if (transfer.amount !== undefined && (!Number.isSafeInteger(transfer.amount) || transfer.amount <= 0 || String(transfer.amount).length > 13)) return 'amount';
  if (transfer.message !== undefined && !/^[0-9A-Za-z .-]{1,50}$/u.test(transfer.message)) return 'message';
  return null;
}

/** The payload to encode in the QR code; throws a RangeError naming the bad field. */
export function vietQrPayload(transfer: VietQrTransfer): string {
  const problem = checkVietQr(transfer);
  if (problem !== null) throw new RangeError(`VietQR: invalid ${problem}`);
  const beneficiary = tlv('00', transfer.bankBin) + tlv('01', transfer.accountNumber);
  const merchant = tlv('00', 'A000000727') + tlv('01', beneficiary) + tlv('02', 'QRIBFTTA');
  const body =
    tlv('00', '01') +
    tlv('01', transfer.amount === undefined ? '11' : '12') +
    tlv('38', merchant) +
    tlv('53', '704') +
    (transfer.amount === undefined ? '' : tlv('54', String(transfer.amount))) +
    tlv('58', 'VN') +
    (transfer.message === undefined ? '' : tlv('62', tlv('08', transfer.message)));
  const withCrcId = `${body}6304`;
  return withCrcId + crc16(withCrcId);
}
