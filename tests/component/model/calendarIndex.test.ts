// The calendar index kept up to date row by row shows what working every item out from scratch
// shows; it answers a range with the same array until something in it changes; closed and
// archived applications show as documented; the follow-up rule follows the settings.
process.env.TZ = 'America/Los_Angeles';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { calendarItems, calendarOrder } from '@shared/calendarItems';
import { DEFAULT_PIPELINE, stageById } from '@shared/pipeline';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { withStageChange } from '@shared/stageHistory';
import type { RowChange } from '../../../renderer/src/model/applicationsModel';
import {
  createCalendarIndex,
  type CalendarQuery,
  type CalendarSettings,
} from '../../../renderer/src/model/calendarIndex';
import { filterRows, toTableRows, type TableRow } from '../../../renderer/src/model/tableRows';
import { NO_FILTERS } from '../../../renderer/src/state/uiStore';
import { generateApplications } from '../../support/generateApplications';
import { anApplication } from '../applicationFixture';
import { anEvent } from '../../support/anEvent';

const NOW = new Date('2026-03-02T12:00:00-08:00');
const TODAY = '2026-03-02';
const row = (app: Application) => toTableRows([app], DEFAULT_PIPELINE, NOW)[0]!;
const RULE_OFF: CalendarSettings = { followUps: DEFAULT_REMINDER_SETTINGS.followUps };
const RULE_ON: CalendarSettings = { followUps: { enabled: true, afterApplying: { enabled: true, days: 7 } } };
const MARCH: CalendarQuery = { from: '2026-03-01', to: '2026-04-04', filters: NO_FILTERS, search: '', today: TODAY };
const REJECTED = stageById(DEFAULT_PIPELINE, 'rejected')!;

/**
 * From scratch: every item of every row the filters show, in the range, without what a closed
 * application has from today on, in calendar order.
 */
function expectedKeys(rows: TableRow[], query: CalendarQuery, settings: CalendarSettings): string[] {
  return filterRows(rows, query.filters, query.search)
    .flatMap((r) => calendarItems(r.app, settings).filter((i) => !(r.app.phase === 'closed' && i.day >= query.today)))
    .filter((i) => i.day >= query.from && i.day <= query.to)
    .sort(calendarOrder)
    .map((i) => i.key);
}

type Step =
  | { type: 'move-deadline'; index: number; days: number }
  | { type: 'add-interview'; index: number; day: number; hour: number }
  | { type: 'rename'; index: number; company: string }
  | { type: 'archive'; index: number }
  | { type: 'reject'; index: number }
  | { type: 'remove'; index: number }
  | { type: 'tick'; index: number }
  | { type: 'search'; search: string }
  | { type: 'archived'; show: boolean }
  | { type: 'range'; from: number; days: number }
  | { type: 'rule'; on: boolean };

const index = fc.nat();
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ type: fc.constant('move-deadline' as const), index, days: fc.integer({ min: -20, max: 40 }) }),
  fc.record({
    type: fc.constant('add-interview' as const),
    index,
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
  }),
  fc.record({ type: fc.constant('rename' as const), index, company: fc.constantFrom('Stripe', 'Figma', 'Acme') }),
  fc.record({ type: fc.constant('archive' as const), index }),
  fc.record({ type: fc.constant('reject' as const), index }),
  fc.record({ type: fc.constant('remove' as const), index }),
  fc.record({ type: fc.constant('tick' as const), index }),
  fc.record({ type: fc.constant('search' as const), search: fc.constantFrom('', 'stripe', 'intern', 'a') }),
  fc.record({ type: fc.constant('archived' as const), show: fc.boolean() }),
  fc.record({
    type: fc.constant('range' as const),
    from: fc.integer({ min: -40, max: 200 }),
    days: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({ type: fc.constant('rule' as const), on: fc.boolean() }),
);

const dayAfter = (day: string, days: number) =>
  new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + days)).toISOString().slice(0, 10);

