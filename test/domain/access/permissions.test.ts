import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_KEY_SCOPES, roleHasPermission } from '../../../src/domain/access/permissions.js';
import { ROLES } from '../../../src/domain/access/roles.js';

describe('who manages the procedures catalogue', () => {
  it('only the province administrator publishes files to the catalogue (catalog:manage)', () => {
    assert.deepEqual(ROLES.filter((role) => roleHasPermission(role, 'catalog:manage')), ['province_admin']);
  });

  it('a partner system cannot be given it through an API key', () => {
    assert.ok(!(API_KEY_SCOPES as readonly string[]).includes('catalog:manage'));
  });
});
