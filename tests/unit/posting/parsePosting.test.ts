import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePay } from '@shared/payNormalize';
import { parsePosting } from '@shared/posting/parsePosting';

const PROSE =
  'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

function jsonLd(posting: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...posting })}</script>`;
}

describe('parsePosting on copied text', () => {
  it('keeps the input itself as the text the evidence points into', () => {
    const input = `LinkedIn\nData Intern\nAcme · Seattle, WA (Hybrid)\n${PROSE}\nPay: $40/hr`;
    const draft = parsePosting(input);
    expect(draft.text).toBe(input);
    expect(input.slice(draft.evidence.pay![0]!.start, draft.evidence.pay![0]!.end)).toBe('$40/hr');
  });

  it('leaves every absent fact null or empty rather than guessing', () => {
    const draft = parsePosting(`Data Intern\n${PROSE}`);
    expect(draft).toMatchObject({
      source: null,
      company: null,
      locations: [],
      workMode: null,
      pay: null,
      durationWeeks: null,
      cohorts: [],
      deadline: null,
      postingUrl: null,
      term: null,
      sponsorship: null,
    });
    expect(draft.title).toBe('Data Intern');
    expect(draft.employmentType).toBe('internship');
  });

  it('returns an empty draft for empty input', () => {
    expect(parsePosting('')).toEqual({
      source: null,
      company: null,
      title: null,
      locations: [],
      workMode: null,
      employmentType: null,
      pay: null,
      durationWeeks: null,
      cohorts: [],
      deadline: null,
      deadlineTime: null,
      postingUrl: null,
      term: null,
      sponsorship: null,
      text: '',
      evidence: {},
      notes: [],
    });
  });

  it('reads text with Windows line endings', () => {
    const draft = parsePosting(
      `Data Intern\r\nAcme · Toronto, ON\r\n${PROSE}\r\nThe internship runs May 4 – August 21, 2026.\r\nApply by March 1, 2026.\r\n`,
    );
    expect(draft.company).toBe('Acme');
    expect(draft.locations).toEqual(['Toronto, ON']);
    expect(draft.cohorts).toEqual([{ start: '2026-05-04', end: '2026-08-21' }]);
    expect(draft.deadline).toBe('2026-03-01');
  });

  it('explains a contradiction in its notes', () => {
    const draft = parsePosting(
      `Data Intern\n${PROSE}\nThis is a fully remote position.\nThis role is on-site in Austin, TX.`,
    );
    expect(draft.workMode).toBeNull();
    expect(draft.notes.some((n) => n.startsWith("Page says both 'remote'"))).toBe(true);
  });
});

describe('parsePosting when the page offers several readings', () => {
  it('says the company was chosen among candidates, naming the others', () => {
    const draft = parsePosting(`Data Intern\nCompany: Quill Analytics\n${PROSE}\nAbout Harbor Labs\nMore text.`);
    expect(draft.company).toBe('Quill Analytics');
    expect(draft.notes).toContain('Company chosen among 2 candidates on the page; it also names "Harbor Labs".');
  });

  it('writes no such note when every reading agrees', () => {
    const draft = parsePosting(`Data Intern\nCompany: Quill Analytics\n${PROSE}\nAbout Quill Analytics\nMore text.`);
    expect(draft.notes.filter((n) => n.includes('chosen among'))).toEqual([]);
  });

  it('drops the chosen-among note of a field the structured data then fills', () => {
    const html = `<html><body><p>Data Intern</p><p>Company: Quill Analytics</p><p>${PROSE}</p><h2>About Harbor Labs</h2>${jsonLd({ title: 'Data Intern', hiringOrganization: { name: 'Quill Analytics' } })}</body></html>`;
    expect(parsePosting(html).notes.filter((n) => n.includes('chosen among'))).toEqual([]);
  });

  it('does not take a job site that is the employer for the source', () => {
    const draft = parsePosting(`Systems Intern\nLinkedIn\n${PROSE}\nAt LinkedIn, we build the network.`);
    expect(draft).toMatchObject({ company: 'LinkedIn', source: null });
  });
});

describe('parsePosting on HTML', () => {
  const body = `<main><h1>Data Analytics Intern</h1><p>Meridian Grid · Austin, TX</p><p>${PROSE}</p><p>Our 12-week internship runs May 26 &ndash; August 14, 2026, hybrid.</p><p>Pay: $32.00 - $38.00 per hour.</p></main>`;

  it('points evidence into the visible text, not the markup', () => {
    const draft = parsePosting(`<html><body>${body}</body></html>`);
    expect(draft.text).not.toContain('<');
    expect(draft.text).toContain('May 26 – August 14, 2026');
    const [cohort] = draft.evidence.cohorts!;
    expect(draft.text.slice(cohort!.start, cohort!.end)).toBe('May 26 – August 14, 2026');
  });

  it('takes JSON-LD values and keeps evidence where the visible text says the same', () => {
    const html = `<html><head>${jsonLd({
      title: 'Data Analytics Intern',
      hiringOrganization: { name: 'Meridian Grid' },
      jobLocation: { address: { addressLocality: 'Austin', addressRegion: 'TX' } },
      baseSalary: { currency: 'USD', value: { minValue: 32, maxValue: 38, unitText: 'HOUR' } },
      validThrough: '2026-02-27T23:59:59-06:00',
      employmentType: 'INTERN',
    })}</head><body>${body}</body></html>`;
    const draft = parsePosting(html);
    expect(draft).toMatchObject({
      title: 'Data Analytics Intern',
      company: 'Meridian Grid',
      locations: ['Austin, TX'],
      pay: { min: 32, max: 38, currency: 'USD', period: 'hour', raw: '$32.00 - $38.00 per hour' },
      deadline: '2026-02-27',
      employmentType: 'internship',
      durationWeeks: 12,
      workMode: 'hybrid',
    });
    const shown = (field: keyof typeof draft.evidence) =>
      draft.evidence[field]?.map((r) => draft.text.slice(r.start, r.end));
    expect(shown('company')).toEqual(['Meridian Grid']);
    expect(shown('pay')).toEqual(['$32.00 - $38.00 per hour']);
    expect(shown('deadline')).toBeUndefined();
    expect(draft.notes).toContain(
      "Taken from the page's structured data (JSON-LD): title, company, locations, employmentType, pay, deadline.",
    );
  });

  it('keeps the hours a week the text states with the pay the structured data states', () => {
    const html = `<html><head>${jsonLd({ title: 'Intern', baseSalary: { currency: 'USD', value: { value: 25, unitText: 'HOUR' } } })}</head><body><p>${PROSE}</p><p>Pay: $24 an hour, 20 hours per week.</p></body></html>`;
    expect(parsePosting(html).pay).toMatchObject({ min: 25, period: 'hour', hoursPerWeek: 20 });
  });

  it('takes pay only the structured data states, with no evidence and a readable raw text', () => {
    const html = `<html><head>${jsonLd({ title: 'Intern', baseSalary: { currency: 'EUR', value: { value: 2100, unitText: 'MONTH' } } })}</head><body><p>${PROSE}</p></body></html>`;
    const draft = parsePosting(html);
    expect(draft.pay).toEqual({ min: 2100, max: 2100, currency: 'EUR', period: 'month', raw: 'EUR 2100 per month' });
    expect(draft.evidence.pay).toBeUndefined();
  });

  it('reads TELECOMMUTE as remote, and the job site from the JSON-LD url', () => {
    const html = `<html><head>${jsonLd({ title: 'Intern', jobLocationType: 'TELECOMMUTE', url: 'https://boards.greenhouse.io/acme/jobs/42' })}</head><body><p>${PROSE}</p></body></html>`;
    const draft = parsePosting(html);
    expect(draft.workMode).toBe('remote');
    expect(draft.postingUrl).toBe('https://boards.greenhouse.io/acme/jobs/42');
    expect(draft.source).toBe('Greenhouse');
  });

  it('keeps a co-op read from the title over the structured INTERN', () => {
    const html = `<html><head>${jsonLd({ title: 'Firmware Developer Co-op', employmentType: 'INTERN' })}</head><body><h1>Firmware Developer Co-op</h1><p>${PROSE}</p></body></html>`;
    expect(parsePosting(html).employmentType).toBe('co-op');
  });
});

describe('parsePosting on any input', () => {
  /** Pieces real pages are made of, so generated pages reach deep into the parser. */
  const piece = fc.constantFrom(
    'Talent.com\n',
    'LinkedIn\n',
    'Data Intern\n',
    'Acme · Seattle, WA (Hybrid)\n',
    'PinterestSan Francisco, CA\n',
    '$40–$55/hr',
    '€2.100 per month',
    '₹1,00,000',
    '$120K',
    'May 18, 2026 - August 7, 2026',
    '18 May - 7 Aug 2026',
    '14/09/2026',
    'Apply by March 1',
    'Deadline:',
    '12-week',
    '10 to 12 weeks',
    'remote',
    'hybrid',
    'on-site',
    '#LI-HYBRID',
    'Similar jobs\n',
    'serp_jobs.job_card.full_time',
    'Location:',
    'Locations\n',
    '• ',
    '\n',
    ' ',
    ', ',
    '. ',
    '<p>',
    '</p>',
    '<li>',
    '<script>',
    '&amp;',
    '&#8211;',
    'https://jobs.lever.co/acme/1',
    'We are hiring: ',
    ' at ',
    'About ',
    '📍 ',
  );
  const page = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join('')),
  );

  it('never throws, and every evidence range lies inside the text', () => {
    fc.assert(
      fc.property(page, (input) => {
        const draft = parsePosting(input);
        for (const ranges of Object.values(draft.evidence)) {
          for (const r of ranges) {
            if (r.start < 0 || r.end > draft.text.length || r.end <= r.start) return false;
          }
        }
        return draft.cohorts.every((c) => c.start <= c.end) && (draft.pay === null || draft.pay.min! <= draft.pay.max!);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parsePosting on pages a tester pasted (shortened)', () => {
  it('reads a LinkedIn page from Tokyo: its dates written year first, and the title under its breadcrumb', () => {
    // tester32: no cohort, no deadline, and "Jobs  >  Software Engineer Intern (Summer 2027)" as the title.
    const draft = parsePosting(
      'LinkedIn\nJobs  >  Software Engineer Intern (Summer 2027)\n\nSoftware Engineer Intern (Summer 2027)\nMercari, Inc. · Minato-ku, Tokyo, Japan (Hybrid) · 2 weeks ago\n\nAbout the job\nMercari is looking for a Software Engineer Intern to join our Marketplace team in Tokyo.\n\nInternship period: 2027/08/01 - 2027/09/30\nSalary: JPY 2,500 per hour\nApplication deadline: 2027/01/15 23:59 JST\n',
    );
    expect(draft).toMatchObject({
      title: 'Software Engineer Intern (Summer 2027)',
      cohorts: [{ start: '2027-08-01', end: '2027-09-30' }],
      deadline: '2027-01-15',
      deadlineTime: { time: '23:59', zone: 'Asia/Tokyo' },
    });
  });

  it('reads an Internshala page: the city of its place line, in-office over "Work from home", no start from "Immediately"', () => {
    const draft = parsePosting(
      "Data Science Internship\nMeesho\nBengaluru, Work from home\n\nStart Date\nImmediately\nDuration\n6 Months\nStipend\n₹ 20,000 /month\nApply By\n15 Jan' 27\n\nWho can apply\nOnly those candidates can apply who:\n1. are available for full time (in-office) internship\n2. can start the internship between 8th Dec'26 and 12th Jan'27",
    );
    expect(draft).toMatchObject({
      title: 'Data Science Internship',
      company: 'Meesho',
      locations: ['Bengaluru, India'],
      workMode: 'onsite',
      durationWeeks: 26,
      cohorts: [],
      deadline: '2027-01-15',
      term: null,
    });
    expect(draft.notes.some((n) => n.includes('"Bengaluru, Work from home"') && n.includes('in-office'))).toBe(true);
  });

  it('reads a UK graduate site’s page under its breadcrumb', () => {
    const draft = parsePosting(
      'Graduate Jobs › Internships › Technology\nTechnology Summer Internship 2027\nBarclays\nLocation: London (Canary Wharf) / Glasgow\nSalary: £36,000 pro rata\nDuration: 10 weeks, starting 28 June 2027\n\nOur 10-week summer internship gives you real responsibility in our Technology division, in a hybrid model.',
    );
    expect(draft).toMatchObject({
      title: 'Technology Summer Internship 2027',
      company: 'Barclays',
      term: { season: 'summer', year: 2027, text: '' },
      durationWeeks: 10,
      cohorts: [],
    });
  });

  it('reads a university programme’s page under its breadcrumb', () => {
    const draft = parsePosting(
      'Home › Research › Undergraduate Research\nSummer Undergraduate Research Fellowship (SURF) 2027\nCalifornia Institute of Technology\n\nThe SURF program gives undergraduates the chance to conduct research under the guidance of experienced mentors for ten weeks.',
    );
    expect(draft).toMatchObject({
      title: 'Summer Undergraduate Research Fellowship (SURF) 2027',
      company: 'California Institute of Technology',
      term: { season: 'summer', year: 2027, text: '' },
    });
  });

  it('reads an Indeed page: the heading is the role, "Work Location: In person" no place', () => {
    const draft = parsePosting(
      'Marketing Intern\nSunrise Coffee Roasters\n4.1 out of 5 stars\nAustin, TX 78701\n$18 - $20 an hour - Internship, Part-time\nFull job description\nSunrise Coffee Roasters is hiring a Marketing Intern for Spring 2027! Help run our social channels.\nWork Location: In person',
    );
    expect(draft).toMatchObject({
      title: 'Marketing Intern',
      company: 'Sunrise Coffee Roasters',
      locations: ['Austin, TX'],
    });
    // The description's call names the same role, up to where its name ends: no other title.
    expect(draft.notes.filter((n) => n.startsWith('Title chosen'))).toEqual([]);
  });

  it('reads an Internshala page: "Apply By 15 Jan\' 27" as the deadline, a window to start in as no cohort', () => {
    const draft = parsePosting(
      "Data Science Internship\nMeesho\n\nStart Date\nImmediately\nDuration\n6 Months\nStipend\n₹ 20,000 /month\nApply By\n15 Jan' 27\n\nWho can apply\n1. can start the internship between 8th Dec'26 and 12th Jan'27\n2. are available for duration of 6 months\n\nAbout Meesho\nMeesho is India's fastest growing internet commerce company.",
    );
    expect(draft).toMatchObject({ company: 'Meesho', deadline: '2027-01-15', cohorts: [], durationWeeks: 26 });
    expect(draft.pay).toMatchObject({ min: 20000, currency: 'INR', period: 'month' });
  });

  it('reads a Gupy page: the mode in its header and field, "Inscrições até" as the deadline, a graduation as no cohort', () => {
    const draft = parsePosting(
      'Estágio em Desenvolvimento de Software\nStone Co. · São Paulo, SP · Híbrido\n\nRequisitos\n- Cursando graduação com formatura prevista entre 12/2027 e 12/2028\n\nBenefícios\nBolsa-auxílio: R$ 2.200,00\n\nInformações adicionais\nInício previsto: fevereiro de 2027\nInscrições até 05/01/2027\nModelo de trabalho: Híbrido\n',
    );
    expect(draft).toMatchObject({
      company: 'Stone Co.',
      workMode: 'hybrid',
      // 05/01 on a page set in São Paulo is 5 January, as Brazil writes the day first.
      deadline: '2027-01-05',
      cohorts: [],
    });
    expect(draft.pay).toMatchObject({ min: 2200, currency: 'BRL' });
  });

  it('reads a Greenhouse page’s two start dates as two 12-week cohorts', () => {
    const draft = parsePosting(
      'Figma\nProduct Design Intern (Summer 2027)\nSan Francisco, CA • New York, NY\n\nThis is a full-time, 12-week paid internship starting May 24, 2027 or June 14, 2027. This role is hybrid.',
    );
    expect(draft.cohorts).toEqual([
      { start: '2027-05-24', end: '2027-08-13' },
      { start: '2027-06-14', end: '2027-09-03' },
    ]);
    expect(draft.durationWeeks).toBe(12);
  });

  it('reads a TfL graduate page’s "How long: 1 year", not its hybrid terms’ 4-week window, so the total is the year’s pay', () => {
    // tester36: 4 weeks from "over a 4-week period", so £2,384.62 in all for £31,000 a year.
    const draft = parsePosting(
      "Software Development Graduate\n\nHow long: 1 year\n\nWhere: London/Hybrid\nUp to 50% of time can be spent working from home over a 4-week period. Hybrid working arrangements may alter subject to business requirements.\n\nSalary: £31,000\n\nWhat you'll be doing\n\nAs a graduate, this one-year development programme will consist of initial training followed by two placement rotations.",
    );
    expect(draft.durationWeeks).toBe(52);
    expect(draft.pay).toMatchObject({ min: 31000, currency: 'GBP', period: 'year' });
    expect(normalizePay(draft.pay, draft.durationWeeks)?.total).toEqual({ min: 31000, max: 31000 });
  });

  it("converts a pay with the hours a week the page states for it, not the convention's 40", () => {
    const draft = parsePosting(`Data Intern\nAcme\n${PROSE}\nPay: $25/hour, 20 hours per week.`);
    expect(draft.pay).toMatchObject({ min: 25, period: 'hour', hoursPerWeek: 20 });
    expect(normalizePay(draft.pay, null)?.weekly).toEqual({ min: 500, max: 500 });
  });

  describe('a UK posting with labelled start and end dates', () => {
    // The tester's page, with the dates written in each way the tester tried.
    const page = (dates: string) =>
      `Summer Internship 2027 - Software Engineering (London)\nMonzo Bank\nLondon, United Kingdom · Hybrid\n\nAbout the role\nJoin Monzo for a 10-week paid summer internship in our London office. You'll ship real features to millions of customers.\n\nKey details\n${dates}\n- Salary: £32,000 pro rata (approx £615 per week)\n- Closing date for applications: 31/01/2027 at 23:59 GMT\n- We're unable to offer visa sponsorship for this role.\n\nWhat you'll need\n- Currently studying towards a degree in Computer Science or a related field, graduating in 2028\n- Experience with Go, Python or Java\n\nApply at https://monzo.com/careers/internships/swe-2027\n`;

    it.each([
      [
        '- Start date: 7th June 2027\n- End date: 13th August 2027',
        'Start date: 7th June 2027\n- End date: 13th August 2027',
      ],
      ['- Start date: 7 June 2027\n- End date: 13 August 2027', 'Start date: 7 June 2027\n- End date: 13 August 2027'],
      ['- The internship runs from 7 June to 13 August 2027.', '7 June to 13 August 2027'],
      [
        '- Start date: June 7, 2027\n- End date: August 13, 2027',
        'Start date: June 7, 2027\n- End date: August 13, 2027',
      ],
      [
        '- Start date: June 7, 2027 / End date: August 13, 2027',
        'Start date: June 7, 2027 / End date: August 13, 2027',
      ],
      ['- Dates: 07/06/2027 - 13/08/2027', '07/06/2027 - 13/08/2027'],
    ])('reads the cohort from %j', (dates, evidence) => {
      const text = page(dates);
      const draft = parsePosting(text);
      expect(draft.cohorts).toEqual([{ start: '2027-06-07', end: '2027-08-13' }]);
      const at = draft.evidence.cohorts![0]!;
      expect(text.slice(at.start, at.end)).toBe(evidence);
      expect(draft).toMatchObject({ deadline: '2027-01-31', durationWeeks: 10, locations: ['London, UK'] });
    });
  });
});

