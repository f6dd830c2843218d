import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDependencies } from '../scripts/dependency-rules.js';

describe('module dependency rules (docs/ARCHITECTURE.md)', () => {
  test('the source tree keeps them', () => {
    assert.deepEqual(checkDependencies(process.cwd()), []);
  });
});
