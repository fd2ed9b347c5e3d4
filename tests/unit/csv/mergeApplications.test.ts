import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationSchema, type Application, type Deadline } from '@shared/application';
import { whenInWords } from '@shared/calendarDate';
import { addedByMerge, mergeApplications } from '@shared/csv/mergeApplications';
import { dateWords } from '@shared/dateWords';
import { addStage, DEFAULT_PIPELINE, type Pipeline } from '@shared/pipeline';
import { EMPTY_TERM } from '@shared/term';
import { aPinterestApplication } from '../core/pinterestApplication';
import { anEvent } from '../../support/anEvent';
import { anOffer } from '../../support/anOffer';

const NOW = '2026-03-01T10:00:00Z';
const US_DATES = dateWords('en-US');

const merge = (base: Application, incoming: Application, pipeline: Pipeline = DEFAULT_PIPELINE) =>
  mergeApplications(base, incoming, NOW, pipeline, US_DATES).application;
/** What the merge says it left out of the file, keeping what the student has. */
const keptBy = (base: Application, incoming: Application) =>
  mergeApplications(base, incoming, NOW, DEFAULT_PIPELINE, US_DATES).kept;
/** What merging adds, which skipping the row leaves out. */
const addedBy = (base: Application, incoming: Application) =>
  addedByMerge(base, mergeApplications(base, incoming, NOW, DEFAULT_PIPELINE, US_DATES), DEFAULT_PIPELINE);