describe("parsePosting reads a numeric date whose order is not certain by the page's country", () => {
  const page = (place: string, dates: string) =>
    `Data Analyst Intern\nHarrow & Pike\n${place}\n\nHelp our analysts build the reports our clients read every week.\n${dates}\n`;

  it('day first on a page set in the UK', () => {
    const draft = parsePosting(
      page('Manchester, United Kingdom', 'Dates: 05/10/2026 - 11/12/2026\nApply by 01/09/2026'),
    );
    expect(draft.cohorts).toEqual([{ start: '2026-10-05', end: '2026-12-11' }]);
    expect(draft.deadline).toBe('2026-09-01');
  });

  it('month first on a page set in the US', () => {
    const draft = parsePosting(page('Austin, TX', 'Dates: 06/01/2026 - 08/07/2026\nApply by 04/10/2026'));
    expect(draft.cohorts).toEqual([{ start: '2026-06-01', end: '2026-08-07' }]);
    expect(draft.deadline).toBe('2026-04-10');
  });

  it("day first on a page that names no place but pays in one day-first country's currency", () => {
    const draft = parsePosting(page('Bolsa-auxílio: R$ 1.800,00', 'Inscrições até 05/01/2027'));
    expect(draft.deadline).toBe('2027-01-05');
    // The dollar is paid in countries of both customs, so it settles nothing.
    expect(parsePosting(page('Pay: $20/hour', 'Apply by 05/01/2027')).deadline).toBeNull();
  });

  it.each([
    // No place, a country that writes both orders, or places in both kinds of country: unread.
    ['Remote', 'Dates: 05/10/2026 - 11/12/2026\nApply by 01/09/2026'],
    ['Toronto, Canada', 'Dates: 05/10/2026 - 11/12/2026\nApply by 01/09/2026'],
    ['Locations: Austin, TX; London, United Kingdom', 'Dates: 05/10/2026 - 11/12/2026\nApply by 01/09/2026'],
  ])('unread with no one country that settles it: %j', (place, dates) => {
    const draft = parsePosting(page(place, dates));
    expect(draft.cohorts).toEqual([]);
    expect(draft.deadline).toBeNull();
  });
});

