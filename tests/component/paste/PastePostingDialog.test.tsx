// The paste-a-posting dialog, driven like a user would with the Pinterest reference page: what
// it proposes, where it says each value came from, and what it saves.
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addStage, DEFAULT_PIPELINE } from '@shared/pipeline';
import { parseTerm } from '@shared/term';
import { validateApplication } from '@shared/validateApplication';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, type AppDatabase } from '../../../renderer/src/db/db';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

const posting = (name: string) => readFileSync(`tests/fixtures/postings/${name}.txt`, 'utf8');
const PINTEREST = posting('pinterest-ml-intern-2026');
/** Fall 2026 in its title; "unable to sponsor" and "without sponsorship" under Work authorization. */
const FERNWAY = posting('lever-fernway-no-sponsorship');
/** Summer 2027 in its title; ITAR work, "applicants must be U.S. citizens". */
const KEYSTONE = posting('greenhouse-keystone-aerospace-citizens');
/** "Summer Vacation Program" with no year beside it; open to citizens or permanent residents. */
const CALLOWAY = posting('seek-calloway-summer-vacation-sydney');
const ROLE = "Master's Machine Learning Internship 2026 (USA)";
const ACME =
  'Data Intern\nAcme · Toronto, ON\nWe build scheduling software for clinics, used by 900 clinics to book two million appointments a year.\nApply by March 1, 2026.\n';

/** The Pinterest page with its duties repeated in the body until it is a large page (over 100,000 characters). */
const LARGE_PINTEREST = (() => {
  const duties = PINTEREST.slice(
    PINTEREST.indexOf("What you'll do :"),
    PINTEREST.indexOf('  • What we are looking for :'),
  );
  const at = PINTEREST.indexOf('    The salary for this position');
  return PINTEREST.slice(0, at) + duties.repeat(Math.ceil(100_000 / duties.length)) + PINTEREST.slice(at);
})();

async function openPasteDialog(user: UserEvent): Promise<HTMLElement> {
  await screen.findByRole('region', { name: 'No applications yet' });
  await user.click(screen.getByRole('button', { name: 'Paste posting' }));
  return screen.findByRole('dialog', { name: 'Paste a job posting' });
}

/** Pastes the page into the text area, which takes the dialog on to the proposed fields. */
async function pastePage(user: UserEvent, dialog: HTMLElement, page = PINTEREST) {
  await user.click(within(dialog).getByLabelText('Paste the whole job page here'));
  await user.paste(page);
  await within(dialog).findByRole('heading', { name: 'Proposed application' });
}

function field(dialog: HTMLElement, label: string): HTMLInputElement {
  return within(dialog).getByLabelText(label);
}

