/**
 * The round as a screen needs it: read on opening and again whenever the outbox has sent
 * something (a pickup taken in leaves the list, a delivered result too); when the network is
 * gone, the last round read in this tab is shown, saying so.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { type Round, fetchRound, rememberedRound } from './postal-api.js';

export interface RoundView {
  round: Round | null;
  /** When the round shown is an older read because the last one failed. */
  stale: boolean;
  loading: boolean;
  problem: ApiProblem | null;
  reload: () => void;
}

export function useRound(lastSent: string | null): RoundView {
  const [round, setRound] = useState<Round | null>(rememberedRound);
  const [stale, setStale] = useState(false);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetchRound(controller.signal).then(
      (found) => {
        setRound(found);
        setStale(false);
        setProblem(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        if (!(failure instanceof ApiProblem)) throw failure;
        setLoading(false);
        const kept = rememberedRound();
        setRound(kept);
        setStale(kept !== null);
        setProblem(failure);
      },
    );
    return () => controller.abort();
  }, [lastSent, asked]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { round, stale, loading, problem, reload };
}
