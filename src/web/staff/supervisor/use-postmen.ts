/**
 * The postmen of each post office that has pickups on screen. Pickups name their office by code
 * and the roster is read by organisation id, so the directory of post offices is read once.
 * A roster that cannot be read leaves only automatic assignment, which the server does alone.
 */
import { useEffect, useRef, useState } from 'react';
import { type Postman, postOffices, postmenOf } from './pickups-api.js';

export type Roster = { kind: 'loading' } | { kind: 'ready'; postmen: Postman[] } | { kind: 'failed' };

export function usePostmen(officeCodes: readonly string[]): (officeCode: string) => Roster {
  const [rosters, setRosters] = useState<ReadonlyMap<string, Roster>>(new Map());
  const officeIds = useRef<Map<string, string> | null>(null);
  const wanted = [...new Set(officeCodes)].sort().join(' ');

  useEffect(() => {
    if (wanted === '') return;
    const controller = new AbortController();
    const settle = (code: string, roster: Roster) => {
      if (!controller.signal.aborted) setRosters((previous) => new Map(previous).set(code, roster));
    };
    const missing = wanted.split(' ').filter((code) => rosters.get(code)?.kind !== 'ready');
    void (async () => {
      let ids = officeIds.current;
      if (ids === null) {
        try {
          ids = new Map((await postOffices(controller.signal)).map((office) => [office.code, office.id]));
          officeIds.current = ids;
        } catch {
          for (const code of missing) settle(code, { kind: 'failed' });
          return;
        }
      }
      const known = ids;
      await Promise.all(
        missing.map(async (code) => {
          const id = known.get(code);
          if (id === undefined) return settle(code, { kind: 'failed' });
          try {
            settle(code, { kind: 'ready', postmen: await postmenOf(id, controller.signal) });
          } catch {
            settle(code, { kind: 'failed' });
          }
        }),
      );
    })();
    return () => controller.abort();
    // Only a new set of offices asks again; `rosters` is read for what is known already.
  }, [wanted]);

  return (officeCode) => rosters.get(officeCode) ?? { kind: 'loading' };
}
