// A field the page does not state clearly stays empty (issue 13). Each case is a wording that
// used to fill a field with something the page does not say of this job, or to miss a plain
// statement; the wordings are made up, in the shapes real pages use.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';

const PROSE =
  'Participants work on real projects with staff mentors and present their results to senior leaders at the end of the season.';

describe('the company', () => {
  it('is not a common noun standing for an employer the page does not name ("the City", "the Ministry")', () => {
    const draft = parsePosting(
      `City Internship Program\n\n${PROSE}\nStudents intern in City departments. Ask the City for details.`,
    );
    expect(draft.company).toBeNull();
  });

  it('is not "the Zoo", "the Aquarium" or "the Mission" standing for an employer the page does not name', () => {
    const zoo = parsePosting(
      `Intern at the Zoo (Fall and Spring)\n\nCall our volunteer office to schedule an interview.\nThe goal of the Zoo’s intern program is for students to gain experience at the Zoo. ${PROSE}`,
    );
    expect(zoo.company).toBeNull();
    const mission = parsePosting(
      `Internships at the Mission\n\nEach year, the Mission usually offers internships to 3–4 individuals. ${PROSE}\nThe Mission’s interns work in its press office.`,
    );
    expect(mission.company).toBeNull();
  });

  it('leaves out a note in brackets after the name ("(AZA Member)")', () => {
    const draft = parsePosting(
      `Rocky Shores Internship\n\nOrganization: Harbor Point Zoo & Aquarium (AZA Member)\nLocation: Tacoma, Washington\n${PROSE}`,
    );
    expect(draft.company).toBe('Harbor Point Zoo & Aquarium');
  });

  it('is not a person’s office that names a programme ("Mayor’s", "Governor’s")', () => {
    const draft = parsePosting(
      `${PROSE}\nThe Springfield Governor’s Fellowship Program places students in state agencies. The Springfield Governor’s Fellowship Program pays a stipend.`,
    );
    expect(draft.company).toBeNull();
  });

  it('is not a city that opens the programme’s name', () => {
    const draft = parsePosting(
      `Tulsa Youth Summer Internship\n\n${PROSE}\nStudents must attend a Tulsa public school. Tulsa residents only.`,
    );
    expect(draft.company).toBeNull();
  });
});

describe('a copied table with labels glued to their values', () => {
  it('gives the company and a known city, but no unknown place', () => {
    const draft = parsePosting(
      `Data Intern\n\n${PROSE}\nCompany NameHarbor Analytics\nJob LocationPune, Maharashtra\nTraining LocationRiverside Campus`,
    );
    expect(draft.company).toBe('Harbor Analytics');
    expect(draft.locations.map((l) => l.split(',')[0])).toEqual(['Pune']);
  });
});

