/**
 * What the desk workspace shows, decided from the domain's own tables rather than repeated here:
 * which screens a role has (the lifecycle's ACTION_ROLES and the role's permissions), which
 * steps of a dossier have a form on this screen, which printed forms a dossier has, how near
 * its due date is, and where a dossier may be forwarded. The server refuses anything else
 * anyway; these rules keep buttons that would only be refused off the screen.
 */
import { ROLE_PERMISSIONS, type Permission } from '../../../domain/access/permissions.js';
import type { Role } from '../../../domain/access/roles.js';
import { ACTION_ROLES, type DossierAction, type DossierStatus } from '../../../domain/dossier/lifecycle.js';
import type { DossierDetail, DossierStep, DossierSummary, Organisation } from './decode.js';

function hasPermission(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}

function mayTake(role: Role, action: DossierAction): boolean {
  return (ACTION_ROLES[action] as readonly Role[]).includes(role);
}

export interface DeskAbilities {
  /** Sign handover records from the post: signing registers each dossier received. */
  acknowledge: boolean;
  /** Register a dossier received in person or online. */
  register: boolean;
  /** Hand results to the post on a handover record. */
  handResults: boolean;
  /** Keep the log of help given to citizens filing online. */
  assistedFilings: boolean;
  /** The desk's dossiers, their pages and the tracking book. */
  dossiers: boolean;
}

export function deskAbilities(role: Role): DeskAbilities {
  const work = hasPermission(role, 'dossiers:work');
  return {
    acknowledge: work && mayTake(role, 'register'),
    register: hasPermission(role, 'dossiers:register') && mayTake(role, 'register'),
    handResults: work && mayTake(role, 'hand-result-to-post'),
    assistedFilings: hasPermission(role, 'assisted-filings:record'),
    dossiers: work,
  };
}

// ── Due dates ──────────────────────────────────────────────────────────────────────────────

/** "Due soon": within two days. Calendar days, not working days: the list is a reminder, the legal count is the server's. */
export const DUE_SOON_MS = 2 * 24 * 3_600_000;

export type DueState = 'overdue' | 'due-soon' | 'running' | 'paused' | 'not-started' | 'closed';

