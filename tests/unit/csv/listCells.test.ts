// The list cells of schema 2: events, contacts, offer parts, housing and the follow-up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, EVENT_OUTCOMES, HOUSING_PERIODS } from '@shared/application';
import { readContacts, readContactText, writeContacts } from '@shared/csv/contactsCell';
import { readEvents, writeEvents } from '@shared/csv/eventsCell';
import { readFollowUp, writeFollowUp } from '@shared/csv/followUpCell';
import { readHousing, readOfferParts, writeHousing, writeOfferParts } from '@shared/csv/offerCells';
import { calendarDateArb, instantArb, nonBlankArb, textArb } from '../arbitraries';

const moneyArb = fc.integer({ min: 0, max: 50_000_000 }).map((cents) => cents / 100);

describe('events', () => {
  const round2 = {
    kind: 'technical' as const,
    title: 'Round 2',
    start: '2026-02-10T10:00:00-08:00',
    durationMinutes: 60,
    location: 'https://meet.example.com/abc',
    people: 'Ana | Bo',
    notes: '',
    outcome: 'passed' as const,
  };

  it('writes one per line: start, kind, duration and outcome, title, then where, with whom and notes', () => {
    expect(
      writeEvents([round2, { ...round2, title: '', durationMinutes: null, location: '', outcome: 'pending' }]),
    ).toBe(
      '2026-02-10T10:00:00-08:00 Technical interview (60 min, Passed): Round 2 | where: https://meet.example.com/abc | with: Ana \\| Bo\n' +
        '2026-02-10T10:00:00-08:00 Technical interview (Pending) | with: Ana \\| Bo',
    );
  });

  it('reads the kind and the outcome as the app names them, in any case, and as the codes older exports wrote', () => {
    const read = readEvents(
      '2026-02-10 Final round / superday (Did not pass)\n2026-02-11 online assessment (passed)\n2026-02-12 phone-screen (not-passed): Recruiter',
    );
    expect(read.ok && read.value.map((e) => [e.start, e.kind, e.outcome, e.title])).toEqual([
      ['2026-02-10', 'final-round', 'not-passed', ''],
      ['2026-02-11', 'online-assessment', 'passed', ''],
      ['2026-02-12', 'phone-screen', 'not-passed', 'Recruiter'],
    ]);
  });

  it('names the line it cannot read', () => {
    expect(readEvents('2026-02-10 coffee (pending)')).toEqual({ ok: false, bad: '2026-02-10 coffee (pending)' });
    expect(readEvents('2026-02-10 technical (pending) | mood: good')).toEqual({
      ok: false,
      bad: '2026-02-10 technical (pending) | mood: good',
    });
  });

  it('gives back any events exactly', () => {
    const event = fc.record({
      kind: fc.constantFrom(...EVENT_KINDS),
      title: textArb(20),
      start: fc.oneof(calendarDateArb, instantArb),
      durationMinutes: fc.option(fc.integer({ min: 1, max: 20_160 }), { nil: null }),
      location: textArb(20),
      people: textArb(20),
      notes: textArb(30),
      outcome: fc.constantFrom(...EVENT_OUTCOMES),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 4 }), (events) => {
        expect(readEvents(writeEvents(events))).toEqual({ ok: true, value: events });
      }),
    );
  });
});

describe('contacts', () => {
  it('writes the name, then what else is known', () => {
    const text = writeContacts([
      { name: 'Ana Ruiz', role: 'Recruiter', email: 'ana@stripe.com', phone: '', notes: '' },
      { name: '', role: '', email: '', phone: '+1 555 0100', notes: 'Call after 5' },
    ]);
    expect(text).toBe(
      'Ana Ruiz | role: Recruiter | email: ana@stripe.com\n | phone: +1 555 0100 | notes: Call after 5',
    );
    expect(readContacts(text)).toEqual({
      ok: true,
      value: [
        { name: 'Ana Ruiz', role: 'Recruiter', email: 'ana@stripe.com', phone: '', notes: '' },
        { name: '', role: '', email: '', phone: '+1 555 0100', notes: 'Call after 5' },
      ],
    });
  });

  it('leaves out contacts with nothing in them, so no cell is only line breaks', () => {
    const blank = { name: '', role: '', email: '', phone: '', notes: '' };
    expect(writeContacts([blank, { ...blank, name: ' ' }])).toBe('');
    expect(writeContacts([blank, { ...blank, name: 'Ana' }, blank])).toBe('Ana');
  });

  it('gives back any contact with something in it exactly', () => {
    const contact = fc
      .record({ name: textArb(15), role: textArb(15), email: textArb(15), phone: textArb(10), notes: textArb(30) })
      .filter((c) => Object.values(c).some((v) => v.trim() !== ''));
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 3 }), (contacts) => {
        expect(readContacts(writeContacts(contacts))).toEqual({ ok: true, value: contacts });
      }),
    );
  });
});

