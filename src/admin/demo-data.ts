/**
 * Demonstration accounts, one per role, placed in real organisations of the directory, and one
 * partner API key. Loaded only into a database with no accounts, and only when DEMO_DATA is on
 * (the default outside production). Every demo account is flagged `is_demo`.
 */
import { inArray } from 'drizzle-orm';
import { accounts, apiKeys } from './admin.schema.js';
import { hashPassword } from './passwords.js';
import { generateApiKey } from './api-key-service.js';
import { addS10Range } from '../postal/item-numbers.js';
import { organisations } from '../catalog/catalog.schema.js';
import type { Role } from '../domain/access/roles.js';
import type { Db } from '../platform/db/client.js';

/** Known to everyone who reads this file: for demonstrations and tests, never for real use. */
export const DEMO_PASSWORD = 'demo-bcci-2026';

/** Two commune-level organisations the demo uses: the wards of Trấn Biên and Biên Hoà. */
export const DEMO_COMMUNE_A = '26041';
export const DEMO_COMMUNE_B = '26068';

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role; organisationCode: string; phone: string }> = [
  { username: 'buuta', displayName: 'Nguyễn Văn Bưu (demo)', role: 'postman', organisationCode: `X${DEMO_COMMUNE_A}-BD`, phone: '0901000001' },
  { username: 'giaodichvien', displayName: 'Trần Thị Giao (demo)', role: 'counter_clerk', organisationCode: `X${DEMO_COMMUNE_A}-BD`, phone: '0901000002' },
  { username: 'kiemsoat', displayName: 'Lê Văn Soát (demo)', role: 'postal_supervisor', organisationCode: 'P75-BD', phone: '0901000003' },
  { username: 'motcua', displayName: 'Phạm Thị Một (demo)', role: 'desk_officer', organisationCode: `X${DEMO_COMMUNE_A}-TTPVHCC`, phone: '0901000004' },
  { username: 'motcua2', displayName: 'Hoàng Văn Cửa (demo)', role: 'desk_officer', organisationCode: `X${DEMO_COMMUNE_B}-TTPVHCC`, phone: '0901000005' },
  { username: 'xuly', displayName: 'Võ Thị Lý (demo)', role: 'processing_officer', organisationCode: `X${DEMO_COMMUNE_A}-UBND`, phone: '0901000006' },
  { username: 'quantri', displayName: 'Đặng Văn Trị (demo)', role: 'province_admin', organisationCode: 'P75', phone: '0901000007' },
  { username: 'lanhdao', displayName: 'Bùi Thị Đạo (demo)', role: 'leader', organisationCode: 'P75', phone: '0901000008' },
  { username: 'doitac', displayName: 'Hệ thống một cửa đối tác (demo)', role: 'partner_system', organisationCode: 'P75-UBND', phone: '0901000009' },
];

/** A block of item numbers for the demo; the real prefix and block come from the operator. */
export const DEMO_S10_RANGE = { prefix: 'RR', country: 'VN', firstSerial: 10_000_000, lastSerial: 19_999_999 } as const;

export interface DemoSeedResult {
  accounts: Array<{ username: string; role: Role; organisation: string }>;
  password: string;
  apiKey: string;
}

/** Returns null when the database already has accounts (nothing is changed then). */
export async function loadDemoData(db: Db): Promise<DemoSeedResult | null> {
  const [any] = await db.select({ id: accounts.id }).from(accounts).limit(1);
  if (any !== undefined) return null;
  const codes = [...new Set(DEMO_ACCOUNTS.map((a) => a.organisationCode))];
  const orgs = await db.select().from(organisations).where(inArray(organisations.code, codes));
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { prefix, key: apiKey, secretHash } = generateApiKey();

  return db.transaction(async (tx) => {
    const created: DemoSeedResult['accounts'] = [];
    for (const demo of DEMO_ACCOUNTS) {
      const org = byCode.get(demo.organisationCode);
      if (org === undefined) throw new Error(`demo organisation ${demo.organisationCode} is missing from the directory`);
      await tx.insert(accounts).values({
        username: demo.username,
        displayName: demo.displayName,
        phone: demo.phone,
        email: `${demo.username}@demo.bcci-hub.invalid`,
        passwordHash,
        role: demo.role,
        organisationId: org.id,
        isDemo: true,
      });
      created.push({ username: demo.username, role: demo.role, organisation: org.nameVi });
    }
    const partnerOrg = byCode.get('P75-UBND');
    if (partnerOrg === undefined) throw new Error('P75-UBND missing');
    await tx.insert(apiKeys).values({ prefix, secretHash, name: 'Demo partner one-stop system', organisationId: partnerOrg.id, scopes: ['catalog:read'] });
    await addS10Range(tx, { ...DEMO_S10_RANGE, note: 'Demo range: the prefix VNPost uses for dossier items is unconfirmed' });
    return { accounts: created, password: DEMO_PASSWORD, apiKey };
  });
}
