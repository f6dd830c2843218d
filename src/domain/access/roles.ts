/**
 * Staff roles. One list, used by accounts, route guards, the dossier lifecycle and the web app.
 * Adding a role must not compile until every `Record<Role, …>` table below and elsewhere knows it.
 */
export const ROLES = [
  'postman',
  'counter_clerk',
  'postal_supervisor',
  'desk_officer',
  'processing_officer',
  'province_admin',
  'leader',
  'partner_system',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Which side of the journey a role works on: the postal operator, the government, or a machine. */
export type RoleSide = 'postal' | 'government' | 'system';

export const ROLE_INFO = {
  postman: { side: 'postal', vi: 'Bưu tá', en: 'Postman' },
  counter_clerk: { side: 'postal', vi: 'Giao dịch viên bưu cục', en: 'Post counter clerk' },
  postal_supervisor: { side: 'postal', vi: 'Kiểm soát viên bưu chính', en: 'Postal supervisor' },
  desk_officer: { side: 'government', vi: 'Cán bộ bộ phận một cửa', en: 'One-stop desk officer' },
  processing_officer: { side: 'government', vi: 'Cán bộ xử lý hồ sơ', en: 'Processing officer' },
  province_admin: { side: 'government', vi: 'Quản trị hệ thống cấp tỉnh', en: 'Province administrator' },
  leader: { side: 'government', vi: 'Lãnh đạo', en: 'Leader' },
  partner_system: { side: 'system', vi: 'Hệ thống đối tác', en: 'Partner system' },
} as const satisfies Record<Role, { side: RoleSide; vi: string; en: string }>;
