// The reminder scheduler core, shared by the Electron main process and the browser build. It
// keeps each application's reminders as the renderer last sent them, shows each reminder once at
// its time, catches up on those that came due while it was not running, and saves what each
// change touched through an injected store (a reminder is saved as shown before it is shown).
// Saved state and plans are checked entry by entry: what is invalid is left out and said. A
// change costs the size of the change: entries are indexed by application, the next one due comes
// from a heap, and only touched entries are written.
// Clock, timers, notifications and storage come in as parameters, so it runs anywhere and is
// tested with fakes.
import { z } from '../zod';
import { instantSchema } from '../application';
import type { AppCommand, Result } from '../desktopApi';
import { createDueQueue, type DueItem } from './dueQueue';
import { sortOutDue, type DueReminder } from './dueReminders';
import {
  checkReminders,
  dueAt,
  reminderSubject,
  EVERY_UPCOMING,
  plannedReminderSchema,
  targetTime,
  type ApplicationSchedule,
  type PlannedReminder,
  type ReminderCentre,
  type ReminderCentreQuery,
  type ReminderEntry,
  type ReminderPlanChange,
  type RefusedReminder,
} from './reminder';
import { errorMessage } from '../errorMessage';

/** The longest delay setTimeout accepts; longer ones are chained, never shortened. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
/**
 * Shown or dismissed reminders are remembered until 30 days after what they were about, so a
 * schedule sent again (or a clock set back) can never show them again: a schedule holds past
 * reminders too, and a reminder's time is before what it is about.
 */
export const KEEP_HISTORY_MS = 30 * 24 * 60 * 60_000;
/** How far back the reminder centre's "recent" list reaches. */
export const RECENT_MS = 14 * 24 * 60 * 60_000;
/** Forgetting long-settled reminders looks at every entry, so it is done at most this often. */
const PRUNE_EVERY_MS = 24 * 60 * 60_000;
const MAX_LISTED_IN_GROUP = 5;
/**
 * A reminder marked shown or missed later than this after now was settled while the clock was
 * ahead (a clock that is put right moves a little either way; this is not that).
 */
export const CLOCK_AHEAD_TOLERANCE_MS = 2 * 60_000;
/** More reminders than this due at one moment come as one notification, not a flood of them. */
export const MAX_SEPARATE_NOTICES = 3;
/** The notices the reminder centre lists; later ones go to the log only. */
const MAX_NOTICES = 20;

const entrySchema = plannedReminderSchema.extend({
  state: z.enum(['scheduled', 'snoozed', 'fired', 'dismissed', 'missed', 'unplanned']),
  firedAt: instantSchema.nullable(),
  snoozedUntil: instantSchema.nullable(),
});

/** What a store loads: every entry, and the fingerprint of each application's last schedule. */
export interface SavedReminders {
  entries: ReminderEntry[];
  fingerprints: Record<string, string>;
}

/** A store's load read loosely: entries and fingerprints are then checked one by one. */
const loadedSchema = z.object({
  entries: z.array(z.unknown()),
  fingerprints: z.record(z.string(), z.unknown()),
  /** What the store itself could not read (a journal line, an entry without an id). */
  damaged: z.array(z.string()).optional(),
  /** Why the store's last whole state could not be read; what it holds came from the changes since. */
  lost: z.string().optional(),
  /**
   * Why the store could not be read just now (a file locked, an I/O error), which is not damage:
   * what it holds is what could be read, and nothing may be written over it this session.
   */
  unavailable: z.string().optional(),
});

/** What one save writes: the entries and fingerprints touched since the last one. */
export interface SchedulerWrite {
  /** Everything saved before goes first (it could not be read, so the scheduler started empty). */
  clear?: boolean;
  /** Entries added or changed, whole. */
  put: ReminderEntry[];
  /** Ids of entries gone. */
  delete: string[];
  /** Fingerprints by application id; null forgets one. */
  fingerprints: Record<string, string | null>;
}

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
  /**
   * When what it reminds of is over (ms since the epoch: a deadline's end, an event's start; the
   * latest of a group's): a notice still in sight then says what no longer holds.
   */
  over: number;
}

