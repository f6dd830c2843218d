/**
 * The texts of the notices, in Vietnamese (the default) and English. Pure: the facts in, an
 * email (subject and plain text) and an SMS out. An SMS keeps to 160 characters where it can:
 * the tracking link carries the code, so the text need not repeat it, and a long list of items
 * to supplement is cut short (the email has all of them).
 */
export type NoticeLanguage = 'vi' | 'en';

export type NoticeContent =
  | { kind: 'pickup-requested'; reference: string; window: { from: string; to: string } }
  | { kind: 'dossier-registered'; reference: string; agency: string; dueAt: string }
  | { kind: 'supplement-requested'; reference: string; items: readonly string[] }
  | { kind: 'result-ready'; reference: string; byPost: boolean }
  | { kind: 'out-for-delivery'; reference: string }
  | { kind: 'delivered'; reference: string }
  | { kind: 'returned-to-agency'; reference: string }
  | { kind: 'phone-otp'; code: string; minutes: number };

export interface RenderedNotice {
  subject: string;
  email: string;
  sms: string;
}

export const SMS_TARGET_LENGTH = 160;

/** An instant as Vietnam wall-clock time (UTC+7, no daylight saving): "16:15 23/02/2026". */
export function vietnamTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "08:00–10:00 02/03/2026", or both ends in full when the window spans two days. */
function windowText(window: { from: string; to: string }): string {
  const from = vietnamTime(window.from);
  const to = vietnamTime(window.to);
  return from.slice(6) === to.slice(6) ? `${from.slice(0, 5)}–${to}` : `${from} – ${to}`;
}

/** The public tracking page of a dossier code or an item number; the bare page for a pickup. */
export function trackingLink(publicBaseUrl: string, code: string | null): string {
  return code === null ? `${publicBaseUrl}/tra-cuu` : `${publicBaseUrl}/tra-cuu/${encodeURIComponent(code)}`;
}

/** As many items as fit in `room` characters, then "+N". */
function itemsWithin(items: readonly string[], room: number, more: (n: number) => string): string {
  let text = '';
  for (let i = 0; i < items.length; i += 1) {
    const rest = items.length - i - 1;
    const next = `${text === '' ? '' : '; '}${items[i] ?? ''}`;
    const suffix = rest > 0 ? more(rest) : '';
    if (text !== '' && (text + next + suffix).length > room) return text + more(items.length - i);
    text += next;
  }
  return text;
}

const FOOTER = { vi: 'Thư này được gửi tự động, vui lòng không trả lời.', en: 'This message was sent automatically; please do not reply.' };

function letter(language: NoticeLanguage, lines: string[], link: string | null): string {
  const greeting = language === 'vi' ? 'Kính gửi Quý ông/bà,' : 'Dear applicant,';
  const follow = link === null ? [] : ['', language === 'vi' ? `Theo dõi hồ sơ: ${link}` : `Follow your dossier: ${link}`];
  return [greeting, '', ...lines, ...follow, '', '—', FOOTER[language]].join('\n');
}

