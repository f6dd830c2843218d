/**
 * The desk workspace's addresses and filters, the registration form's checks and draft, and the
 * decoders of the desk's answers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeAcknowledged, decodeDossierDetail, decodeInbox, decodeProcedureDocuments } from '../../src/web/staff/desk/decode.js';
import { deskPath, filtersOf, frontWithFilters, screenOf } from '../../src/web/staff/desk/desk-paths.js';
import { EMPTY_DRAFT, type RegistrationDraft, checkDraft, draftFrom, registrationBody } from '../../src/web/staff/desk/registration-form.js';

describe('the desk workspace’s addresses', () => {
  test('each screen has a Vietnamese path and reads back from it', () => {
    const screens = [
      { kind: 'front' },
      { kind: 'handover', manifestId: '9a0d7c8e-1111-4222-8333-444455556666' },
      { kind: 'dossier', id: '000.01.21.H19-260310-0001' },
      { kind: 'register' },
      { kind: 'results' },
      { kind: 'book' },
      { kind: 'assisted' },
    ] as const;
    for (const screen of screens) {
      const path = deskPath(screen);
      assert.ok(path.startsWith('/can-bo'), path);
      const rest = path.slice('/can-bo/'.length);
      const segments = rest === '' ? [] : rest.split('/').map(decodeURIComponent);
      assert.deepEqual(screenOf(segments), screen, path);
    }
    assert.equal(deskPath({ kind: 'dossier', id: 'X/Y' }), '/can-bo/ho-so/X%2FY');
  });

  test('unknown or deeper paths are no screen', () => {
    assert.deepEqual(screenOf(['khong-co']), { kind: 'notFound' });
    assert.deepEqual(screenOf(['ho-so']), { kind: 'notFound' });
    assert.deepEqual(screenOf(['ho-so', '']), { kind: 'notFound' });
    assert.deepEqual(screenOf(['ho-so', 'a', 'b']), { kind: 'notFound' });
    assert.deepEqual(screenOf(['tiep-nhan', 'x']), { kind: 'notFound' });
  });

  test('the list’s filters live in the query string; unknown values are ignored', () => {
    assert.deepEqual(filtersOf('?trang-thai=processing&han=qua-han'), { status: 'processing', due: 'overdue' });
    assert.deepEqual(filtersOf('?trang-thai=nonsense&han=mai'), { status: null, due: null });
    assert.equal(frontWithFilters({ status: 'received', due: 'due-soon' }), '/can-bo?trang-thai=received&han=sap-den-han');
    assert.equal(frontWithFilters({ status: null, due: null }), '/can-bo');
    assert.deepEqual(filtersOf(new URL(`http://x${frontWithFilters({ status: 'processed', due: 'overdue' })}`).search), { status: 'processed', due: 'overdue' });
  });
});

describe('the registration form', () => {
  const filled: RegistrationDraft = {
    ...EMPTY_DRAFT,
    procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
    name: ' Phạm Văn Nam ',
    phone: '0911 222 333',
    address: '3 Đường 30/4',
    documents: [{ name: 'Giấy chứng sinh', kind: 'original', quantity: '1' }],
  };

  test('an empty form names every required field by the API’s own field names', () => {
    assert.deepEqual(checkDraft(EMPTY_DRAFT), { procedureCode: 'required', 'applicant.name': 'required', 'applicant.phone': 'required', 'applicant.address': 'required', documents: 'no-documents' });
  });

  test('malformed entries are explained beside their field', () => {
    const errors = checkDraft({ ...filled, phone: '12ab', email: 'nam@', idNumber: 'abc', documents: [{ name: '', kind: 'copy', quantity: '0' }], workingDays: '-2' });
    assert.deepEqual(errors, { 'applicant.phone': 'phone', 'applicant.email': 'email', 'applicant.idNumber': 'id-number', 'documents.0.name': 'required', 'documents.0.quantity': 'quantity', processingTime: 'working-days' });
  });

  test('a good draft becomes the API’s body: trimmed, spaces out of the phone, optional fields left out', () => {
    assert.deepEqual(checkDraft(filled), {});
    assert.deepEqual(registrationBody(filled), {
      procedureCode: '1.001193',
      channel: 'in-person',
      resultMethod: 'in-person',
      applicant: { name: 'Phạm Văn Nam', phone: '0911222333', address: '3 Đường 30/4' },
      documents: [{ name: 'Giấy chứng sinh', kind: 'original', quantity: 1 }],
    });
    const withAll = registrationBody({ ...filled, email: 'nam@example.vn', idNumber: '075190001234', unitCode: '26041', resultMethod: 'postal', workingDays: '2,5' });
    assert.deepEqual(withAll.applicant, { name: 'Phạm Văn Nam', phone: '0911222333', email: 'nam@example.vn', idNumber: '075190001234', address: '3 Đường 30/4', unitCode: '26041' });
    assert.deepEqual(withAll.processingTime, { workingDays: 2.5 });
  });

  test('a stored draft reads back whole, and anything else is dropped', () => {
    assert.deepEqual(draftFrom(JSON.parse(JSON.stringify(filled))), filled);
    assert.equal(draftFrom({ ...filled, channel: 'postal' }), null);
    assert.equal(draftFrom({ ...filled, documents: [{ name: 'x', kind: 'photo', quantity: '1' }] }), null);
    assert.equal(draftFrom('nonsense'), null);
  });
});

describe('decoding the desk’s answers', () => {
  const record = {
    manifestId: 'm-1',
    number: 'BB-X26041-260310-001',
    from: { code: 'X26041-BD', name: 'Bưu điện phường Trấn Biên' },
    feesTotal: 0,
    sentAt: '2026-03-10T02:00:00.000Z',
    status: 'pending',
    acknowledgedAt: null,
    dossiers: [{ itemNumber: 'RR100000017VN', procedureCode: '1.001193', serviceForm: 'both', fees: 0, applicantName: 'Nguyễn Thị Hoà' }],
  };

  test('an inbox and an acknowledgement', () => {
    assert.equal(decodeInbox({ items: [record] })[0]?.dossiers[0]?.serviceForm, 'both');
    const answer = decodeAcknowledged({ manifest: { ...record, status: 'acknowledged', acknowledgedAt: '2026-03-10T03:00:00.000Z' }, registered: [{ id: 'd-1', code: 'C-1', itemNumber: 'RR100000017VN', dueAt: '2026-03-11T03:00:00.000Z' }] });
    assert.equal(answer.registered[0]?.code, 'C-1');
    assert.throws(() => decodeInbox({ items: [{ ...record, status: 'lost' }] }), /status/);
  });

  test('a dossier with its steps; an unknown action is an error, not a guess', () => {
    const dossier = {
      id: 'd-1',
      code: 'C-1',
      procedureCode: '1.001193',
      channel: 'postal',
      resultMethod: 'postal',
      itemNumber: 'RR100000017VN',
      status: 'received',
      filedAt: '2026-03-10T03:00:00.000Z',
      dueAt: '2026-03-11T03:00:00.000Z',
      forwardBy: '2026-03-10T08:00:00.000Z',
      dueMoved: false,
      agency: { code: 'X26041-TTPVHCC', name: 'Trung tâm' },
      procedureName: 'Thủ tục đăng ký khai sinh',
      applicant: { name: 'Nguyễn Thị Hoà', phone: '0912345678', email: null, address: '12 Võ Thị Sáu' },
      availableActions: ['forward', 'record-result'],
      steps: [{ seq: 1, action: 'register', fromStatus: 'awaiting-handover', toStatus: 'received', at: '2026-03-10T03:00:00.000Z', byRole: 'desk_officer', note: null }],
    };
    assert.deepEqual(decodeDossierDetail(dossier).availableActions, ['forward', 'record-result']);
    assert.throws(() => decodeDossierDetail({ ...dossier, availableActions: ['teleport'] }), /action/);
    assert.throws(() => decodeDossierDetail({ ...dossier, dueAt: null }), /dueAt/);
  });

  test('a procedure’s documents to hand in, without notes or papers only shown', () => {
    const procedure = {
      documents: [
        { group: null, toShow: true, note: false, items: [{ document: 'Căn cước công dân', quantity: null, conditional: false }] },
        { group: null, toShow: false, note: false, items: [{ document: 'Tờ khai đăng ký khai sinh', quantity: '01', conditional: false }, { document: 'Giấy chứng sinh', quantity: '01', conditional: false }] },
        { group: null, toShow: false, note: true, items: [{ document: 'Lưu ý', quantity: null, conditional: false }] },
      ],
    };
    assert.deepEqual(decodeProcedureDocuments(procedure), ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh']);
  });
});
