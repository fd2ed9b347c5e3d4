// A parsed posting as the editor's form: what the page states, nothing more, and which part of
// the form each piece of evidence belongs to.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { parseTerm } from '@shared/term';
import { applicationFromDraft } from '../../../renderer/src/features/editor/editorDraft';
import { evidenceTarget, formFromPosting } from '../../../renderer/src/features/paste/postingForm';
import { anApplication } from '../applicationFixture';

const PROSE =
  'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('formFromPosting', () => {
  it('leaves what the page does not state empty, even where a new application has a default', () => {
    const { draft } = formFromPosting(parsePosting(`Acme builds things.\n${PROSE}`), 'CAD', ids());
    expect(draft).toMatchObject({
      company: '',
      role: '',
      stageId: 'wishlist',
      term: '',
      employmentType: '',
      workMode: '',
      locations: '',
      payMin: '',
      payMax: '',
      // No amount is proposed; the currency one is typed in is the student's, as in a new application.
      payCurrency: 'CAD',
      payPeriod: '',
      payRaw: '',
      durationWeeks: '',
      cohorts: [],
      deadlines: [],
      postingUrl: '',
      source: '',
      // A page silent on sponsorship leaves it unknown, which is what a new application holds.
      sponsorship: 'unknown',
    });
  });

  it('keeps a deadline written without a year in the notes, since it cannot be a date', () => {
    const form = (page: string) =>
      formFromPosting(parsePosting(`Acme Analyst Intern\n${page}\n${PROSE}`), 'USD', ids()).draft;
    expect(form('Applications close on April 1.')).toMatchObject({
      deadlines: [],
      notes: 'Deadline on the posting, without a year: “Applications close on April 1”',
    });
    // With its year, it is a deadline and nothing more.
    expect(form('Applications close on April 1, 2027.')).toMatchObject({
      deadlines: [expect.objectContaining({ date: '2027-04-01' })],
      notes: '',
    });
  });

  it('leaves the term out of the role only where the Term field holds it', () => {
    const roleOf = (page: string) => formFromPosting(parsePosting(`${page}\n${PROSE}`), 'USD', ids()).draft.role;
    expect(roleOf('Software Engineering Intern, Summer 2027')).toBe('Software Engineering Intern');
    expect(roleOf('Data Analytics Intern - Summer 2026')).toBe('Data Analytics Intern');
    expect(roleOf('Robotics Software Intern (2026)\nThis Summer 2026 internship runs 12 weeks.')).toBe(
      'Robotics Software Intern',
    );
    // The whole term goes, with the comma or dash before it, or none of it.
    const page = (title: string) => `${title}\nNew York, NY\n${PROSE}`;
    expect(roleOf(page('Backend Engineering Intern, Winter/Spring 2027'))).toBe('Backend Engineering Intern');
    expect(roleOf(page('Engineering Co-op - Summer & Fall 2026'))).toBe('Engineering Co-op');
    // The word that brings in the term goes with it; one that leaves the term half said keeps it.
    expect(roleOf(page('Geospatial Intern for Fall 2026'))).toBe('Geospatial Intern');
    expect(roleOf(page('Geospatial Intern starting Fall 2026'))).toBe('Geospatial Intern');
    expect(roleOf(page('Geospatial Intern after Fall 2026'))).toBe('Geospatial Intern after Fall 2026');
    // "2027" in the Term field does not say "Jan": the role keeps it.
    expect(roleOf(page('SDE Intern (6 months) - Jan 2027'))).toBe('SDE Intern (6 months) - Jan 2027');
    // A term in the title that is not the one the Term field holds stays in it.
    const posting = parsePosting(`Data Intern, Fall 2026\n${PROSE}`);
    expect(formFromPosting({ ...posting, term: parseTerm('Summer 2027') }, 'USD', ids()).draft.role).toBe(
      'Data Intern, Fall 2026',
    );
  });

  it('writes the term as it reads and the sponsorship the page states, and saves both as stated', () => {
    const page = `Data Intern (Summer '27)\n${PROSE}\nWe do not sponsor visas for this role.`;
    const form = formFromPosting(parsePosting(page), 'USD', ids());
    expect([form.draft.role, form.draft.term, form.draft.sponsorship]).toEqual([
      'Data Intern',
      'Summer 2027',
      'does-not-offer',
    ]);
    const { candidate, issues } = applicationFromDraft(form.draft, anApplication('new'));
    expect(issues).toEqual([]);
    expect(candidate.term).toEqual({ season: 'summer', year: 2027, text: '' });
    expect(candidate.sponsorship).toBe('does-not-offer');
  });

  it('writes a single amount once and a range as from and up to', () => {
    const single = formFromPosting(parsePosting(`Data Intern\n${PROSE}\nPay: $40/hr`), 'USD').draft;
    expect([single.payMin, single.payMax, single.payPeriod]).toEqual(['40', '', 'hour']);
    const range = formFromPosting(parsePosting(`Data Intern\n${PROSE}\nPay: $30 - $35/hour`), 'USD').draft;
    expect([range.payMin, range.payMax, range.payCurrency]).toEqual(['30', '35', 'USD']);
  });

  it('writes the hours a week the page states for its pay, and saves them with it', () => {
    const page = `Data Intern\n${PROSE}\nInterns receive €2,000 per month (38 h/week).`;
    const form = formFromPosting(parsePosting(page), 'USD', ids());
    expect(form.draft.payHours).toBe('38');
    const { candidate, issues } = applicationFromDraft(form.draft, anApplication('new'));
    expect(issues).toEqual([]);
    expect(candidate.pay).toMatchObject({ min: 2000, period: 'month', hoursPerWeek: 38 });
    expect(formFromPosting(parsePosting(`Data Intern\n${PROSE}\nPay: $40/hr`), 'USD').draft.payHours).toBe('');
  });

  it('writes an unpaid role as the editor shows one, and saves it unpaid', () => {
    const draft = formFromPosting(
      parsePosting(`Data Intern\n${PROSE}\nSalary: $0 - $0 without compensation`),
      'USD',
    ).draft;
    expect([draft.payMin, draft.payMax, draft.payCurrency]).toEqual(['Unpaid', '', 'USD']);
    const base = anApplication('new');
    expect(applicationFromDraft(draft, base).candidate.pay).toMatchObject({ min: 0, max: 0, currency: 'USD' });
  });

  it('makes the deadline an application deadline due by the end of its day', () => {
    const form = formFromPosting(parsePosting(`Data Intern\n${PROSE}\nApply by March 1, 2026.`), 'USD', ids());
    expect(form.draft.deadlines).toEqual([
      { id: form.deadlineId, kind: 'application', date: '2026-03-01', time: '', label: '', done: false },
    ]);
    const { candidate, issues } = applicationFromDraft(form.draft, anApplication('new'));
    expect(issues).toEqual([]);
    expect(candidate.deadlines).toEqual([
      { id: form.deadlineId, kind: 'application', at: '2026-03-01', label: '', done: false },
    ]);
  });

  it("ties each proposed cohort row to the page's cohort it holds, and nothing else to any", () => {
    const posting = parsePosting(
      `Data Intern\n${PROSE}\nCohorts:\n• May 18, 2026 - August 7, 2026\n• June 15, 2026 - September 4, 2026`,
    );
    const form = formFromPosting(posting, 'USD', ids());
    const [may, june] = form.draft.cohorts;
    expect(evidenceTarget(`cohort:${june!.id}`, form)).toEqual({ field: 'cohorts', index: 1 });
    expect(evidenceTarget(`cohort:${may!.id}`, form)).toEqual({ field: 'cohorts', index: 0 });
    expect(evidenceTarget('cohorts', form)).toEqual({ field: 'cohorts', index: null });
    expect(evidenceTarget('role', form)).toEqual({ field: 'title', index: null });
    expect(evidenceTarget('cohort:added-by-the-user', form)).toBeNull();
    expect(evidenceTarget('deadline:added-by-the-user', form)).toBeNull();
    expect(evidenceTarget('term', form)).toEqual({ field: 'term', index: null });
    expect(evidenceTarget('sponsorship', form)).toEqual({ field: 'sponsorship', index: null });
    // Fields the parser never proposes have no evidence.
    expect(evidenceTarget('excitement', form)).toBeNull();
  });
});
