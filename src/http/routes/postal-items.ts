/** Checking a postal item number (UPU S10) before it is used anywhere. */
import { Type } from 'typebox';
import { validateS10 } from '../../domain/postal-item/s10.js';
import { AppError } from '../../platform/errors.js';
import type { App } from '../app-type.js';

export function postalItemRoutes(app: App): void {
  app.get(
    '/api/v1/postal-items/:number/validity',
    {
      config: { access: 'public' },
      schema: {
        tags: ['postal'],
        summary: 'Whether a postal item number is a valid UPU S10 number (length, letters, digits, check digit, country)',
        params: Type.Object({ number: Type.String({ maxLength: 40 }) }),
        response: {
          200: Type.Object({ valid: Type.Literal(true), number: Type.String({ description: 'The number as normalised (upper case, no spaces)' }) }),
          400: Type.Ref('Problem'),
        },
      },
    },
    async (request) => {
      const result = validateS10(request.params.number, { country: 'VN' });
      if (result.ok) return { valid: true as const, number: result.value };
      throw new AppError('POSTAL_ITEM_NUMBER_INVALID', {
        detail: { vi: result.problem.vi, en: result.problem.en },
        fields: [{ in: 'path', name: 'number', vi: result.problem.vi, en: result.problem.en }],
        extra: { reason: result.problem.reason, valid: false },
      });
    },
  );
}
