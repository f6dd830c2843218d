import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { createLogger } from '../../src/platform/logger.js';

describe('logs carry no personal data', () => {
  test('personal fields and secrets are redacted at any depth we log', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({ phone: '0901234567', applicant: { fullName: 'Nguyễn Văn A', idNumber: '079123456789' }, body: { password: 'hunter22' } }, 'x');
    const text = lines.join('');
    for (const secret of ['0901234567', 'Nguyễn Văn A', '079123456789', 'hunter22']) assert.ok(!text.includes(secret), secret);
    assert.match(text, /\[redacted\]/);
  });
});
