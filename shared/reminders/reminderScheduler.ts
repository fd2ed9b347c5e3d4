// The reminder scheduler core, shared by the Electron main process and the browser build. It
// keeps the plan the renderer sends, shows each reminder once at its time, catches up on those
// that came due while it was not running, and persists what it knows through an injected store.
// Clock, timers, notifications and storage come in as parameters, so it runs anywhere and is
// tested with fakes.
import { z } from 'zod';
import { instantSchema } from '../application';
import type { AppCommand, Result } from '../desktopApi';
import { deadlineDueTime } from '../nextDate';
import {
  dueAt,
  plannedReminderSchema,
  type PlannedReminder,
  type ReminderCentre,
  type ReminderEntry,
} from './reminder';

/** The longest delay setTimeout accepts; longer ones are chained, never shortened. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
/** A reminder shown more than this after its time was missed (asleep, closed) and is grouped. */
export const LATE_AFTER_MS = 5 * 60_000;
/**
 * Shown or dismissed reminders are remembered until 30 days after what they were about, so a
 * re-plan (or a clock set back) can never show them again; the plan only holds reminders whose
 * time is still ahead, and that time is before what they are about.
 */
export const KEEP_HISTORY_MS = 30 * 24 * 60 * 60_000;
/** How far back the reminder centre's "recent" list reaches. */
export const RECENT_MS = 14 * 24 * 60 * 60_000;
const MAX_LISTED_IN_GROUP = 5;

const entrySchema = plannedReminderSchema.extend({
  state: z.enum(['scheduled', 'snoozed', 'fired', 'dismissed']),
  firedAt: instantSchema.nullable(),
  snoozedUntil: instantSchema.nullable(),
});

export const schedulerStateSchema = z.object({
  version: z.literal(1),
  entries: z.array(entrySchema),
});
export type SchedulerState = z.infer<typeof schedulerStateSchema>;

export interface SchedulerTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface ReminderNotice {
  /** Stable for the same reminder, so a platform can replace a notice instead of doubling it. */
  key: string;
  title: string;
  body: string;
  /** The application to show on click; null for a group of reminders. */
  applicationId: string | null;
}

export interface ReminderNotifier {
  show(notice: ReminderNotice, onClick: () => void): void;
}

export interface SchedulerStore {
  /** The saved state as it was written, or null when nothing was saved yet. */
  load(): Promise<unknown>;
  save(state: SchedulerState): Promise<void>;
}

export interface SchedulerDeps {
  now: () => number;
  timers: SchedulerTimers;
  notifier: ReminderNotifier;
  store: SchedulerStore;
  /** Clicks on notifications and "reminders-changed" after reminders were shown. */
  onCommand: (command: AppCommand) => void;
  /** Problems nobody asked about directly: a failed save after firing, an unreadable store. */
  onError: (message: string) => void;
  /** Anything in the schedule changed (for a tray menu of upcoming reminders). */
  onChange?: () => void;
}

export interface ReminderScheduler {
  /** Replaces the whole plan; reminders already shown or dismissed stay so. */
  replacePlan(plan: readonly PlannedReminder[]): Promise<Result<null>>;
  centre(): Promise<Result<ReminderCentre>>;
  snooze(id: string, minutes: number): Promise<Result<null>>;
  dismiss(id: string): Promise<Result<null>>;
  /** Call after system resume or a clock change: shows what is due and re-arms the timer. */
  wake(): void;
  stop(): void;
}