export interface ReminderNotifier {
  show(notice: ReminderNotice, onClick: () => void): void;
  /**
   * Takes back the notice of a reminder no longer planned (its deadline moved): one that stays
   * until dismissed would announce what no longer holds. Where notices cannot be taken back, absent.
   */
  withdraw?(key: string): void;
}

export interface SchedulerStore {
  /**
   * What was saved (SavedReminders, each entry checked as it loads), or null when nothing was saved
   * yet. Throws, or says `unavailable`, when the store could not be read: then nothing is written.
   */
  load(): Promise<unknown>;
  /** Called one at a time, in order; applying every write since the load gives what the scheduler holds. */
  write(change: SchedulerWrite): Promise<void>;
  /**
   * Keeps a copy of what is saved as it is, before the scheduler repairs it (damaged entries are
   * left out of the next write); says where the copy is.
   */
  keepCopy(): Promise<string>;
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
  /**
   * Takes the new schedules of some applications and forgets deleted ones; reminders already
   * shown or dismissed stay so.
   */
  applyChanges(change: ReminderPlanChange): Promise<Result<null>>;
  /** The fingerprint of each application's last schedule, by application id. */
  fingerprints(): Promise<Result<Record<string, string>>>;
  centre(query?: ReminderCentreQuery): Promise<Result<ReminderCentre>>;
  snooze(id: string, minutes: number): Promise<Result<null>>;
  dismiss(id: string): Promise<Result<null>>;
  /** Undoes a dismiss: a reminder already shown is shown again, one that had not come will come. */
  restore(id: string): Promise<Result<null>>;
  /** Call after system resume or a clock change: shows what is due and re-arms the timer. */
  wake(): void;
  stop(): void;
  /** Settles once every save begun so far has ended (before quitting: a reminder shown stays shown). */
  saved(): Promise<void>;
}