describe('a contact typed into a cell', () => {
  it.each([
    ['Priya Shah (recruiter) priya@stripe.com', ['Priya Shah', 'recruiter', 'priya@stripe.com', '']],
    ['Sam Lee <mailto:sam@figma.com>', ['Sam Lee', '', 'sam@figma.com', '']],
    ['Chris Wu - +45 12 34 56 78', ['Chris Wu', '', '', '+45 12 34 56 78']],
    // Dates and spans of years are no phone numbers.
    ['Ana Ruiz (Class of 2019-2023)', ['Ana Ruiz', 'Class of 2019-2023', '', '']],
    ['Ana Ruiz, met 2026-05-12', ['Ana Ruiz, met 2026-05-12', '', '', '']],
    ['not an address: ana@', ['not an address: ana@', '', '', '']],
  ])('reads %j', (text, [name, role, email, phone]) => {
    expect(readContactText(text)).toEqual({ name, role, email, phone });
  });
});

describe('the offer', () => {
  it('writes housing as provided, per week or month, or in total', () => {
    expect(writeHousing({ type: 'provided' })).toBe('provided');
    expect(writeHousing({ type: 'stipend', amount: 2000, period: 'month' })).toBe('2000/month');
    expect(writeHousing({ type: 'stipend', amount: 6000, period: 'total' })).toBe('6000 total');
    expect(writeHousing(null)).toBe('');
  });

  it('reads housing as other trackers write it, and not an amount without its period', () => {
    expect(readHousing('Corporate housing')).toEqual({ type: 'provided' });
    expect(readHousing('$2,000 a month')).toEqual({ type: 'stipend', amount: 2000, period: 'month' });
    expect(readHousing('$500/wk')).toEqual({ type: 'stipend', amount: 500, period: 'week' });
    expect(readHousing('Housing stipend $5k')).toEqual({ type: 'stipend', amount: 5000, period: 'total' });
    expect(readHousing('$2000')).toBeNull();
    expect(readHousing('$40/hr')).toBeNull();
    expect(readHousing('Yes')).toBeNull();
  });

  it('gives back any housing exactly', () => {
    const housing = fc.oneof(
      fc.record({
        type: fc.constant('stipend' as const),
        amount: moneyArb,
        period: fc.constantFrom(...HOUSING_PERIODS),
      }),
      fc.constant({ type: 'provided' as const }),
    );
    fc.assert(
      fc.property(housing, (h) => {
        expect(readHousing(writeHousing(h))).toEqual(h);
      }),
    );
  });

  it('writes other parts one per line, label then amount, and reads amounts written with a currency', () => {
    expect(writeOfferParts([{ label: 'Stock: RSUs', amount: 5000 }])).toBe('Stock\\: RSUs: 5000');
    expect(readOfferParts('Gym: $600\nStock\\: RSUs: 5k')).toEqual({
      ok: true,
      value: [
        { label: 'Gym', amount: 600 },
        { label: 'Stock: RSUs', amount: 5000 },
      ],
    });
    expect(readOfferParts('Free lunch')).toEqual({ ok: false, bad: 'Free lunch' });
  });

  it('gives back any other parts exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: nonBlankArb(20), amount: moneyArb }), { maxLength: 3 }), (parts) => {
        expect(readOfferParts(writeOfferParts(parts))).toEqual({ ok: true, value: parts });
      }),
    );
  });
});

describe('the follow-up', () => {
  it('writes its day, whether it is done and its note', () => {
    expect(writeFollowUp({ on: '2026-02-15', note: 'Email Sarah: thanks', done: true })).toBe(
      '2026-02-15 (done): Email Sarah: thanks',
    );
    expect(writeFollowUp({ on: '2026-02-15', note: '', done: false })).toBe('2026-02-15');
  });

  it("reads other trackers' follow-up dates as one to do, and nothing else", () => {
    expect(readFollowUp('2/15/2026', false)).toEqual({ on: '2026-02-15', note: '', done: false });
    expect(readFollowUp('15.02.2026', false)).toEqual({ on: '2026-02-15', note: '', done: false });
    expect(readFollowUp('email Sarah', false)).toBeNull();
  });

  it('gives back any follow-up exactly', () => {
    const followUp = fc.record({ on: calendarDateArb, note: textArb(30), done: fc.boolean() });
    fc.assert(
      fc.property(followUp, (f) => {
        expect(readFollowUp(writeFollowUp(f), false)).toEqual(f);
      }),
    );
  });
});
