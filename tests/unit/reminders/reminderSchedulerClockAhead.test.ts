// A wall clock that was ahead for a while (a dual-boot PC whose clock keeps local time, until the
// network sets it) must not use reminders up: once it is back, what was settled at a time that has
// not come is undone. Clock and timers are fakes; the clock is moved by hand.
import { describe, expect, it } from 'vitest';
import type { ReminderEntry } from '@shared/reminders/reminder';
import { CLOCK_AHEAD_TOLERANCE_MS, startReminderScheduler } from '@shared/reminders/reminderScheduler';
import {
  DAY,
  FakeClock,
  HOUR,
  MINUTE,
  MemoryStore,
  advance,
  aReminder,
  changeOf,
  harness,
  settle,
} from './schedulerFakes';

const at = (iso: string) => Date.parse(iso);

/** A deadline on Thu 10 Dec 17:00 with its reminders 3 days and 1 day before, ids as the planner makes them. */
const deadline = (lead: '3d' | '1d') =>
  aReminder(`app1|deadline:d1|${lead}`, at(lead === '3d' ? '2026-12-07T17:00:00Z' : '2026-12-09T17:00:00Z'), {
    applicationId: 'app1',
    targetAt: '2026-12-10T17:00:00Z',
    title: `Deadline in ${lead}`,
    summary: 'Stripe: deadline, Dec 10',
  });

async function started(now: string, store = new MemoryStore()) {
  const h = harness(new FakeClock(at(now)), store);
  const scheduler = await startReminderScheduler(h.deps);
  return { ...h, scheduler };
}

const states = async (s: Awaited<ReturnType<typeof started>>) => {
  const centre = await s.scheduler.centre();
  if (!centre.ok) throw new Error(centre.error);
  return [...centre.value.upcoming, ...centre.value.recent].map((e) => [e.id.split('|')[2], e.state]);
};

