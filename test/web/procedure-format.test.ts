/** Dates, sizes and file types on the procedure pages. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileTypeLabel, formatByteSize, formatVietnamDateTime } from '../../src/web/pages/procedures/format.js';

describe('formatVietnamDateTime', () => {
  it('writes dd/mm/yyyy HH:mm in Vietnam time, whatever offset the instant carries', () => {
    assert.equal(formatVietnamDateTime('2026-02-27T09:05:00+07:00'), '27/02/2026 09:05');
    // 18:30 UTC is already the next day in Vietnam.
    assert.equal(formatVietnamDateTime('2026-12-31T18:30:00Z'), '01/01/2027 01:30');
  });

  it('returns null for something that is not an instant', () => {
    assert.equal(formatVietnamDateTime('soon'), null);
  });
});

describe('formatByteSize', () => {
  it('uses B, KB and MB with the language’s decimal mark', () => {
    assert.equal(formatByteSize(512, 'vi-VN'), '512 B');
    assert.equal(formatByteSize(48_200, 'vi-VN'), '48 KB');
    assert.equal(formatByteSize(1_520_000, 'vi-VN'), '1,5 MB');
    assert.equal(formatByteSize(1_520_000, 'en-GB'), '1.5 MB');
  });
});

describe('fileTypeLabel', () => {
  it('names the types the catalogue accepts, and falls back to the extension', () => {
    assert.equal(fileTypeLabel('application/pdf', 'mau.pdf'), 'PDF');
    assert.equal(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'to-khai.docx'), 'Word');
    assert.equal(fileTypeLabel('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'bang.xlsx'), 'Excel');
    assert.equal(fileTypeLabel('application/octet-stream', 'ho-so.odt'), 'ODT');
    assert.equal(fileTypeLabel('application/octet-stream', 'no-extension'), 'application/octet-stream');
  });
});
