/**
 * RFC 9457 problem details: the one mapping from errors to HTTP. Titles and details are in
 * Vietnamese unless the client prefers English (Accept-Language). 5xx bodies never carry
 * internals: the request id lets an operator find the cause in the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, ERROR_CATALOGUE, type ErrorCode, type FieldError } from '../platform/errors.js';

export type Language = 'vi' | 'en';

export function preferredLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'vi';
  // The first language listed wins; only vi and en exist.
  return header.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI of the problem type; its page explains the code' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    code: Type.String({ description: 'Stable error code from the error catalogue' }),
    requestId: Type.String(),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          in: Type.String(),
          name: Type.String(),
          message: Type.String(),
        }),
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem details (RFC 9457)', additionalProperties: true, description: 'Extension members (e.g. reason) may follow' },
);

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  requestId: string;
  errors?: Array<{ in: string; name: string; message: string }>;
  [extension: string]: unknown;
}

export function problemBody(error: AppError, request: FastifyRequest): ProblemBody {
  const lang = preferredLanguage(request);
  const definition = ERROR_CATALOGUE[error.code];
  const body: ProblemBody = {
    type: `/api/problems/${error.code}`,
    title: definition[lang],
    status: definition.status,
    code: error.code,
    requestId: request.id,
    instance: request.url.split('?')[0],
  };
  if (error.detail !== undefined) body.detail = error.detail[lang];
  if (error.fields.length > 0) body.errors = error.fields.map((f) => ({ in: f.in, name: f.name, message: f[lang] }));
  return { ...error.extra, ...body };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  const body = problemBody(error, reply.request);
  if (error.code === 'RATE_LIMITED' && typeof error.extra['retryAfterSeconds'] === 'number') {
    void reply.header('retry-after', String(error.extra['retryAfterSeconds']));
  }
  return reply.code(body.status).type('application/problem+json').send(body);
}

type ValidationContext = 'body' | 'params' | 'querystring' | 'headers';
interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const LOCATION: Record<ValidationContext, FieldError['in']> = { body: 'body', params: 'path', querystring: 'query', headers: 'header' };

function fieldName(issue: AjvIssue): string {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = issue.params['missingProperty'] ?? issue.params['additionalProperty'];
  if (typeof missing === 'string') return path === '' ? missing : `${path}.${missing}`;
  return path === '' ? '(root)' : path;
}

function vietnameseMessage(issue: AjvIssue): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return 'thiếu tham số bắt buộc';
    case 'additionalProperties':
      return 'tham số này không được hỗ trợ';
    case 'type':
      return `phải có kiểu ${String(p['type'])}`;
    case 'format':
      return `sai định dạng (${String(p['format'])})`;
    case 'pattern':
      return 'sai định dạng';
    case 'minimum':
      return `phải lớn hơn hoặc bằng ${String(p['limit'])}`;
    case 'maximum':
      return `phải nhỏ hơn hoặc bằng ${String(p['limit'])}`;
    case 'minLength':
      return `phải có ít nhất ${String(p['limit'])} ký tự`;
    case 'maxLength':
      return `chỉ được tối đa ${String(p['limit'])} ký tự`;
    case 'enum':
      return `phải là một trong: ${Array.isArray(p['allowedValues']) ? p['allowedValues'].join(', ') : ''}`;
    case 'minItems':
      return `phải có ít nhất ${String(p['limit'])} phần tử`;
    default:
      return 'giá trị không hợp lệ';
  }
}

/** Turns Fastify's schema-validation failure into a VALIDATION_FAILED problem naming each parameter. */
export function validationProblem(error: FastifyError): AppError {
  const context = (error.validationContext ?? 'body') as ValidationContext;
  const issues = (error.validation ?? []) as AjvIssue[];
  const fields: FieldError[] = issues.map((issue) => ({
    in: LOCATION[context],
    name: fieldName(issue),
    vi: vietnameseMessage(issue),
    en: issue.message ?? 'is not valid',
  }));
  const names = [...new Set(fields.map((f) => f.name))].join(', ');
  return new AppError('VALIDATION_FAILED', {
    detail: { vi: `Tham số không hợp lệ: ${names}`, en: `Invalid parameter: ${names}` },
    fields,
  });
}

/** Maps Fastify's own errors (bad JSON, wrong content type, body too large) to catalogue codes. */
export function frameworkProblem(error: FastifyError): AppError | null {
  const status = error.statusCode ?? 500;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status === 405) return new AppError('METHOD_NOT_ALLOWED');
  if (status >= 400 && status < 500) {
    // Fastify's messages for these (e.g. "Body is not valid JSON") contain no internals.
    return new AppError('BAD_REQUEST', { detail: { vi: 'Yêu cầu không đúng định dạng (ví dụ: JSON sai cú pháp)', en: error.message } });
  }
  return null;
}
