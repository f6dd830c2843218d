/** The error catalogue, published: each problem `type` URI resolves here. */
import { Type } from 'typebox';
import { ERROR_CATALOGUE, type ErrorCode, isErrorCode } from '../../platform/errors.js';
import { AppError } from '../../platform/errors.js';
import type { App } from '../app-type.js';

const ProblemType = Type.Object({ code: Type.String(), status: Type.Integer(), vi: Type.String(), en: Type.String() });

export function problemRoutes(app: App): void {
  app.get(
    '/api/problems',
    { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Every error code the API may answer with', response: { 200: Type.Object({ items: Type.Array(ProblemType) }) } } },
    async () => ({ items: (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).map((code) => ({ code, ...ERROR_CATALOGUE[code] })) }),
  );
  app.get(
    '/api/problems/:code',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'One error code', params: Type.Object({ code: Type.String() }), response: { 200: ProblemType, 404: Type.Ref('Problem') } },
    },
    async (request) => {
      const { code } = request.params;
      if (!isErrorCode(code)) throw new AppError('NOT_FOUND', { detail: { vi: `Không có mã lỗi ${code}`, en: `No error code ${code}` } });
      return { code, ...ERROR_CATALOGUE[code] };
    },
  );
}