/** Loads the saved state, catches up on what came due meanwhile, and starts the timer. */
export async function startReminderScheduler(deps: SchedulerDeps): Promise<ReminderScheduler> {
  // Entries are never changed in place (a change stores a new object), so a store may keep them.
  const entries = new Map<string, ReminderEntry>();
  /** Entry ids by application, so a change looks only at its applications' entries. */
  const byApplication = new Map<string, Set<string>>();
  const fingerprints = new Map<string, string>();
  /** What changed since the last successful write: entry ids and application ids. */
  const unsaved = { clear: false, entries: new Set<string>(), fingerprints: new Set<string>() };
  let timer: unknown = null;
  let saving: Promise<unknown> = Promise.resolve();
  let prunedAt = -Infinity;
  /** Reminders a change unplanned, whose notices go once it is saved. */
  let unplanned: string[] = [];
  /**
   * Set when what is saved could not be read, or damage found in it could not be copied aside:
   * nothing is written this session, so what is saved is never replaced by what could be read.
   */
  let readOnly = false;
  /** The latest time a reminder was marked shown or missed (firedAt of fired and missed entries). */
  let latestSettledAt = -Infinity;

  /** What the student is told in the reminder centre: what was left out or repaired. */
  const notices: string[] = [];
  const notify = (message: string) => {
    deps.onError(message);
    if (notices.length < MAX_NOTICES) notices.push(message);
  };

  const saved = await loadSaved(deps);
  for (const entry of saved.entries) {
    entries.set(entry.id, entry);
    idsOf(entry.applicationId).add(entry.id);
    noteSettled(entry);
  }
  for (const [applicationId, fingerprint] of Object.entries(saved.fingerprints)) {
    fingerprints.set(applicationId, fingerprint);
  }
  const keptOnlyInMemory = 'changes to reminders are kept only until the app closes';
  if (saved.unavailable !== null) {
    readOnly = true;
    const read = entries.size === 0 ? 'starting with none' : `going on with the ${entries.size} that could be`;
    notify(
      `Saved reminders could not be read (${saved.unavailable}); ${read}. They were left as they are, and ${keptOnlyInMemory}.`,
    );
  } else if (saved.unreadable !== null || saved.lost !== null || saved.dropped.length > 0) {
    // The next write rewrites everything kept, so the damaged parts are copied aside first; without
    // a copy nothing is rewritten.
    let copy: string;
    try {
      copy = `A copy of it as it was is at ${await deps.store.keepCopy()}.`;
      unsaved.clear = true;
      for (const id of entries.keys()) unsaved.entries.add(id);
      for (const id of fingerprints.keys()) unsaved.fingerprints.add(id);
    } catch (error) {
      readOnly = true;
      copy = `It could not be copied aside (${errorMessage(error)}), so it was left as it is, and ${keptOnlyInMemory}.`;
    }
    if (saved.unreadable !== null) {
      notify(`Saved reminders could not be read (${saved.unreadable}); starting with none. ${copy}`);
    } else if (saved.lost !== null) {
      notify(
        `Saved reminders could not all be read (${saved.lost}); the ${entries.size} changed since were kept. ${copy}`,
      );
    } else {
      const count = saved.dropped.length;
      notify(
        `${count} saved ${count === 1 ? 'reminder was' : 'reminders were'} damaged and left out; ` +
          `the other ${entries.size} were kept. ${copy} First problem: ${saved.dropped[0]}.`,
      );
    }
  }
  const queue = createDueQueue(dueItems());

  function idsOf(applicationId: string): Set<string> {
    let ids = byApplication.get(applicationId);
    if (!ids) byApplication.set(applicationId, (ids = new Set()));
    return ids;
  }

  /** When an entry comes next; null once it came, was dismissed or is no longer planned. */
  function dueTime(entry: ReminderEntry): number | null {
    return entry.state === 'scheduled' || entry.state === 'snoozed' ? dueAt(entry) : null;
  }

  function dueItems(): DueItem[] {
    const items: DueItem[] = [];
    for (const entry of entries.values()) {
      const at = dueTime(entry);
      if (at !== null) items.push({ at, id: entry.id });
    }
    return items;
  }

  function noteSettled(entry: ReminderEntry) {
    if ((entry.state === 'fired' || entry.state === 'missed') && entry.firedAt !== null) {
      latestSettledAt = Math.max(latestSettledAt, Date.parse(entry.firedAt));
    }
  }

  /** Adds or replaces an entry, keeping the index, the queue and what is unsaved in step. */
  function put(entry: ReminderEntry) {
    const before = entries.get(entry.id);
    entries.set(entry.id, entry);
    noteSettled(entry);
    if (before && before.applicationId !== entry.applicationId) unindex(before);
    idsOf(entry.applicationId).add(entry.id);
    unsaved.entries.add(entry.id);
    const at = dueTime(entry);
    if (at === null || (before && dueTime(before) === at)) return;
    queue.push({ at, id: entry.id });
    // Items left behind by moved or settled reminders are dropped once they outnumber the rest.
    if (queue.size > 2 * entries.size + 1_000) queue.reset(dueItems());
  }

  function remove(id: string) {
    const before = entries.get(id);
    if (!before) return;
    entries.delete(id);
    unindex(before);
    unsaved.entries.add(id);
  }

  function unindex(entry: ReminderEntry) {
    const ids = byApplication.get(entry.applicationId);
    ids?.delete(entry.id);
    if (ids?.size === 0) byApplication.delete(entry.applicationId);
  }

  function setFingerprint(applicationId: string, fingerprint: string | null) {
    if ((fingerprints.get(applicationId) ?? null) === fingerprint) return;
    if (fingerprint === null) fingerprints.delete(applicationId);
    else fingerprints.set(applicationId, fingerprint);
    unsaved.fingerprints.add(applicationId);
  }

  /** The earliest item still true to its entry, skipping those left behind. */
  function nextDue(): DueItem | undefined {
    for (let item = queue.peek(); item; item = queue.peek()) {
      const entry = entries.get(item.id);
      if (entry && dueTime(entry) === item.at) return item;
      queue.pop();
    }
    return undefined;
  }

  /** Writes what changed since the last write; what a failed write held goes with the next one. */
  async function writeUnsaved(): Promise<void> {
    const { clear } = unsaved;
    const ids = [...unsaved.entries];
    const applicationIds = [...unsaved.fingerprints];
    if (!clear && ids.length === 0 && applicationIds.length === 0) return;
    unsaved.clear = false;
    unsaved.entries.clear();
    unsaved.fingerprints.clear();
    const write: SchedulerWrite = {
      put: [],
      delete: [],
      fingerprints: Object.fromEntries(applicationIds.map((id) => [id, fingerprints.get(id) ?? null])),
    };
    if (clear) write.clear = true;
    for (const id of ids) {
      const entry = entries.get(id);
      if (entry) write.put.push(entry);
      else write.delete.push(id);
    }
    try {
      await deps.store.write(write);
    } catch (error) {
      if (clear) unsaved.clear = true;
      for (const id of ids) unsaved.entries.add(id);
      for (const id of applicationIds) unsaved.fingerprints.add(id);
      throw error;
    }
  }

  async function persist(): Promise<Result<null>> {
    // Kept in memory only; the student was told once, when the scheduler started.
    if (readOnly) return { ok: true, value: null };
    // Writes run one after another, each with what is unsaved when its turn comes.
    const save = saving.then(writeUnsaved);
    saving = save.catch(() => undefined);
    try {
      await save;
      return { ok: true, value: null };
    } catch (error) {
      const message = `Reminders could not be saved (${errorMessage(error)}); they stay scheduled while the app runs.`;
      deps.onError(message);
      return { ok: false, error: message };
    }
  }

  function withdraw(key: string) {
    try {
      deps.notifier.withdraw?.(key);
    } catch (error) {
      deps.onError(`A reminder no longer planned could not be taken back (${errorMessage(error)}).`);
    }
  }

  function show(notice: ReminderNotice, command: AppCommand) {
    try {
      deps.notifier.show(notice, () => deps.onCommand(command));
    } catch (error) {
      deps.onError(`A reminder could not be shown (${errorMessage(error)}): ${notice.title}`);
    }
  }

  /**
   * Shows everything due now: on-time reminders one by one (more than a few at once as one
   * group), late ones as one group, one per deadline or event and none for what is over (see
   * sortOutDue). Each is saved before it is shown, so a crash in between never shows it again;
   * one whose save failed is still shown (missing it is worse).
   */
  function fireDue(): boolean {
    const now = deps.now();
    const undone = latestSettledAt > now + CLOCK_AHEAD_TOLERANCE_MS && undoClockAhead(now);
    // By id: a reminder moved away and back is in the queue twice at the same time.
    const due = new Map<string, DueReminder>();
    for (let item = nextDue(); item && item.at <= now; item = nextDue()) {
      queue.pop();
      if (!due.has(item.id)) due.set(item.id, { entry: entries.get(item.id)!, at: item.at });
    }
    if (due.size === 0) {
      if (undone) {
        deps.onChange?.();
        void persist().then(() => deps.onCommand({ type: 'reminders-changed' }));
      }
      return false;
    }
    // Back from a snooze, a title worded when it was planned ("in 3 days") would be out of date:
    // such a reminder is titled by its date instead, as one shown late is.
    const snoozed = new Set([...due.values()].filter((d) => d.entry.state === 'snoozed').map((d) => d.entry.id));
    const late: ReminderEntry[] = [];
    const onTime: ReminderEntry[] = [];
    for (const { entry, shown } of sortOutDue([...due.values()], now)) {
      put(entry);
      if (shown === 'late') late.push(entry);
      if (shown === 'on-time') onTime.push(entry);
    }
    const toShow: [ReminderNotice, AppCommand][] = [];
    if (onTime.length > MAX_SEPARATE_NOTICES) {
      toShow.push(groupNotice('reminders-due', `${onTime.length} reminders due`, onTime));
    } else {
      for (const entry of onTime)
        toShow.push(singleNotice(entry, snoozed.has(entry.id) ? entry.summary : entry.title, entry.body));
    }
    if (late.length === 1) toShow.push(singleNotice(late[0]!, '1 reminder while you were away', late[0]!.summary));
    if (late.length > 1)
      toShow.push(groupNotice('reminders-while-away', `${late.length} reminders while you were away`, late));
    deps.onChange?.();
    void persist().then(() => {
      for (const [notice, command] of toShow) show(notice, command);
      deps.onCommand({ type: 'reminders-changed' });
    });
    return true;
  }

  /**
   * The clock was ahead and is back: reminders marked missed or shown at a time that has not come
   * were settled by a clock that was wrong. A missed one (never shown) is scheduled again: it comes
   * at its time, or at once, late, if that has passed. One shown early, its time still ahead, is
   * scheduled again too, so it is shown once more at its time with the words meant for then (a
   * dismissed one stays dismissed). One shown when its time had truly passed stays shown, dated
   * now, and the missed ones of the same deadline or event stay missed, as if the clock had been
   * right. Looks at every entry, but only after the clock went back past a settled reminder.
   */
  function undoClockAhead(now: number): boolean {
    const wrong = new Set(
      [...entries.values()].filter(
        (e) =>
          (e.state === 'fired' || e.state === 'missed') &&
          e.firedAt !== null &&
          Date.parse(e.firedAt) > now + CLOCK_AHEAD_TOLERANCE_MS,
      ),
    );
    latestSettledAt = -Infinity;
    for (const entry of entries.values()) if (!wrong.has(entry)) noteSettled(entry);
    const shownForGood = new Set<string>();
    const again = (entry: ReminderEntry) => put({ ...entry, state: 'scheduled', firedAt: null, snoozedUntil: null });
    const datedNow = (entry: ReminderEntry) => put({ ...entry, firedAt: new Date(now).toISOString() });
    for (const entry of wrong) {
      if (entry.state !== 'fired') continue;
      if (Date.parse(entry.fireAt) > now) again(entry);
      else {
        shownForGood.add(reminderSubject(entry.id));
        datedNow(entry);
      }
    }
    for (const entry of wrong) {
      if (entry.state !== 'missed') continue;
      if (Date.parse(entry.fireAt) > now || !shownForGood.has(reminderSubject(entry.id))) again(entry);
      else datedNow(entry);
    }
    return wrong.size > 0;
  }

  function arm() {
    if (timer !== null) deps.timers.clear(timer);
    timer = null;
    const next = nextDue();
    if (!next) return;
    const delay = Math.min(Math.max(0, next.at - deps.now()), MAX_TIMER_DELAY_MS);
    timer = deps.timers.set(() => {
      timer = null;
      fireDue();
      arm();
    }, delay);
  }

  /** Forgets settled reminders long past, once a day at most; true when any were forgotten. */
  function prune(): boolean {
    const now = deps.now();
    if (now - prunedAt < PRUNE_EVERY_MS && now >= prunedAt) return false;
    prunedAt = now;
    const cutoff = now - KEEP_HISTORY_MS;
    const before = entries.size;
    for (const entry of [...entries.values()]) {
      const settled = entry.state !== 'scheduled' && entry.state !== 'snoozed';
      const firedLongAgo = entry.firedAt === null || Date.parse(entry.firedAt) < cutoff;
      if (settled && firedLongAgo && targetTime(entry.targetAt) < cutoff) remove(entry.id);
    }
    return entries.size < before;
  }

  /** One application's reminders become those of its schedule still ahead; see ReminderPlanChange. */
  function takeSchedule(schedule: ApplicationSchedule, now: number) {
    const given = new Set<string>();
    const ahead = new Set<string>();
    for (const reminder of schedule.reminders) {
      if (given.has(reminder.id)) continue;
      given.add(reminder.id);
      const known = entries.get(reminder.id);
      if (known?.state === 'unplanned') {
        // Given again (the edit that moved it undone): back as it was, its snooze too; one whose
        // snooze ended meanwhile comes at once.
        put({ ...known, ...reminder, state: known.snoozedUntil === null ? 'fired' : 'snoozed' });
        continue;
      }
      if (known?.state === 'fired' || known?.state === 'dismissed' || known?.state === 'missed') continue;
      if (known?.state === 'snoozed') {
        // Shown already: it keeps its snooze, with today's words.
        if (!samePlanned(known, reminder)) put({ ...known, ...reminder });
        continue;
      }
      // A time already passed is not caught up on: the scheduler never knew of it.
      if (Date.parse(reminder.fireAt) <= now) continue;
      ahead.add(reminder.id);
      if (!known || !samePlanned(known, reminder)) {
        put({ ...reminder, state: 'scheduled', firedAt: null, snoozedUntil: null });
      }
    }
    for (const id of [...(byApplication.get(schedule.applicationId) ?? [])]) {
      const entry = entries.get(id)!;
      // Gone from the schedule (deleted, done, ended, moved, turned off) or its new time passed.
      if (entry.state === 'scheduled' && !ahead.has(id)) remove(id);
      // Shown, and no longer given (done, moved, ended, archived, cohort not chosen, back on the
      // wishlist): it stays shown, not dismissed (the student did not), and keeps its snooze in
      // case the change is undone.
      if ((entry.state === 'fired' || entry.state === 'snoozed') && !given.has(id)) unplan(entry);
    }
    setFingerprint(schedule.applicationId, schedule.fingerprint);
  }

  /** A shown reminder no longer planned; its notice, if it can be taken back, goes. */
  function unplan(entry: ReminderEntry) {
    put({ ...entry, state: 'unplanned' });
    unplanned.push(entry.id);
  }

  /**
   * A deleted application: what was still to come goes; what was shown stays as history, a snooze
   * kept for an undone delete.
   */
  function forgetApplication(applicationId: string) {
    for (const id of [...(byApplication.get(applicationId) ?? [])]) {
      const entry = entries.get(id)!;
      if (entry.state === 'scheduled') remove(id);
      if (entry.state === 'fired' || entry.state === 'snoozed') unplan(entry);
    }
    setFingerprint(applicationId, null);
  }

  async function changed(): Promise<Result<null>> {
    arm();
    deps.onChange?.();
    return persist();
  }

  const pruned = prune();
  if (!fireDue() && (pruned || unsaved.clear)) void persist();
  arm();

  return {
    async applyChanges(change) {
      // What is due already is shown first: a schedule only adds reminders still ahead.
      fireDue();
      const now = deps.now();
      const refused: RefusedReminder[] = [];
      for (const schedule of change.schedules) {
        // Checked here too: the browser build has no IPC boundary in front of the scheduler.
        const checked = checkReminders(schedule.applicationId, schedule.reminders);
        refused.push(...(schedule.refused ?? []), ...checked.refused);
        takeSchedule({ ...schedule, reminders: checked.reminders }, now);
      }
      if (refused.length > 0) {
        notify(
          `${refused.length} ${refused.length === 1 ? 'reminder was' : 'reminders were'} not scheduled; ` +
            `the others were. ${refused[0]!.reason}.`,
        );
      }
      for (const applicationId of change.removed) forgetApplication(applicationId);
      prune();
      const withdrawn = unplanned;
      unplanned = [];
      const result = await changed();
      for (const id of withdrawn) withdraw(id);
      return result;
    },

    async fingerprints() {
      return { ok: true, value: Object.fromEntries(fingerprints) };
    },

    async centre(query = EVERY_UPCOMING) {
      const now = deps.now();
      const before = query.upcomingBefore === null ? Infinity : Date.parse(query.upcomingBefore);
      const all = [...entries.values()];
      const upcoming = all
        .filter((e) => (dueTime(e) ?? Infinity) < before)
        .sort((a, b) => (dueTime(a) ?? 0) - (dueTime(b) ?? 0));
      // Shown ones only: one dismissed before it came was never shown (its message offered Undo).
      const shownAt = (e: ReminderEntry) => (e.firedAt === null ? -Infinity : Date.parse(e.firedAt));
      const recent = all
        .filter(
          (e) =>
            (e.state === 'fired' || e.state === 'dismissed' || e.state === 'unplanned') &&
            shownAt(e) >= now - RECENT_MS,
        )
        .sort((a, b) => shownAt(b) - shownAt(a));
      return { ok: true, value: { upcoming, recent, notices: [...notices] } };
    },

    async snooze(id, minutes) {
      const entry = entries.get(id);
      if (!entry) return { ok: false, error: 'This reminder no longer exists.' };
      if (entry.state === 'scheduled') return { ok: false, error: 'This reminder has not been shown yet.' };
      if (entry.state === 'dismissed') return { ok: false, error: 'This reminder was dismissed.' };
      if (entry.state === 'missed') {
        return { ok: false, error: 'This reminder came while the app was not running and was not shown.' };
      }
      if (entry.state === 'unplanned') {
        return { ok: false, error: 'What this reminder was about has changed: it is no longer planned.' };
      }
      const until = new Date(deps.now() + minutes * 60_000).toISOString();
      put({ ...entry, state: 'snoozed', snoozedUntil: until });
      return changed();
    },

    async dismiss(id) {
      const entry = entries.get(id);
      if (!entry) return { ok: false, error: 'This reminder no longer exists.' };
      // A missed one is settled already, and never listed as shown; an unplanned one will not come.
      if (entry.state === 'dismissed' || entry.state === 'missed' || entry.state === 'unplanned') {
        return { ok: true, value: null };
      }
      put({ ...entry, state: 'dismissed', snoozedUntil: null });
      return changed();
    },

    async restore(id) {
      const entry = entries.get(id);
      if (!entry) return { ok: false, error: 'This reminder no longer exists.' };
      if (entry.state !== 'dismissed') return { ok: true, value: null };
      // One whose time passed meanwhile comes at once.
      put({ ...entry, state: entry.firedAt ? 'fired' : 'scheduled' });
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

    saved: () => saving.then(() => undefined),
  };
}

interface Loaded {
  entries: ReminderEntry[];
  fingerprints: Record<string, string>;
  /** Why nothing could be read (what was read is not reminders), or null. */
  unreadable: string | null;
  /** Why the store could not be read just now (not damage), or null. */
  unavailable: string | null;
  /** What was left out, one line each ("entries.3.fireAt: …"). */
  dropped: string[];
  /** Why the last whole state was lost, the changes saved since kept; or null. */
  lost: string | null;
}

/**
 * The saved state, checked entry by entry: every valid entry is kept, and what is not is listed
 * (one damaged entry once cost all of them, and dismissed reminders came back).
 */
async function loadSaved(deps: SchedulerDeps): Promise<Loaded> {
  const none: Loaded = { entries: [], fingerprints: {}, unreadable: null, unavailable: null, dropped: [], lost: null };
  let raw: unknown;
  try {
    raw = await deps.store.load();
  } catch (error) {
    // A store that cannot be read says nothing about what it holds: it is not written over.
    return { ...none, unavailable: errorMessage(error) };
  }
  if (raw === null || raw === undefined) return none;
  const parsed = loadedSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ...none, unreadable: `${issue?.path.join('.') || 'file'}: ${issue?.message}` };
  }
  const loaded: Loaded = {
    ...none,
    dropped: [...(parsed.data.damaged ?? [])],
    lost: parsed.data.lost ?? null,
    unavailable: parsed.data.unavailable ?? null,
  };
  const seen = new Set<string>();
  parsed.data.entries.forEach((value, index) => {
    const entry = entrySchema.safeParse(value);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      loaded.dropped.push(`entries.${index}${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message}`);
    } else if (seen.has(entry.data.id)) {
      loaded.dropped.push(`entries.${index}: a second entry with the id ${entry.data.id}`);
    } else {
      seen.add(entry.data.id);
      loaded.entries.push(entry.data);
    }
  });
  for (const [applicationId, fingerprint] of Object.entries(parsed.data.fingerprints)) {
    if (typeof fingerprint === 'string') loaded.fingerprints[applicationId] = fingerprint;
    else loaded.dropped.push(`fingerprints.${applicationId}: not a fingerprint`);
  }
  return loaded;
}