describe('the title', () => {
  it('is not a news headline about applications opening', () => {
    expect(parsePosting(`Applications Now Open for the Riverside Summer Internship\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Fellowship Program Registration Opens\n\n${PROSE}`).title).toBeNull();
  });

  it('is not an organisation’s name or a listing of roles somewhere', () => {
    expect(parsePosting(`National Marine Research Institute\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Engineering Internships in Munich\n\n${PROSE}`).title).toBeNull();
  });

  it('is not a section heading about the programme or the company', () => {
    expect(parsePosting(`Work with us\n\nScheme of Internship\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Terms and Conditions\n\nTerms of Internship\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`About the program\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`About our internship\n\n${PROSE}`).title).toBeNull();
  });

  it('is not the one word "Internship" left of a heading once its place is dropped', () => {
    const draft = parsePosting(
      `Internship | Irving, TX\nThe Irving Arts Center is hosting an intern this summer. ${PROSE}`,
    );
    expect(draft.title).toBeNull();
    expect(parsePosting(`Internship Program | Irving, TX\n${PROSE}`).title).toBe('Internship Program');
  });

  it('is not a short plural heading over many roles or a site menu line', () => {
    expect(parsePosting(`College Internships\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Recent Master Programs\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Harbor Museum Traineeship\n\n${PROSE}`).title).toBe('Harbor Museum Traineeship');
  });

  it('is not a plural heading or a headline that opens with "There’s"', () => {
    expect(parsePosting(`Interns\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`There’s Still Room for a Paid Design Internship\n\n${PROSE}`).title).toBeNull();
  });

  it('is not a headline with a verb, a pay heading or a salutation', () => {
    expect(parsePosting(`A Research Internship Is Not a Summer Job\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`An internship does not mean free labour\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Stipend for Interns\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Dear Fellow Engineers,\n\n${PROSE}`).title).toBeNull();
  });

  it('is not a sentence or a call that happens to hold a job word', () => {
    expect(parsePosting(`We are looking for a Marketing Intern\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Join our Data Science team\n\n${PROSE}`).title).toBeNull();
  });

  it('is not the name of a document or an article about internships', () => {
    expect(parsePosting(`Research Internship Funding Application\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Guide to Paid Research Internships\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`8 Great Design Internship Programs\n\n${PROSE}`).title).toBeNull();
    expect(parsePosting(`Key Duties and Skills of a Marketing Intern\n\n${PROSE}`).title).toBeNull();
  });

  it('drops a site’s article wrapper after a dash ("– Complete Job Guide for Applicants")', () => {
    expect(parsePosting(`Data Analytics Internship – Complete Job Guide for Applicants\n\n${PROSE}`).title).toBe(
      'Data Analytics Internship',
    );
    expect(parsePosting(`Research Intern 2026 | Eligibility, Stipend, How to Apply\n\n${PROSE}`).title).toBe(
      'Research Intern 2026',
    );
  });

  it('is the programme the page’s opening sentence is about, even when that sentence is short', () => {
    expect(parsePosting(`The Lakeside Summer Internship Program will open in March.\n${PROSE}`).title).toBe(
      'Lakeside Summer Internship Program',
    );
  });
});

describe('the locations', () => {
  it('are not a city inside a name ("Port of Oakland", "Denver Public Schools")', () => {
    expect(parsePosting(`${PROSE}\nInterns work on-site at the Port of Oakland’s main terminal.`).locations).toEqual(
      [],
    );
    expect(parsePosting(`${PROSE}\nInterns are based at a Denver public high school.`).locations).toEqual([]);
  });

  it('are not where someone comes from', () => {
    expect(
      parsePosting(`${PROSE}\nShe is an intern from Chicago, which means she cannot relocate this year.`).locations,
    ).toEqual([]);
  });

  it('are not the company’s other offices, unless the sentence is about this job', () => {
    expect(parsePosting(`${PROSE}\nWe have offices in Boston, Chicago and Seattle.`).locations).toEqual([]);
    expect(
      parsePosting(`${PROSE}\nThis role sits in our offices in Chicago.`).locations.map((l) => l.split(',')[0]),
    ).toEqual(['Chicago']);
  });

  it('come from the header lines around the title, not from a related job further down', () => {
    const page = [
      'Policy Research Intern',
      'Harborview Institute',
      'Boston, MA',
      'Full-time',
      'Posted 2 days ago',
      'Apply',
      'Save',
      'Field Research Intern',
      'Denver, CO',
      '',
      PROSE,
    ].join('\n');
    expect(parsePosting(page).locations.map((l) => l.split(',')[0])).toEqual(['Boston']);
  });
});

describe('the work mode', () => {
  it('is none when the page offers a choice of arrangements', () => {
    expect(parsePosting(`${PROSE}\nPlacements may be remote or on-site, depending on the host.`).workMode).toBeNull();
    expect(
      parsePosting(`${PROSE}\nInterns work in the office, virtually or as a combination of both.`).workMode,
    ).toBeNull();
  });

  it('is not "in person" as a way of answering people', () => {
    expect(
      parsePosting(`${PROSE}\nInterns answer questions from residents in person, by phone and by email.`).workMode,
    ).toBeNull();
  });

  it('is not remote because the interviews are', () => {
    expect(parsePosting(`${PROSE}\nShortlisted students are interviewed remotely in April.`).workMode).toBeNull();
    expect(parsePosting(`${PROSE}\nWe hold remote interviews in April.`).workMode).toBeNull();
  });

  it('still reads one arrangement said twice ("on-site ... in-person attendance")', () => {
    expect(
      parsePosting(`${PROSE}\nAll intern positions are on-site and require regular, in-person attendance.`).workMode,
    ).toBe('onsite');
  });
});

describe('the employment type', () => {
  it('is not "full-time" where the words give the hours of a programme', () => {
    expect(
      parsePosting(`${PROSE}\nFellows conduct research full-time for eight weeks in the summer.`).employmentType,
    ).toBeNull();
  });

  it('is full-time beside a job word, even with a name between', () => {
    expect(parsePosting(`${PROSE}\nYou will join as a permanent full-time ACME employee.`).employmentType).toBe(
      'full-time',
    );
  });
});

describe('the duration', () => {
  it('is no single length for "a 6- to 9-week period"', () => {
    expect(parsePosting(`${PROSE}\nInterns work for a 6- to 9-week period.`).durationWeeks).toBeNull();
  });

  it('is not the length of something else written before its noun ("a 3-month gym membership")', () => {
    expect(parsePosting(`${PROSE}\nEvery intern gets a free 3-month gym membership.`).durationWeeks).toBeNull();
    expect(parsePosting(`${PROSE}\nThis 12-week paid internship starts in June.`).durationWeeks).toBe(12);
  });

  it('is no length when the clause names it a minimum or a maximum', () => {
    expect(
      parsePosting(`${PROSE}\nThe minimum duration of an internship is four months, and the maximum is a year.`)
        .durationWeeks,
    ).toBeNull();
  });

  it('reads a labelled length even when a copied table glued the label to it', () => {
    expect(
      parsePosting(`${PROSE}\nInternship TypeFull-time\nTraining Duration6 months\nLocationPune`).durationWeeks,
    ).toBe(26);
  });

  it('reads "last ten weeks" as the length, "the last two weeks" not', () => {
    expect(
      parsePosting(`${PROSE}\nThe internships begin in June, last ten weeks, and end in August.`).durationWeeks,
    ).toBe(10);
    expect(parsePosting(`${PROSE}\nInterns present their projects in the last two weeks.`).durationWeeks).toBeNull();
  });

  it('reads the weeks a stipend is paid for', () => {
    expect(
      parsePosting(`${PROSE}\nStudents receive a stipend of $550 per week for the nine weeks.`).durationWeeks,
    ).toBe(9);
  });

  it('reads "seven (7) weeks" and "six consecutive weeks"', () => {
    expect(parsePosting(`${PROSE}\nThe internship lasts seven (7) weeks.`).durationWeeks).toBe(7);
    expect(parsePosting(`${PROSE}\nThe program runs for six consecutive weeks.`).durationWeeks).toBe(6);
  });
});

describe('the pay', () => {
  it('is a floor for "a minimum of", "starting at"; a cap for "up to"', () => {
    expect(parsePosting(`${PROSE}\nInterns are paid a minimum of $14 per hour.`).pay).toMatchObject({
      min: 14,
      max: null,
      period: 'hour',
    });
    expect(parsePosting(`${PROSE}\nWages starting at $16.50 an hour.`).pay).toMatchObject({ min: 16.5, max: null });
    expect(parsePosting(`${PROSE}\nThe stipend is up to $2,000 per month.`).pay).toMatchObject({
      min: null,
      max: 2000,
      period: 'month',
    });
  });

  it('reads the period after "Rs. 12,000/-", the way Indian pages close an amount', () => {
    expect(parsePosting(`${PROSE}\nSelected interns receive Rs. 12,000/- per month.`).pay).toMatchObject({
      min: 12000,
      currency: 'INR',
      period: 'month',
    });
  });

  it('is not what the interns pay (rent)', () => {
    expect(
      parsePosting(
        `${PROSE}\nInterns receive €1,100 per month. Most interns pay between €400 and €600 per month for a room.`,
      ).pay,
    ).toMatchObject({ min: 1100, max: 1100, currency: 'EUR', period: 'month' });
  });

  it('is not fringe benefits', () => {
    expect(parsePosting(`${PROSE}\nThe salary line includes $432.00 fringe benefits.`).pay).toBeNull();
  });
});

describe('the term and the cohorts', () => {
  it('the term is not the summer a past intern spent with the programme', () => {
    expect(
      parsePosting(`Policy Intern\n\n${PROSE}\nJordan, a senior, interned during summer 2024 and loved it.`).term,
    ).toBeNull();
  });

  it('a cohort reads "will begin on X and will end on Y" with the year of its sentence', () => {
    expect(
      parsePosting(`${PROSE}\nThe 2027 summer program will begin on June 2nd and will end on August 6th.`).cohorts,
    ).toEqual([{ start: '2027-06-02', end: '2027-08-06' }]);
  });
});

describe('the deadline', () => {
  it('reads "no later than" when the sentence is about sending an application, not otherwise', () => {
    expect(
      parsePosting(`${PROSE}\nYour CV and cover letter should reach us no later than 14th March 2027.`).deadline,
    ).toBe('2027-03-14');
    expect(parsePosting(`${PROSE}\nInterns must start no later than 14th March 2027.`).deadline).toBeNull();
  });
});

describe('sponsorship', () => {
  it('reads "citizens, nationals, or permanent residents" as no sponsorship, not as citizenship required', () => {
    expect(
      parsePosting(`${PROSE}\nParticipants must be U.S. citizens, U.S. nationals, or permanent residents.`).sponsorship,
    ).toBe('does-not-offer');
  });

  it('reads "without requiring additional sponsorship" as none offered', () => {
    expect(
      parsePosting(
        `${PROSE}\nApplicants must be authorized to work in the U.S. without requiring additional sponsorship.`,
      ).sponsorship,
    ).toBe('does-not-offer');
  });

  it('reads "a citizen, permanent resident or protected person" the same way', () => {
    expect(
      parsePosting(`${PROSE}\nYou must be a Canadian citizen, permanent resident or protected person.`).sponsorship,
    ).toBe('does-not-offer');
  });
});
