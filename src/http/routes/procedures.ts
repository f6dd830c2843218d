/**
 * The procedures catalogue for citizens (issue 7, "Procedures by post"): search, one procedure
 * with what to prepare and when the result would be due, and its published files (R5); and the
 * administrators' upload of those files.
 */
import { type TSchema, Type } from 'typebox';
import { PROCEDURE_FILE_KINDS } from '../../catalog/procedure-files.js';
import { PROCEDURE_FILE_MEDIA_TYPES } from '../../catalog/procedure-file-types.js';
import type { ProcedureService } from '../../catalog/procedure-service.js';
import { AGENCY_LEVELS } from '../../domain/procedure/agency-level.js';
import { SERVICE_FORMS } from '../../domain/postal-item/pickup.js';
import { accountOf, requestContext } from '../access.js';
import type { App } from '../app-type.js';
import { stringEnum } from '../schemas.js';

const Problem = Type.Ref('Problem');
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** National catalogue codes: "1.001193", "2.002154". */
const CodeParam = Type.String({ pattern: '^[0-9]{1,3}\\.[0-9]{6}$', description: 'Procedure code as in the national catalogue, e.g. 1.001193' });

const ProcessingTime = Nullable(
  Type.Object({
    text: Type.String({ description: 'As published, e.g. "3 Ngày làm việc" (some entries give only a number)' }),
    workingDays: Nullable(Type.Number({ description: 'As the desk counts it; null when the time is in hours' })),
  }),
);

const Summary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.String(),
  levels: Type.Array(Type.String(), { description: 'Agency levels as the catalogue writes them ("Cấp tỉnh", "Cấp xã", …)' }),
  byPost: Type.Boolean(),
  processingTime: ProcessingTime,
  fee: Nullable(Type.String({ description: 'Fee text of the postal row (or the in-person one), as published' })),
});

const SearchAnswer = Type.Object({
  total: Type.Integer(),
  items: Type.Array(Summary),
  facets: Type.Object(
    {
      fields: Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() })),
      levels: Type.Array(Type.Object({ id: stringEnum(AGENCY_LEVELS), label: Type.String(), count: Type.Integer() })),
    },
    { description: 'Counted over the procedures matching q and byPost, before the field and level filters' },
  ),
});

const FileView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: stringEnum(PROCEDURE_FILE_KINDS, { description: 'sample-set: bộ hồ sơ mẫu; form: blank form' }),
  title: Type.String(),
  titleEn: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  byteSize: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String({ format: 'date-time' }),
  url: Type.String({ description: 'Download path' }),
});

const Detail = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.String(),
  levels: Type.Array(Type.String()),
  type: Nullable(Type.String()),
  applicants: Nullable(Type.String()),
  agency: Type.Object({ competent: Nullable(Type.String()), implementing: Nullable(Type.String()) }),
  publishingDecision: Nullable(Type.String()),
  postal: Type.Object({
    offered: Type.Boolean(),
    basis: Nullable(stringEnum(['national-catalogue', 'provincial-decision'] as const, { description: 'provincial-decision once the province has published it for the post (R4); until then the national catalogue' })),
    decision: Nullable(Type.String()),
    since: Nullable(Type.String({ format: 'date' })),
    serviceForms: Type.Array(stringEnum(SERVICE_FORMS)),
  }),
  submissionMethods: Type.Array(Type.Object({ method: Type.String(), processingTime: ProcessingTime, fee: Nullable(Type.String()), description: Nullable(Type.String()) })),
  documents: Type.Array(
    Type.Object({
      group: Nullable(Type.String()),
      toShow: Type.Boolean({ description: 'Shown at intake, not handed in' }),
      note: Type.Boolean({ description: 'Notes, not documents' }),
      items: Type.Array(Type.Object({ document: Type.String(), quantity: Nullable(Type.String()), conditional: Type.Boolean({ description: 'Needed only in the case its text names; the postman does not require it otherwise' }) })),
    }),
    { description: "The postman's checklist at intake" },
  ),
  results: Type.Array(Type.Object({ name: Type.String(), code: Nullable(Type.String()) })),
  expectedResult: Nullable(
    Type.Object(
      { filedAt: Type.String(), dueAt: Nullable(Type.String()), basis: Type.String({ description: 'How the date was computed, or why there is none' }) },
      { description: 'If filed by post now; null when the procedure is not offered by post' },
    ),
  ),
  localSummary: Nullable(
    Type.Object(
      { processingTimeText: Nullable(Type.String()), submissionPlaces: Type.Array(Type.String()), dossierSummary: Type.Array(Type.String()), feeDetailsText: Nullable(Type.String()), statedSource: Nullable(Type.String()) },
      { description: "The province's own summary (land procedures), from a public help site: to be verified" },
    ),
  ),
  files: Type.Array(FileView),
  source: Nullable(Type.String({ description: 'The national portal page the record was copied from' })),
});

