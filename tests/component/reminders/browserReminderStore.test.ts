// The web build's reminder store on a real (fake-indexeddb) database: what the scheduler saves
// is what the next visit loads, as the object itself.
import { describe, expect, it } from 'vitest';
import type { SchedulerState } from '@shared/reminders/reminderScheduler';
import { createBrowserReminderStore } from '../../../renderer/src/desktop/browserReminderStore';

/** A database no other test uses (fake-indexeddb keeps them in memory until the file is done). */
const storeName = () => `reminders-${crypto.randomUUID()}`;

function stateWith(count: number, state: 'scheduled' | 'fired' = 'scheduled'): SchedulerState {
  return {
    version: 1,
    entries: Array.from({ length: count }, (_, i) => ({
      id: `app-${i}|deadline:d${i}@2026-03-05|3d`,
      applicationId: `app-${i}`,
      fireAt: '2026-03-02T09:00:00-08:00',
      targetAt: '2026-03-05',
      title: `Company ${i}: Application deadline in 3 days`,
      body: 'Thu, Mar 5 · Software Intern',
      summary: `Company ${i}: Application deadline, Thu, Mar 5`,
      state,
      firedAt: state === 'fired' ? '2026-03-02T09:00:00.000Z' : null,
      snoozedUntil: null,
    })),
  };
}

describe('the browser reminder store', () => {
  it('has nothing to load before anything was saved', async () => {
    expect(await createBrowserReminderStore(storeName()).load()).toBeNull();
  });

  it('gives the next visit the state saved by the last one', async () => {
    const name = storeName();
    const saved = stateWith(3);
    await createBrowserReminderStore(name).save(saved);
    expect(await createBrowserReminderStore(name).load()).toEqual(saved);
  });

  it('keeps only the latest state', async () => {
    const name = storeName();
    const store = createBrowserReminderStore(name);
    await store.save(stateWith(3));
    await store.save(stateWith(1, 'fired'));
    expect(await createBrowserReminderStore(name).load()).toEqual(stateWith(1, 'fired'));
  });

  it('keeps a plan far larger than localStorage could hold', async () => {
    const name = storeName();
    const large = stateWith(40_000);
    await createBrowserReminderStore(name).save(large);
    const loaded = (await createBrowserReminderStore(name).load()) as SchedulerState;
    expect(loaded.entries).toHaveLength(40_000);
    expect(loaded.entries.at(-1)).toEqual(large.entries.at(-1));
  });
});