function singleNotice(entry: ReminderEntry, title: string, body: string): [ReminderNotice, AppCommand] {
  return [
    { key: entry.id, title, body, applicationId: entry.applicationId, over: targetTime(entry.targetAt) },
    { type: 'show-application', applicationId: entry.applicationId },
  ];
}

/** One notification for many reminders, which opens the reminder centre. */
function groupNotice(key: string, title: string, reminders: readonly ReminderEntry[]): [ReminderNotice, AppCommand] {
  const over = Math.max(...reminders.map((r) => targetTime(r.targetAt)));
  return [{ key, title, body: groupBody(reminders), applicationId: null, over }, { type: 'open-reminders' }];
}

function groupBody(reminders: readonly ReminderEntry[]): string {
  const listed = reminders.slice(0, MAX_LISTED_IN_GROUP).map((r) => r.summary);
  const more = reminders.length - listed.length;
  return [...listed, ...(more > 0 ? [`and ${more} more`] : [])].join('\n');
}

function samePlanned(a: PlannedReminder, b: PlannedReminder): boolean {
  return (
    a.applicationId === b.applicationId &&
    a.fireAt === b.fireAt &&
    a.targetAt === b.targetAt &&
    a.title === b.title &&
    a.body === b.body &&
    a.summary === b.summary
  );
}
