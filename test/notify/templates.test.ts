/** Pure parts of the notices: texts, masking, codes, which events call for a notice. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { internationalPhone, maskEmail, maskPhone, normalisePhone, redactContacts } from '../../src/notify/contacts.js';
import { NOTIFY_SUBSCRIBED_EVENTS, noticeKindOf } from '../../src/notify/notice-kinds.js';
import { codeMatches, generateCode, hashCode } from '../../src/notify/otp.js';
import { type NoticeContent, SMS_TARGET_LENGTH, renderNotice, trackingLink, vietnamTime } from '../../src/notify/templates.js';
import { EVENT_TYPES } from '../../src/exchange/event-catalogue.js';

const BASE = 'https://dichvubuuchinh.dongnai.gov.vn';
const CODE = '000.00.21.H19-260213-0001';

const CONTENTS: NoticeContent[] = [
  { kind: 'pickup-requested', reference: 'YC-0123456789ABCDEF', window: { from: '2026-03-02T01:00:00Z', to: '2026-03-02T03:00:00Z' } },
  { kind: 'dossier-registered', reference: CODE, agency: 'Trung tâm Phục vụ hành chính công phường Trấn Biên', dueAt: '2026-02-23T09:15:00Z' },
  { kind: 'supplement-requested', reference: CODE, items: ['Giấy chứng sinh (bản chính)'] },
  { kind: 'result-ready', reference: CODE, byPost: true },
  { kind: 'result-ready', reference: CODE, byPost: false },
  { kind: 'out-for-delivery', reference: CODE },
  { kind: 'delivered', reference: CODE },
  { kind: 'returned-to-agency', reference: CODE },
];

describe('notice texts', () => {
  test('Vietnam wall-clock time, UTC+7', () => {
    assert.equal(vietnamTime('2026-02-23T09:15:00Z'), '16:15 23/02/2026');
    assert.equal(vietnamTime('2026-12-31T17:30:00Z'), '00:30 01/01/2027');
  });

  test('the tracking link opens the dossier code or item number; a pickup links the tracking page', () => {
    assert.equal(trackingLink(BASE, CODE), `${BASE}/tra-cuu/${CODE}`);
    assert.equal(trackingLink(BASE, 'RR123456785VN'), `${BASE}/tra-cuu/RR123456785VN`);
    assert.equal(trackingLink(BASE, null), `${BASE}/tra-cuu`);
  });

  test('every notice, in both languages, carries the link in its email and its SMS, and its SMS fits in 160 characters', () => {
    for (const content of CONTENTS) {
      for (const language of ['vi', 'en'] as const) {
        const link = trackingLink(BASE, content.kind === 'pickup-requested' ? null : CODE);
        const rendered = renderNotice(content, language, link);
        assert.ok(rendered.email.includes(link), `${content.kind} ${language} email`);
        assert.ok(rendered.sms.includes(link), `${content.kind} ${language} sms`);
        assert.ok(rendered.sms.length <= SMS_TARGET_LENGTH, `${content.kind} ${language}: ${rendered.sms.length} characters: ${rendered.sms}`);
        assert.ok(rendered.subject.length > 0);
      }
    }
  });

  test('Vietnamese by default, with diacritics; the facts are in the text', () => {
    const registered = renderNotice(CONTENTS[1] as NoticeContent, 'vi', `${BASE}/tra-cuu/${CODE}`);
    assert.match(registered.subject, /Hồ sơ 000\.00\.21\.H19-260213-0001 đã được tiếp nhận/u);
    assert.match(registered.email, /Trung tâm Phục vụ hành chính công phường Trấn Biên đã tiếp nhận/u);
    assert.match(registered.email, /16:15 23\/02\/2026/u);
    assert.match(registered.sms, /hẹn trả kết quả 16:15 23\/02\/2026/u);
    const pickup = renderNotice(CONTENTS[0] as NoticeContent, 'vi', `${BASE}/tra-cuu`);
    assert.match(pickup.sms, /YC-0123456789ABCDEF/u);
    assert.match(pickup.sms, /08:00–10:00 02\/03\/2026/u, 'the window in Vietnam time, one date');
    assert.match(renderNotice(CONTENTS[0] as NoticeContent, 'en', null).email, /^Dear applicant,/u);
  });

  test('a long list of items to supplement is cut short in the SMS, complete in the email', () => {
    const items = Array.from({ length: 8 }, (_, i) => `Giấy tờ số ${i + 1} (bản sao có chứng thực)`);
    const rendered = renderNotice({ kind: 'supplement-requested', reference: CODE, items }, 'vi', `${BASE}/tra-cuu/${CODE}`);
    assert.ok(rendered.sms.length <= SMS_TARGET_LENGTH, rendered.sms);
    assert.match(rendered.sms, /^Hồ sơ cần bổ sung: Giấy tờ số 1 .* và \d mục khác\./u);
    for (const item of items) assert.ok(rendered.email.includes(`- ${item}`));
  });

  test('the one-time code SMS carries the code and no link', () => {
    const rendered = renderNotice({ kind: 'phone-otp', code: '042917', minutes: 10 }, 'vi', null);
    assert.match(rendered.sms, /042917/u);
    assert.doesNotMatch(rendered.sms, /http/u);
  });
});

describe('contacts', () => {
  test('one national form of a phone; the international form for the gateway', () => {
    assert.equal(normalisePhone('+84 912 345 678'), '0912345678');
    assert.equal(normalisePhone('0912.345.678'), '0912345678');
    assert.equal(internationalPhone('0912345678'), '+84912345678');
    assert.equal(internationalPhone('+33612345678'), '+33612345678');
  });

  test('masks keep too little to reach anyone', () => {
    assert.equal(maskPhone('0912345678'), '091****678');
    assert.equal(maskPhone('+84912345678'), '091****678');
    assert.equal(maskEmail('hoa.nguyen@example.vn'), 'h***@example.vn');
    const redacted = redactContacts('550 5.1.1 <hoa.nguyen@example.vn>: mailbox unavailable; sms to +84912345678 refused');
    assert.doesNotMatch(redacted, /hoa\.nguyen|912345678/u);
    assert.match(redacted, /h\*\*\*@example\.vn/u);
  });
});

describe('one-time codes', () => {
  test('six digits, leading zeros kept, spread over the range', () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    assert.ok(codes.every((c) => /^\d{6}$/u.test(c)));
    assert.ok(new Set(codes).size > 1990, 'no code repeats more than chance allows');
    assert.ok(codes.some((c) => c.startsWith('0')) && codes.some((c) => c.startsWith('9')));
  });

  test('a code matches only its own verification', () => {
    const hash = hashCode('6d1f0c5e-2c1b-4a39-9d0b-0d6f0d1b2c3a', '123456');
    assert.equal(codeMatches(hash, '6d1f0c5e-2c1b-4a39-9d0b-0d6f0d1b2c3a', '123456'), true);
    assert.equal(codeMatches(hash, '6d1f0c5e-2c1b-4a39-9d0b-0d6f0d1b2c3a', '123457'), false);
    assert.equal(codeMatches(hash, '00000000-2c1b-4a39-9d0b-0d6f0d1b2c3a', '123456'), false);
  });
});

describe('which events call for a notice', () => {
  test('the status changes that matter, and a custody change only when the result goes out for delivery', () => {
    assert.equal(noticeKindOf('dossier.registered', null), 'dossier-registered');
    assert.equal(noticeKindOf('pickup.requested', null), 'pickup-requested');
    assert.equal(noticeKindOf('item.custody-changed', 'out-for-delivery'), 'out-for-delivery');
    assert.equal(noticeKindOf('item.custody-changed', 'result-collected'), null, 'the postman collecting at the desk is not yet on the way');
    assert.equal(noticeKindOf('item.custody-changed', 'collected'), null);
    assert.equal(noticeKindOf('manifest.sent', null), null);
  });

  test('every subscribed type is in the catalogue and calls for a notice', () => {
    for (const type of NOTIFY_SUBSCRIBED_EVENTS) {
      assert.ok((EVENT_TYPES as readonly string[]).includes(type), type);
      assert.notEqual(noticeKindOf(type, 'out-for-delivery'), null, type);
    }
  });
});
