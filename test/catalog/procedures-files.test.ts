import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { crc32 } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/admin/admin.schema.js';
import { procedureDocuments } from '../../src/catalog/catalog.schema.js';
import { sniffProcedureFileType, zipEntryNames } from '../../src/catalog/procedure-file-types.js';
import { type Session, type TestApp, startTestApp } from '../support/app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A zip of stored (uncompressed) entries: enough for the signature check to read its directory. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOCX = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
const XLSX = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });

describe('recognising the files a procedure may publish', () => {
  test('by their signature, whatever they are called', () => {
    assert.equal(sniffProcedureFileType(PDF), 'application/pdf');
    assert.equal(sniffProcedureFileType(PNG), 'image/png');
    assert.equal(sniffProcedureFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])), 'image/jpeg');
    assert.equal(sniffProcedureFileType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])), 'application/msword');
    assert.deepEqual(zipEntryNames(DOCX), ['[Content_Types].xml', 'word/document.xml']);
    assert.equal(sniffProcedureFileType(DOCX), DOCX_TYPE);
    assert.equal(sniffProcedureFileType(XLSX), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  test('refuses other zips, scripts, HTML and truncated files', () => {
    assert.equal(sniffProcedureFileType(zip({ 'payload.exe': 'MZ' })), null);
    assert.equal(sniffProcedureFileType(DOCX.subarray(0, DOCX.length - 10)), null);
    assert.equal(sniffProcedureFileType(Buffer.from('<html><script>alert(1)</script>')), null);
    assert.equal(sniffProcedureFileType(Buffer.from('MZ\x90\x00')), null);
    assert.equal(sniffProcedureFileType(Buffer.alloc(0)), null);
  });
});

