import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, formatMoney, moneyInWords, renderGuidanceSlip } from '../../src/documents/index.js';
import { extractPdfText } from '../support/pdf.js';
import { guidanceSlipView } from './fixtures.js';

test('times print as dd/MM/yyyy HH:mm on Vietnam time, whatever the server zone', () => {
  assert.equal(formatDateTime(new Date('2026-02-13T09:15:00Z')), '13/02/2026 16:15');
  // 18:30 UTC on the 12th is already the 13th in Vietnam.
  assert.equal(formatDateTime(new Date('2026-02-12T18:30:00Z')), '13/02/2026 01:30');
  assert.equal(formatDate(new Date('2026-12-31T17:00:00Z')), '01/01/2027');
});

test('money prints with "." between thousands and "đ", and in words', () => {
  assert.equal(formatMoney(1_250_000), '1.250.000 đ');
  assert.equal(formatMoney(0), '0 đ');
  assert.equal(moneyInWords(1_250_000), 'Một triệu hai trăm năm mươi nghìn đồng');
});

test('every letter of the Vietnamese alphabet prints and reads back as itself', async () => {
  // Spaced out, so that the list wraps between letters and not inside a run of them.
  const lower = [...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ'].join(' ');
  const upper = lower.toLocaleUpperCase('vi');
  const bytes = await renderGuidanceSlip(guidanceSlipView({ missing: [lower, upper] }));
  const text = (await extractPdfText(bytes)).replace(/\s+/g, ' ');
  assert.ok(text.includes(lower), 'lower case');
  assert.ok(text.includes(upper), 'upper case');
});