/** A bare imported row for the same application, with what a test gives it. */
function imported(overrides: Partial<Application> = {}): Application {
  return applicationSchema.parse({
    ...aPinterestApplication(),
    id: 'imported',
    postingUrl: '',
    source: '',
    employmentType: null,
    workMode: null,
    appliedAt: null,
    deadlines: [],
    cohorts: [],
    chosenCohortId: null,
    durationWeeks: null,
    pay: null,
    notes: '',
    tags: [],
    locations: [],
    excitement: null,
    stageId: 'applied',
    phase: 'applied',
    stageHistory: [{ id: 'i1', stageId: 'applied', phase: 'applied', at: '2026-01-05T12:00:00Z', note: '' }],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

describe('mergeApplications', () => {
  it('keeps what the student entered and only fills gaps', () => {
    const base = aPinterestApplication({ source: '', workMode: null, resumeVersion: '', sponsorship: 'unknown' });
    const merged = merge(
      base,
      imported({
        source: 'LinkedIn',
        workMode: 'remote',
        postingUrl: 'https://elsewhere.example/1',
        excitement: 1,
        durationWeeks: 10,
        resumeVersion: 'v3',
        coverLetter: 'ML letter',
        sponsorship: 'offers',
        referral: { name: 'Sam Lee', relation: '' },
        followUp: { on: '2026-03-05', note: '', done: false },
        term: { season: 'fall', year: 2026, text: '' },
      }),
    );
    expect(merged).toMatchObject({
      id: 'app-pinterest',
      createdAt: base.createdAt,
      boardRank: base.boardRank,
      source: 'LinkedIn',
      workMode: 'remote',
      postingUrl: base.postingUrl,
      excitement: 5,
      durationWeeks: 12,
      pay: base.pay,
      term: base.term,
      resumeVersion: 'v3',
      coverLetter: 'ML letter',
      sponsorship: 'offers',
      referral: { name: 'Sam Lee', relation: '' },
      followUp: { on: '2026-03-05', note: '', done: false },
      updatedAt: NOW,
    });
  });

  it("takes the import's excitement, sponsorship and term only where the student has none", () => {
    const merged = merge(
      aPinterestApplication({ excitement: null, sponsorship: 'does-not-offer', term: EMPTY_TERM }),
      imported({ excitement: 2, sponsorship: 'offers', term: { season: 'summer', year: 2027, text: '' } }),
    );
    expect([merged.excitement, merged.sponsorship, merged.term]).toEqual([
      2,
      'does-not-offer',
      { season: 'summer', year: 2027, text: '' },
    ]);
  });

  it('keeps both notes when they differ, and does not repeat one already there', () => {
    const base = aPinterestApplication({ notes: 'Mine' });
    expect(merge(base, imported({ notes: 'Theirs' })).notes).toBe('Mine\n\nTheirs');
    expect(merge(base, imported({ notes: 'Mine' })).notes).toBe('Mine');
  });

  it('unites locations and tags, ignoring case', () => {
    const merged = merge(
      aPinterestApplication({ locations: ['Seattle, WA'], tags: ['ml'] }),
      imported({ locations: ['seattle, wa', 'Remote'], tags: ['ML', 'dream'] }),
    );
    expect(merged.locations).toEqual(['Seattle, WA', 'Remote']);
    expect(merged.tags).toEqual(['ml', 'dream']);
  });

  it('adds deadlines and cohorts it does not have, and maps the chosen cohort onto the same dates', () => {
    const base = aPinterestApplication({ chosenCohortId: null });
    const merged = merge(
      base,
      imported({
        deadlines: [
          { id: 'x1', kind: 'offer-response', at: '2026-03-15', label: 'again', done: false },
          { id: 'x2', kind: 'interview', at: '2026-02-20T10:00:00-08:00', label: 'Onsite', done: false },
        ],
        cohorts: [
          { id: 'c1', start: '2026-06-15', end: '2026-09-04', label: '' },
          { id: 'c2', start: '2026-07-06', end: '2026-09-25', label: 'Late' },
        ],
        chosenCohortId: 'c1',
      }),
    );
    expect(merged.deadlines.map((d) => d.id)).toEqual(['dl-oa', 'dl-offer', 'dl-app', 'x2']);
    expect(merged.cohorts.map((c) => c.id)).toEqual(['cohort-may', 'cohort-june', 'c2']);
    expect(merged.chosenCohortId).toBe('cohort-june');
  });

  it("keeps the student's cohort for one starting the same day, whatever end the file works out", () => {
    // tester36: "Start date 06/07/2027" with "Length 12 months" ends on 2028-07-05; the student's ends in June.
    const base = aPinterestApplication({ chosenCohortId: null });
    const merged = merge(
      base,
      imported({
        cohorts: [{ id: 'c1', start: '2026-06-15', end: '2026-09-14', label: '' }],
        chosenCohortId: 'c1',
      }),
    );
    expect(merged.cohorts).toEqual(base.cohorts);
    expect(merged.chosenCohortId).toBe('cohort-june');
  });

  it('gives an added item a new id when the base already uses its id', () => {
    const merged = merge(
      aPinterestApplication(),
      imported({
        deadlines: [{ id: 'dl-oa', kind: 'interview', at: '2026-02-20', label: '', done: false }],
        cohorts: [{ id: 'cohort-may', start: '2026-07-06', end: '2026-09-25', label: 'Late' }],
        chosenCohortId: 'cohort-may',
      }),
    );
    expect(merged.deadlines.map((d) => d.id)).toEqual(['dl-oa', 'dl-offer', 'dl-app', 'dl-oa-2']);
    expect(merged.cohorts.map((c) => c.id)).toEqual(['cohort-may', 'cohort-june', 'cohort-may-2']);
    expect(merged.chosenCohortId).toBe('cohort-may');
    expect(applicationSchema.safeParse(merged).success).toBe(true);
  });

  it('adds events with a new kind and start', () => {
    const oa = {
      id: 'e1',
      kind: 'online-assessment' as const,
      title: 'HackerRank',
      start: '2026-01-20',
      durationMinutes: 90,
      location: '',
      people: '',
      notes: '',
      outcome: 'passed' as const,
    };
    const merged = merge(
      aPinterestApplication({ events: [oa] }),
      imported({
        events: [
          { ...oa, id: 'x', title: 'OA again', outcome: 'pending' },
          { ...oa, kind: 'technical', start: '2026-02-10T10:00:00-08:00', title: 'Round 2' },
        ],
      }),
    );
    expect(merged.events.map((e) => [e.id, e.title])).toEqual([
      ['e1', 'HackerRank'],
      ['e1-2', 'Round 2'],
    ]);
  });

  it('never moves the stage backwards', () => {
    const base = aPinterestApplication(); // applied 5 Jan -> phone screen 1 Feb
    const merged = merge(
      base,
      imported({
        stageHistory: [{ id: 'i1', stageId: 'applied', phase: 'applied', at: '2026-02-20T12:00:00Z', note: '' }],
      }),
    );
    expect(merged.stageId).toBe('phone-screen');
    expect(merged.stageHistory).toEqual(base.stageHistory);
  });

  it('moves the stage forward and fills in earlier entries it did not know, with ids of their own', () => {
    const merged = merge(
      aPinterestApplication(),
      imported({
        stageId: 'offer',
        phase: 'offer',
        stageHistory: [
          { id: 'h1', stageId: 'wishlist', phase: 'saved', at: '2026-01-02T12:00:00Z', note: 'Saved it' },
          { id: 'i2', stageId: 'applied', phase: 'applied', at: '2026-01-05T12:00:00Z', note: '' },
          { id: 'i3', stageId: 'offer', phase: 'offer', at: '2026-02-25T12:00:00Z', note: '' },
        ],
      }),
    );
    expect(merged.stageHistory.map((h) => `${h.id} ${h.stageId} ${h.at.slice(0, 10)}`)).toEqual([
      'h1-2 wishlist 2026-01-02',
      'h1 applied 2026-01-05',
      'h2 phone-screen 2026-02-01',
      'i3 offer 2026-02-25',
    ]);
    expect([merged.stageId, merged.phase]).toEqual(['offer', 'offer']);
    expect(applicationSchema.safeParse(merged).success).toBe(true);
  });

  it('moves the stage forward to a stage dated before the application was added', () => {
    // Added on Mar 1 from a list that had it saved; the student's tracker now says applied on Feb 25.
    const base = {
      ...aPinterestApplication(),
      stageId: 'wishlist',
      phase: 'saved' as const,
      appliedAt: null,
      stageHistory: [{ id: 'h1', stageId: 'wishlist', phase: 'saved' as const, at: '2026-03-01T12:00:00Z', note: '' }],
    };
    const merged = merge(
      base,
      imported({
        appliedAt: '2026-02-25',
        stageHistory: [{ id: 'i1', stageId: 'applied', phase: 'applied', at: '2026-02-25T12:00:00Z', note: '' }],
      }),
    );
    expect([merged.stageId, merged.phase, merged.appliedAt]).toEqual(['applied', 'applied', '2026-02-25']);
    expect(merged.stageHistory.map((h) => `${h.stageId} ${h.at}`)).toEqual([
      'wishlist 2026-03-01T12:00:00Z',
      'applied 2026-03-01T12:00:00Z',
    ]);
    expect(applicationSchema.safeParse(merged).success).toBe(true);
  });

  it('gives an entry moved to the latest entry’s moment that moment, known or day-only as that one is', () => {
    const latest = { id: 'h1', stageId: 'wishlist', phase: 'saved' as const, at: '2026-03-01T12:00:00Z', note: '' };
    const base = (dayOnly: boolean) => ({
      ...aPinterestApplication(),
      stageId: 'wishlist',
      phase: 'saved' as const,
      appliedAt: null,
      stageHistory: [dayOnly ? { ...latest, dayOnly: true as const } : latest],
    });
    const sent = (at: string) =>
      imported({
        appliedAt: at.slice(0, 10),
        stageHistory: [{ id: 'i1', stageId: 'applied', phase: 'applied', at, dayOnly: true, note: '' }],
      });
    const applied = (merged: Application) => merged.stageHistory.find((h) => h.stageId === 'applied');
    expect(applied(merge(base(false), sent('2026-02-25T12:00:00Z')))).toEqual({
      id: 'i1',
      stageId: 'applied',
      phase: 'applied',
      at: '2026-03-01T12:00:00Z',
      note: '',
    });
    expect(applied(merge(base(true), sent('2026-02-25T12:00:00Z')))).toMatchObject({ dayOnly: true });
    // Dated after it, it keeps its own day, known only as a day.
    expect(applied(merge(base(false), sent('2026-03-02T12:00:00Z')))).toMatchObject({
      at: '2026-03-02T12:00:00Z',
      dayOnly: true,
    });
  });

  it('keeps an entry of a date not recorded so when it moves to the latest entry’s moment', () => {
    const latest = { id: 'h1', stageId: 'wishlist', phase: 'saved' as const, at: '2026-03-01T12:00:00Z', note: '' };
    const base = { ...aPinterestApplication(), stageId: 'wishlist', phase: 'saved' as const, appliedAt: null };
    const merged = merge(
      { ...base, stageHistory: [latest] },
      imported({
        appliedAt: null,
        stageId: 'rejected',
        phase: 'closed',
        stageHistory: [
          { id: 'i1', stageId: 'rejected', phase: 'closed', at: '2026-02-25T12:00:00Z', dateUnknown: true, note: '' },
        ],
      }),
    );
    expect(merged.stageHistory.at(-1)).toEqual({
      id: 'i1',
      stageId: 'rejected',
      phase: 'closed',
      at: '2026-03-01T12:00:00Z',
      dateUnknown: true,
      note: '',
    });
    expect(merged.appliedAt).toBeNull();
  });

  describe('the stage history', () => {
    const entry = (id: string, stageId: string, phase: Application['phase'], day: string) => ({
      id,
      stageId,
      phase,
      at: `${day}T12:00:00Z`,
      note: '',
    });
    const rejected = {
      ...aPinterestApplication(),
      stageId: 'rejected',
      phase: 'closed' as const,
      stageHistory: [entry('h1', 'applied', 'applied', '2026-01-05'), entry('h2', 'rejected', 'closed', '2026-02-20')],
    };

    it('never adds a stage the history has passed, nor one it has already, so it never goes backwards', () => {
      // The tester's Figma: applied Aug 28 then rejected; the file saved it Sep 20 and applied Sep 28.
      const merged = merge(
        rejected,
        imported({
          stageId: 'rejected',
          phase: 'closed',
          stageHistory: [
            entry('i1', 'wishlist', 'saved', '2026-01-20'),
            entry('i2', 'applied', 'applied', '2026-01-28'),
            entry('i3', 'rejected', 'closed', '2026-03-01'),
          ],
        }),
      );
      expect(merged.stageHistory).toEqual(rejected.stageHistory);
    });

    it('adds no second entry of a stage it has, on another day', () => {
      const saved = {
        ...rejected,
        stageHistory: [entry('h0', 'wishlist', 'saved', '2026-01-02'), ...rejected.stageHistory],
      };
      const merged = merge(
        saved,
        imported({
          stageId: 'wishlist',
          phase: 'saved',
          stageHistory: [entry('i1', 'wishlist', 'saved', '2025-12-20')],
        }),
      );
      expect(merged.stageHistory).toEqual(saved.stageHistory);
    });

    it('fills in a stage it did not know where it falls in order: earlier than the first, or between two it passed through', () => {
      const merged = merge(
        rejected,
        imported({
          stageId: 'technical-interview',
          phase: 'in-process',
          stageHistory: [
            entry('i1', 'wishlist', 'saved', '2026-01-02'),
            entry('i2', 'technical-interview', 'in-process', '2026-02-01'),
          ],
        }),
      );
      expect(merged.stageHistory.map((h) => `${h.stageId} ${h.at.slice(0, 10)}`)).toEqual([
        'wishlist 2026-01-02',
        'applied 2026-01-05',
        'technical-interview 2026-02-01',
        'rejected 2026-02-20',
      ]);
    });
  });

  it('ticks the deadline to apply once the file moves a listed application past applying, as a move in the app does', () => {
    const toApply: Deadline = { id: 'd1', kind: 'application', at: '2026-03-20', label: '', done: false };
    const assessment: Deadline = { id: 'd2', kind: 'assessment', at: '2026-03-25', label: '', done: false };
    const base = {
      ...aPinterestApplication(),
      stageId: 'wishlist',
      phase: 'saved' as const,
      appliedAt: null,
      deadlines: [toApply, assessment],
      stageHistory: [{ id: 'h1', stageId: 'wishlist', phase: 'saved' as const, at: '2026-02-01T12:00:00Z', note: '' }],
    };
    const merged = merge(base, imported({ deadlines: [{ ...toApply, id: 'i-d1' }] }));
    expect(merged.phase).toBe('applied');
    expect(merged.deadlines.map((d) => `${d.kind} ${d.done}`)).toEqual(['application true', 'assessment false']);

    // Still on the list, or already past applying before the file: the deadlines stay as the student left them.
    const stillListed = merge(base, imported({ stageId: 'wishlist', phase: 'saved', stageHistory: base.stageHistory }));
    expect(stillListed.deadlines.map((d) => d.done)).toEqual([false, false]);
    const applied = { ...base, stageId: 'applied', phase: 'applied' as const, stageHistory: imported().stageHistory };
    expect(merge(applied, imported()).deadlines.map((d) => d.done)).toEqual([false, false]);
  });

  it('counts a later stage of the same phase as further along, in the order of the pipeline', () => {
    const pipeline = DEFAULT_PIPELINE; // … phone screen, technical interview, final round …
    const later = imported({
      stageId: 'final-round',
      phase: 'in-process',
      stageHistory: [{ id: 'i1', stageId: 'final-round', phase: 'in-process', at: '2026-02-10T12:00:00Z', note: '' }],
    });
    expect(merge(aPinterestApplication(), later, pipeline).stageId).toBe('final-round');
    const earlier = imported({
      stageId: 'online-assessment',
      phase: 'in-process',
      stageHistory: [
        { id: 'i1', stageId: 'online-assessment', phase: 'in-process', at: '2026-02-10T12:00:00Z', note: '' },
      ],
    });
    expect(merge(aPinterestApplication(), earlier, pipeline).stageId).toBe('phone-screen');
    // The user's own order decides: a stage added at the end of its phase comes after the others.
    const withChat = addStage(pipeline, { id: 'chat', name: 'Coffee chat', phase: 'in-process', color: 'teal' });
    if (!withChat.ok) throw new Error(withChat.error);
    const chat = imported({
      stageId: 'chat',
      phase: 'in-process',
      stageHistory: [{ id: 'i1', stageId: 'chat', phase: 'in-process', at: '2026-02-10T12:00:00Z', note: '' }],
    });
    expect(merge(aPinterestApplication(), chat, withChat.pipeline).stageId).toBe('chat');
  });

  it('adds contacts with a new email', () => {
    const base = aPinterestApplication({
      contacts: [{ id: 'k1', name: 'Ana', role: 'Recruiter', email: 'ana@pinterest.com', phone: '', notes: '' }],
    });
    const merged = merge(
      base,
      imported({
        contacts: [
          { id: 'k2', name: '', role: '', email: 'ANA@pinterest.com', phone: '', notes: '' },
          { id: 'k3', name: '', role: '', email: 'bo@pinterest.com', phone: '', notes: '' },
        ],
      }),
    );
    expect(merged.contacts.map((c) => c.id)).toEqual(['k1', 'k3']);
  });

  describe('contacts', () => {
    const contact = (over: Partial<Application['contacts'][number]>) => ({
      id: 'c',
      name: '',
      role: '',
      email: '',
      phone: '',
      notes: '',
      ...over,
    });
    const priya = contact({ id: 'k1', name: 'Priya Shah', role: 'recruiter', email: 'priya@stripe.com' });

    it('takes a contact without an email of the name of one tracked as that person, filling in what it lacks', () => {
      const base = aPinterestApplication({ contacts: [priya] });
      const incoming = imported({
        contacts: [contact({ id: 'k2', name: ' priya  SHAH ', phone: '+1 415 555 0100', notes: 'Met at the fair' })],
      });
      const merged = merge(base, incoming);
      expect(merged.contacts).toEqual([{ ...priya, phone: '+1 415 555 0100', notes: 'Met at the fair' }]);
      expect(addedBy(base, incoming)).toEqual(["the contact Priya Shah's details"]);
      // Nothing new about her: nothing to leave out, and the application is as it was.
      const same = imported({ contacts: [contact({ id: 'k2', name: 'Priya Shah' })] });
      expect(merge(base, same).contacts).toEqual([priya]);
      expect(addedBy(base, same)).toEqual([]);
    });

    it('matches names without their accents, and phones however they are written, where an email is missing', () => {
      const base = aPinterestApplication({
        contacts: [
          contact({ id: 'k1', name: 'José Núñez' }),
          contact({ id: 'k2', name: 'Sam', phone: '(415) 555-0100' }),
        ],
      });
      const merged = merge(
        base,
        imported({
          contacts: [
            contact({ id: 'k3', name: 'Jose Nunez', email: 'jose@pinterest.com' }),
            contact({ id: 'k4', name: 'Samuel Lee', phone: '+1 415-555-0100' }),
          ],
        }),
      );
      expect(merged.contacts.map((c) => [c.id, c.name, c.email, c.phone])).toEqual([
        ['k1', 'José Núñez', 'jose@pinterest.com', ''],
        ['k2', 'Sam', '', '(415) 555-0100'],
      ]);
    });

    it('keeps two people of one name apart when their emails differ', () => {
      const merged = merge(
        aPinterestApplication({ contacts: [priya] }),
        imported({ contacts: [contact({ id: 'k2', name: 'Priya Shah', email: 'priya.shah@gmail.com' })] }),
      );
      expect(merged.contacts.map((c) => c.email)).toEqual(['priya@stripe.com', 'priya.shah@gmail.com']);
    });
  });

  describe('the offer', () => {
    it("is the import's when the student has none, its response deadline the merged list's", () => {
      const merged = merge(
        aPinterestApplication(),
        imported({
          deadlines: [{ id: 'x1', kind: 'offer-response', at: '2026-03-15', label: '', done: false }],
          offer: anOffer({ relocation: 1500, responseDeadlineId: 'x1' }),
        }),
      );
      expect(merged.offer).toEqual(anOffer({ relocation: 1500, responseDeadlineId: 'dl-offer' }));
      expect(applicationSchema.safeParse(merged).success).toBe(true);
    });

    it("fills the student's empty parts, amounts only in the same currency", () => {
      const base = aPinterestApplication({
        offer: anOffer({ relocation: 1000, other: [{ id: 'p1', label: 'Gym', amount: 600 }] }),
      });
      const theirs = anOffer({
        offeredOn: '2026-02-20',
        housing: { type: 'stipend', amount: 2000, period: 'month' },
        relocation: 3000,
        signOnBonus: 5000,
        other: [
          { id: 'p1', label: 'gym', amount: 700 },
          { id: 'p1b', label: 'Stock', amount: 9000 },
        ],
        returnOfferProspects: 'Likely',
      });
      expect(merge(base, imported({ offer: theirs })).offer).toEqual(
        anOffer({
          offeredOn: '2026-02-20',
          housing: { type: 'stipend', amount: 2000, period: 'month' },
          relocation: 1000,
          signOnBonus: 5000,
          other: [
            { id: 'p1', label: 'Gym', amount: 600 },
            { id: 'p1b', label: 'Stock', amount: 9000 },
          ],
          returnOfferProspects: 'Likely',
        }),
      );
      expect(merge(base, imported({ offer: { ...theirs, currency: 'CAD' } })).offer).toEqual(
        anOffer({
          offeredOn: '2026-02-20',
          relocation: 1000,
          other: [{ id: 'p1', label: 'Gym', amount: 600 }],
          returnOfferProspects: 'Likely',
        }),
      );
    });
  });

  describe('dates the student already tracks', () => {
    // A deadline's day is the student's day: 09:00 in London.
    const originalTz = process.env.TZ;
    beforeEach(() => {
      process.env.TZ = 'Europe/London';
    });
    afterEach(() => {
      process.env.TZ = originalTz;
    });
    const deadline = (id: string, kind: Deadline['kind'], at: string, label = '') => ({
      id,
      kind,
      at,
      label,
      done: false,
    });
    const tracking = (...deadlines: Deadline[]) => aPinterestApplication({ deadlines });

    it('adds nothing for a date-only deadline on the day of one of that kind with a time', () => {
      const base = tracking(deadline('mine', 'application', '2026-12-08T09:00:00Z'));
      const incoming = imported({ deadlines: [deadline('x', 'application', '2026-12-08')] });
      expect(merge(base, incoming).deadlines).toEqual(base.deadlines);
      expect(keptBy(base, incoming)).toEqual([]);
    });

    it('fills in the time of a date-only deadline of that kind on the same day, keeping the rest', () => {
      const base = tracking({ ...deadline('mine', 'application', '2026-12-08', 'Online form'), done: true });
      const merged = merge(base, imported({ deadlines: [deadline('x', 'application', '2026-12-08T09:00:00Z')] }));
      expect(merged.deadlines).toEqual([
        { id: 'mine', kind: 'application', at: '2026-12-08T09:00:00Z', label: 'Online form', done: true },
      ]);
    });

    it("keeps its deadline to apply and says so when the file gives another day or time, writing the file's into the notes", () => {
      const base = tracking(deadline('mine', 'application', '2026-12-08T09:00:00Z'));
      for (const at of ['2026-08-12', '2026-12-08T17:00:00Z']) {
        const incoming = imported({ deadlines: [deadline('x', 'application', at)] });
        const merged = merge(base, incoming);
        expect(merged.deadlines).toEqual(base.deadlines);
        expect(merged.notes).toContain(`Not added on import: 'Application deadline: ${whenInWords(at, US_DATES)}'`);
        // Merging the same file again writes it once.
        expect(merge(merged, incoming).notes).toBe(merged.notes);
      }
      expect(keptBy(base, imported({ deadlines: [deadline('x', 'application', '2026-08-12')] }))).toEqual([
        `Pinterest (Master's Machine Learning Internship 2026 (USA)) keeps its 'Application deadline: Tue, Dec 8, 2026, 9:00 AM': the file's 'Application deadline: Wed, Aug 12, 2026' is not added, but written into its notes (add it by hand if both are right)`,
      ]);
    });

    it("keeps the student's pay, length, applied date, work mode and type where the file differs, saying so and writing the file's into the notes", () => {
      const base = aPinterestApplication({
        pay: { min: 9500, max: 9500, currency: 'USD', period: 'month', raw: '$9,500/month' },
        durationWeeks: 12,
        appliedAt: '2026-01-05',
        workMode: 'hybrid',
        employmentType: 'internship',
        notes: '',
      });
      const incoming = imported({
        pay: { min: 12000, max: 12000, currency: 'USD', period: 'month', raw: '' },
        durationWeeks: 10,
        appliedAt: '2026-01-07',
        workMode: 'remote',
        employmentType: 'co-op',
      });
      const merged = merge(base, incoming);
      expect([merged.pay, merged.durationWeeks, merged.appliedAt, merged.workMode, merged.employmentType]).toEqual([
        base.pay,
        12,
        '2026-01-05',
        'hybrid',
        'internship',
      ]);
      expect(merged.notes).toBe(
        [
          "Not taken on import: pay '$12,000 a month'",
          "Not taken on import: length '10 weeks'",
          "Not taken on import: applied date 'Wed, Jan 7, 2026'",
          "Not taken on import: work mode 'Remote'",
          "Not taken on import: employment type 'Co-op'",
        ].join('\n'),
      );
      expect(keptBy(base, incoming)[0]).toBe(
        "Pinterest (Master's Machine Learning Internship 2026 (USA)) keeps its pay '$9,500/month': the file's pay '$12,000 a month' is not taken, but written into its notes",
      );
      // An unpaid role's pay with nothing written is said in the word the app shows it in.
      const unpaid = imported({ pay: { min: 0, max: 0, currency: 'USD', period: null, raw: '' } });
      expect(merge(base, unpaid).notes).toBe("Not taken on import: pay 'Unpaid'");
      // The same values, written another way, are no difference.
      const same = imported({
        pay: { ...base.pay!, raw: '9500 USD per month' },
        durationWeeks: 12,
        workMode: 'hybrid',
      });
      expect(keptBy(base, same)).toEqual([]);
      expect(merge(base, same).notes).toBe('');
    });

    it('fills in the hours a week the file states of the same pay, and keeps the student’s where the file states others', () => {
      const pay = { min: 2200, max: 2200, currency: 'BRL', period: 'month' as const, raw: 'R$ 2.200/mês' };
      const base = aPinterestApplication({ pay, notes: '' });
      const filled = merge(base, imported({ pay: { ...pay, raw: '', hoursPerWeek: 30 } }));
      expect(filled.pay).toEqual({ ...pay, hoursPerWeek: 30 });
      expect(filled.notes).toBe('');
      expect(addedBy(base, imported({ pay: { ...pay, hoursPerWeek: 30 } }))).toContain('the pay');

      const partTime = aPinterestApplication({ pay: { ...pay, hoursPerWeek: 30 }, notes: '' });
      const other = merge(partTime, imported({ pay: { ...pay, raw: '', hoursPerWeek: 20 } }));
      expect(other.pay).toEqual(partTime.pay);
      expect(other.notes).toBe("Not taken on import: pay 'R$2,200 a month, 20 h/week'");
      // A file that states none says nothing against the student's.
      expect(merge(partTime, imported({ pay })).pay).toEqual(partTime.pay);
      expect(keptBy(partTime, imported({ pay }))).toEqual([]);
    });

    it("keeps the student's source, excitement, sponsorship, referral, follow-up, résumé version and term where the file differs, writing the file's into the notes", () => {
      const base = aPinterestApplication({
        source: 'LinkedIn',
        excitement: 3,
        sponsorship: 'offers',
        referral: { name: 'Maya Chen', relation: 'alum' },
        followUp: { on: '2026-02-10', note: '', done: false },
        resumeVersion: 'v3',
        term: { season: null, year: 2026, text: '' },
        notes: '',
      });
      const incoming = imported({
        source: 'Handshake',
        excitement: 5,
        sponsorship: 'does-not-offer',
        referral: { name: 'Tom Becker', relation: '' },
        followUp: { on: '2026-02-12', note: 'email Sarah', done: false },
        resumeVersion: 'v4',
        term: { season: 'summer', year: 2026, text: '' },
      });
      const merged = merge(base, incoming);
      expect([merged.source, merged.excitement, merged.sponsorship, merged.referral, merged.followUp]).toEqual([
        'LinkedIn',
        3,
        'offers',
        base.referral,
        base.followUp,
      ]);
      expect([merged.resumeVersion, merged.term]).toEqual(['v3', base.term]);
      expect(merged.notes).toBe(
        [
          "Not taken on import: term 'Summer 2026'",
          "Not taken on import: source 'Handshake'",
          "Not taken on import: excitement '5 of 5'",
          "Not taken on import: sponsorship 'Does not sponsor visas'",
          "Not taken on import: referral 'Tom Becker'",
          "Not taken on import: follow-up 'Thu, Feb 12, 2026: email Sarah'",
          "Not taken on import: résumé version 'v4'",
        ].join('\n'),
      );
      // The same values, written another way, are no difference.
      const same = imported({
        source: 'linkedin',
        excitement: 3,
        referral: { name: 'maya chen', relation: '' },
        followUp: { on: '2026-02-10', note: '', done: true },
        resumeVersion: 'V3',
        term: { season: null, year: 2026, text: '' },
      });
      expect(keptBy(base, same)).toEqual([]);
      expect(merge(base, same).notes).toBe('');
    });

    it('adds an assessment on another day, as an application can have several', () => {
      const base = tracking(deadline('mine', 'assessment', '2026-12-08T09:00:00Z'));
      const merged = merge(base, imported({ deadlines: [deadline('x', 'assessment', '2026-12-15')] }));
      expect(merged.deadlines.map((d) => d.at)).toEqual(['2026-12-08T09:00:00Z', '2026-12-15']);
    });

    it('adds a deadline to apply with a label of its own on another day, as a round of its own', () => {
      const base = tracking(deadline('mine', 'application', '2026-12-08', 'Round 1'));
      const merged = merge(base, imported({ deadlines: [deadline('x', 'application', '2027-01-15', 'Round 2')] }));
      expect(merged.deadlines.map((d) => d.label)).toEqual(['Round 1', 'Round 2']);
    });

    it('takes a date-only deadline on the day of one of another kind as that one, and says so', () => {
      const base = tracking(deadline('mine', 'assessment', '2026-12-10T23:59:00Z'));
      const incoming = imported({ deadlines: [deadline('x', 'application', '2026-12-10')] });
      expect(merge(base, incoming).deadlines).toEqual(base.deadlines);
      expect(keptBy(base, incoming)).toEqual([
        `the file's 'Application deadline: Thu, Dec 10, 2026' is taken as Pinterest (Master's Machine Learning Internship 2026 (USA))'s 'Assessment due: Thu, Dec 10, 2026, 11:59 PM' on the same day, and not added`,
      ]);
    });

    it("answers the offer by the student's deadline when the file's is the same day", () => {
      const base = tracking(deadline('mine', 'offer-response', '2026-12-11T17:00:00Z'));
      const merged = merge(
        base,
        imported({
          deadlines: [deadline('x', 'offer-response', '2026-12-11')],
          offer: anOffer({ responseDeadlineId: 'x' }),
        }),
      );
      expect(merged.deadlines).toEqual(base.deadlines);
      expect(merged.offer?.responseDeadlineId).toBe('mine');
    });

    it('adds nothing for an interview on the day of one already tracked, and fills in the time of a date-only one', () => {
      const technical = anEvent('mine', '2026-12-06T14:30:00Z');
      const base = aPinterestApplication({ events: [technical] });
      // An "Interview date" column says only that an interview is on that day.
      const dated = anEvent('x', '2026-12-06', { kind: 'other', title: 'Interview' });
      expect(merge(base, imported({ events: [dated] })).events).toEqual([technical]);
      const dayOnly = { ...technical, start: '2026-12-06' };
      const timed = { ...dated, start: '2026-12-06T14:30:00Z' };
      expect(merge(aPinterestApplication({ events: [dayOnly] }), imported({ events: [timed] })).events).toEqual([
        technical,
      ]);
    });

    it('adds an interview at another time of the same day, as a superday has several', () => {
      const first = anEvent('mine', '2026-12-06T10:00:00Z');
      const second = anEvent('x', '2026-12-06T14:30:00Z');
      const merged = merge(aPinterestApplication({ events: [first] }), imported({ events: [second] }));
      expect(merged.events.map((e) => e.start)).toEqual([first.start, second.start]);
    });
  });
});