describe('postings in German and French, as a student pastes them', () => {
  it('takes the name over a place line ending in its country, never the place, for the employer', () => {
    const draft = parsePosting(
      'Praktikum Softwareentwicklung (m/w/d)\nNordlicht Software SE\nWalldorf, Baden-Württemberg, Deutschland | Hybrid\n\nÜber uns\nWir bauen Software.',
    );
    expect(draft.company).toBe('Nordlicht Software SE');
    expect(draft.locations).toEqual(['Walldorf, Baden-Württemberg']);
    // The place alone after a title is no employer.
    expect(parsePosting('Praktikum Marketing\nWalldorf, Baden-Württemberg, Deutschland | Hybrid\n').company).toBeNull();
  });

  it.each([
    ['Firma: Nordlicht GmbH', 'Nordlicht GmbH'],
    ['Unternehmen: Nordlicht GmbH', 'Nordlicht GmbH'],
    ['Arbeitgeber: Nordlicht GmbH', 'Nordlicht GmbH'],
    ['Entreprise : Cadran SAS', 'Cadran SAS'],
    ['Empresa: Andina Datos SL', 'Andina Datos SL'],
  ])('reads the employer under its label abroad: %j', (line, company) => {
    expect(parsePosting(`Praktikum Data Science\n${line}\n\nDeine Aufgaben\nAnalysen.`).company).toBe(company);
  });

  it('reads "Standort:" and "Ort:" as where the job is', () => {
    expect(parsePosting('Praktikum Vertrieb\nStandort: Hamburg\n').locations).toEqual(['Hamburg, Germany']);
    expect(parsePosting('Praktikum Vertrieb\nOrt: Köln, Deutschland\n').locations).toEqual(['Köln, Germany']);
  });

  it('reads a French title with its kind, and pay before tax ("bruts")', () => {
    const draft = parsePosting(
      'Stage - Développeur Backend (H/F)\nEntreprise : Cadran SAS\nLieu : Paris (75)\nGratification : 1 400 € bruts par mois\nNiveau du stage : Ingénieur – master\n',
    );
    // "(H/F)" is the site's note that anyone may apply, not part of the role.
    expect(draft.title).toBe('Stage - Développeur Backend');
    expect(draft.employmentType).toBe('internship');
    expect(draft.pay).toMatchObject({ min: 1400, max: 1400, currency: 'EUR', period: 'month' });
    // "Stage" in English is no internship.
    expect(parsePosting('Stage Manager\nLyric Theatre\nChicago, IL\n').employmentType).toBeNull();
  });
});