/** Loads the saved state, catches up on what came due meanwhile, and starts the timer. */
export async function startReminderScheduler(deps: SchedulerDeps): Promise<ReminderScheduler> {
  const entries = new Map<string, ReminderEntry>();
  let timer: unknown = null;
  let saving: Promise<unknown> = Promise.resolve();

  for (const entry of await loadEntries(deps)) entries.set(entry.id, entry);

  const isoNow = () => new Date(deps.now()).toISOString();

  /** When an entry comes next; null once it came or was dismissed. */
  function dueTime(entry: ReminderEntry): number | null {
    return entry.state === 'scheduled' || entry.state === 'snoozed' ? dueAt(entry) : null;
  }

  async function persist(): Promise<Result<null>> {
    const snapshot: SchedulerState = { version: 1, entries: [...entries.values()].map((e) => ({ ...e })) };
    // Saves run one after another so an older snapshot never lands after a newer one.
    const save = saving.then(() => deps.store.save(snapshot));
    saving = save.catch(() => undefined);
    try {
      await save;
      return { ok: true, value: null };
    } catch (error) {
      const message = `Reminders could not be saved (${describe(error)}); they stay scheduled while the app runs.`;
      deps.onError(message);
      return { ok: false, error: message };
    }
  }

  function show(notice: ReminderNotice, command: AppCommand) {
    try {
      deps.notifier.show(notice, () => deps.onCommand(command));
    } catch (error) {
      deps.onError(`A reminder could not be shown (${describe(error)}): ${notice.title}`);
    }
  }

  /** Shows everything due now: on-time reminders one by one, missed ones as one group. */
  function fireDue(): boolean {
    const now = deps.now();
    const due = [...entries.values()]
      .map((entry) => ({ entry, at: dueTime(entry) }))
      .filter((d): d is { entry: ReminderEntry; at: number } => d.at !== null && d.at <= now)
      .sort((a, b) => a.at - b.at);
    if (due.length === 0) return false;
    const firedAt = isoNow();
    for (const { entry } of due) {
      entries.set(entry.id, { ...entry, state: 'fired', firedAt, snoozedUntil: null });
    }
    const late = due.filter((d) => now - d.at > LATE_AFTER_MS).map((d) => d.entry);
    for (const { entry } of due.filter((d) => now - d.at <= LATE_AFTER_MS)) {
      show(
        { key: entry.id, title: entry.title, body: entry.body, applicationId: entry.applicationId },
        { type: 'show-application', applicationId: entry.applicationId },
      );
    }
    if (late.length > 0) {
      const single = late.length === 1 ? late[0]! : null;
      show(
        {
          key: single?.id ?? 'reminders-while-away',
          title: `${late.length} ${late.length === 1 ? 'reminder' : 'reminders'} while you were away`,
          body: groupBody(late),
          applicationId: single?.applicationId ?? null,
        },
        single ? { type: 'show-application', applicationId: single.applicationId } : { type: 'open-reminders' },
      );
    }
    void persist();
    deps.onCommand({ type: 'reminders-changed' });
    deps.onChange?.();
    return true;
  }

  function arm() {
    if (timer !== null) deps.timers.clear(timer);
    timer = null;
    let next = Infinity;
    for (const entry of entries.values()) next = Math.min(next, dueTime(entry) ?? Infinity);
    if (next === Infinity) return;
    const delay = Math.min(Math.max(0, next - deps.now()), MAX_TIMER_DELAY_MS);
    timer = deps.timers.set(() => {
      timer = null;
      fireDue();
      arm();
    }, delay);
  }

  /** Forgets settled reminders long past; true when any were forgotten. */
  function prune(): boolean {
    const cutoff = deps.now() - KEEP_HISTORY_MS;
    const before = entries.size;
    for (const entry of entries.values()) {
      const settled = entry.state === 'fired' || entry.state === 'dismissed';
      const firedLongAgo = entry.firedAt === null || Date.parse(entry.firedAt) < cutoff;
      if (settled && firedLongAgo && targetTime(entry.targetAt) < cutoff) entries.delete(entry.id);
    }
    return entries.size < before;
  }

  async function changed(): Promise<Result<null>> {
    arm();
    deps.onChange?.();
    return persist();
  }

  const pruned = prune();
  if (!fireDue() && pruned) void persist();
  arm();

  return {
    async replacePlan(plan) {
      // What is due already is shown first: the new plan leaves out anything whose time passed.
      fireDue();
      const planned = new Set<string>();
      for (const reminder of plan) {
        if (planned.has(reminder.id)) continue;
        planned.add(reminder.id);
        const known = entries.get(reminder.id);
        if (known?.state === 'fired' || known?.state === 'dismissed') continue;
        entries.set(reminder.id, {
          ...reminder,
          state: known?.state === 'snoozed' ? 'snoozed' : 'scheduled',
          firedAt: known?.firedAt ?? null,
          snoozedUntil: known?.snoozedUntil ?? null,
        });
      }
      // Scheduled reminders missing from the plan are gone (deleted, done, ended, moved).
      // Snoozed ones were shown already, so no plan holds them: they stay until they fire.
      for (const entry of entries.values()) {
        if (entry.state === 'scheduled' && !planned.has(entry.id)) entries.delete(entry.id);
      }
      prune();
      return changed();
    },

    async centre() {
      const now = deps.now();
      const all = [...entries.values()];
      const upcoming = all
        .filter((e) => e.state === 'scheduled' || e.state === 'snoozed')
        .sort((a, b) => (dueTime(a) ?? 0) - (dueTime(b) ?? 0));
      const shownAt = (e: ReminderEntry) => Date.parse(e.firedAt ?? e.fireAt);
      const recent = all
        .filter((e) => (e.state === 'fired' || e.state === 'dismissed') && shownAt(e) >= now - RECENT_MS)
        .sort((a, b) => shownAt(b) - shownAt(a));
      return { ok: true, value: { upcoming, recent } };
    },

    async snooze(id, minutes) {
      const entry = entries.get(id);
      if (!entry) return { ok: false, error: 'This reminder no longer exists.' };
      if (entry.state === 'scheduled') return { ok: false, error: 'This reminder has not been shown yet.' };
      if (entry.state === 'dismissed') return { ok: false, error: 'This reminder was dismissed.' };
      const until = new Date(deps.now() + minutes * 60_000).toISOString();
      entries.set(id, { ...entry, state: 'snoozed', snoozedUntil: until });
      return changed();
    },

    async dismiss(id) {
      const entry = entries.get(id);
      if (!entry) return { ok: false, error: 'This reminder no longer exists.' };
      if (entry.state === 'dismissed') return { ok: true, value: null };
      entries.set(id, { ...entry, state: 'dismissed', snoozedUntil: null });
      return changed();
    },

    wake() {
      fireDue();
      arm();
    },

    stop() {
      if (timer !== null) deps.timers.clear(timer);
      timer = null;
    },
  };
}

async function loadEntries(deps: SchedulerDeps): Promise<ReminderEntry[]> {
  let raw: unknown;
  try {
    raw = await deps.store.load();
  } catch (error) {
    deps.onError(`Saved reminders could not be read (${describe(error)}); starting with none.`);
    return [];
  }
  if (raw === null || raw === undefined) return [];
  const parsed = schedulerStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    deps.onError(
      `Saved reminders are damaged (${issue?.path.join('.') || 'file'}: ${issue?.message}); starting with none.`,
    );
    return [];
  }
  return parsed.data.entries;
}

/** When the thing a reminder is about happens: the instant, or the end of the calendar date. */
export function targetTime(targetAt: string): number {
  // A reminder's target is due as a deadline is: a date counts until its day is over.
  return deadlineDueTime({ at: targetAt });
}

function groupBody(reminders: readonly ReminderEntry[]): string {
  const listed = reminders.slice(0, MAX_LISTED_IN_GROUP).map((r) => r.summary);
  const more = reminders.length - listed.length;
  return [...listed, ...(more > 0 ? [`and ${more} more`] : [])].join('\n');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
