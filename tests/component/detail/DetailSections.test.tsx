// What the details show of an application's events, follow-up, offer and the facts a student
// keeps, and the changes made there: an event's outcome, a follow-up done.
process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApplicationEvent } from '@shared/application';
import type { ApplicationFields } from '@shared/newApplication';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/reminders/reminderSettings';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, type AppDatabase } from '../../../renderer/src/db/db';
import { writeSetting } from '../../../renderer/src/db/settings';
import { desktop } from '../../../renderer/src/desktop/desktop';
import { reminderSettingsSetting } from '../../../renderer/src/features/reminders/reminderSettingsSetting';
import { anOffer } from '../../support/anOffer';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';
import { anEvent } from '../../support/anEvent';

/** An interview on 5 March 2030 unless `fields` say when. */
const eventOf = (id: string, fields: Partial<ApplicationEvent>) => anEvent(id, '2030-03-05', fields);

afterEach(() => {
  vi.restoreAllMocks();
});

async function openDetail(
  fields: Partial<ApplicationFields>,
  prepare?: (db: AppDatabase, id: string) => Promise<void>,
) {
  const db = testDatabase();
  const app = await applicationsRepository(db).add({ company: 'Pinterest', role: 'ML Intern', ...fields });
  await prepare?.(db, app.id);
  const view = renderApp(db);
  await view.user.click(await screen.findByText('Pinterest'));
  const detail = () => screen.getByRole('complementary', { name: 'Pinterest' });
  const section = (name: string) => within(detail()).getByRole('region', { name });
  return { db, app, ...view, detail, section };
}

async function storedOne(db: AppDatabase) {
  const [row] = await db.applications.toArray();
  return fromRow(row!);
}

describe('interviews and events in the details', () => {
  it('lists what is coming soonest first, then what is past latest first, with zone, length, place and people', async () => {
    const { section } = await openDetail({
      events: [
        eventOf('old-oa', { kind: 'online-assessment', start: '2020-02-01' }),
        eventOf('later', { kind: 'final-round', start: '2030-04-10' }),
        eventOf('soon', {
          kind: 'technical',
          title: 'Round 2 with the ML team',
          start: '2030-03-05T14:30:00-08:00',
          durationMinutes: 90,
          location: 'Zoom: https://meet.example.com/abc',
          people: 'Dana (ML lead)',
        }),
        eventOf('old-screen', { kind: 'phone-screen', start: '2020-03-01T09:00:00-08:00', outcome: 'passed' }),
        eventOf('imported', { kind: 'other', title: 'Interview', start: '2019-05-01' }),
      ],
    });
    const events = section('Interviews and events');
    const coming = within(events).getByRole('list', { name: 'Coming events' });
    const past = within(events).getByRole('list', { name: 'Past events' });
    const titles = (list: HTMLElement) =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.event-title')!.textContent);
    expect(titles(coming)).toEqual(['Round 2 with the ML team · Technical interview', 'Final round / superday']);
    // An event of no particular kind is named by its title alone: "Other event" would add nothing.
    expect(titles(past)).toEqual(['Phone screen', 'Online assessment', 'Interview']);

    const soon = within(coming).getAllByRole('listitem')[0]!;
    expect(soon.textContent).toContain('Tue, Mar 5, 2030, 2:30 PM PST · 1 h 30 min');
    expect(soon.textContent).toContain('Where: Zoom: https://meet.example.com/abc');
    expect(soon.textContent).toContain('With: Dana (ML lead)');
    // A day without a time has no zone to show.
    expect(within(coming).getAllByRole('listitem')[1]!.textContent).toContain('Wed, Apr 10, 2030');
    expect(within(coming).getAllByRole('listitem')[1]!.textContent).not.toContain('PST');
  });

  it('opens a meeting link outside the app', async () => {
    const openExternal = vi.spyOn(desktop, 'openExternal').mockResolvedValue({ ok: true, value: null });
    const { user, section } = await openDetail({
      events: [eventOf('call', { location: 'Zoom: https://meet.example.com/abc' })],
    });
    await user.click(
      within(section('Interviews and events')).getByRole('button', { name: 'https://meet.example.com/abc' }),
    );
    expect(openExternal).toHaveBeenCalledWith('https://meet.example.com/abc');
  });

  it('changes an event’s outcome on the spot', async () => {
    const { db, user, section } = await openDetail({
      events: [eventOf('call', { kind: 'phone-screen', start: '2030-03-05' })],
    });
    await user.selectOptions(
      within(section('Interviews and events')).getByRole('combobox', {
        name: 'Outcome of Phone screen, Tue, Mar 5, 2030',
      }),
      'Passed',
    );
    await waitFor(async () => expect((await storedOne(db)).events[0]!.outcome).toBe('passed'));
  });

  it('shows the outcome chosen at once, while it is saved, and goes back with a message when saving fails', async () => {
    const { db, section } = await openDetail({
      events: [eventOf('call', { kind: 'phone-screen', start: '2030-03-05' })],
    });
    const outcome = within(section('Interviews and events')).getByRole('combobox', {
      name: 'Outcome of Phone screen, Tue, Mar 5, 2030',
    }) as HTMLSelectElement;
    fireEvent.change(outcome, { target: { value: 'passed' } });
    expect(outcome.value).toBe('passed');
    await waitFor(async () => expect((await storedOne(db)).events[0]!.outcome).toBe('passed'));

    vi.spyOn(db.applications, 'put').mockRejectedValue(new Error('Disk full'));
    fireEvent.change(outcome, { target: { value: 'cancelled' } });
    expect(outcome.value).toBe('cancelled');
    expect((await screen.findByRole('alert')).textContent).toContain('Disk full');
    expect(outcome.value).toBe('passed');
  });

  it('says which outcome was set, with Undo that sets the one before', async () => {
    const { db, user, section } = await openDetail({
      events: [eventOf('call', { kind: 'phone-screen', start: '2030-03-05' })],
    });
    await user.selectOptions(within(section('Interviews and events')).getByRole('combobox'), 'Did not pass');
    const said = await screen.findByText('Set the outcome of Pinterest’s Phone screen to Did not pass.');
    await user.click(within(said.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedOne(db)).events[0]!.outcome).toBe('pending'));
  });

  it('says when there are none', async () => {
    const { section } = await openDetail({});
    expect(section('Interviews and events').textContent).toContain('No interviews or events.');
  });
});