export function renderNotice(content: NoticeContent, language: NoticeLanguage, link: string | null): RenderedNotice {
  const vi = language === 'vi';
  const tail = link === null ? '' : vi ? ` Tra cứu: ${link}` : ` Track: ${link}`;
  const make = (subject: string, lines: string[], sms: string): RenderedNotice => ({ subject, email: letter(language, lines, link), sms: sms + tail });
  switch (content.kind) {
    case 'pickup-requested': {
      const when = windowText(content.window);
      return vi
        ? make(`Đã nhận yêu cầu thu gom ${content.reference}`, [`Bưu điện đã nhận yêu cầu thu gom hồ sơ của Quý ông/bà, mã yêu cầu ${content.reference}.`, `Bưu tá sẽ đến trong khung giờ ${when}.`, 'Vui lòng chuẩn bị đủ giấy tờ theo danh mục của thủ tục.'], `Đã nhận yêu cầu ${content.reference}. Bưu tá đến ${when}.`)
        : make(`Pickup request ${content.reference} received`, [`The post has received your pickup request ${content.reference}.`, `A postman will come between ${when}.`, 'Please have every document of the procedure ready.'], `Pickup ${content.reference} booked: postman ${when}.`);
    }
    case 'dossier-registered': {
      const due = vietnamTime(content.dueAt);
      return vi
        ? make(`Hồ sơ ${content.reference} đã được tiếp nhận`, [`${content.agency} đã tiếp nhận hồ sơ ${content.reference}.`, `Ngày hẹn trả kết quả: ${due}.`], `Hồ sơ đã được tiếp nhận, hẹn trả kết quả ${due}.`)
        : make(`Dossier ${content.reference} registered`, [`${content.agency} registered dossier ${content.reference}.`, `The result is due on ${due}.`], `Dossier registered, result due ${due}.`);
    }
    case 'supplement-requested': {
      const lead = vi ? 'Hồ sơ cần bổ sung: ' : 'Please supplement: ';
      const room = SMS_TARGET_LENGTH - lead.length - 1 - tail.length;
      const short = itemsWithin(content.items, room, (n) => (vi ? ` và ${n} mục khác` : ` and ${n} more`));
      const list = content.items.map((item) => `- ${item}`);
      return vi
        ? make(`Hồ sơ ${content.reference} cần bổ sung giấy tờ`, [`Hồ sơ ${content.reference} cần bổ sung:`, ...list, 'Thời hạn giải quyết được tính lại từ khi hồ sơ đầy đủ.'], `${lead}${short}.`)
        : make(`Dossier ${content.reference} needs more documents`, [`Dossier ${content.reference} needs:`, ...list, 'The processing time starts again once the dossier is complete.'], `${lead}${short}.`);
    }
    case 'result-ready':
      return vi
        ? make(`Đã có kết quả hồ sơ ${content.reference}`, [`Đã có kết quả giải quyết hồ sơ ${content.reference}.`, content.byPost ? 'Bưu điện sẽ phát kết quả đến địa chỉ của Quý ông/bà.' : 'Mời Quý ông/bà đến Bộ phận Một cửa để nhận kết quả.'], content.byPost ? 'Đã có kết quả hồ sơ, bưu điện sẽ phát đến bạn.' : 'Đã có kết quả hồ sơ, mời nhận tại Bộ phận Một cửa.')
        : make(`Result of dossier ${content.reference} ready`, [`The result of dossier ${content.reference} is ready.`, content.byPost ? 'The post will deliver it to your address.' : 'Please collect it at the one-stop desk.'], content.byPost ? 'Your result is ready; the post will deliver it.' : 'Your result is ready at the one-stop desk.');
    case 'out-for-delivery':
      return vi
        ? make(`Kết quả hồ sơ ${content.reference} đang được phát`, [`Bưu tá đang mang kết quả hồ sơ ${content.reference} đến địa chỉ của Quý ông/bà.`, 'Người nhận cần xuất trình căn cước hoặc hộ chiếu (hoặc giấy ủy quyền).'], 'Bưu tá đang phát kết quả hồ sơ, vui lòng mang căn cước khi nhận.')
        : make(`Result of dossier ${content.reference} out for delivery`, [`A postman is bringing the result of dossier ${content.reference} to your address.`, 'The recipient must show an identity card or passport (or an authorisation).'], 'Your result is out for delivery; have your ID card ready.');
    case 'delivered':
      return vi
        ? make(`Đã phát kết quả hồ sơ ${content.reference}`, [`Kết quả hồ sơ ${content.reference} đã được phát thành công.`], 'Kết quả hồ sơ đã được phát thành công.')
        : make(`Result of dossier ${content.reference} delivered`, [`The result of dossier ${content.reference} was delivered.`], 'Your result was delivered.');
    case 'returned-to-agency':
      return vi
        ? make(`Kết quả hồ sơ ${content.reference} đã hoàn về cơ quan`, [`Bưu điện không phát được kết quả hồ sơ ${content.reference} sau các lần mời nhận.`, 'Kết quả đã được chuyển hoàn về cơ quan giải quyết; Quý ông/bà có thể nhận tại Bộ phận Một cửa.'], 'Không phát được kết quả, đã hoàn về cơ quan giải quyết.')
        : make(`Result of dossier ${content.reference} returned to the agency`, [`The post could not deliver the result of dossier ${content.reference} after its invitations.`, 'It went back to the agency; you can collect it at the one-stop desk.'], 'Result undeliverable, returned to the agency.');
    case 'phone-otp':
      return vi
        ? { subject: 'Mã xác minh', email: '', sms: `Mã xác minh số điện thoại của bạn là ${content.code}, hiệu lực ${content.minutes} phút. Không chia sẻ mã này.` }
        : { subject: 'Verification code', email: '', sms: `Your phone verification code is ${content.code}, valid for ${content.minutes} minutes. Do not share it.` };
  }
}

