/**
 * The outbox on this device: kept in localStorage under the signed-in account (a shared phone
 * never sends one postman's writes in another's name), sent one entry at a time in the order
 * the actions were taken, automatically when the browser says it is back online, every half
 * minute while something waits, and when the postman asks. A screen that submits a write waits
 * for its fate: sent (with the server's answer), queued (no network, or the server cannot act
 * now), or refused (the screen shows why beside the fields, and the write leaves the outbox
 * because the form now holds it). A write refused while the postman was elsewhere stays in the
 * outbox, marked, until corrected or discarded.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { StaffSession } from '../../session.js';
import {
  EMPTY_OUTBOX,
  type OutboxEntry,
  type OutboxState,
  type StoredProblem,
  decodeOutbox,
  enqueue,
  markRefused,
  markSent,
  markTried,
  removeEntry,
  replaceEntry,
  waitingEntries,
} from './outbox.js';
import { sendEntry } from './send.js';

export type SubmitResult =
  | { kind: 'sent'; body: unknown }
  | { kind: 'queued'; why: 'offline' | 'unreachable' | 'retry-later' | 'signed-out' }
  | { kind: 'refused'; problem: StoredProblem };

export interface OutboxSnapshot {
  state: OutboxState;
  online: boolean;
  sending: boolean;
  /** The session ended while sending: writes wait until the postman signs in again. */
  signedOut: boolean;
  /** The device refused to store the outbox: writes are kept only while this page stays open. */
  storageFull: boolean;
  /** When the last send ended with no answer or "try later". */
  lastFailureAt: string | null;
}

const RETRY_EVERY_MS = 30_000;
const storageKey = (accountId: string) => `bcci-hub.postal-outbox.${accountId}`;

function browserOnline(): boolean {
  return typeof navigator === 'undefined' ? true : navigator.onLine;
}

function readStored(key: string): OutboxState {
  try {
    return decodeOutbox(window.localStorage.getItem(key));
  } catch {
    return EMPTY_OUTBOX;
  }
}

class OutboxController {
  private snapshot: OutboxSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Map<string, (result: SubmitResult) => void>();
  /** Entries whose screen is still open to show a refusal beside its fields. */
  private readonly watched = new Set<string>();
  private flushing: Promise<void> | null = null;
  private csrfToken = '';
  private users = 0;
  private timer: number | undefined;

  constructor(private readonly key: string) {
    this.snapshot = { state: readStored(key), online: browserOnline(), sending: false, signedOut: false, storageFull: false, lastFailureAt: null };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): OutboxSnapshot => this.snapshot;

