import { Type } from 'typebox';
import type { App } from '../app-type.js';

export function healthRoute(app: App, deps: { health: { check(): Promise<'pglite' | 'postgresql'> }; version: string }): void {
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
      return { status: 'ok' as const, database: await deps.health.check(), version: deps.version };
    },
  );
}