/** The text of the messages an input (or group) is described by. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function stored(db: AppDatabase) {
  return (await db.applications.toArray()).map(fromRow);
}

describe('pasting the Pinterest page', () => {
  it('proposes company, role, job site, type, work mode, cities, pay, duration and both cohorts', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);

    expect(field(dialog, 'Company').value).toBe('Pinterest');
    expect(field(dialog, 'Role').value).toBe(ROLE);
    expect(field(dialog, 'Source').value).toBe('Talent.com');
    expect(field(dialog, 'Type').value).toBe('internship');
    expect(field(dialog, 'Work mode').value).toBe('hybrid');
    expect(field(dialog, 'Locations').value).toBe('San Francisco, CA\nPalo Alto, CA\nNew York, NY\nSeattle, WA');
    expect(field(dialog, 'Pay from').value).toBe('11000');
    expect(field(dialog, 'Pay up to').value).toBe('');
    expect(field(dialog, 'Currency').value).toBe('USD');
    expect(field(dialog, 'Paid').value).toBe('month');
    expect(field(dialog, 'Pay as written').value).toBe('$11,000 monthly');
    expect(field(dialog, 'Duration in weeks').value).toBe('12');
    const cohorts = within(dialog).getAllByRole('group', { name: /^Cohort \d$/ });
    expect(cohorts.map((c) => [field(c, 'Starts').value, field(c, 'Ends').value])).toEqual([
      ['2026-05-18', '2026-08-07'],
      ['2026-06-15', '2026-09-04'],
    ]);
    // Absent facts stay empty: the page has no deadline and no link.
    expect(within(dialog).queryAllByRole('group', { name: /^Deadline \d$/ })).toEqual([]);
    expect(field(dialog, 'Posting link').value).toBe('');
    // The title names the year alone ("Internship 2026"), the text the season: "our summer internships".
    expect(field(dialog, 'Term').value).toBe('Summer 2026');
    // The page says nothing about visa sponsorship (the "Visa : GC, USC" is another job's card).
    expect(field(dialog, 'Visa sponsorship').value).toBe('unknown');
  });

  it('says where each value was found, without relying on the highlights', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);

    expect(descriptionOf(field(dialog, 'Company'))).toBe('Found in “Pinterest”');
    expect(descriptionOf(field(dialog, 'Locations'))).toContain(
      'Found in “San Francisco, CA, United States”, “Palo Alto”, “New York”, “Seattle”',
    );
    expect(descriptionOf(field(dialog, 'Posting link'))).toBe('Not found on the page.');
    expect(descriptionOf(field(dialog, 'Term'))).toBe('Read as Summer 2026 Found in “2026”, “summer internships”');
    expect(descriptionOf(field(dialog, 'Visa sponsorship'))).toBe('Not found on the page.');
    const [may, june] = within(dialog).getAllByRole('group', { name: /^Cohort \d$/ });
    expect(descriptionOf(may!)).toBe('Found in “May 18, 2026 - August 7, 2026”12 weeks long');
    expect(descriptionOf(june!)).toBe('Found in “June 15, 2026 - September 4, 2026”12 weeks long');
    const pay = within(dialog).getByRole('group', { name: 'Pay' });
    expect(descriptionOf(pay)).toBe('Found in “$11,000 monthly”');
  });

  it("shows the parser's note about the contradicting work mode next to the work mode", async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    expect(descriptionOf(field(dialog, 'Work mode'))).toMatch(
      /^Found in “HYBRID”Note: The page also says 'remote' .*'hybrid' comes from "#LI-HYBRID"\.$/,
    );
  });

  it('shows the pay normalised to hourly, monthly and the total over the stated duration', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    const pay = within(dialog).getByRole('group', { name: 'Pay' });
    expect(pay.textContent).toContain('$63.46');
    expect(pay.textContent).toContain('$11,000');
    expect(pay.textContent).toContain('$30,461.54 over the stated 12 weeks');
    expect(pay.textContent).toContain('40 h/week unless the pay states its hours, 52 weeks/year, 12 months/year');

    // Choosing the June cohort (12 weeks as well) keeps the total; a week more would change it.
    const june = within(dialog).getByRole('group', { name: 'Cohort 2' });
    await user.clear(field(june, 'Ends'));
    await user.type(field(june, 'Ends'), '2026-09-11');
    await user.click(within(june).getByRole('radio', { name: 'Chosen' }));
    expect(pay.textContent).toContain('over the chosen cohort’s 13 weeks');
  });

  it('highlights every found field in the page and emphasises the spans of the field in focus', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    const page = within(dialog).getByRole('region', { name: 'Page text' });
    const marks = () => [...page.querySelectorAll('mark')];
    const emphasised = () => marks().filter((m) => m.classList.contains('active'));
    const shown = (m: Element) => m.textContent!.replace(/^[^:]*: /, '');

    // Every found field is labelled where its span begins, in page order.
    expect([...page.querySelectorAll('.evidence-label')].map((l) => l.textContent)).toEqual(
      [
        'Source',
        'Role',
        'Type',
        'Term',
        'Company',
        'Location',
        'Duration',
        'Term',
        'Location',
        'Location',
        'Location',
        'Cohort 1',
        'Cohort 2',
        'Pay',
        'Work mode',
      ].map((label) => `${label}: `),
    );
    expect(marks().map((m) => m.textContent)).toContain('Cohort 2: June 15, 2026 - September 4, 2026');
    // The role's span holds the type's and the term's, so the role is highlighted in five pieces.
    expect(
      marks()
        .slice(1, 6)
        .map((m) => m.textContent),
    ).toEqual(["Role: Master's Machine Learning ", 'Type: Internship', ' ', 'Term: 2026', ' (USA)']);
    // Told as highlights, only the pieces that open a field's span, each with its field's name.
    const told = marks().filter((m) => m.getAttribute('role') !== 'presentation');
    expect(told.every((m) => m.firstElementChild?.classList.contains('evidence-label'))).toBe(true);
    expect(told).toHaveLength(page.querySelectorAll('.evidence-label').length);

    field(dialog, 'Locations').focus();
    await waitFor(() =>
      expect(emphasised().map(shown)).toEqual(['San Francisco, CA, United States', 'Palo Alto', 'New York', 'Seattle']),
    );

    field(within(dialog).getByRole('group', { name: 'Cohort 2' }), 'Starts').focus();
    await waitFor(() => expect(emphasised().map(shown)).toEqual(['June 15, 2026 - September 4, 2026']));

    field(dialog, 'Term').focus();
    await waitFor(() => expect(emphasised().map(shown)).toEqual(['2026', 'summer internships']));

    // A field the page does not state has nothing to emphasise.
    field(dialog, 'Visa sponsorship').focus();
    await waitFor(() => expect(emphasised()).toEqual([]));
  });
});

describe('the term and visa sponsorship', () => {
  it('proposes both as the page states them, says where each was found and emphasises it', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, FERNWAY);
    const page = within(dialog).getByRole('region', { name: 'Page text' });
    const emphasised = () =>
      [...page.querySelectorAll('mark.active')].map((m) => m.textContent!.replace(/^[^:]*: /, ''));

    expect(field(dialog, 'Term').value).toBe('Fall 2026');
    expect(descriptionOf(field(dialog, 'Term'))).toBe('Read as Fall 2026 Found in “Fall 2026”');
    const sponsorship = field(dialog, 'Visa sponsorship');
    expect(sponsorship.value).toBe('does-not-offer');
    expect(descriptionOf(sponsorship)).toBe('Found in “unable to sponsor”, “without sponsorship”');
    expect(
      [...page.querySelectorAll('mark')].map((m) => m.textContent).filter((t) => /^(Term|Visa sponsorship): /.test(t!)),
    ).toEqual(['Term: Fall 2026', 'Visa sponsorship: unable to sponsor', 'Visa sponsorship: without sponsorship']);

    sponsorship.focus();
    await waitFor(() => expect(emphasised()).toEqual(['unable to sponsor', 'without sponsorship']));
    field(dialog, 'Term').focus();
    await waitFor(() => expect(emphasised()).toEqual(['Fall 2026']));
  });

  it('reads the year after the programme’s name, and quotes words the page repeats once', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    const news =
      'New Delhi, Apr 21 The university has opened applications for the Summer Internship 2025 under its scheme.\n\n' +
      'For Summer Internship 2025, applications are being accepted from undergraduate students.\n\n' +
      'The scheme offers a two-month Summer Internship during the vacation period.\n';
    await pastePage(user, dialog, news);
    expect(field(dialog, 'Term').value).toBe('Summer 2025');
    expect(descriptionOf(field(dialog, 'Term'))).toBe(
      'Read as Summer 2025 Found in “Summer Internship 2025”, “Summer Internship”',
    );
  });

  it('proposes citizenship required where the page asks for citizens', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, KEYSTONE);
    expect(field(dialog, 'Term').value).toBe('Summer 2027');
    expect(field(dialog, 'Visa sponsorship').value).toBe('citizenship-required');
    expect(descriptionOf(field(dialog, 'Visa sponsorship'))).toBe('Found in “must be U.S. citizens”');
  });

  it("shows the parser's notes on what it inferred next to the term and the sponsorship", async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, CALLOWAY);
    // The page names 2026 and 2027, so the season keeps no year rather than a guessed one.
    expect(field(dialog, 'Term').value).toBe('Summer');
    expect(field(dialog, 'Visa sponsorship').value).toBe('does-not-offer');
    expect(descriptionOf(field(dialog, 'Visa sponsorship'))).toBe(
      'Found in “citizen or permanent resident”Note: Sponsorship read from "citizen or permanent resident": the role is open only to those who need no visa, so it sponsors none.',
    );
  });

  it('says a deadline written without a year is not proposed, instead of not found, and keeps it in the notes', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(
      user,
      dialog,
      'Data Intern\nAcme · Toronto, ON\nWe build scheduling software for clinics.\nApplications close on April 1.\n',
    );
    const deadlines = within(dialog).getByRole('group', { name: 'Deadlines' });
    expect(descriptionOf(deadlines)).toBe('Note: The deadline "Applications close on April 1" has no year.');
    expect(field(dialog, 'Notes').value).toBe(
      'Deadline on the posting, without a year: “Applications close on April 1”',
    );
  });

  it("writes the dates of a note in the student's format (tester36)", async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, `${ACME}Start date: 7 June 2027\nDuration: 12 weeks\n`);
    expect(descriptionOf(within(dialog).getByRole('group', { name: 'Dates' }))).toContain(
      'from Mon, Jun 7, 2027, the work would end on Fri, Aug 27, 2027.',
    );
  });

  it('says what pay it read and left out, instead of not found', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, `${ACME}Interns also get a travel allowance of €300.\n`);
    expect(field(dialog, 'Pay from').value).toBe('');
    expect(descriptionOf(within(dialog).getByRole('group', { name: 'Pay' }))).toBe(
      'Note: Pay: "€300" is left out: "travel" before it makes it other money.',
    );
  });

  it('proposes neither when the page contradicts itself, and says so next to each', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(
      user,
      dialog,
      `${ACME}Interns join for Summer 2026 or Fall 2026.\nWe do not sponsor visas. Visa sponsorship is available for graduate students.\n`,
    );
    expect(field(dialog, 'Term').value).toBe('');
    expect(descriptionOf(field(dialog, 'Term'))).toBe(
      'For example Summer 2026 Note: The term is left empty: the page names several (Summer 2026, Fall 2026).',
    );
    expect(field(dialog, 'Visa sponsorship').value).toBe('unknown');
    expect(descriptionOf(field(dialog, 'Visa sponsorship'))).toBe(
      `Note: On visa sponsorship, the page says both 'no sponsorship' ("do not sponsor") and 'sponsorship offered' ("Visa sponsorship is available").`,
    );
    // Neither note is left to the page as a whole.
    expect(within(dialog).queryByRole('list')).toBeNull();
  });
});

describe('adding the proposed application', () => {
  it('adds it to the wishlist with the page text and the job site, selects it and says so', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(validateApplication(app)).toEqual({ ok: true, value: app });
    expect(app).toMatchObject({
      company: 'Pinterest',
      role: ROLE,
      stageId: 'wishlist',
      phase: 'saved',
      term: { season: 'summer', year: 2026, text: '' },
      sponsorship: 'unknown',
      source: 'Talent.com',
      postingText: PINTEREST,
      employmentType: 'internship',
      workMode: 'hybrid',
      locations: ['San Francisco, CA', 'Palo Alto, CA', 'New York, NY', 'Seattle, WA'],
      durationWeeks: 12,
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
      deadlines: [],
      postingUrl: '',
    });
    expect(app!.cohorts.map((c) => [c.start, c.end])).toEqual([
      ['2026-05-18', '2026-08-07'],
      ['2026-06-15', '2026-09-04'],
    ]);
    expect(await screen.findByText(`Added Pinterest — ${ROLE}.`)).toBeTruthy();
    expect(await screen.findByRole('complementary', { name: 'Pinterest' })).toBeTruthy();
  });

  it('saves the term and the visa sponsorship the page states', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, FERNWAY);
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app).toMatchObject({
      company: 'Fernway',
      // The term is in its own field, not twice.
      role: 'Backend Engineering Intern',
      term: { season: 'fall', year: 2026, text: '' },
      sponsorship: 'does-not-offer',
    });
  });

  it("adds it to the first stage of the student's pipeline when Wishlist is gone", async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const added = addStage(DEFAULT_PIPELINE, { id: 'interested', name: 'Interested', phase: 'saved', color: 'teal' });
    if (!added.ok) throw new Error(added.error);
    await repository.savePipeline(added.pipeline);
    await repository.removeStage('wishlist', 'interested');
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, FERNWAY);
    expect(within(dialog).getByText(/^Check each field against the page/).textContent).toBe(
      'Check each field against the page and correct what is wrong. It is added to Interested.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app).toMatchObject({ company: 'Fernway', stageId: 'interested', phase: 'saved' });
  });

  it('saves what the user corrected rather than what was proposed', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);

    await user.clear(field(dialog, 'Role'));
    await user.type(field(dialog, 'Role'), 'ML Intern, Ads Ranking');
    await user.selectOptions(field(dialog, 'Work mode'), 'Remote');
    await user.clear(field(dialog, 'Locations'));
    await user.type(field(dialog, 'Locations'), 'Seattle, WA');
    await user.click(within(dialog).getByRole('button', { name: 'Remove cohort 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add deadline' }));
    await user.type(field(within(dialog).getByRole('group', { name: 'Deadline 1' }), 'Date'), '2026-03-20');
    await user.clear(field(dialog, 'Term'));
    await user.type(field(dialog, 'Term'), "Summer '26");
    await user.selectOptions(field(dialog, 'Visa sponsorship'), 'Offers visa sponsorship');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app).toMatchObject({
      role: 'ML Intern, Ads Ranking',
      workMode: 'remote',
      locations: ['Seattle, WA'],
      term: { season: 'summer', year: 2026, text: '' },
      sponsorship: 'offers',
    });
    expect(app!.cohorts.map((c) => [c.start, c.end])).toEqual([['2026-06-15', '2026-09-04']]);
    expect(app!.deadlines).toMatchObject([{ kind: 'application', at: '2026-03-20', done: false }]);
  });

  it("proposes the student's currency for a pay the page does not state, as a new application does", async () => {
    // tester29: a Toronto student typed "$25/hour" into a pasted page's review; Currency was empty
    // and the save refused, where "Add application" proposes CAD.
    const db = testDatabase();
    const pay = { min: 28, max: 28, currency: 'CAD', period: 'hour' as const, raw: '' };
    await applicationsRepository(db).add({ company: 'Shopify', role: 'Developer Co-op', pay });
    const { user } = renderApp(db);
    await screen.findByRole('grid');
    await user.click(within(screen.getAllByRole('banner')[0]!).getByRole('button', { name: 'Paste posting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog, ACME);

    expect(field(dialog, 'Currency').value).toBe('CAD');
    await user.type(field(dialog, 'Pay from'), '$25/hour');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const added = (await stored(db)).find((app) => app.company === 'Acme');
    expect(added?.pay).toMatchObject({ min: 25, max: 25, currency: 'CAD', period: 'hour' });
  });

  it('asks before throwing away corrections, and closes at once when there are none', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    let dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.type(field(dialog, 'Role'), ', Ads');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(question.textContent).toContain('Your corrections to the proposed fields have not been added.');
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(field(dialog, 'Role').value).toBe(`${ROLE}, Ads`);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await stored(db)).toEqual([]);

    // Reviewed but not corrected: nothing to lose, as the same paste brings it back.
    dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a message next to a field that needs fixing and adds nothing', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.clear(field(dialog, 'Pay from'));
    await user.type(field(dialog, 'Pay from'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));

    expect(descriptionOf(field(dialog, 'Pay from'))).toContain("Pay from: enter a number like 11000 (got 'lots')");
    expect(within(dialog).getByRole('alert').textContent).toBe('One field needs fixing.');
    expect(await db.applications.count()).toBe(0);
  });

  it('drops a field’s message as soon as the field is fixed', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.clear(field(dialog, 'Pay from'));
    await user.type(field(dialog, 'Pay from'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    expect(field(dialog, 'Pay from').getAttribute('aria-invalid')).toBe('true');

    await user.clear(field(dialog, 'Pay from'));
    await user.type(field(dialog, 'Pay from'), '11000');
    expect(field(dialog, 'Pay from').getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(field(dialog, 'Pay from'))).not.toContain('enter a number');
    expect(within(dialog).queryByText('One field needs fixing.')).toBeNull();
    expect(await db.applications.count()).toBe(0);
  });

  it('turns a stated deadline into an application deadline', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, ACME);
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect(field(deadline, 'Date').value).toBe('2026-03-01');
    expect(field(deadline, 'Kind').value).toBe('application');
    // March 2026 is behind the machine's clock: the old posting's deadline is pointed out, once.
    expect(descriptionOf(deadline)).toBe('Found in “Apply by March 1, 2026”');
    expect(descriptionOf(field(deadline, 'Date'))).toBe('Already passed: no reminder will come');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app!.deadlines).toMatchObject([{ kind: 'application', at: '2026-03-01', label: '', done: false }]);
  });
});

describe('a deadline still ahead', () => {
  it('is not said to have passed', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, ACME.replace('2026', '2099'));
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect(descriptionOf(deadline)).toBe('Found in “Apply by March 1, 2099”');
  });
});

describe('a deadline with a time', () => {
  it('is proposed at that moment on the user’s clock, and says so where the clocks differ', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(
      user,
      dialog,
      ACME.replace('Apply by March 1, 2026.', 'Applications close on February 15, 2099 at 11:59 PM PT.'),
    );
    // 23:59 in Los Angeles (winter: UTC−8) is 07:59 UTC the next day; shown in this machine's zone.
    const due = new Date('2099-02-16T07:59:00Z');
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect(field(deadline, 'Date').value).toBe(format(due, 'yyyy-MM-dd'));
    expect(field(deadline, 'Time').value).toBe(format(due, 'HH:mm'));
    const sameClock = format(due, 'yyyy-MM-dd HH:mm') === '2099-02-15 23:59';
    expect(descriptionOf(deadline)).toBe(
      'Found in “Applications close on February 15, 2099 at 11:59 PM PT”' +
        (sameClock ? '' : 'The page gives 11:59 PM PT: this is that moment in your time zone.'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(new Date(app!.deadlines[0]!.at).toISOString()).toBe(due.toISOString());
  });

  it('without a zone is taken as the user’s time, and says so', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, ACME.replace('Apply by March 1, 2026.', 'Apply by 5 p.m. on March 1, 2099.'));
    const deadline = within(dialog).getByRole('group', { name: 'Deadline 1' });
    expect(field(deadline, 'Date').value).toBe('2099-03-01');
    expect(field(deadline, 'Time').value).toBe('17:00');
    expect(descriptionOf(deadline)).toContain('The page names no time zone: 5 p.m. is read as your time.');
  });
});

describe('a posting already tracked', () => {
  it('is pointed out before adding, and added again only when asked', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    let dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog);
    const warning = await within(dialog).findByText(/^You already track this/);
    expect(warning.textContent).toBe(`You already track this: Pinterest — ${ROLE} (Wishlist).`);
    expect(within(dialog).queryByRole('button', { name: 'Add application' })).toBeNull();
    expect(await db.applications.count()).toBe(1);

    await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(db)).map((a) => a.company)).toEqual(['Pinterest', 'Pinterest']);
  });

  it('is found whatever the case, accents and spacing, archived included, and opened on request', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const existing = await repository.add({ company: '  PINTÉREST ', role: ROLE.replace(/ /g, '  ').toLowerCase() });
    await repository.changeStage(existing.id, { stageId: 'applied' });
    await repository.setArchived([existing.id], true);
    const { user } = renderApp(db);
    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog);

    const warning = await within(dialog).findByText(/^You already track this/);
    expect(warning.textContent).toContain('(Applied, archived)');
    await user.click(within(dialog).getByRole('button', { name: 'Open it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('complementary', { name: 'PINTÉREST' })).toBeTruthy();
    expect(await db.applications.count()).toBe(1);
  });

  it('asks before Open it throws away a correction made in the review', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Pinterest', role: ROLE, term: parseTerm('Summer 2026') });
    const { user } = renderApp(db);
    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog);
    await within(dialog).findByText(/^You already track this/);
    await user.type(field(dialog, 'Tags'), 'dream');

    await user.click(within(dialog).getByRole('button', { name: 'Open it' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('complementary', { name: 'Pinterest' })).toBeTruthy();
  });

  it('is told apart by its term as the term field reads it', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({
      company: 'Fernway',
      role: 'Backend Engineering Intern (Fall 2026)',
      term: parseTerm('Fall 2027'),
    });
    const { user } = renderApp(db);
    await screen.findByText('Fernway');
    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog, FERNWAY);
    // Fall 2026 is another internship than the Fall 2027 one tracked.
    expect(within(dialog).queryByText(/^You already track this/)).toBeNull();

    await user.clear(field(dialog, 'Term'));
    await user.type(field(dialog, 'Term'), "fall '27");
    expect(await within(dialog).findByText(/^You already track this/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Add application' })).toBeNull();
  });

  it('is the same page pasted again, whatever role was typed each time', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    let dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.clear(field(dialog, 'Role'));
    await user.type(field(dialog, 'Role'), 'ML Intern');
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    // Copied again with other spacing and case: still the page kept with the first.
    await pastePage(user, dialog, PINTEREST.replace(/\n\n/g, '\n  \n\n').replace('About Pinterest', 'ABOUT PINTEREST'));
    await user.clear(field(dialog, 'Role'));
    await user.type(field(dialog, 'Role'), 'Machine Learning Internship');
    const warning = await within(dialog).findByText(/^You already track this/);
    expect(warning.textContent).toBe('You already track this: Pinterest — ML Intern (Wishlist).');
    expect(within(dialog).queryByRole('button', { name: 'Add application' })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(db)).map((a) => a.role).sort()).toEqual(['ML Intern', 'Machine Learning Internship']);
  });

  it('is not claimed for another posting of the same company, which shares all but its title', async () => {
    const about =
      'About Acme: we build scheduling software for clinics, used by 900 clinics to book two million ' +
      'appointments a year. Interns join a team of six for twelve weeks, with a mentor and a project ' +
      'of their own that ships to clinics before the summer ends.\nApply by March 1, 2026.\n';
    const page = (role: string) => `${role}\nAcme · Toronto, ON\n${about}`;
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Acme', role: 'Data Intern', postingText: page('Data Intern') });
    const { user } = renderApp(db);
    await screen.findByText('Acme');
    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog, page('Design Intern'));
    expect(field(dialog, 'Role').value).toBe('Design Intern');
    expect(within(dialog).queryByText(/^You already track this/)).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Add application' })).toBeTruthy();
  });

  it('is not claimed for the same company with another role', async () => {
    const db = testDatabase();
    await applicationsRepository(db).add({ company: 'Pinterest', role: 'Software Engineering Intern' });
    const { user } = renderApp(db);
    await screen.findByText('Pinterest');
    await user.click(screen.getByRole('button', { name: 'Paste posting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste a job posting' });
    await pastePage(user, dialog);
    expect(within(dialog).queryByText(/^You already track this/)).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Add application' })).toBeTruthy();
  });
});

describe('the text step', () => {
  it('opens with Ctrl+Shift+V', async () => {
    const { user } = renderApp(testDatabase());
    await screen.findByRole('region', { name: 'No applications yet' });
    await user.keyboard('{Control>}{Shift>}V{/Shift}{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Paste a job posting' })).toBeTruthy();
  });

  it('reads typed text as it comes and reviews it on request', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    const review = within(dialog).getByRole('button', { name: 'Review proposed fields' });
    const textArea = within(dialog).getByLabelText('Paste the whole job page here');
    await user.type(textArea, 'Data Intern{Enter}Acme · Seattle, WA');
    expect(within(dialog).getByRole('status').textContent).toBe('Found company, role, type, location.');
    await user.type(textArea, '{Enter}Pay: $40/hr');
    expect(within(dialog).getByRole('status').textContent).toBe('Found company, role, type, location, pay.');
    await user.type(textArea, ', 20 hours per week');
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Found company, role, type, location, pay, hours a week.',
    );
    await user.click(review);
    expect(field(dialog, 'Pay from').value).toBe('40');
    expect(field(dialog, 'Paid').value).toBe('hour');
    expect(field(dialog, 'Hours a week').value).toBe('20');
  });

  it('keeps corrections when going back to the same text, and reads a changed text afresh', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog);
    await user.clear(field(dialog, 'Company'));
    await user.type(field(dialog, 'Company'), 'Pinterest Inc.');

    await user.click(within(dialog).getByRole('button', { name: 'Change the text' }));
    // The button went with the review: the text it asked for takes focus, not the page.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Paste the whole job page here'));
    await user.click(within(dialog).getByRole('button', { name: 'Review proposed fields' }));
    expect(field(dialog, 'Company').value).toBe('Pinterest Inc.');

    await user.click(within(dialog).getByRole('button', { name: 'Change the text' }));
    await user.clear(within(dialog).getByLabelText('Paste the whole job page here'));
    await pastePage(user, dialog, ACME);
    expect(field(dialog, 'Company').value).toBe('Acme');
    expect(field(within(dialog).getByRole('group', { name: 'Deadline 1' }), 'Date').value).toBe('2026-03-01');
  });

  it('says, as a status a screen reader hears, when nothing on the page was read', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, 'Thanks for visiting! Follow us for more.');
    expect(
      within(dialog)
        .getAllByRole('status')
        .some((status) => status.textContent === 'Nothing on this page could be read as an application field.'),
    ).toBe(true);
  });

  it('reads a large page as it comes without holding up the dialog, and reviews it once read', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    expect(LARGE_PINTEREST.length).toBeGreaterThan(100_000);
    fireEvent.change(within(dialog).getByLabelText('Paste the whole job page here'), {
      target: { value: LARGE_PINTEREST },
    });
    const status = within(dialog).getByRole('status');
    expect(status.textContent).toBe('Reading the page…');
    await waitFor(() => expect(status.textContent).toMatch(/^Found company, role, /));
    await user.click(within(dialog).getByRole('button', { name: 'Review proposed fields' }));
    expect(field(dialog, 'Company').value).toBe('Pinterest');
    expect(field(dialog, 'Pay as written').value).toBe('$11,000 monthly');
  });

  it('takes a large pasted page to the review once it is read', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await pastePage(user, dialog, LARGE_PINTEREST);
    expect(field(dialog, 'Company').value).toBe('Pinterest');
    expect(field(dialog, 'Role').value).toBe(ROLE);
  });

  it('refuses a file that is not a text or HTML page, says why, and stays on the text', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    const pdf = new File(['%PDF-1.7 binary'], 'offer.pdf', { type: 'application/pdf' });
    fireEvent.drop(within(dialog).getByText(/Or drop a saved page/), {
      dataTransfer: { files: [pdf], types: ['Files'] },
    });

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      "'offer.pdf' is not a text or HTML file. Save the job page as .txt or .html, or copy the page and paste it here.",
    );
    expect(within(dialog).getByLabelText('Paste the whole job page here')).toBeTruthy();
    expect(within(dialog).queryByRole('heading', { name: 'Proposed application' })).toBeNull();
  });

  it('reads a saved .html page chosen with the file picker and keeps its visible text', async () => {
    const db = testDatabase();
    const { user } = renderApp(db);
    const dialog = await openPasteDialog(user);
    const html = readFileSync('tests/fixtures/postings/workday-meridian-grid-jsonld.html');
    await user.upload(
      within(dialog).getByLabelText('Saved job page'),
      new File([html], 'meridian.html', { type: 'text/html' }),
    );

    await within(dialog).findByRole('heading', { name: 'Proposed application' });
    expect(field(dialog, 'Company').value).toBe('Meridian Grid');
    expect(descriptionOf(field(dialog, 'Source'))).toContain(
      "From the page's structured data; its visible text does not say it.",
    );
    expect(within(dialog).getByText(/^Taken from the page's structured data \(JSON-LD\)/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Add application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [app] = await stored(db);
    expect(app!.postingText).not.toContain('<');
    expect(app!.postingText).toContain('Meridian Grid');
  });

  it('says why it cannot review an empty box, where the button had been disabled without a word', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    const textArea = within(dialog).getByLabelText('Paste the whole job page here');
    await user.click(within(dialog).getByRole('button', { name: 'Review proposed fields' }));

    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Nothing to review yet: paste the job’s page in the box first.',
    );
    expect(document.activeElement).toBe(textArea);
    expect(textArea.getAttribute('aria-invalid')).toBe('true');
    // Still the text step; typing takes the message away.
    await user.keyboard('D');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).getByRole('status').textContent).toBe('Nothing found yet.');
  });

  it('says a paste with no text in it has nothing to read, where it had stayed silent', async () => {
    const { user } = renderApp(testDatabase());
    const dialog = await openPasteDialog(user);
    await user.click(within(dialog).getByLabelText('Paste the whole job page here'));
    await user.paste(' \n\t ');

    expect(within(dialog).getByRole('status').textContent).toMatch(/^What you pasted has no text to read/);
    // Typing goes on from there, and says what it finds.
    await user.keyboard('D');
    expect(within(dialog).getByRole('status').textContent).toBe('Nothing found yet.');
  });
});
