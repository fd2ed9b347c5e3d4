// The editor's text fields to and from an Application: numbers and dates are converted here,
// and text that is not a number is reported by field.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { newApplication } from '@shared/newApplication';
import { SAMPLE_APPLICATION } from '@shared/sampleApplication';
import { validateApplication } from '@shared/validateApplication';
import {
  applicationFromDraft,
  draftFromApplication,
  type EditorDraft,
} from '../../../renderer/src/features/editor/editorDraft';
import { anApplication, CREATED_AT } from '../applicationFixture';

const sample = newApplication(SAMPLE_APPLICATION, { id: 'sample', now: CREATED_AT });
const blank = () => draftFromApplication(null);
const convert = (patch: Partial<EditorDraft>, base = anApplication('base')) =>
  applicationFromDraft({ ...draftFromApplication(base), ...patch }, base);

describe('draftFromApplication and back', () => {
  it('gives back the same record when nothing was edited (the Pinterest sample)', () => {
    const { candidate, issues } = applicationFromDraft(draftFromApplication(sample), sample);
    expect(issues).toEqual([]);
    expect(candidate).toEqual(sample);
  });

  it('shows a deadline with a time as the local date and time, and saves it as the same moment', () => {
    // Written in New York: 01:00 on Mar 6 there is 22:00 on Mar 5 in Los Angeles.
    const base = anApplication('a', {
      deadlines: [{ id: 'd', kind: 'interview', at: '2026-03-06T01:00:00-05:00', label: '', done: false }],
    });
    const draft = draftFromApplication(base);
    expect(draft.deadlines[0]).toMatchObject({ date: '2026-03-05', time: '22:00' });
    const saved = applicationFromDraft(draft, base).candidate.deadlines[0]!.at;
    expect(Date.parse(saved)).toBe(Date.parse('2026-03-06T01:00:00-05:00'));
  });

  it('starts a new application blank, as a wishlist internship paid in USD', () => {
    expect(blank()).toMatchObject({
      company: '',
      role: '',
      status: 'wishlist',
      employmentType: 'internship',
      payCurrency: 'USD',
      cohorts: [],
    });
  });
});

describe('applicationFromDraft', () => {
  it('reads amounts written with thousands separators', () => {
    const { candidate, issues } = convert({ payMin: '11,000', payMax: '', payPeriod: 'month', payCurrency: 'usd' });
    expect(issues).toEqual([]);
    expect(candidate.pay).toEqual({ min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '' });
  });

  it('reports text where a number belongs, naming the field and what was typed', () => {
    const { issues } = convert({ payMin: 'eleven thousand', payMax: '12k', durationWeeks: '12 weeks' });
    expect(issues).toEqual([
      { path: 'pay.min', message: "Pay from: enter a number like 11000 (got 'eleven thousand')" },
      { path: 'pay.max', message: "Pay up to: enter a number like 11000 (got '12k')" },
      { path: 'durationWeeks', message: "Duration: enter a number like 12 (got '12 weeks')" },
    ]);
  });

  it('stores no pay when every pay field is empty', () => {
    expect(convert({ payMin: '', payMax: '', payRaw: '  ' }).candidate.pay).toBeNull();
  });

  it('keeps pay as written even without an amount', () => {
    expect(convert({ payRaw: 'Competitive' }).candidate.pay).toEqual({
      min: null,
      max: null,
      currency: 'USD',
      period: null,
      raw: 'Competitive',
    });
  });

  it('turns a deadline with a time into an instant with the local offset, and one without into a date', () => {
    const { candidate } = convert({
      deadlines: [
        { id: 'a', kind: 'assessment', date: '2026-03-05', time: '17:00', label: ' OA ', done: false },
        { id: 'b', kind: 'application', date: '2026-03-10', time: '', label: '', done: true },
      ],
    });
    expect(candidate.deadlines).toEqual([
      { id: 'a', kind: 'assessment', at: '2026-03-05T17:00:00-08:00', label: 'OA', done: false },
      { id: 'b', kind: 'application', at: '2026-03-10', label: '', done: true },
    ]);
  });

  it('splits locations by line or semicolon and tags by comma, trimmed and without repeats', () => {
    const { candidate } = convert({
      locations: 'Seattle, WA\n New York, NY ; Seattle, WA\n\n',
      tags: 'ml, big tech,ml, ',
    });
    expect(candidate.locations).toEqual(['Seattle, WA', 'New York, NY']);
    expect(candidate.tags).toEqual(['ml', 'big tech']);
  });

  it('drops empty contacts and forgets a chosen cohort that was removed', () => {
    const { candidate } = convert({
      contacts: [
        { id: 'c1', name: '', role: 'Recruiter', email: '', phone: '', notes: '' },
        { id: 'c2', name: ' Dana ', role: '', email: ' dana@example.com ', phone: '', notes: '' },
      ],
      cohorts: [{ id: 'may', start: '2026-05-18', end: '2026-08-07', label: '' }],
      chosenCohortId: 'june',
    });
    expect(candidate.contacts).toEqual([
      { id: 'c2', name: 'Dana', role: '', email: 'dana@example.com', phone: '', notes: '' },
    ]);
    expect(candidate.chosenCohortId).toBeNull();
  });

  it('keeps what the editor does not show: id, history, timestamps, archive state, posting text', () => {
    const base = {
      ...anApplication(
        'a',
        { postingText: 'Original posting' },
        { status: 'applied', archivedAt: '2026-02-01T00:00:00Z' },
      ),
    };
    const { candidate } = applicationFromDraft({ ...draftFromApplication(base), company: 'Renamed' }, base);
    expect(candidate).toEqual({ ...base, company: 'Renamed' });
  });

  it('leaves rule checks to validation: a cohort ending before it starts converts, then fails validation', () => {
    const { candidate, issues } = convert({
      company: 'Pinterest',
      cohorts: [{ id: 'c', start: '2026-08-07', end: '2026-05-18', label: '' }],
    });
    expect(issues).toEqual([]);
    expect(validateApplication(candidate)).toMatchObject({ ok: false, issues: [{ path: 'cohorts.0.end' }] });
  });
});