  private set(change: Partial<OutboxSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  private setState(state: OutboxState): void {
    let storageFull = false;
    try {
      window.localStorage.setItem(this.key, JSON.stringify(state));
    } catch {
      storageFull = true;
    }
    this.set({ state, storageFull });
  }

  private readonly onOnline = (): void => {
    this.set({ online: true });
    void this.flush();
  };

  private readonly onOffline = (): void => this.set({ online: false });

  /** Another tab of the same account changed the outbox. */
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === this.key) this.set({ state: readStored(this.key) });
  };

  attach(session: StaffSession): () => void {
    const renewed = this.csrfToken !== session.csrfToken;
    this.csrfToken = session.csrfToken;
    if (renewed && this.snapshot.signedOut) this.set({ signedOut: false });
    this.users += 1;
    if (this.users === 1) {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
      window.addEventListener('storage', this.onStorage);
      this.timer = window.setInterval(() => {
        if (waitingEntries(this.snapshot.state).length > 0) void this.flush();
      }, RETRY_EVERY_MS);
      this.set({ online: browserOnline() });
    }
    void this.flush();
    return () => {
      this.users -= 1;
      if (this.users === 0) {
        window.removeEventListener('online', this.onOnline);
        window.removeEventListener('offline', this.onOffline);
        window.removeEventListener('storage', this.onStorage);
        window.clearInterval(this.timer);
      }
    };
  }

  /** Puts a write in the outbox and tries to send it; resolves with what became of it. */
  submit(entry: OutboxEntry, options: { replacing?: string } = {}): Promise<SubmitResult> {
    const result = new Promise<SubmitResult>((resolve) => this.waiters.set(entry.id, resolve));
    this.watched.add(entry.id);
    const { replacing } = options;
    const state = this.snapshot.state;
    this.setState(replacing !== undefined && state.entries.some((e) => e.id === replacing) ? replaceEntry(state, replacing, entry) : enqueue(state, entry));
    void this.flush().then(() => this.settle(entry.id, { kind: 'queued', why: this.snapshot.online ? 'unreachable' : 'offline' }));
    return result;
  }

  /** The screen that submitted the entry closed: a refusal must now stay in the outbox. */
  release(id: string): void {
    this.watched.delete(id);
  }

  discard(id: string): void {
    this.setState(removeEntry(this.snapshot.state, id));
  }

  discardUnreadable(): void {
    this.setState({ ...this.snapshot.state, unreadable: [] });
  }

  sendNow(): Promise<void> {
    this.set({ online: browserOnline() });
    return this.flush();
  }

  private settle(id: string, result: SubmitResult): void {
    this.watched.delete(id);
    const resolve = this.waiters.get(id);
    if (resolve === undefined) return;
    this.waiters.delete(id);
    resolve(result);
  }

  private flush(): Promise<void> {
    if (this.flushing !== null) return this.flushing;
    this.flushing = this.run().finally(() => {
      this.flushing = null;
      this.set({ sending: false });
    });
    return this.flushing;
  }

  private async run(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      if (this.snapshot.signedOut || this.csrfToken === '') return;
      if (!browserOnline()) {
        this.set({ online: false });
        return;
      }
      const next = waitingEntries(this.snapshot.state).find((e) => !tried.has(e.id));
      if (next === undefined) return;
      tried.add(next.id);
      this.set({ sending: true });
      this.setState(markTried(this.snapshot.state, next.id));
      const outcome = await sendEntry(next, this.csrfToken);
      switch (outcome.kind) {
        case 'sent': {
          this.setState(markSent(this.snapshot.state, next.id, new Date().toISOString(), itemNumberOf(outcome.body)));
          this.set({ online: true, lastFailureAt: null });
          this.settle(next.id, { kind: 'sent', body: outcome.body });
          break;
        }
        case 'refused': {
          // The form that sent it shows the reasons and keeps the input; otherwise the outbox keeps it.
          const shown = this.waiters.has(next.id) && this.watched.has(next.id);
          this.setState(shown ? removeEntry(this.snapshot.state, next.id) : markRefused(this.snapshot.state, next.id, outcome.problem));
          this.settle(next.id, { kind: 'refused', problem: outcome.problem });
          break;
        }
        case 'unreachable':
        case 'retry-later':
          this.set({ lastFailureAt: new Date().toISOString() });
          this.settle(next.id, { kind: 'queued', why: outcome.kind });
          return;
        case 'signed-out':
          this.set({ signedOut: true });
          this.settle(next.id, { kind: 'queued', why: 'signed-out' });
          return;
        default: {
          const exhaustive: never = outcome;
          return exhaustive;
        }
      }
    }
  }
}

function itemNumberOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('itemNumber' in body)) return null;
  return typeof body.itemNumber === 'string' ? body.itemNumber : null;
}

const controllers = new Map<string, OutboxController>();

function controllerFor(accountId: string): OutboxController {
  let controller = controllers.get(accountId);
  if (controller === undefined) {
    controller = new OutboxController(storageKey(accountId));
    controllers.set(accountId, controller);
  }
  return controller;
}

export interface OutboxHandle extends OutboxSnapshot {
  submit: (entry: OutboxEntry, options?: { replacing?: string }) => Promise<SubmitResult>;
  discard: (id: string) => void;
  release: (id: string) => void;
  discardUnreadable: () => void;
  sendNow: () => Promise<void>;
}

/** The signed-in account's outbox, sending while any screen of the workspace is open. */
export function useOutbox(session: StaffSession): OutboxHandle {
  const controller = controllerFor(session.account.id);
  useEffect(() => controller.attach(session), [controller, session]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  // Stable functions: screens keep them in effects' dependencies without re-running them.
  const actions = useMemo(
    () => ({
      submit: (entry: OutboxEntry, options?: { replacing?: string }) => controller.submit(entry, options),
      discard: (id: string) => controller.discard(id),
      release: (id: string) => controller.release(id),
      discardUnreadable: () => controller.discardUnreadable(),
      sendNow: () => controller.sendNow(),
    }),
    [controller],
  );
  return { ...snapshot, ...actions };
}

/** 128 random bits as hex: crypto.randomUUID exists only on HTTPS pages, getRandomValues everywhere. */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new entry's identity and Idempotency-Key, made when the postman acts. */
export function newEntryIds(): { id: string; key: string; createdAt: string } {
  return { id: randomId(), key: `pw-${randomId()}`, createdAt: new Date().toISOString() };
}