describe('publishing files with a procedure (R5)', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
  });
  after(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    kind: 'sample-set',
    titleVi: 'Bộ hồ sơ mẫu đăng ký khai sinh',
    titleEn: 'Sample dossier: birth registration',
    fileName: 'Hồ sơ mẫu – khai sinh.pdf',
    mediaType: 'application/pdf',
    contentBase64: PDF.toString('base64'),
    ...overrides,
  });

  async function upload(payload: Record<string, unknown>, session: Session | null = admin, code = '1.001193') {
    const response = await t.app.inject({ method: 'POST', url: `/api/v1/admin/procedures/${code}/files`, headers: session?.headers ?? {}, payload });
    return { status: response.statusCode, body: response.json() as { file: { id: string; url: string; sha256: string; byteSize: number; title: string }; replaced: string[]; code?: string; detected?: string | null; errors?: Array<{ name: string }> } };
  }

  test('an administrator uploads a sample set; citizens download the same bytes with its hash as ETag', async () => {
    const { status, body: answer } = await upload(body());
    assert.equal(status, 201, JSON.stringify(answer));
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    assert.equal(answer.file.sha256, sha256);
    assert.equal(answer.file.byteSize, PDF.length);
    assert.deepEqual(answer.replaced, []);

    const detail = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/1.001193' });
    const files = (detail.json() as { files: Array<{ id: string; kind: string; title: string; fileName: string; mediaType: string; url: string }> }).files;
    assert.deepEqual(files.map((f) => [f.id, f.kind, f.title, f.fileName, f.mediaType]), [[answer.file.id, 'sample-set', 'Bộ hồ sơ mẫu đăng ký khai sinh', 'Hồ sơ mẫu – khai sinh.pdf', 'application/pdf']]);

    const download = await t.app.inject({ method: 'GET', url: files[0]?.url ?? '' });
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, PDF);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['etag'], `"${sha256}"`);
    assert.equal(download.headers['cache-control'], 'public, max-age=86400');
    assert.equal(download.headers['content-disposition'], `inline; filename="Ho so mau _ khai sinh.pdf"; filename*=UTF-8''${encodeURIComponent('Hồ sơ mẫu – khai sinh.pdf')}`);

    const again = await t.app.inject({ method: 'GET', url: files[0]?.url ?? '', headers: { 'if-none-match': `"${sha256}"` } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
    assert.equal(again.headers['cache-control'], 'public, max-age=86400');

    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'procedure.file.upload'), eq(auditLog.subjectId, answer.file.id)));
    assert.equal(audit?.outcome, 'success');
    assert.equal(audit?.actorId, await t.accountId('quantri'));
    assert.equal((audit?.details as { sha256?: string } | null)?.sha256, sha256);
  });

  test('a new upload of the same kind and title replaces the current file, which is kept', async () => {
    const first = await upload(body({ titleVi: 'Tờ khai mẫu', kind: 'form', fileName: 'to-khai.docx', mediaType: DOCX_TYPE, contentBase64: DOCX.toString('base64') }));
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const second = await upload(body({ titleVi: 'Tờ khai mẫu', kind: 'form', fileName: 'to-khai-2026.pdf' }));
    assert.equal(second.status, 201);
    assert.deepEqual(second.body.replaced, [first.body.file.id]);

    const old = await t.app.inject({ method: 'GET', url: first.body.file.url });
    assert.equal(old.statusCode, 404);
    const kept = await t.database.db.select({ replacedAt: procedureDocuments.replacedAt }).from(procedureDocuments).where(eq(procedureDocuments.id, first.body.file.id));
    assert.ok(kept[0]?.replacedAt instanceof Date, 'the replaced file stays in the table with replaced_at');
    const files = ((await t.app.inject({ method: 'GET', url: '/api/v1/procedures/1.001193' })).json() as { files: Array<{ id: string }> }).files.map((f) => f.id);
    assert.ok(files.includes(second.body.file.id) && !files.includes(first.body.file.id));
    assert.equal(files.length, 2, 'the sample set of the first test is still there');
  });

  test('the content decides the type: a mismatch or an unknown format is 415, a wrong extension 400', async () => {
    const png = await upload(body({ contentBase64: PNG.toString('base64') }));
    assert.equal(png.status, 415);
    assert.equal(png.body.code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.equal(png.body.detected, 'image/png');
    const html = await upload(body({ mediaType: 'text/html', fileName: 'x.html', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') }));
    assert.equal(html.status, 415);
    const xlsx = await upload(body({ mediaType: DOCX_TYPE, fileName: 'a.docx', contentBase64: XLSX.toString('base64') }));
    assert.equal(xlsx.status, 415, 'a spreadsheet declared as a Word file');
    const exe = await upload(body({ contentBase64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') }));
    assert.equal(exe.status, 415);
    const extension = await upload(body({ mediaType: 'image/png', fileName: 'scan.pdf', contentBase64: PNG.toString('base64') }));
    assert.equal(extension.status, 400);
    assert.equal(extension.body.errors?.[0]?.name, 'fileName');
    const path = await upload(body({ fileName: '../../etc/mau.pdf' }));
    assert.equal(path.status, 400, 'a file name is a name, not a path');
    const notBase64 = await upload(body({ contentBase64: '%%%%' }));
    assert.equal(notBase64.status, 400);
    const stored = await t.database.db.select({ id: procedureDocuments.id }).from(procedureDocuments);
    assert.equal(stored.length, 3, 'nothing refused was stored');
  });

  test('a file over 5 MB is 413, whether it passes the body limit or not', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024, 0x20)]);
    const overFile = await upload(body({ contentBase64: big.toString('base64') }));
    assert.equal(overFile.status, 413);
    assert.equal(overFile.body.code, 'PAYLOAD_TOO_LARGE');
    const huge = Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const overBody = await upload(body({ contentBase64: huge.toString('base64') }));
    assert.equal(overBody.status, 413);
    // Just under the limit is accepted: the route's body limit is above the app's 1 MB.
    const fits = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 - PDF.length, 0x20)]);
    const ok = await upload(body({ titleVi: 'Bộ hồ sơ mẫu (bản quét)', contentBase64: fits.toString('base64') }));
    assert.equal(ok.status, 201);
    const download = await t.app.inject({ method: 'GET', url: ok.body.file.url });
    assert.equal(download.rawPayload.length, 5 * 1024 * 1024);
  });

  test('without a session the upload is 401; a role without catalog:manage is 403 and audited', async () => {
    const anonymous = await upload(body(), null);
    assert.equal(anonymous.status, 401);
    const desk = await t.login('motcua');
    const refused = await upload(body(), desk);
    assert.equal(refused.status, 403);
    const denials = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.actorId, await t.accountId('motcua'))));
    assert.ok(denials.some((d) => (d.details as { permission?: string } | null)?.permission === 'catalog:manage'));
    const partner = await t.app.inject({ method: 'POST', url: '/api/v1/admin/procedures/1.001193/files', headers: { authorization: `Bearer ${t.demoApiKey}` }, payload: body() });
    assert.equal(partner.statusCode, 403, 'an API key cannot carry catalog:manage');
  });

  test('unknown procedures and files are 404; malformed ids are 400', async () => {
    const unknown = await upload(body(), admin, '9.999999');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'PROCEDURE_NOT_FOUND');
    const noFile = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/1.001193/files/00000000-0000-4000-8000-000000000000' });
    assert.equal(noFile.statusCode, 404);
    assert.equal(noFile.headers['cache-control'], 'no-store', 'a refusal is not cached');
    const noProcedure = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/9.999999/files/00000000-0000-4000-8000-000000000000' });
    assert.equal((noProcedure.json() as { code: string }).code, 'PROCEDURE_NOT_FOUND');
    const badId = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/1.001193/files/not-a-uuid' });
    assert.equal(badId.statusCode, 400);
    const otherProcedure = await upload(body({ titleVi: 'Mẫu khác' }), admin, '1.004873');
    const crossed = await t.app.inject({ method: 'GET', url: `/api/v1/procedures/1.001193/files/${otherProcedure.body.file.id}` });
    assert.equal(crossed.statusCode, 404, "a file is served only under its own procedure's code");
  });
});
