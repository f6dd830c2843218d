/**
 * The worker's reminders of report deadlines: every hour it records, once per deadline and
 * stage, those now due soon or overdue (report_reminders), and logs them. No message is sent
 * from here: the notices module may read the reminders.
 */
import type { Deadlines } from './deadlines.js';

export function createReminderWorker(deps: { deadlines: Deadlines; onReminder: (reminder: { kind: string; period: string; stage: 'due-soon' | 'overdue'; dueOn: string }) => void; intervalMs?: number }) {
  const intervalMs = deps.intervalMs ?? 3_600_000;

  async function runOnce(): Promise<number> {
    const recorded = await deps.deadlines.remind();
    for (const reminder of recorded) deps.onReminder(reminder);
    return recorded.length;
  }

  async function run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await runOnce();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
      });
    }
  }

  return { runOnce, run };
}