describe('the follow-up in the details', () => {
  it('marks the follow-up done', async () => {
    const { db, user, section } = await openDetail({
      followUp: { on: '2030-03-09', note: 'Email Sarah', done: false },
    });
    const box = within(section('Follow-up')).getByRole('checkbox', {
      name: /^Follow up Sat, Mar 9, 2030 \(in \d+ days\): Email Sarah$/,
    });
    await user.click(box);
    await waitFor(async () =>
      expect((await storedOne(db)).followUp).toEqual({ on: '2030-03-09', note: 'Email Sarah', done: true }),
    );
  });

  it('ticks the follow-up at once, while it is saved, and unticks it with a message when saving fails', async () => {
    const { db, section } = await openDetail({
      followUp: { on: '2030-03-09', note: 'Email Sarah', done: false },
    });
    const box = within(section('Follow-up')).getByRole('checkbox') as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    await waitFor(async () => expect((await storedOne(db)).followUp?.done).toBe(true));

    vi.spyOn(db.applications, 'put').mockRejectedValue(new Error('Disk full'));
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toContain('Disk full');
    expect(box.checked).toBe(true);
  });

  it('says the follow-up was marked done, with Undo that unticks it', async () => {
    const { db, user, section } = await openDetail({
      followUp: { on: '2030-03-09', note: 'Email Sarah', done: false },
    });
    const box = within(section('Follow-up')).getByRole('checkbox') as HTMLInputElement;
    await user.click(box);
    const said = await screen.findByText('Marked the follow-up with Pinterest done.');
    await user.click(within(said.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedOne(db)).followUp?.done).toBe(false));
    expect(box.checked).toBe(false);
  });

  it('says on which day the follow-up rule will remind when no date is set', async () => {
    const { section } = await openDetail({}, async (db, id) => {
      await writeSetting(db, reminderSettingsSetting, {
        ...DEFAULT_REMINDER_SETTINGS,
        followUps: { enabled: true, afterApplying: { enabled: true, days: 7 } },
      });
      await applicationsRepository(db).changeStage(id, { stageId: 'applied', at: '2030-03-03T10:00:00-08:00' });
    });
    // Applied on Sunday, Mar 3, 2030: 7 days later is Sunday, Mar 10.
    await waitFor(() => expect(section('Follow-up').textContent).toContain('will remind you on Sun, Mar 10, 2030'));
    expect(section('Follow-up').textContent).toContain('7 days after applying');
  });

  it('proposes nothing while the rule is off, as it is by default', async () => {
    const { section } = await openDetail({}, async (db, id) => {
      await applicationsRepository(db).changeStage(id, { stageId: 'applied', at: '2030-03-03T10:00:00-08:00' });
    });
    expect(section('Follow-up').textContent).toContain('No follow-up date. Add one with Edit.');
    expect(section('Follow-up').textContent).not.toContain('remind');
  });
});

