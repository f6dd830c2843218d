/**
 * What the intake form reads besides the dossier: the procedure's checklist, its competent
 * level (which decides the tariff zone: a commune-level dossier stays in its commune, a
 * provincial one travels within the province), the estimate for the service, weight and fees,
 * and the communes and wards to choose from. All of it is kept in the tab once read
 * (postal-api.ts), so a form opened before the signal dropped still works without it.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { defaultDeskRoute } from '../../../domain/postal-item/routing.js';
import type { IntakeFormState } from './intake-form.js';
import { type Checklist, type Quote, type Unit, fetchChecklist, fetchProcedure, fetchQuote, fetchUnits } from './postal-api.js';

type Zone = 'intra-district' | 'intra-province';

function directionOf(form: IntakeFormState['serviceForm']): 'pickup' | 'delivery' | 'both' {
  switch (form) {
    case 'send-dossier':
      return 'pickup';
    case 'receive-result':
      return 'delivery';
    case 'both':
      return 'both';
    default: {
      const exhaustive: never = form;
      return exhaustive;
    }
  }
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

export interface IntakeReference {
  checklist: Checklist | null;
  checklistLoading: boolean;
  quote: Quote | null;
  /** Why no estimate is shown, when one is not coming. */
  quoteNote: string | null;
  units: Unit[];
  loadProblem: ApiProblem | null;
}

export function useIntakeReference(form: IntakeFormState, options: { onChecklist: (found: Checklist) => void; noDesk: string; offline: string }): IntakeReference {
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [checklistLoading, setChecklistLoading] = useState(false);
  const [zone, setZone] = useState<Zone | 'none' | null>(null);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [quoteNote, setQuoteNote] = useState<string | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [loadProblem, setLoadProblem] = useState<ApiProblem | null>(null);
  // The latest callback, without re-reading the checklist each render.
  const onChecklist = useRef(options.onChecklist);
  onChecklist.current = options.onChecklist;

  const procedureCode = form.procedureCode;
  useEffect(() => {
    setChecklist(null);
    setZone(null);
    if (procedureCode === '') return;
    let live = true;
    setChecklistLoading(true);
    fetchChecklist(procedureCode).then(
      (found) => {
        if (!live) return;
        setChecklist(found);
        setChecklistLoading(false);
        onChecklist.current(found);
      },
      (failure: unknown) => {
        if (!live) return;
        setChecklistLoading(false);
        if (failure instanceof ApiProblem) setLoadProblem(failure);
      },
    );
    fetchProcedure(procedureCode).then(
      (facts) => {
        if (!live) return;
        const level = defaultDeskRoute(facts.levels, '', '').level;
        setZone(level === 'commune' ? 'intra-district' : level === 'province' ? 'intra-province' : 'none');
      },
      () => {
        if (live) setZone(null);
      },
    );
    return () => {
      live = false;
    };
  }, [procedureCode]);

  useEffect(() => {
    let live = true;
    fetchUnits().then(
      (all) => {
        if (live) setUnits(all.filter((u) => u.level >= 2).sort((a, b) => collator.compare(a.fullName, b.fullName)));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const weight = Number(form.weightGrams);
  const { serviceForm, collectFees } = form;
  const { noDesk, offline } = options;
  useEffect(() => {
    setQuote(null);
    if (zone === null) {
      setQuoteNote(null);
      return;
    }
    if (zone === 'none') {
      setQuoteNote(noDesk);
      return;
    }
    if (!Number.isInteger(weight) || weight < 1 || weight > 30_000) return;
    let live = true;
    fetchQuote({ direction: directionOf(serviceForm), zone, weightGrams: weight, collectFees }).then(
      (found) => {
        if (!live) return;
        setQuote(found);
        setQuoteNote(null);
      },
      () => {
        if (live) setQuoteNote(offline);
      },
    );
    return () => {
      live = false;
    };
  }, [zone, serviceForm, weight, collectFees, noDesk, offline]);

  return { checklist, checklistLoading, quote, quoteNote, units, loadProblem };
}
