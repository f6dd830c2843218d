import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_KEY_SCOPES, type Permission, roleHasPermission } from '../../../src/domain/access/permissions.js';
import { ROLES, type Role } from '../../../src/domain/access/roles.js';

const holders = (permission: Permission): Role[] => ROLES.filter((role) => roleHasPermission(role, permission));

describe('who may read and keep the reports (issue 9)', () => {
  test('leaders, province administrators and postal supervisors read the indicators; no one else', () => {
    assert.deepEqual(holders('reports:read'), ['postal_supervisor', 'province_admin', 'leader']);
  });

  test('any staff member reports a difficulty; the departments that handle them answer', () => {
    assert.deepEqual(holders('difficulties:report'), ROLES.filter((r) => r !== 'partner_system'));
    assert.deepEqual(holders('difficulties:answer'), ['postal_supervisor', 'processing_officer', 'province_admin', 'leader']);
  });

  test('the post records complaints; administrators keep the plan, the training records and the projection', () => {
    assert.deepEqual(holders('complaints:record'), ['postman', 'counter_clerk', 'postal_supervisor']);
    assert.deepEqual(holders('plans:manage'), ['province_admin']);
    assert.deepEqual(holders('training:manage'), ['province_admin']);
    assert.deepEqual(holders('reports:rebuild'), ['province_admin']);
  });

  test('a partner system’s key can be given none of them', () => {
    for (const permission of ['reports:read', 'reports:submit', 'reports:rebuild', 'plans:manage', 'difficulties:report', 'difficulties:answer', 'complaints:record', 'training:manage'] as const) {
      assert.ok(!(API_KEY_SCOPES as readonly string[]).includes(permission), permission);
    }
  });
});