const UploadBody = Type.Object(
  {
    kind: stringEnum(PROCEDURE_FILE_KINDS),
    titleVi: Type.String({ minLength: 1, maxLength: 300 }),
    titleEn: Type.String({ minLength: 1, maxLength: 300 }),
    fileName: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^/\\\\\\u0000-\\u001f]+$' }),
    mediaType: Type.String({ maxLength: 120, description: `One of ${PROCEDURE_FILE_MEDIA_TYPES.join(', ')}; checked against the content` }),
    // The service measures the decoded file (5 MB) and answers 413; the schema only bounds the text.
    contentBase64: Type.String({ minLength: 4, maxLength: 7_340_032 }),
  },
  { additionalProperties: false },
);

/** Base64 of a 5 MB file is 6.7 MB; the app's 1 MB limit is raised for this route only. */
const UPLOAD_BODY_LIMIT = 7_400_000;
/** A file's id names fixed content: a day's caching is safe; the ETag revalidates after that. */
const FILE_CACHE_CONTROL = 'public, max-age=86400';

export function procedureRoutes(app: App, deps: { procedures: ProcedureService }): void {
  const { procedures } = deps;

  app.get(
    '/api/v1/procedures',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Search the procedures catalogue: accent-insensitive on code and name, filtered by field, agency level and postal service',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200, description: '"khai sinh", "dang ky khai sinh" or a code' })),
            field: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Field as in the data, e.g. "Hộ tịch"' })),
            level: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: `An id (${AGENCY_LEVELS.join(', ')}) or a label as in the data ("Cấp xã")` })),
            byPost: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: SearchAnswer, 400: Problem },
      },
    },
    async (request) => {
      const { q, field, level, byPost, limit, offset } = request.query;
      return procedures.search({ q, field, level, byPost, limit: limit ?? 20, offset: offset ?? 0 });
    },
  );

  app.get(
    '/api/v1/procedures/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'One procedure: how it goes by post, what to prepare, fees, processing time, the expected result date if filed now, its files',
        params: Type.Object({ code: CodeParam }),
        response: { 200: Detail, 400: Problem, 404: Problem },
      },
    },
    async (request) => procedures.detail(request.params.code),
  );

  app.get(
    '/api/v1/procedures/:code/files/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Download a file published with a procedure (sample dossier set or form); ETag is its SHA-256',
        params: Type.Object({ code: CodeParam, id: Type.String({ format: 'uuid' }) }),
        headers: Type.Object({ 'if-none-match': Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: Type.String({ description: 'The file, with its media type' }), 304: Type.Null({ description: 'Not modified' }), 400: Problem, 404: Problem },
      },
      // The app marks every /api/ answer no-store; this route-level hook runs after it and lets
      // browsers and proxies keep a published file.
      onSend: async (_request, reply) => {
        if (reply.statusCode === 200 || reply.statusCode === 304) void reply.header('cache-control', FILE_CACHE_CONTROL);
      },
    },
    async (request, reply) => {
      const file = await procedures.files.download(request.params.code, request.params.id);
      const etag = `"${file.sha256}"`;
      void reply.header('etag', etag);
      const sent = request.headers['if-none-match'];
      if (sent !== undefined && sent.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
        return reply.code(304).send(null);
      }
      return reply.header('content-type', file.mediaType).header('content-disposition', file.contentDisposition).send(file.bytes);
    },
  );

  app.post(
    '/api/v1/admin/procedures/:code/files',
    {
      config: { access: { permission: 'catalog:manage' } },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['admin'],
        summary: 'Publish a sample dossier set or form for a procedure (R5); replaces the current file of the same kind and title',
        description: `Content as base64, at most 5 MB decoded. Accepted: ${PROCEDURE_FILE_MEDIA_TYPES.join(', ')}; the content's signature must match the declared type (415 otherwise).`,
        params: Type.Object({ code: CodeParam }),
        body: UploadBody,
        response: {
          201: Type.Object({ file: FileView, replaced: Type.Array(Type.String({ format: 'uuid' }), { description: 'Ids of the files this one replaced' }) }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          413: Problem,
          415: Problem,
        },
      },
    },
    async (request, reply) => reply.code(201).send(await procedures.files.upload(accountOf(request), request.params.code, request.body, requestContext(request))),
  );
}
