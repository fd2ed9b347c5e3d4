import { describe, expect, it } from 'vitest';
import { applicationSchema, type Application } from '@shared/application';
import { mergeApplications } from '@shared/csv/mergeApplications';
import { aPinterestApplication } from './pinterestApplication';

const NOW = '2026-03-01T10:00:00Z';

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
    priority: 'normal',
    status: 'applied',
    statusHistory: [{ status: 'applied', at: '2026-01-05T12:00:00Z', note: '' }],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

describe('mergeApplications', () => {
  it('keeps what the student entered and only fills gaps', () => {
    const base = aPinterestApplication({ source: '', workMode: null });
    const merged = mergeApplications(
      base,
      imported({
        source: 'LinkedIn',
        workMode: 'remote',
        postingUrl: 'https://elsewhere.example/1',
        priority: 'low',
        durationWeeks: 10,
      }),
      NOW,
    );
    expect(merged).toMatchObject({
      id: 'app-pinterest',
      createdAt: base.createdAt,
      source: 'LinkedIn',
      workMode: 'remote',
      postingUrl: base.postingUrl,
      priority: 'high',
      durationWeeks: 12,
      pay: base.pay,
      updatedAt: NOW,
    });
  });

  it("takes the import's priority only over the default", () => {
    expect(
      mergeApplications(aPinterestApplication({ priority: 'normal' }), imported({ priority: 'low' }), NOW).priority,
    ).toBe('low');
  });

  it('keeps both notes when they differ, and does not repeat one already there', () => {
    const base = aPinterestApplication({ notes: 'Mine' });
    expect(mergeApplications(base, imported({ notes: 'Theirs' }), NOW).notes).toBe('Mine\n\nTheirs');
    expect(mergeApplications(base, imported({ notes: 'Mine' }), NOW).notes).toBe('Mine');
  });

  it('unites locations and tags, ignoring case', () => {
    const merged = mergeApplications(
      aPinterestApplication({ locations: ['Seattle, WA'], tags: ['ml'] }),
      imported({ locations: ['seattle, wa', 'Remote'], tags: ['ML', 'dream'] }),
      NOW,
    );
    expect(merged.locations).toEqual(['Seattle, WA', 'Remote']);
    expect(merged.tags).toEqual(['ml', 'dream']);
  });

  it('adds deadlines and cohorts it does not have, and maps the chosen cohort onto the same dates', () => {
    const base = aPinterestApplication({ chosenCohortId: null });
    const merged = mergeApplications(
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
      NOW,
    );
    expect(merged.deadlines.map((d) => d.id)).toEqual(['dl-oa', 'dl-offer', 'dl-app', 'x2']);
    expect(merged.cohorts.map((c) => c.id)).toEqual(['cohort-may', 'cohort-june', 'c2']);
    expect(merged.chosenCohortId).toBe('cohort-june');
  });

  it('never moves the status backwards', () => {
    const base = aPinterestApplication(); // applied 5 Jan -> interviewing 1 Feb
    const merged = mergeApplications(
      base,
      imported({ status: 'applied', statusHistory: [{ status: 'applied', at: '2026-02-20T12:00:00Z', note: '' }] }),
      NOW,
    );
    expect(merged.status).toBe('interviewing');
    expect(merged.statusHistory).toEqual(base.statusHistory);
  });

  it('moves the status forward and fills in earlier changes it did not know', () => {
    const merged = mergeApplications(
      aPinterestApplication(),
      imported({
        status: 'offer',
        statusHistory: [
          { status: 'wishlist', at: '2026-01-02T12:00:00Z', note: '' },
          { status: 'applied', at: '2026-01-05T12:00:00Z', note: '' },
          { status: 'offer', at: '2026-02-25T12:00:00Z', note: '' },
        ],
      }),
      NOW,
    );
    expect(merged.statusHistory.map((h) => `${h.status} ${h.at.slice(0, 10)}`)).toEqual([
      'wishlist 2026-01-02',
      'applied 2026-01-05',
      'interviewing 2026-02-01',
      'offer 2026-02-25',
    ]);
    expect(merged.status).toBe('offer');
    expect(applicationSchema.safeParse(merged).success).toBe(true);
  });

  it('adds contacts with a new email', () => {
    const base = aPinterestApplication({
      contacts: [{ id: 'k1', name: 'Ana', role: 'Recruiter', email: 'ana@pinterest.com', phone: '', notes: '' }],
    });
    const merged = mergeApplications(
      base,
      imported({
        contacts: [
          { id: 'k2', name: '', role: '', email: 'ANA@pinterest.com', phone: '', notes: '' },
          { id: 'k3', name: '', role: '', email: 'bo@pinterest.com', phone: '', notes: '' },
        ],
      }),
      NOW,
    );
    expect(merged.contacts.map((c) => c.id)).toEqual(['k1', 'k3']);
  });
});
