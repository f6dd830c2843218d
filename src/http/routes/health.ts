import { Type } from 'typebox';
import type { App } from '../app-type.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';

export function healthRoute(app: App, deps: { database: Database; version: string }): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]), version: Type.String() }),
          503: Type.Ref('Problem'),
        },
      },
    },
    async () => {
      try {
        await deps.database.ping();
      } catch {
        throw new AppError('DATABASE_UNAVAILABLE');
      }
      return { status: 'ok' as const, database: deps.database.driver, version: deps.version };
    },
  );
}