describe('reminder scheduler: a clock that was ahead for a while', () => {
  it('schedules again the reminders it marked missed while the clock was a fortnight ahead', async () => {
    const s = await started('2026-12-06T10:00:00Z');
    await s.scheduler.applyChanges(changeOf([deadline('3d'), deadline('1d')]));
    s.clock.now = at('2026-12-20T10:00:00Z');
    s.scheduler.wake();
    await settle();
    expect(s.notices).toEqual([]); // late, and what they are about is over: missed
    expect(s.store.states()).toEqual([
      ['app1|deadline:d1|1d', 'missed'],
      ['app1|deadline:d1|3d', 'missed'],
    ]);

    const writes = s.store.writes.length;
    s.clock.now = at('2026-12-06T10:01:00Z');
    s.scheduler.wake();
    await settle();
    expect(await states(s)).toEqual([
      ['3d', 'scheduled'],
      ['1d', 'scheduled'],
    ]);
    // One write, of the two entries undone.
    expect(s.store.writes.slice(writes).map((w) => w.put.map((e) => e.id))).toEqual([
      ['app1|deadline:d1|3d', 'app1|deadline:d1|1d'],
    ]);
    expect(s.store.states().map(([, state]) => state)).toEqual(['scheduled', 'scheduled']);

    // Each comes once, at its own time.
    await advance(s.clock, at('2026-12-07T17:00:00Z') - s.clock.now);
    await advance(s.clock, at('2026-12-09T17:00:00Z') - s.clock.now);
    await advance(s.clock, 2 * DAY);
    expect(s.notices.map((n) => n.notice.title)).toEqual(['Deadline in 3d', 'Deadline in 1d']);
  });

  it('undoes it on the next start too, when the app was closed before the clock was put right', async () => {
    const store = new MemoryStore();
    const first = await started('2026-12-06T10:00:00Z', store);
    await first.scheduler.applyChanges(changeOf([deadline('1d')]));
    first.clock.now = at('2026-12-20T10:00:00Z');
    first.scheduler.wake();
    await first.scheduler.saved();
    first.scheduler.stop();

    const second = await started('2026-12-06T11:00:00Z', store);
    await second.scheduler.saved();
    expect(store.states()).toEqual([['app1|deadline:d1|1d', 'scheduled']]);
    await advance(second.clock, at('2026-12-09T17:00:00Z') - second.clock.now);
    expect(second.notices.map((n) => n.notice.title)).toEqual(['Deadline in 1d']);
  });

  it('shows a reminder shown early once more at its own time, unless it was dismissed', async () => {
    const s = await started('2026-12-09T10:00:00Z');
    await s.scheduler.applyChanges(changeOf([deadline('1d')]));
    s.clock.now = at('2026-12-09T18:00:00Z'); // an hour after its time, the deadline still ahead
    s.scheduler.wake();
    await settle();
    expect(s.notices.map((n) => n.notice.title)).toEqual(['1 reminder while you were away']);

    s.clock.now = at('2026-12-09T10:00:00Z');
    s.scheduler.wake();
    await settle();
    expect(await states(s)).toEqual([['1d', 'scheduled']]);
    await advance(s.clock, 7 * HOUR);
    expect(s.notices.map((n) => n.notice.title)).toEqual(['1 reminder while you were away', 'Deadline in 1d']);

    // Dismissed when it was shown early: it stays dismissed.
    const t = await started('2026-12-09T10:00:00Z');
    await t.scheduler.applyChanges(changeOf([deadline('1d')]));
    t.clock.now = at('2026-12-09T18:00:00Z');
    t.scheduler.wake();
    await settle();
    await t.scheduler.dismiss('app1|deadline:d1|1d');
    t.clock.now = at('2026-12-09T10:00:00Z');
    t.scheduler.wake();
    await advance(t.clock, DAY);
    expect(t.notices).toHaveLength(1);
    expect(t.store.states()).toEqual([['app1|deadline:d1|1d', 'dismissed']]);
  });

  it('keeps a reminder shown when its time had truly passed, and the missed ones of its deadline missed', async () => {
    // Opened on Dec 9 18:00 with the clock at Dec 10 10:00: both reminders had truly come (the app
    // was closed), so the 1-day one was rightly shown for the deadline and the 3-day one settled.
    const store = new MemoryStore();
    for (const lead of ['3d', '1d'] as const) {
      store.entries.set(deadline(lead).id, {
        ...deadline(lead),
        state: 'scheduled',
        firedAt: null,
        snoozedUntil: null,
      });
    }
    const s = await started('2026-12-10T10:00:00Z', store);
    await settle();
    expect(s.notices.map((n) => n.notice.title)).toEqual(['1 reminder while you were away']);
    s.clock.now = at('2026-12-09T18:00:00Z');
    s.scheduler.wake();
    await advance(s.clock, DAY);
    expect(s.notices).toHaveLength(1);
    const saved = (lead: string) => s.store.entries.get(`app1|deadline:d1|${lead}`) as ReminderEntry;
    expect([saved('1d').state, saved('1d').firedAt]).toEqual(['fired', '2026-12-09T18:00:00.000Z']);
    expect([saved('3d').state, saved('3d').firedAt]).toEqual(['missed', '2026-12-09T18:00:00.000Z']);
  });

  it('changes nothing when the clock goes back by less than the tolerance', async () => {
    const s = await started('2026-12-09T16:00:00Z');
    await s.scheduler.applyChanges(changeOf([deadline('1d')]));
    await advance(s.clock, HOUR);
    expect(s.notices).toHaveLength(1);
    const writes = s.store.writes.length;
    s.clock.now -= CLOCK_AHEAD_TOLERANCE_MS - MINUTE;
    s.scheduler.wake();
    await advance(s.clock, DAY);
    expect(s.notices).toHaveLength(1);
    expect(s.store.writes.length).toBe(writes);
  });
});