describe('the offer and the other facts in the details', () => {
  it('shows the base pay, each part of the offer and its total value, under the convention', async () => {
    const { section } = await openDetail({
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
      durationWeeks: 12,
      deadlines: [{ id: 'answer', kind: 'offer-response', at: '2030-04-01', label: '', done: false }],
      offer: {
        currency: 'USD',
        offeredOn: '2030-03-25',
        housing: { type: 'stipend', amount: 2000, period: 'month' },
        relocation: 3000,
        signOnBonus: 5000,
        other: [{ id: 'transit', label: 'Transit pass', amount: 300 }],
        responseDeadlineId: 'answer',
        returnOfferProspects: 'Most interns get one',
      },
    });
    const pay = section('Pay and offer');
    const rows = [...pay.querySelectorAll('.offer-summary dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling!.textContent,
    ]);
    // $11,000 a month is $2,538.46 a week under 52 weeks in 12 months; 12 weeks make $30,461.54.
    // The $2,000 monthly stipend is $461.54 a week, $5,538.46 over 12 weeks. With the rest: $44,300.
    expect(rows).toEqual([
      ['Offered on', 'Mon, Mar 25, 2030'],
      ['Base pay', '$30,461.54'],
      ['Housing stipend', '$5,538.46 ($2,000 a month)'],
      ['Relocation', '$3,000'],
      ['Sign-on bonus', '$5,000'],
      ['Transit pass', '$300'],
      ['Total value', '$44,300 over 12 weeks'],
      ['Answer by', 'Mon, Apr 1, 2030'],
      ['Return offer', 'Most interns get one'],
    ]);
    expect(pay.textContent).toContain('Monthly$11,000');
    expect(pay.textContent).toContain(
      'Figures assume 40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year.',
    );
  });

  it('gives the answer-by date no label that only repeats its kind, and one that says more', async () => {
    const answerBy = async (label: string) => {
      const { section, unmount } = await openDetail({
        deadlines: [{ id: 'answer', kind: 'offer-response', at: '2030-04-01', label, done: false }],
        offer: anOffer({ responseDeadlineId: 'answer' }),
      });
      const dt = [...section('Pay and offer').querySelectorAll('.offer-summary dt')].find(
        (d) => d.textContent === 'Answer by',
      );
      const text = dt!.nextElementSibling!.textContent;
      unmount();
      return text;
    };
    expect(await answerBy('offer response due')).toBe('Mon, Apr 1, 2030');
    expect(await answerBy('Answer Ana')).toBe('Mon, Apr 1, 2030 (Answer Ana)');
  });

  it('lists what cannot be added, and why', async () => {
    const { section } = await openDetail({
      pay: { min: 30, max: 30, currency: 'CAD', period: 'hour', raw: '' },
      durationWeeks: 16,
      offer: {
        currency: 'USD',
        offeredOn: null,
        housing: { type: 'provided' },
        relocation: null,
        signOnBonus: 1000,
        other: [],
        responseDeadlineId: null,
        returnOfferProspects: '',
      },
    });
    const pay = section('Pay and offer');
    expect(pay.textContent).toContain('Not added: it is in CAD, the offer in USD');
    expect(pay.textContent).toContain('HousingProvided: no amount to add');
    expect(pay.textContent).toContain('Total value$1,000 over 16 weeks');
  });

  it('shows a pay it cannot put per month, and what it lacks', async () => {
    const bare = await openDetail({ pay: { min: 48, max: 52, currency: 'USD', period: null, raw: '' } });
    expect(bare.section('Pay').textContent).toContain(
      '$48–$52 with no period: add one (an hour, a month…) to see it per month.',
    );
  });

  it('says an unpaid role is unpaid, in its pay and its offer, never "$0"', async () => {
    const unpaid = { min: 0, max: 0, currency: 'USD', period: null, raw: 'Unpaid (academic credit)' };
    const alone = await openDetail({ pay: unpaid });
    const pay = alone.section('Pay').textContent;
    expect(pay).toContain('As written: “Unpaid (academic credit)”');
    expect(pay).toContain('Unpaid · no pay over the internship');
    expect(pay).not.toContain('$0');
    alone.unmount();

    const offered = await openDetail({ pay: unpaid, durationWeeks: 10, offer: anOffer() });
    const offer = offered.section('Pay and offer').textContent;
    expect(offer).toContain('Base payUnpaid');
    expect(offer).toContain('Total valueUnpaid over 10 weeks');
    expect(offer).not.toContain('$0');
  });

  it("says of a total without the internship's length that the length is missing", async () => {
    const lump = await openDetail({ pay: { min: 5600, max: 5600, currency: 'USD', period: 'total', raw: '' } });
    expect(lump.section('Pay').textContent).toContain(
      '$5,600 for the whole internship: add its length or dates to see it per month.',
    );
  });

  it('shows sponsorship, referral, résumé, cover letter and the term', async () => {
    const { detail } = await openDetail({
      term: { season: 'summer', year: 2026, text: '' },
      sponsorship: 'offers',
      referral: { name: 'Sam Lee', relation: 'former manager' },
      resumeVersion: 'ML résumé v3',
      coverLetter: 'Pinterest letter',
    });
    const facts = within(detail()).getByRole('region', { name: 'Details' });
    const pairs = [...facts.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Term', 'Summer 2026'],
        ['Visa', 'Offers visa sponsorship'],
        ['Referred by', 'Sam Lee (former manager)'],
        ['Résumé', 'ML résumé v3'],
        ['Cover letter', 'Pinterest letter'],
      ]),
    );
  });
});
