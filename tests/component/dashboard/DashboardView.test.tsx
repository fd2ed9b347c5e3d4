// The dashboard in the whole window, on the hand-made search of tests/support/handMadeSearch.ts:
// every number below is counted by hand from the table at the top of that file.
process.env.TZ = 'America/Los_Angeles';

import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationSchema } from '@shared/application';
import { toRow } from '../../../renderer/src/db/db';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { HAND_MADE_NOW, handMadeSearch } from '../../support/handMadeSearch';
import { NO_SUCH_DATE_MESSAGE } from '../../../renderer/src/components/DateInput';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';
import { typeUnreadable } from '../unreadableInput';
import { anOffer } from '../../support/anOffer';

async function openDashboard(apps = handMadeSearch()) {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map((app) => toRow(applicationSchema.parse(app))));
  const rendered = renderApp(db);
  await rendered.user.keyboard('{Control>}4{/Control}');
  await screen.findByRole('heading', { name: 'Dashboard', level: 2 });
  return rendered;
}

/** A table's body rows as their cells' text. */
function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** The number tiles as "label: value (note)". */
function numbers(): string[] {
  return [...document.querySelectorAll('.stat')].map(
    (stat) =>
      `${stat.querySelector('dt')!.textContent}: ${stat.querySelector('.stat-value')!.textContent} (${stat.querySelector('.stat-note')!.textContent})`,
  );
}

const region = (name: string) => screen.getByRole('region', { name });