describe('a place after the site’s gender marker in the title', () => {
  const body = '\n\nAbout the role\nYou will build cloud services in Java with an agile team for six months.\n';

  it.each([
    [
      'Working Student / Intern Software Development (f/m/d) - Walldorf\nLocation: Walldorf, DE, 69190',
      'Working Student / Intern Software Development',
    ],
    ['Praktikant Marketing (m/w/d) - München\nStandort: München, Deutschland', 'Praktikant Marketing'],
    ['Stagiaire Finance (H/F) – Paris\nLieu : Paris (75)', 'Stagiaire Finance'],
  ])('is the wrapper’s when the page gives it as the job’s place: %j', (top, title) => {
    const text = top + body;
    const draft = parsePosting(text);
    expect(draft.title).toBe(title);
    expect(text.slice(draft.evidence.title![0]!.start, draft.evidence.title![0]!.end)).toBe(title);
  });

  it('does not offer the same line, as written, as another title in the review', () => {
    const draft = parsePosting(
      'SAP Careers\nSearch Jobs  |  Students & Graduates  |  Sign in\n\nWorking Student / Intern Software Development (f/m/d) - Walldorf\n\nRequisition ID: 412987\nLocation: Walldorf, DE, 69190' +
        body,
    );
    expect(draft.title).toBe('Working Student / Intern Software Development');
    expect(draft.notes.filter((n) => n.startsWith('Title chosen'))).toEqual([]);
  });

  it.each([
    // Not a place: a team after the marker stays.
    ['Praktikant (m/w/d) - Marketing\nStandort: Hamburg, Deutschland', 'Praktikant - Marketing'],
    // A place the page does not give as the job's.
    ['Praktikant Marketing (m/w/d) - Berlin\nStandort: Hamburg, Deutschland', 'Praktikant Marketing - Berlin'],
    // Without a marker, the readers of the corpus keep a board's place after the role.
    [
      'Sales Analyst Intern, Summer 2026 - Singapore\nLocation: Singapore, Singapore',
      'Sales Analyst Intern, Summer 2026 - Singapore',
    ],
  ])('is left as written otherwise: %j', (top, title) => {
    expect(parsePosting(top + body).title).toBe(title);
  });
});

describe('values the application form would refuse', () => {
  it('are left out, with a note, so the review proposes only what can be added', () => {
    const draft = parsePosting(
      'Research Intern\nThe stipend is IDR 5,000,000,000 per month.\nThe internship runs from June 1, 1965 to August 27, 1965.\nApply by March 1, 1965.',
    );
    expect(draft.pay).toBeNull();
    expect(draft.cohorts).toEqual([]);
    expect(draft.deadline).toBeNull();
    expect(draft.evidence.pay).toBeUndefined();
    expect(draft.notes).toEqual(
      expect.arrayContaining([
        'Pay "IDR 5,000,000,000 per month" is above what an application can hold, so it was left out.',
        'The deadline 1965-03-01 is outside the years an application can hold, so it was left out.',
        'Cohorts outside the years an application can hold were left out.',
      ]),
    );
  });
});