function edited(app: Application, s: Step): Application {
  switch (s.type) {
    case 'move-deadline':
      return { ...app, deadlines: app.deadlines.map((d) => ({ ...d, at: dayAfter(d.at.slice(0, 10), s.days) })) };
    case 'add-interview': {
      const start = `2026-03-${String(s.day).padStart(2, '0')}T${String(s.hour).padStart(2, '0')}:00:00-08:00`;
      const interview = anEvent(`e${app.events.length}`, start);
      return { ...app, events: [...app.events, interview] };
    }
    case 'rename':
      return { ...app, company: s.company };
    case 'archive':
      return { ...app, archivedAt: app.archivedAt === null ? '2026-03-01T10:00:00-08:00' : null };
    case 'reject':
      return withStageChange(
        app,
        { id: 'rejected-entry', stage: REJECTED, at: '2026-03-01T10:00:00-08:00', note: '' },
        '2026-03-01T10:00:00-08:00',
      );
    default:
      return app;
  }
}

// Hundreds of sequences, each checked step by step against a full recount: slow on a busy machine.
describe('the calendar index, kept up to date row by row', { timeout: 60_000 }, () => {
  const pool = generateApplications(60, NOW, 5);

  it('shows what working every item out from scratch shows, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const calendar = createCalendarIndex();
        const current = new Map(pool.map((app) => [app.id, row(app)]));
        calendar.reset([...current.values()]);
        let query = MARCH;
        let settings = RULE_OFF;
        for (const s of steps) {
          const rows = [...current.values()];
          const before = rows[('index' in s ? s.index : 0) % Math.max(rows.length, 1)];
          if (s.type === 'search') query = { ...query, search: s.search };
          else if (s.type === 'archived') query = { ...query, filters: { ...NO_FILTERS, showArchived: s.show } };
          else if (s.type === 'range') {
            const from = dayAfter(TODAY, s.from);
            query = { ...query, from, to: dayAfter(from, s.days) };
          } else if (s.type === 'rule') {
            settings = s.on ? RULE_ON : RULE_OFF;
            calendar.settingsChanged(settings);
          } else if (before !== undefined) {
            let change: RowChange;
            if (s.type === 'remove') {
              current.delete(before.app.id);
              change = { before, after: undefined };
            } else if (s.type === 'tick') {
              // Time passing: the same record, a new row.
              change = { before, after: { ...before } };
              current.set(before.app.id, change.after!);
            } else {
              const after = row(edited(before.app, s));
              current.set(after.app.id, after);
              change = { before, after };
            }
            calendar.apply([change]);
          }
          expect(calendar.items(query).map((i) => i.key)).toEqual(expectedKeys([...current.values()], query, settings));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('places a batch of changes as well as one by one, and builds anew past a large one', () => {
    const calendar = createCalendarIndex();
    const rows = pool.map(row);
    calendar.reset(rows);
    expect(calendar.items(MARCH).map((i) => i.key)).toEqual(expectedKeys(rows, MARCH, RULE_OFF));
    const many = generateApplications(300, NOW, 9).map((app) => row({ ...app, id: `batch-${app.id}` }));
    calendar.apply(many.map((after) => ({ before: undefined, after })));
    const all = [...rows, ...many];
    expect(calendar.items(MARCH).map((i) => i.key)).toEqual(expectedKeys(all, MARCH, RULE_OFF));
  });
});

describe('answering a range', () => {
  const inMarch = anApplication('in-march', {
    company: 'Stripe',
    deadlines: [{ id: 'd', kind: 'application', at: '2026-03-16', label: '', done: false }],
  });
  const inJuly = anApplication('in-july', {
    company: 'Figma',
    deadlines: [{ id: 'd', kind: 'application', at: '2026-07-16', label: '', done: false }],
  });

  it('gives the same array while nothing in the range changes, and a new one when something does', () => {
    const calendar = createCalendarIndex();
    const march = row(inMarch);
    const july = row(inJuly);
    calendar.reset([march, july]);
    const first = calendar.items(MARCH);
    expect(first.map((i) => i.key)).toEqual(['in-march|deadline:d']);
    expect(calendar.items({ ...MARCH })).toBe(first);

    // A change in July leaves March as it was.
    const julyMoved = row({ ...inJuly, deadlines: [{ ...inJuly.deadlines[0]!, at: '2026-07-20' }] });
    calendar.apply([{ before: july, after: julyMoved }]);
    expect(calendar.items(MARCH)).toBe(first);

    // A new name in March is a new answer (the search may see it differently).
    const renamed = row({ ...inMarch, company: 'Stripe Inc.' });
    calendar.apply([{ before: march, after: renamed }]);
    const second = calendar.items(MARCH);
    expect(second).not.toBe(first);
    expect(second.map((i) => i.company)).toEqual(['Stripe Inc.']);
  });

  it('follows the search and filters of the table', () => {
    const calendar = createCalendarIndex();
    calendar.reset([row(inMarch), row({ ...inJuly, deadlines: [{ ...inJuly.deadlines[0]!, at: '2026-03-20' }] })]);
    expect(calendar.items({ ...MARCH, search: 'figm' }).map((i) => i.applicationId)).toEqual(['in-july']);
    expect(calendar.items({ ...MARCH, filters: { ...NO_FILTERS, phases: ['applied'] } })).toEqual([]);
  });

  it('hides archived applications unless "Show archived" is on', () => {
    const calendar = createCalendarIndex();
    calendar.reset([row({ ...inMarch, archivedAt: '2026-03-01T10:00:00-08:00' })]);
    expect(calendar.items(MARCH)).toEqual([]);
    expect(calendar.items({ ...MARCH, filters: { ...NO_FILTERS, showArchived: true } })).toHaveLength(1);
  });

  it('shows a closed application only before today: what happened stays, what would have come goes', () => {
    const rejected = withStageChange(
      anApplication('rejected', {
        company: 'Datadog',
        events: [
          {
            id: 'past',
            kind: 'phone-screen',
            title: '',
            start: '2026-02-27T10:00:00-08:00',
            durationMinutes: null,
            location: '',
            people: '',
            notes: '',
            outcome: 'not-passed',
          },
        ],
        deadlines: [{ id: 'today', kind: 'assessment', at: '2026-03-02', label: '', done: false }],
        cohorts: [{ id: 'c', start: '2026-03-30', end: '2026-06-19', label: '' }],
      }),
      { id: 'no', stage: REJECTED, at: '2026-03-01T10:00:00-08:00', note: '' },
      '2026-03-01T10:00:00-08:00',
    );
    const calendar = createCalendarIndex();
    calendar.reset([row(rejected)]);
    expect(calendar.items({ ...MARCH, from: '2026-02-22' }).map((i) => i.key)).toEqual(['rejected|event:past']);
  });
});

describe('the follow-up rule on the calendar', () => {
  const applied = withStageChange(
    anApplication('acme', { company: 'Acme' }),
    { id: 'applied-entry', stage: stageById(DEFAULT_PIPELINE, 'applied')!, at: '2026-03-02T09:00:00-08:00', note: '' },
    '2026-03-02T09:00:00-08:00',
  );

  it('shows the rule’s day once the settings turn it on, and tells whoever listens', () => {
    const calendar = createCalendarIndex();
    calendar.reset([row(applied)]);
    expect(calendar.items(MARCH)).toEqual([]);
    let told = 0;
    const unsubscribe = calendar.subscribe(() => (told += 1));
    calendar.settingsChanged(RULE_ON);
    expect(told).toBe(1);
    expect(calendar.items(MARCH).map((i) => [i.key, i.day])).toEqual([
      ['acme|follow-up-rule:applied-entry', '2026-03-09'],
    ]);
    // The same settings again change nothing.
    calendar.settingsChanged({ followUps: { ...RULE_ON.followUps } });
    expect(told).toBe(1);
    unsubscribe();
    calendar.settingsChanged({ followUps: { enabled: true, afterApplying: { enabled: true, days: 14 } } });
    expect(told).toBe(1);
    expect(calendar.items(MARCH).map((i) => i.day)).toEqual(['2026-03-16']);
  });
});