// The whole window with two charts, on a machine shared with other test runs.
const UI_TIMEOUT = { timeout: 20_000 };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(HAND_MADE_NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the dashboard', UI_TIMEOUT, () => {
  it('counts how many applications reached each phase from their whole history', async () => {
    await openDashboard();
    // Kelp is archived, so ten count. Applied: all but Acme and Grove. In process: Birch, Delta,
    // Ember, Harbor, Iris and Juniper (an offer went past it). Offer: Delta, Ember, Juniper. Accepted: Ember.
    expect(tableRows('Funnel')).toEqual([
      ['Saved', '10', '—'],
      ['Applied', '8', '80%'],
      ['In process', '6', '75%'],
      ['Offer', '3', '50%'],
      ['Accepted', '1', '33%'],
    ]);
    // Answers: Birch 7 days, Delta 4, Ember 14, Harbor 10, Iris 2, Juniper 23; Cobalt was ghosted and
    // Fjord waits. Median of 2, 4, 7, 10, 14, 23: 8.5.
    expect(numbers()).toEqual([
      'Applications: 10 (saved or sent in this range)',
      'Applied: 8 (80% of them)',
      'Response rate: 75% (6 of 8 answered)',
      'First answer: 8.5 days (median time from applying, of 6 answers)',
      'Offers: 3 (1 accepted)',
    ]);
  });

  it('counts only the applications that went out within the range', async () => {
    const { user } = await openDashboard();
    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    // Feb 1 to Mar 2: Acme and Grove (saved then), Birch, Cobalt, Fjord, Iris and Juniper (Feb 1).
    expect(tableRows('Funnel')).toEqual([
      ['Saved', '7', '—'],
      ['Applied', '5', '71%'],
      ['In process', '3', '60%'],
      ['Offer', '1', '33%'],
      ['Accepted', '0', '0%'],
    ]);
    // Birch 7 days, Iris 2, Juniper 23: the median is 7.
    expect(numbers()).toContain('Response rate: 60% (3 of 5 answered)');
    expect(numbers()).toContain('First answer: 7 days (median time from applying, of 3 answers)');

    await user.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    // From Dec 3: only Harbor (Dec 1) is left out.
    expect(tableRows('Funnel').map((row) => row[1])).toEqual(['9', '7', '5', '3', '1']);
  });

  it('takes dates of its own, and keeps the last range that worked while one is backwards', async () => {
    const { user } = await openDashboard();
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    // A custom range starts as all time: nothing moves yet.
    expect(tableRows('Funnel')[0]).toEqual(['Saved', '10', '—']);
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    // A date input changes by whole dates (a picker, or a date typed in full).
    fireEvent.change(from, { target: { value: '2026-01-01' } });
    fireEvent.change(to, { target: { value: '2026-01-31' } });
    // Delta (Jan 5) and Ember (Jan 12).
    expect(tableRows('Funnel').map((row) => row[1])).toEqual(['2', '2', '2', '2', '1']);

    fireEvent.change(to, { target: { value: '2025-12-31' } });
    expect(screen.getByRole('alert').textContent).toContain('The range ends before it starts');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(tableRows('Funnel').map((row) => row[1])).toEqual(['2', '2', '2', '2', '1']);
  });

  it('says a date that does not exist is none, where it had counted from the start of time', async () => {
    const { user } = await openDashboard();
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-31' } });
    const from = screen.getByLabelText<HTMLInputElement>('From');
    typeUnreadable(from);

    expect(screen.getByRole('alert').textContent).toContain(NO_SUCH_DATE_MESSAGE);
    expect(from.getAttribute('aria-invalid')).toBe('true');
    // Still January's counts: Delta (Jan 5) and Ember (Jan 12).
    expect(tableRows('Funnel').map((row) => row[1])).toEqual(['2', '2', '2', '2', '1']);
  });

  it('follows the table’s filters and search', async () => {
    const { user } = await openDashboard();
    act(() => useUiStore.getState().filtersChanged({ workModes: ['remote'] }));
    // Acme, Cobalt, Grove and Juniper.
    expect(tableRows('Funnel')).toEqual([
      ['Saved', '4', '—'],
      ['Applied', '2', '50%'],
      ['In process', '1', '50%'],
      ['Offer', '1', '100%'],
      ['Accepted', '0', '0%'],
    ]);
    screen.getByText(/The table’s filters and search apply: 4 of 11 applications/);

    act(() => useUiStore.getState().filtersChanged({ workModes: [], showArchived: true }));
    // Kelp too: applied Feb 2, phone screen Feb 6.
    expect(tableRows('Funnel').map((row) => row[1])).toEqual(['11', '9', '7', '3', '1']);

    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'fjord');
    expect(tableRows('Funnel').map((row) => row[1])).toEqual(['1', '1', '0', '0', '0']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(tableRows('Funnel')[0]).toEqual(['Saved', '10', '—']);
    screen.getByText(/Counting the 10 applications the table shows/);
  });

  it('counts applications per week over the last 12, weeks starting on Sunday in the US', async () => {
    await openDashboard();
    expect(tableRows('Applications per week')).toEqual([
      ['Sun, Dec 14, 2025', '0'],
      ['Sun, Dec 21, 2025', '0'],
      ['Sun, Dec 28, 2025', '0'],
      ['Sun, Jan 4, 2026', '1'], // Delta
      ['Sun, Jan 11, 2026', '1'], // Ember
      ['Sun, Jan 18, 2026', '0'],
      ['Sun, Jan 25, 2026', '0'],
      ['Sun, Feb 1, 2026', '1'], // Juniper
      ['Sun, Feb 8, 2026', '0'],
      ['Sun, Feb 15, 2026', '3'], // Birch, Cobalt, Iris
      ['Sun, Feb 22, 2026', '1'], // Fjord
      ['Sun, Mar 1, 2026', '0'],
    ]);
  });

  it('lists the offers, soonest answer first, with what each is worth', async () => {
    const { user } = await openDashboard();
    const items = within(region('Offers')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByRole('button')[0]!.textContent)).toEqual([
      'DeltaMachine Learning Intern',
      'JuniperSoftware Engineering Intern',
      'EmberSoftware Engineering Intern',
    ]);
    // $9,000 a month over 12 weeks (9000 × 12/52 × 12 = $24,923.08) and a $5,000 sign-on bonus.
    expect(items[0]!.textContent).toContain('$29,923.08 over 12 weeks');
    expect(items[0]!.textContent).toContain('Answer by Thu, Mar 5, 2026 in 3 days');
    // Its offer names no deadline: the offer-response one it has.
    expect(items[1]!.textContent).toContain('Answer by Fri, Mar 20, 2026 in 18 days');
    expect(items[2]!.textContent).toContain('Starts Sun, Mar 8, 2026');

    await user.click(within(region('Offers')).getByRole('button', { name: 'Compare offers' }));
    expect(useUiStore.getState()).toMatchObject({ compareIds: ['delta', 'juniper', 'ember'], view: 'compare' });
  });

  it('says an offer recorded without amounts has none yet, not $0, which would read as unpaid', async () => {
    const offer = anOffer({ offeredOn: '2026-02-20' });
    await openDashboard([anApplication('dated', { pay: null, offer }, { stage: 'offer' })]);
    const [item] = within(region('Offers')).getAllByRole('listitem');
    expect(item!.textContent).toContain('No amounts in the offer yet');
    expect(item!.textContent).not.toContain('$0');
  });

  it('says an unpaid offer is unpaid, not "$0 over 10 weeks · $0 a month"', async () => {
    const pay = { min: 0, max: 0, currency: 'USD', period: null, raw: 'Unpaid' };
    await openDashboard([anApplication('museum', { pay, durationWeeks: 10, offer: anOffer() }, { stage: 'offer' })]);
    const [item] = within(region('Offers')).getAllByRole('listitem');
    expect(item!.textContent).toContain('Unpaid over 10 weeks');
    expect(item!.textContent).not.toContain('$0');
  });

  it('says the base pay of an unpaid offer with a bonus is unpaid, not its bonus spread as a wage', async () => {
    // tester30: "£500 over 12 weeks · £181 a month" read like a monthly wage for an unpaid role.
    const pay = { min: 0, max: 0, currency: 'USD', period: null, raw: 'Unpaid' };
    const offer = anOffer({ signOnBonus: 500 });
    await openDashboard([anApplication('museum', { pay, durationWeeks: 12, offer }, { stage: 'offer' })]);
    const [item] = within(region('Offers')).getAllByRole('listitem');
    expect(item!.textContent).toContain('$500 over 12 weeks · base pay unpaid');
    expect(item!.textContent).not.toContain('a month');
  });

  it('lists the first six offers, all of them on request, and compares those listed', async () => {
    const offers = Array.from({ length: 8 }, (_, i) =>
      anApplication(
        `o${i + 1}`,
        { deadlines: [{ id: 'answer', kind: 'offer-response', at: `2026-03-1${i}`, label: '', done: false }] },
        { stage: 'offer' },
      ),
    );
    const { user } = await openDashboard(offers);
    const listed = () => within(region('Offers')).getAllByRole('listitem');
    expect(listed()).toHaveLength(6);
    await user.click(within(region('Offers')).getByRole('button', { name: 'Compare these 6' }));
    expect(useUiStore.getState().compareIds).toEqual(['o1', 'o2', 'o3', 'o4', 'o5', 'o6']);

    act(() => useUiStore.getState().viewOpened('dashboard'));
    await user.click(await screen.findByRole('button', { name: 'Show all 8 offers' }));
    expect(listed()).toHaveLength(8);
    await user.click(within(region('Offers')).getByRole('button', { name: 'Compare offers' }));
    expect(useUiStore.getState().compareIds).toHaveLength(8);
  });

  it('opens an offer’s application', async () => {
    const { user } = await openDashboard();
    await user.click(within(region('Offers')).getByRole('button', { name: /^Delta/ }));
    expect(useUiStore.getState()).toMatchObject({ selectedId: 'delta', view: 'applications' });
    await screen.findByRole('heading', { name: 'Delta', level: 2 });
  });

  it('lists what is due in the next 7 days by day, and opens its application', async () => {
    const { user } = await openDashboard();
    const days = within(region('Due in the next 7 days'))
      .getAllByRole('listitem')
      .filter((li) => li.matches('.due-day'));
    expect(
      days.map((day) => [
        within(day).getByRole('heading').textContent,
        within(day)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ]),
    ).toEqual([
      ['Tomorrow · Tue, Mar 3', ['5:00 PMApplication deadlineGrove · Software Engineering Intern']],
      [
        'Wed, Mar 4',
        [
          'All dayFollow upFjord · Software Engineering Intern',
          '1:00 PMTechnical interviewIris · Software Engineering Intern',
        ],
      ],
      ['Thu, Mar 5', ['End of dayOffer response dueDelta · Machine Learning Intern']],
      ['Sun, Mar 8', ['All dayInternship startsEmber · Software Engineering Intern']],
    ]);
    await user.click(within(days[1]!).getByRole('button', { name: /Technical interview/ }));
    expect(useUiStore.getState()).toMatchObject({ selectedId: 'iris', view: 'applications' });
  });

  it('lists a deadline exactly 7 days ahead, which the table calls "in 7 days", and none after it', async () => {
    // Monday Mar 2: Monday Mar 9 is in 7 days, Tuesday Mar 10 in 8.
    await openDashboard([
      anApplication('acme', {
        company: 'Acme',
        deadlines: [
          { id: 'apply', kind: 'application', at: '2026-03-09', label: '', done: false },
          { id: 'later', kind: 'assessment', at: '2026-03-10', label: '', done: false },
        ],
      }),
    ]);
    const due = region('Due in the next 7 days');
    expect(due.textContent).not.toContain('Nothing due');
    expect(within(due).getByRole('heading', { name: 'Mon, Mar 9' })).toBeTruthy();
    expect(
      within(due)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['End of dayApplication deadlineAcme · Intern']);
  });

  it('lists the first five dates of a day, and all of them on request', async () => {
    const busy = Array.from({ length: 7 }, (_, i) =>
      anApplication(`a${i + 1}`, {
        deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-03', label: '', done: false }],
      }),
    );
    const { user } = await openDashboard(busy);
    const due = region('Due in the next 7 days');
    expect(within(due).getAllByRole('button', { name: /Application deadline/ })).toHaveLength(5);
    await user.click(within(due).getByRole('button', { name: 'Show all 7 that day' }));
    expect(within(due).getAllByRole('button', { name: /Application deadline/ })).toHaveLength(7);
  });

  it('counts an answer recorded with the application as answered, and says it has no date to time', async () => {
    // Added already rejected (an import of an old search): when the company answered is not known.
    await openDashboard([anApplication('acme', { appliedAt: '2026-01-05' }, { stage: 'rejected' })]);
    expect(numbers()).toEqual(
      expect.arrayContaining([
        'Response rate: 100% (1 of 1 answered)',
        'First answer: — (no answer with its date recorded)',
      ]),
    );
  });

  it('says how few answers the first answer is taken from when most have no date', async () => {
    // Iris's OA came 2 days after applying; Acme, Birch and Cobalt were added already answered
    // (an import of an old search), so when their companies answered is not known.
    const iris = handMadeSearch().find((app) => app.company === 'Iris')!;
    const imported = ['acme', 'birch', 'cobalt'].map((id) =>
      anApplication(id, { appliedAt: '2026-01-05' }, { stage: 'rejected' }),
    );
    await openDashboard([iris, ...imported]);
    expect(numbers()).toEqual(
      expect.arrayContaining([
        'Response rate: 100% (4 of 4 answered)',
        'First answer: 2 days (time from applying, of 1 of 4 answers (3 with no date recorded))',
      ]),
    );
  });

  it('counts one added already applied without a date in All time, in no week and in no shorter range', async () => {
    // An import from a tracker that kept no dates: the entry bears the import's day, not when it went out.
    const imported = { ...anApplication('lumen', { company: 'Lumen' }, { stage: 'applied' }), appliedAt: null };
    const { user } = await openDashboard([...handMadeSearch(), imported]);
    expect(tableRows('Funnel')[1]).toEqual(['Applied', '9', expect.any(String)]);
    expect(tableRows('Applications per week').map((row) => row[1])).toEqual([
      '0',
      '0',
      '0',
      '1',
      '1',
      '0',
      '0',
      '1',
      '0',
      '3',
      '1',
      '0',
    ]);
    expect(
      screen.getByText(/1 application has no applied date \(added or imported already applied\): no week shows it\./),
    ).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    expect(tableRows('Funnel')[1]).toEqual(['Applied', '5', '71%']);
    expect(
      screen.getByText(
        '1 application has no applied date (added or imported already applied): All time counts it, no shorter range does.',
      ),
    ).toBeTruthy();
  });

  it('says so when there are no applications', async () => {
    await openDashboard([]);
    screen.getByRole('heading', { name: 'No applications yet' });
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when nothing went out in the range, and still shows what is ahead', async () => {
    const { user } = await openDashboard(handMadeSearch().filter((app) => app.id === 'delta'));
    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    screen.getByText(/No application went out in this range \(Sun, Feb 1, 2026 to Mon, Mar 2, 2026\)/);
    expect(screen.queryByRole('table', { name: 'Funnel' })).toBeNull();
    expect(region('Offers').textContent).toContain('Delta');
  });

  it('shows a chart’s numbers in place of the chart on request', async () => {
    const { user } = await openDashboard();
    const funnel = region('Funnel');
    within(funnel).getByRole('img', { name: 'Funnel' });
    // Named by their chart, so the page's list of buttons tells the two apart.
    screen.getByRole('button', { name: 'Show the numbers for Applications per week' });
    await user.click(within(funnel).getByRole('button', { name: 'Show the numbers for Funnel' }));
    expect(within(funnel).queryByRole('img')).toBeNull();
    expect(within(funnel).getByRole('table', { name: 'Funnel' }).parentElement!.classList).toContain('chart-table');
    expect(document.activeElement).toBe(within(funnel).getByRole('button', { name: 'Show the chart for Funnel' }));
  });
});