/** Whether the processing clock runs in this status, and so whether the due date is a worry now. */
function clockOf(status: DossierStatus): 'running' | 'paused' | 'not-started' | 'closed' {
  switch (status) {
    case 'received':
    case 'processing':
    case 'financial-obligation':
      return 'running';
    // The clock restarts from zero when the supplement arrives (Decree 61/2018 Art. 19).
    case 'supplement-requested':
      return 'paused';
    case 'awaiting-handover':
      return 'not-started';
    case 'refused':
    case 'withdrawn':
    case 'stopped':
    case 'processed':
    case 'result-with-post':
    case 'returned':
      return 'closed';
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

export function dueState(dossier: Pick<DossierSummary, 'status' | 'dueAt'>, now: Date): DueState {
  const clock = clockOf(dossier.status);
  if (clock !== 'running') return clock;
  const left = new Date(dossier.dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due-soon' : 'running';
}

export const DUE_FILTERS = ['due-soon', 'overdue'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** "Due soon" includes the overdue ones: both need doing first. */
export function matchesDueFilter(dossier: Pick<DossierSummary, 'status' | 'dueAt'>, filter: DueFilter | null, now: Date): boolean {
  if (filter === null) return true;
  const state = dueState(dossier, now);
  switch (filter) {
    case 'overdue':
      return state === 'overdue';
    case 'due-soon':
      return state === 'overdue' || state === 'due-soon';
    default: {
      const exhaustive: never = filter;
      return exhaustive;
    }
  }
}

// ── Processing steps ───────────────────────────────────────────────────────────────────────

/** The small forms of the dossier page, one per step the API offers (src/http/routes/desk.ts). */
export type StepForm = 'forward' | 'supplement-request' | 'supplement-received' | 'refusal' | 'delay' | 'result' | 'delivery' | 'hand-to-post';

/** The form for an action, or null when this workspace has no route for it (the post's own steps, withdrawal…). */
export function stepFormOf(action: DossierAction): StepForm | null {
  switch (action) {
    case 'forward':
      return 'forward';
    case 'request-supplement':
      return 'supplement-request';
    case 'receive-supplement':
      return 'supplement-received';
    case 'refuse':
      return 'refusal';
    case 'notify-delay':
      return 'delay';
    case 'record-result':
      return 'result';
    case 'deliver-result':
      return 'delivery';
    case 'hand-result-to-post':
      return 'hand-to-post';
    case 'register':
    case 'cancel-before-filing':
    case 'request-financial-obligation':
    case 'fulfil-financial-obligation':
    case 'return-to-agency':
    case 'withdraw':
    case 'stop':
      return null;
    default: {
      const exhaustive: never = action;
      return exhaustive;
    }
  }
}

/**
 * The step forms to show: the actions the server says the role may take now, less those this
 * screen cannot do and those the server would refuse for this dossier (a result handed to a
 * post that will not carry it; a result returned at the desk while the post is delivering it).
 */
export function stepFormsFor(dossier: Pick<DossierDetail, 'availableActions' | 'resultMethod' | 'itemNumber' | 'status'>): StepForm[] {
  const forms: StepForm[] = [];
  for (const action of dossier.availableActions) {
    const form = stepFormOf(action);
    if (form === null) continue;
    if (form === 'hand-to-post' && (dossier.resultMethod !== 'postal' || dossier.itemNumber === null)) continue;
    if (form === 'delivery' && dossier.status === 'result-with-post') continue;
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
}

/** Results waiting at the desk that the post is to carry: what the "hand to the post" screen offers. */
export function readyForPost(list: readonly DossierSummary[]): DossierSummary[] {
  return list.filter((d) => d.status === 'processed' && d.resultMethod === 'postal' && d.itemNumber !== null);
}

// ── Printed forms ──────────────────────────────────────────────────────────────────────────

/** The statutory forms of one dossier (Circular 01/2018: 01–05; 06 is the tracking book, printed per period). */
export const DOSSIER_FORMS = ['receipt', 'supplement-request', 'refusal', 'delay-apology', 'control-slip'] as const;
export type DossierForm = (typeof DOSSIER_FORMS)[number];

export const FORM_NUMBER = { receipt: '01', 'supplement-request': '02', refusal: '03', 'delay-apology': '04', 'control-slip': '05' } as const satisfies Record<DossierForm, string>;

/** Which step a form records; null for those every registered dossier has. */
function stepOfForm(form: DossierForm): DossierAction | null {
  switch (form) {
    case 'receipt':
    case 'control-slip':
      return null;
    case 'supplement-request':
      return 'request-supplement';
    case 'refusal':
      return 'refuse';
    case 'delay-apology':
      return 'notify-delay';
    default: {
      const exhaustive: never = form;
      return exhaustive;
    }
  }
}

/** The forms the server can fill for this dossier now: the others would be refused for want of their step. */
export function formsFor(steps: readonly Pick<DossierStep, 'action'>[]): DossierForm[] {
  return DOSSIER_FORMS.filter((form) => {
    const step = stepOfForm(form);
    return step === null || steps.some((s) => s.action === step);
  });
}

// ── Forwarding ─────────────────────────────────────────────────────────────────────────────

/**
 * Where a desk forwards dossiers: its own commune's (or ward's) people's committee first, then the
 * province's committee and departments and any processing unit at those levels. Post offices,
 * partners and other communes' committees are left out: forwarding there would be a mistake
 * (the server refuses the post and partners outright).
 */
export function forwardTargets(directory: readonly Organisation[], deskCode: string): Organisation[] {
  const desk = directory.find((o) => o.code === deskCode);
  const province = directory.find((o) => o.kind === 'province');
  const levels = new Set([desk?.unitCode, province?.unitCode].filter((u): u is string => u !== undefined));
  const rank = (o: Organisation): number => (o.unitCode === desk?.unitCode && o.kind === 'people_committee' ? 0 : o.kind === 'people_committee' ? 1 : o.kind === 'processing_unit' ? 2 : 3);
  return directory
    .filter((o) => {
      switch (o.kind) {
        case 'people_committee':
        case 'processing_unit':
          return levels.has(o.unitCode);
        case 'department':
          return true;
        case 'province':
        case 'public_service_centre':
        case 'postal_operator':
        case 'post_office':
        case 'partner':
          return false;
        default: {
          const exhaustive: never = o.kind;
          return exhaustive;
        }
      }
    })
    .sort((a, b) => rank(a) - rank(b) || a.nameVi.localeCompare(b.nameVi, 'vi'));
}

// ── Dates typed by the officer ─────────────────────────────────────────────────────────────

/** A `datetime-local` value ("2026-02-26T16:00"), read as Vietnam time whatever the device's zone. */
export function vietnamLocalToIso(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/u.exec(local);
  if (match === null) return null;
  const iso = `${match[1] ?? ''}T${match[2] ?? ''}:${match[3] ?? ''}:00+07:00`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** Today in Vietnam as YYYY-MM-DD. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The tracking book's default period: the first of this month to today, Vietnam time. */
export function monthToDate(now: Date): { from: string; to: string } {
  const today = vietnamToday(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** A period of plain dates, both included, as the tracking book and the log accept it: at most a year. */
export function periodProblem(period: { from: string; to: string }): 'missing' | 'reversed' | 'too-long' | null {
  const pattern = /^\d{4}-\d{2}-\d{2}$/u;
  if (!pattern.test(period.from) || !pattern.test(period.to)) return 'missing';
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) return 'missing';
  if (to < from) return 'reversed';
  return (to - from) / 86_400_000 >= 366 ? 'too-long' : null;
}
