import { describe, expect, it } from 'vitest';
import { findHeadline } from '@shared/posting/headline';
import { scanPosting } from '@shared/posting/pageNoise';

const PROSE =
  'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

function headline(text: string) {
  const { scan, lines, bodyEnd, ending } = scanPosting(text);
  const found = findHeadline(scan, lines, bodyEnd, ending);
  return { title: found.title?.value ?? null, company: found.company?.value ?? null };
}

describe('findHeadline', () => {
  it('reads the reference header: site name, title twice, company glued to the location', () => {
    expect(
      headline(
        "Talent.com\nMaster's Machine Learning Internship 2026 (USA)\n\nMaster's Machine Learning Internship 2026 (USA)\n\nPinterestSan Francisco, CA, United States\njob_description.job_card.variable_days_ago\n" +
          PROSE,
      ),
    ).toEqual({ title: "Master's Machine Learning Internship 2026 (USA)", company: 'Pinterest' });
  });

  it('reads a LinkedIn header line "Company · Place · When"', () => {
    expect(
      headline(
        `LinkedIn\nSoftware Engineering Intern\nHarbor Labs · Seattle, WA (Hybrid) · Reposted 1 week ago\n${PROSE}`,
      ),
    ).toEqual({
      title: 'Software Engineering Intern',
      company: 'Harbor Labs',
    });
  });

  it('reads a board card: title, the employer alone, then the apply button', () => {
    expect(headline(`Graduate Trainee Programme\n\nHARBOR WATER BOARD\n\nApply for this job\n\n${PROSE}`)).toEqual({
      title: 'Graduate Trainee Programme',
      company: 'HARBOR WATER BOARD',
    });
    // A card's tag over the button names no one.
    expect(headline(`Data Intern\n\nFull-time\n\nApply now\n\n${PROSE}`).company).toBeNull();
  });

  it('reads a board card\'s "Company , City, ST" line under the title', () => {
    expect(headline(`Horticulture Intern Posted Feb 15\nHarbour Gardens , Brewster, NY\n${PROSE}`)).toEqual({
      title: 'Horticulture Intern',
      company: 'Harbour Gardens',
    });
  });

  it('reads "Position at <employer>" under the title, a long name counted as in a sentence', () => {
    expect(
      headline(
        `Summer Intern, Marketing\n\nCollege Programs New York, New York\n\nDescription\n\nPosition at The Harbour Authority of NY & NJ\n\nAbout the Internship\n${PROSE}`,
      ).company,
    ).toBe('The Harbour Authority of NY & NJ');
  });

  it('reads an Indeed header: company on its own line with a rating, then the place', () => {
    expect(
      headline(
        `indeed\nLibrary Systems Assistant\nLakeshore Public Library\n4.1 out of 5 stars\nToronto, ON\n${PROSE}`,
      ),
    ).toEqual({
      title: 'Library Systems Assistant',
      company: 'Lakeshore Public Library',
    });
  });

  it('reads the company above the title when the page names it again', () => {
    expect(
      headline(
        `Glassdoor\nAshgrove Capital\n3.9 ★\nAssociate Software Engineer\nNew York, NY\nAshgrove Capital is an asset manager. ${PROSE}`,
      ),
    ).toEqual({
      title: 'Associate Software Engineer',
      company: 'Ashgrove Capital',
    });
  });

  it('reads a Greenhouse "Job Application for ... at ..." heading', () => {
    expect(
      headline(`Job Application for Data Science Intern at Quill Analytics\nLondon, United Kingdom\n${PROSE}`),
    ).toEqual({
      title: 'Data Science Intern',
      company: 'Quill Analytics',
    });
  });

  it('reads labels', () => {
    expect(
      headline(
        `Job Posting Information\nJob Title: Junior Software Developer (Co-op)\nOrganization: Ridgeway Civic Software\n${PROSE}`,
      ),
    ).toEqual({
      title: 'Junior Software Developer (Co-op)',
      company: 'Ridgeway Civic Software',
    });
  });

  it('reads a social post announcing a job', () => {
    expect(
      headline(
        `LinkedIn\nPriya Raman • 2nd\n🚀 WE'RE HIRING: Gameplay Programmer Intern (Summer 2026) at Brightmoor Games!\n${PROSE}`,
      ),
    ).toEqual({
      title: 'Gameplay Programmer Intern (Summer 2026)',
      company: 'Brightmoor Games',
    });
  });

  it("takes the header's title line over a call to apply in the description", () => {
    const page = (header: string) =>
      `${header}\n${PROSE}\nSunrise Coffee Roasters is hiring a Marketing Intern for Spring 2027! Help run our social channels.`;
    expect(headline(page('Marketing Intern\nSunrise Coffee Roasters\n4.1 out of 5 stars\nAustin, TX 78701'))).toEqual({
      title: 'Marketing Intern',
      company: 'Sunrise Coffee Roasters',
    });
    // Without a title line above it, the call names the role, up to where the role's name ends.
    expect(headline(page('Sunrise Coffee Roasters')).title).toBe('Marketing Intern');
  });

  it('reads an announcement up to the end of its sentence', () => {
    expect(headline(`We're hiring: Data Intern! Apply by Friday\n${PROSE}`).title).toBe('Data Intern');
    expect(headline(`We are hiring a Sr. Data Intern\n${PROSE}`).title).toBe('Sr. Data Intern');
  });

  it("ends a role read from a sentence where the role's name ends", () => {
    const title = (sentence: string) => headline(`${sentence}\n${PROSE}`).title;
    expect(title('Larkspur Analytics is hiring a Data Visualisation Intern for the Winter 2027 cohort.')).toBe(
      'Data Visualisation Intern',
    );
    expect(title('We are hiring a Firmware Intern for our Sensors group.')).toBe('Firmware Intern');
    expect(title('Larkspur Analytics is hiring a Geospatial Intern for Fall 2026.')).toBe('Geospatial Intern');
    expect(title('We are hiring a Research Assistant to support our field surveys.')).toBe('Research Assistant');
    expect(title("We're hiring a Data Intern who enjoys maps.")).toBe('Data Intern');
    expect(title('We are hiring a Policy Intern, starting in June.')).toBe('Policy Intern');
    expect(title('We are hiring a Grants Intern with an eye for detail.')).toBe('Grants Intern');
    expect(title('We are hiring a Lab Intern in our Boston office.')).toBe('Lab Intern');
    // What follows is part of the role's name: kept.
    expect(title('We are hiring a Fellow in Public Policy.')).toBe('Fellow in Public Policy');
    expect(title("We're hiring: Marketing and Communications Intern!")).toBe('Marketing and Communications Intern');
    expect(title('We are hiring a Software Engineer Intern, Machine Learning.')).toBe(
      'Software Engineer Intern, Machine Learning',
    );
    expect(title('We are hiring a Data Intern (Summer 2026).')).toBe('Data Intern (Summer 2026)');
  });

  it('takes the title line over a sentence naming the same role, with the term after it', () => {
    const found = (text: string) => {
      const { scan, lines, bodyEnd, ending } = scanPosting(text);
      const title = findHeadline(scan, lines, bodyEnd, ending).title;
      return title && { value: title.value, at: title.ranges[0]!.start };
    };
    expect(
      found(
        `Data Visualisation Intern – Winter 2027\nLarkspur Analytics\n\nWe are hiring a Data Visualisation Intern for our maps team.\n${PROSE}`,
      ),
    ).toEqual({ value: 'Data Visualisation Intern – Winter 2027', at: 0 });
    expect(
      found(
        `Geospatial Intern\nLarkspur Analytics\n\nLarkspur Analytics is hiring a Geospatial Intern for the Fall 2026 cohort.\n${PROSE}`,
      ),
    ).toEqual({ value: 'Geospatial Intern', at: 0 });
    // A sentence naming another role than the line still ranks as before.
    expect(
      found(`Geospatial Intern\nLarkspur Analytics\n\nWe are hiring a Cartography Intern for our maps team.\n${PROSE}`)
        ?.value,
    ).toBe('Cartography Intern');
  });

  it('falls back to a careers banner, then to the prose', () => {
    expect(
      headline(
        `Osprey Mutual Careers\nActuarial Intern\nlocations\n${PROSE} Osprey Mutual is an Equal Opportunity Employer.`,
      ).company,
    ).toBe('Osprey Mutual');
    expect(headline(`Product Design Intern\nRemote\n${PROSE}\nAbout Tidewater Health\nMore text.`).company).toBe(
      'Tidewater Health',
    );
    expect(
      headline(`Product Design Intern\nRemote\n${PROSE}\nTidewater Health is an equal opportunity employer.`).company,
    ).toBe('Tidewater Health');
    expect(
      headline(`Product Design Intern\nRemote\n${PROSE}\nThe HDA is a diverse and inclusive employer.`).company,
    ).toBe('HDA');
    // The British plural, and a country office named "in" its country.
    expect(
      headline(
        `Graduate Trainee Scheme 2027\n${PROSE}\nHarbor Relief International in Ghana is an Equal Opportunities, inclusive employer.`,
      ).company,
    ).toBe('Harbor Relief International in Ghana');
    // The same statement made as a commitment to diversity or inclusion, not as a label.
    expect(
      headline(
        `Product Design Intern\nRemote\n${PROSE}\nTidewater Health is committed to achieving diversity and a balanced workforce.`,
      ).company,
    ).toBe('Tidewater Health');
    expect(
      headline(
        `Graduate Program\n${PROSE}\nHarbor Relief is committed to diversity and inclusion and encourages applications.`,
      ).company,
    ).toBe('Harbor Relief');
    expect(
      headline(`Graduate Program\n${PROSE}\nHarbor Relief is committed to delivering strategic support services.`)
        .company,
    ).toBeNull();
    expect(headline(`Product Design Intern\nRemote\n${PROSE}\nAt Tidewater Health, we care.`).company).toBe(
      'Tidewater Health',
    );
  });

  it('does not take a head of government who launched a scheme for its employer', () => {
    expect(
      headline(
        `Youth placements announced\n\nKESTREL, (Wire) Riverland Chief Minister Amara Okafor Bello has launched the Riverland Youth Internship Programme for graduates.\n${PROSE}`,
      ).company,
    ).toBeNull();
    expect(
      headline(
        `Placements news\n\nGovernor Tomas Reyes has announced a paid internship scheme for graduates.\n${PROSE}`,
      ).company,
    ).toBeNull();
    // A legislator hires interns into an own office.
    expect(
      headline(`Office news\n\nSenator Ruth Calloway is seeking interns for her district office.\n${PROSE}`).company,
    ).toBe('Senator Ruth Calloway');
  });

  it('does not take "About the job" or "About us" for a company', () => {
    expect(headline(`Product Design Intern\nAbout the job\nAbout us\n${PROSE}`).company).toBeNull();
    // The heading introduces the programme the page names as one, not its employer.
    expect(
      headline(`The SURF 2023 summer program runs ten weeks.\n${PROSE}\nAbout SURF\nMore text.`).company,
    ).toBeNull();
  });

  it("drops the employer's initials in brackets from the end of a title, not initials of its own words", () => {
    const about = 'The Harbor River Water Authority (HRWA) runs the region’s dams. HRWA staff mentor each intern.';
    expect(headline(`Job Title: Field Internship: Finance, Audit (HRWA)\n${PROSE}\n${about}`).title).toBe(
      'Field Internship: Finance, Audit',
    );
    expect(
      headline(
        `Job Title: Intern, Office of the Chief Economist (OCE)\n${PROSE}\nThe Office of the Chief Economist (OCE) advises. OCE staff mentor.`,
      ).title,
    ).toBe('Intern, Office of the Chief Economist (OCE)');
  });

  it('drops the company from the end of a title', () => {
    expect(
      headline(`Data Science Intern - Quill Analytics\nQuill Analytics · London, United Kingdom\n${PROSE}`).title,
    ).toBe('Data Science Intern');
  });

  it('skips navigation and page furniture when looking for the title', () => {
    expect(
      headline(
        `Skip to main content\nCareers at Saffron Ledger\nHome   About   Careers   Blog\nBackend Engineering Intern\n${PROSE}`,
      ).title,
    ).toBe('Backend Engineering Intern');
  });

  it.each([
    'FAQs',
    'Program Details',
    'Program Announcement',
    'Research Stipend',
    'Eligibility',
    'Duration of internship',
    'Nature of the Work',
    'Background Image',
    'ATL Botanical Gardens photo',
    'Apply to REU',
    'Applying for an internship',
    'Step 3: Intern Recruiting Week',
    'Website Lyft',
    'Engineering · Architecture · Planning · GIS',
    'for a variety of Data Science interns',
    'U.S. Dept. of Labor in Philadelphia',
    'We are hiring for a variety of Data Science interns, focusing on:',
    'Paid Summer Internships',
    'Open Positions',
  ])('takes no title from the section heading, caption or chrome line %j', (line) => {
    expect(headline(`${line}\n${PROSE}`).title).toBeNull();
  });

  it('takes neither a title nor an employer from a rupee amount glued to its sign ("Rs60,000")', () => {
    // A news headline carrying the amount is no title; "programme with Rs40,000" names no host.
    expect(headline(`Punjab CM Internship Program stipend increased to Rs60,000\n${PROSE}`).title).toBeNull();
    const page =
      'Govt announces paid internships for engineers\n\nAn Rs40,000 monthly stipend will be paid to them\nThe plan was approved.\n\n' +
      'ISLAMABAD: The federal government has decided to launch an internship programme with Rs40,000 monthly stipend for engineers across the country.';
    expect(headline(page).company).toBeNull();
  });

  it.each(['Graduate Jobs / Jobs', 'Business / Personal Finance', 'Students > Data and Analytics'])(
    "takes no title from a site's path of sections %j",
    (line) => {
      expect(headline(`${line}\n${PROSE}`).title).toBeNull();
    },
  );

  it('takes the last crumb of a breadcrumb written a separator a line, not the section before it', () => {
    const page = 'Home\n/\nData and Analytics\n/\nSummer Intern - Operations Services, Data Analytics\nJersey City\n';
    expect(headline(page + PROSE).title).toBe('Summer Intern - Operations Services, Data Analytics');
    // A role joined to another by a slash is still the title.
    expect(headline(`Research / Teaching Assistant\n${PROSE}`).title).toBe('Research / Teaching Assistant');
  });

  it.each([
    ['Closed - 2022 Summer Internship Program', '2022 Summer Internship Program', null],
    [
      'Garden Summer High School Internship- Application Due March 27, 2022.',
      'Garden Summer High School Internship',
      null,
    ],
    [
      'Data Science Intern, Algorithms Job Opening In New York – Now Hiring Lyft',
      'Data Science Intern, Algorithms',
      'Lyft',
    ],
    ['Civil Engineering Intern Job at Harbor Works, Boston, MA', 'Civil Engineering Intern', 'Harbor Works'],
    ['European Organization for Nuclear Research (CERN): Summer Student Programme', 'Summer Student Programme', 'CERN'],
    ['Call for Applications: The Harbour Global Internship Project', 'The Harbour Global Internship Project', null],
  ])('takes the title out of the wrapper in %j', (line, title, company) => {
    expect(headline(`${line}\n${PROSE}`)).toEqual({ title, company });
  });

  it('takes no title from a board\'s heading over its list of jobs at a site ("X Jobs at Y")', () => {
    expect(headline(`Lisbon Design Internship Jobs at GradBoard\n${PROSE}`).title).toBeNull();
  });

  it('reads labels in table rows', () => {
    expect(headline(`Software Engineer Intern\nCompany | Snowflake |\n---|---|\n${PROSE}`).company).toBe('Snowflake');
    expect(
      headline(
        `${PROSE}\n| Details | Information |\n| 🏢 Company Name | Microsoft |\n| 📌 Job Role | Software Engineering Intern |`,
      ),
    ).toEqual({ title: 'Software Engineering Intern', company: 'Microsoft' });
  });

  it('does not take a term or a degree before the place for a company', () => {
    expect(headline(`Systems Engineer Intern\n\nMasters, Summer 2026, Mountain View, CA\n${PROSE}`).company).toBeNull();
  });

  it.each([
    ['The U.S. Department of Labor is currently seeking students for our fall internship.', 'U.S. Department of Labor'],
    ['The Harbor City Council’s Data Team is seeking a Data Science Intern.', 'Harbor City Council'],
    ['Quillon Acre Fund is looking to place a cohort of paid interns and fellows in 2027.', 'Quillon Acre Fund'],
    ['As an intern at Quillon, you ship code. Quillon builds tools.', 'Quillon'],
    ['Why Intern with Harbor County? Harbor County serves 300,000 residents.', 'Harbor County'],
    // An internship at the employer, in the other languages read.
    [
      'Das Praktikum beim Quillon-Institut Norwegen ist bezahlt. Das Quillon-Institut Norwegen liegt zentral.',
      'Quillon-Institut Norwegen',
    ],
    ['Un stage chez Quillon Motors dure six mois. Quillon Motors paie ses stagiaires.', 'Quillon Motors'],
    [
      'Programa de Estágio 2027 do Quillon: as inscrições estão abertas. Os estagiários do Quillon recebem bolsa.',
      'Quillon',
    ],
    // Before "im", a German noun is a field, not an employer.
    ['Ein Praktikum im Bereich Marketing. Im Bereich Marketing lernst du viel.', null],
    // A heading over several programmes there: "Internship Programs at Tesla".
    ['Internship Programs at Quillon Motors. Life at Quillon Motors is fast.', 'Quillon Motors'],
    ['Thank you for your interest in the Intern Program at the Bay Academy of Sciences. CiS is a program.', null],
    ['CERN, the European Organization for Nuclear Research, is one of the largest labs.', 'CERN'],
    // A person described by a job is quoted, not hiring.
    ['Maria Okonkwo, the College’s director of career services, said the program is new.', null],
    // A clause with its verb after the comma is no long form of the name before it.
    [
      'Run by the Energy Office. Harbor Department of Commerce, the Green Internships are focused on energy use, pays the interns.',
      null,
    ],
    ['At LinkedIn our approach to flexible work is centered on trust.', 'LinkedIn'],
    ['With summer near, Harbor Memorial Library has the perfect opportunity for students.', 'Harbor Memorial Library'],
    ['The 2026 QRTG Internship Program begins on June 1st. QRTG interns are paid.', 'QRTG'],
    ['The 2022 STEM Summer Internship Program is open.', null],
    // The page calls RISE itself a programme ("(RISE Program)"): its name, not its employer's initials.
    ['Data Analyst Intern (RISE Program). The RISE Internship Program runs 12 weeks.', null],
    ['The QRTG Virtual Internship Program runs online. Interns work on QRTG program issues.', 'QRTG'],
    ['Civic Progress’ summer 2023 internship program runs ten weeks. Civic Progress pays interns.', 'Civic Progress'],
    ["Applicants attend the AJGA's Intern Recruiting Week and the AJGA’s events.", 'AJGA'],
    ['The Garden’s Summer Internship is seven weeks; our Garden staff and the Garden teach.', null],
    // Where the interns work, when the page names it again.
    ['Interns will work at Harbor Weekly. Harbor Weekly pays $15 an hour.', 'Harbor Weekly'],
    ['Spend a summer working at the QRL side-by-side with its scientists. The QRL pays housing.', 'QRL'],
    ['Interns may not take leave during their time at QIST. Apply to QIST by May.', 'QIST'],
    ['Before joining us, Dana spent time at Quillon Labs in Oslo.', null],
    ['Interns get a chance to work at U.S. embassies abroad. U.S. embassies host interns.', null],
  ])('reads the company from the prose %j', (prose, company) => {
    expect(headline(`${PROSE}\n${prose}`).company).toBe(company);
  });

  it.each([
    [
      ' date 2023-01-15 Harbor County Museum of Fine Arts is accepting applications for its college internship.',
      'Harbor County Museum of Fine Arts',
    ],
    [
      'FAIRHOPE, AL — The Weeks Bay Trust is currently accepting applications for two summer interns.',
      'Weeks Bay Trust',
    ],
    [
      'MARLOW, S.C. (WXYZ)- Marlow County Government is now accepting applications for interns.',
      'Marlow County Government',
    ],
    ['Dubai: Harbor Airports has launched a new programme to recruit graduates.', 'Harbor Airports'],
    [
      'New Delhi, Apr 21 (PTI) The University of Harbor has opened applications for the Summer Internship.',
      'University of Harbor',
    ],
    // A dash inside a word starts no name: "Jean-Quillon", not "Quillon".
    ['Jean-Quillon is seeking interns for the summer.', 'Jean-Quillon'],
  ])('reads the company from a news item’s first sentence after its dateline %j', (prose, company) => {
    expect(headline(`${PROSE}\n${prose}`).company).toBe(company);
  });

  it.each([
    ['Harbor University invites applications for the vice chancellor internship program.', 'Harbor University'],
    [
      'The Quillon Institute of Medical Research invites applications for Summer Vacation Scholarships.',
      'Quillon Institute of Medical Research',
    ],
    ['The Ministry of Harbor Affairs offers internships during the summer period.', 'Ministry of Harbor Affairs'],
    ['Quillon Public Media is now taking applications for news internships.', 'Quillon Public Media'],
    ['QuillonLocal is on the lookout for journalists and food writers.', 'QuillonLocal'],
    ['The City of Harbor is excited to announce the 2024 Summer Internship Program.', 'City of Harbor'],
    [
      'Harbor Regional Library System has an opening for a part-time archival intern.',
      'Harbor Regional Library System',
    ],
    ['Quillon plans to hire interns to expand tech skills.', 'Quillon'],
    ['MARLOW, Tenn. — Marlow County plans to offer internships to 200 youth this summer.', 'Marlow County'],
    // "has opened" alone, with no call to apply after it, says nothing about hiring.
    ['The Harbor Library has opened late on Fridays since May.', null],
  ])('reads the company from an employer’s call for applications %j', (prose, company) => {
    expect(headline(`${PROSE}\n${prose}`).company).toBe(company);
  });

  it('reads the programme’s own name under a generic "Internship Programme" heading', () => {
    expect(headline(`Internship Programme\n\nSummer Research Internship Programme\n${PROSE}`).title).toBe(
      'Summer Research Internship Programme',
    );
    expect(
      headline(
        `Internship Programme\nLast Date 31 Oct 2027\n Visiting Students Internship Programme in Quillon Institute\n${PROSE}`,
      ).title,
    ).toBe('Visiting Students Internship Programme');
    // A line that does not name the programme, or a heading that is not generic, stays as it was.
    expect(headline(`Internship Programme\nApplications close 31 October\n${PROSE}`).title).toBe(
      'Internship Programme',
    );
    expect(headline(`Data Internship Programme\nWinter Data Internship Programme\n${PROSE}`).title).toBe(
      'Data Internship Programme',
    );
  });

  it.each([
    'Internship program for students available in Quillon City',
    'Research traineeship for graduates available at Harbor Council',
    'Quillon 2027 summer internship programme launch',
  ])('takes no title from a news headline saying a scheme is on offer or has begun %j', (line) => {
    expect(headline(`${line}\n${PROSE}`).title).toBeNull();
  });

  it('keeps a role whose name has "available" or "launch" in another sense', () => {
    expect(headline(`Product Launch Intern\n${PROSE}`).title).toBe('Product Launch Intern');
    expect(headline(`Availability Analyst Intern\n${PROSE}`).title).toBe('Availability Analyst Intern');
  });

  it('reads the employer from "About the organization:" and its paragraph on one line', () => {
    expect(
      headline(`${PROSE}\nAbout the organization: Quillon Desert Partnership is a non-profit organization in Oregon.`)
        .company,
    ).toBe('Quillon Desert Partnership');
    expect(headline(`${PROSE}\nAbout us: We are a small team of mappers.`).company).toBeNull();
  });

  it.each([
    'Horticulture Intern Posted Feb 15',
    'Horticulture Intern Posted on 3 March 2027',
    'Horticulture Intern Posted 2 days ago',
  ])('drops the listing date a board card puts after the role: %j', (line) => {
    expect(headline(`${line}\n${PROSE}`).title).toBe('Horticulture Intern');
  });

  it('takes no title from a line carrying a web address', () => {
    const archived =
      'The Wayback Machine - https://web.archive.org/all/20021203222001/http://www.quillon.example:80/interns.html';
    expect(headline(`${archived}\n${PROSE}`).title).toBeNull();
    expect(headline(`${archived}\nData Analyst Intern\n${PROSE}`).title).toBe('Data Analyst Intern');
    expect(headline(`Data Analyst Intern – apply at https://quillon.example/jobs\n${PROSE}`).title).toBeNull();
  });

  it.each([
    ['Quillon Hiking Club is on the search for up to 12 trail interns for the 2027 season.', 'Quillon Hiking Club'],
    ['Harbor Records is searching for a summer archive intern.', 'Harbor Records'],
    ['Every year, Quillon takes on a small number of summer interns to work on research.', 'Quillon'],
    // "the" after an opening phrase is the article of a sentence's start.
    [
      'In four cycles per year, the Quillon Foundation offers three-month internships in Hamburg.',
      'Quillon Foundation',
    ],
    ['The Harbor Courier will interview for six reporting internships on the city desk.', 'Harbor Courier'],
    ['The Quillon Secretariat offers around 100 paid traineeships a year.', 'Quillon Secretariat'],
    ['Harbor Land Trust has announced it will offer two paid summer internships.', 'Harbor Land Trust'],
    [
      'The Quillon County Water Board has announced that it will hire four student interns.',
      'Quillon County Water Board',
    ],
    // An internship offered or hosted a few words after the verb, an opening with any adjective.
    ['Quillon Tenants Union offers both unpaid and paid internships each term.', 'Quillon Tenants Union'],
    ['Harbor Data Lab has allocated twelve internship positions for the summer.', 'Harbor Data Lab'],
    ['The Quillon Institute will host an online Visiting Student Research Programme in 2027.', 'Quillon Institute'],
    ['Harbor Progress has an immediate opening for a virtual policy intern.', 'Harbor Progress'],
    // Welcoming the applicants is inviting them.
    ['QDA welcomes undergraduate/graduate students to apply for its biannual internship program.', 'QDA'],
    ['Harbor Records welcomes applications from students for its summer internship.', 'Harbor Records'],
    // The same verbs said of someone else's work, or of no intern, name no employer.
    ['Harbor Records takes on new artists every spring.', null],
    ['Quillon offers around the clock support to customers.', null],
    ['Quillon provides free legal advice to tenants.', null],
    ['Quillon welcomes visitors to the gallery every weekend.', null],
    ['Quillon welcomes students from all over the world.', null],
  ])('reads the company from more of an employer’s hiring verbs %j', (prose, company) => {
    expect(headline(`${PROSE}\n${prose}`).company).toBe(company);
  });

  it('reads a long government name, capitalised words and the small words between them', () => {
    expect(
      headline(
        `${PROSE}\nThe Department of Co-operative Governance and Traditional Affairs is offering the Internship Programme.`,
      ).company,
    ).toBe('Department of Co-operative Governance and Traditional Affairs');
  });

  it('reads "ECB - European Central Bank" as the initials the page then uses', () => {
    const card =
      'Traineeship in data science\n\n  • Organization: ECB - European Central Bank\n  • Location: Frankfurt\n';
    expect(headline(`${card}${PROSE}\nThe ECB is an inclusive employer.`).company).toBe('ECB');
    // Not initials of the name, or never used again: the label's value as written.
    expect(headline(`${card.replace('ECB -', 'EBC -')}${PROSE}\nThe EBC hires.`).company).toBe(
      'EBC - European Central Bank',
    );
    expect(headline(`${card}${PROSE}`).company).toBe('ECB - European Central Bank');
  });

  it('reads the organisation opening the title where the prose names it the employer too', () => {
    expect(
      headline(`NIH Summer Internship Program in Biomedical Research\n${PROSE}\nThe NIH is seeking students.`),
    ).toEqual({
      title: 'NIH Summer Internship Program in Biomedical Research',
      company: 'NIH',
    });
    // A funder's awards, held elsewhere: its name alone in a sentence does not make it the employer.
    expect(
      headline(`NSERC Undergraduate Student Research Awards\n${PROSE}\nStudents apply through NSERC.`).company,
    ).toBeNull();
    expect(headline(`Digital Design Intern\n${PROSE}\nDigital Design Interns ship features.`).company).toBeNull();
    expect(headline(`STEM Summer Lab Internship\n${PROSE}\nStudents in STEM fields apply.`).company).toBeNull();
  });

  it('does not take a past placement named once for the company', () => {
    expect(
      headline(`${PROSE}\nLast year Dana was an intern at the National Aquarium in Baltimore.`).company,
    ).toBeNull();
  });

  it('names the company by the short name the page uses after giving it in full', () => {
    expect(
      headline(`${PROSE}\nStudents work as interns at the National Institutes of Health (NIH) in labs. NIH pays.`)
        .company,
    ).toBe('NIH');
  });

  it('reads a title labelled in French, and a German Praktikum heading', () => {
    expect(headline(`PNUD recrute au Sénégal\nTitre du poste : Stagiaire – Communication\n${PROSE}`).title).toBe(
      'Stagiaire – Communication',
    );
    expect(headline(`Sommerpraktikum 2026 – BALDER-Projekt\n\n${PROSE}`).title).toBe(
      'Sommerpraktikum 2026 – BALDER-Projekt',
    );
  });

  it('passes over an organisation’s name, a campus and a lone field word for the title', () => {
    expect(
      headline(
        `Herman B Wells Center for Pediatric Research\n\nPediatric Research Summer Student Internship Program\n\n${PROSE}`,
      ).title,
    ).toBe('Pediatric Research Summer Student Internship Program');
    expect(headline(`Graduate Research Centre, City West campus\n\n${PROSE}`).title).toBeNull();
    expect(headline(`A*STAR GRADUATE ACADEMY\n\nRESEARCH\n\n${PROSE}`).title).toBeNull();
  });

  it("reads a programme named as scholarships for the title, not a site's menu of other listings", () => {
    expect(headline(`Harbour Biomedical Vacation Scholarships\n${PROSE}`).title).toBe(
      'Harbour Biomedical Vacation Scholarships',
    );
    expect(
      headline(`Recent Scholarships\n\nMore Master Programs\n\nHarbour Research Traineeship\n${PROSE}`).title,
    ).toBe('Harbour Research Traineeship');
  });

  it('does not take a section heading about the programme for its title', () => {
    expect(headline(`Fellowship Objectives\n- learn field methods;\n- write a report.\n${PROSE}`).title).toBeNull();
    expect(headline(`Intern Expectations\nInterns arrive on time.\n${PROSE}`).title).toBeNull();
  });

  it('does not take a long line in capitals for the title, but takes a short one', () => {
    expect(
      headline(`LAKESHORE ARTS FOUNDATION OPENS APPLICATIONS FOR ITS 2027 SUMMER INTERNSHIP PROGRAM\n\n${PROSE}`).title,
    ).toBeNull();
    expect(headline(`GIS MAPPING INTERN\n\n${PROSE}`).title).toBe('GIS MAPPING INTERN');
  });

  it('reads the employer from another header line naming the same role at it', () => {
    expect(
      headline(
        `Summer Programmer\n\nJob Posting: Summer Programmer at Quillon Park Museum\n\nSummer Student Position\n${PROSE}`,
      ),
    ).toEqual({ title: 'Summer Programmer', company: 'Quillon Park Museum' });
    // Another role at another employer (a related listing) says nothing of this one's.
    expect(
      headline(
        `Summer Programmer\n\nJob Posting: Data Analyst at Quillon Park Museum\n\nSummer Student Position\n${PROSE}`,
      ).company,
    ).toBeNull();
  });

  it('reads the employer from the text of the page’s own logo, where the page names it again', () => {
    expect(
      headline(
        `Harbor Department of Parks (logo)\nStudent Internships\n${PROSE}\nAt the Harbor Department of Parks, interns lead tours.`,
      ).company,
    ).toBe('Harbor Department of Parks');
    expect(headline(`Quillon Logo\nData Intern\n${PROSE}\nJoin Quillon this summer.`).company).toBe('Quillon');
    // Named nowhere else, or a generic logo: no employer.
    expect(headline(`Quillon Logo\nData Intern\n${PROSE}`).company).toBeNull();
    expect(headline(`Company logo\nData Intern\n${PROSE}`).company).toBeNull();
  });

  it('takes no employer from a body the news only quotes', () => {
    const news = `${PROSE}\nThe Public Service Commission (PSC) in a circular says interns in government bodies will earn more. The PSC has previously said that a stipend helps. "Funds will be available," the PSC said.`;
    expect(headline(news).company).toBeNull();
    // A body that also does something on the page stays its host.
    const host = `${PROSE}\nThe Capital Development Authority (CDA) announced a paid internship. The CDA said it wants graduates. The CDA will pay interns monthly.`;
    expect(headline(host).company).toBe('CDA');
  });

  it('takes the organisation whose initials the page defines and then uses most', () => {
    const text = `Summer placement\nThe Paul Scherrer Institute (PSI) is a research centre. Students join a group (CMT). PSI has a guesthouse; PSI students stay there.`;
    expect(headline(text).company).toBe('PSI');
    expect(headline('Stage\nLe Reserve bank of India (RBI) recrute. RBI paie. RBI forme.').company).toBe('RBI');
  });

  it('reads "<role> at <employer>" on a header line, and "<employer> offers a ..." in prose', () => {
    expect(
      headline(
        `Graduate Internship Programme at City of Cape Town for unemployed graduates (Sports Science, GIS)\n\n${PROSE}`,
      ),
    ).toEqual({ title: 'Graduate Internship Programme', company: 'City of Cape Town' });
    expect(headline(`${PROSE}\nThe Library of Parliament offers a paid internship program to graduates.`).company).toBe(
      'Library of Parliament',
    );
  });

  it('does not take a programme’s name for its host', () => {
    expect(
      headline(`${PROSE}\nThe Student Success Jobs Program (SSJP) offers paid jobs. SSJP students learn.`).company,
    ).toBeNull();
    expect(
      headline(
        `${PROSE}\nShe finished the Student Success Jobs Program (SSJP).\n\nSSJP offers paid summer internships.`,
      ).company,
    ).toBeNull();
  });

  it('does not take a department, a list or a line of metadata for the company, nor a dated line for the title', () => {
    expect(
      headline(`Marketing & Social Media Intern\nMarketing & Communications | Washington , DC | Internship\n${PROSE}`)
        .company,
    ).toBeNull();
    expect(
      headline(`Machine Learning Intern – PhD\nContent + Source + Freshness • 16 Dec 2025 • 95% confidence\n${PROSE}`),
    ).toEqual({ title: 'Machine Learning Intern – PhD', company: null });
    expect(
      headline(`Application opens November 20, 2024\nStudent deadline January 27, 2025\n${PROSE}`).title,
    ).toBeNull();
    expect(headline(`Paid Summer Internships, Institute for Policy Studies\n\n${PROSE}`).title).toBeNull();
  });

  it('does not take the initials of a programme, of one used only once more, or of a funder', () => {
    expect(headline(`${PROSE}\nThe Summer Internship Program (SIP) runs ten weeks. SIP pays.`).company).toBeNull();
    // A body's sentence naming its programme: the initials are the programme's.
    expect(
      headline(
        `${PROSE}\nThe Bank has an annual Vacation Internship Programme (VIP). The VIP is paid. The VIP runs in July.`,
      ).company,
    ).toBeNull();
    expect(headline(`${PROSE}\nThe Indian Institute of Astrophysics (IIA) welcomes students.`).company).toBeNull();
    // Defined and named once more: a body the page mentions, as often as the host.
    expect(
      headline(`${PROSE}\nPlaces are listed by the Harbour Works Agency (HWA) each spring. HWA forms are online.`)
        .company,
    ).toBeNull();
    expect(
      headline(`${PROSE}\nThe REU is funded by the National Aeronautics Agency (NAA). NAA rules apply.`).company,
    ).toBeNull();
    expect(
      headline(
        `${PROSE}\nThe Canadian Institutes of Health Research (CIHR) and the Research Council (SSHRC) began it. SSHRC and CIHR pay.`,
      ).company,
    ).toBeNull();
    // A second body beside it without initials: two calls, no one host.
    expect(
      headline(
        `${PROSE}\nThe Harbor Service Commission (HSC) and the Ministry of Transport have posted 900 places. HSC rules apply.`,
      ).company,
    ).toBeNull();
  });

  it('takes the organisation whose initials open the name of the unit the page defines', () => {
    expect(
      headline(`${PROSE}\nThe WHRO Northern Field Office (NFO) runs it. NFO staff meet at WHRO headquarters. NFO pays.`)
        .company,
    ).toBe('WHRO');
    // In a name written in capitals, the first word is no organisation's initials.
    expect(
      headline(
        `NORTH COAST YOUTH POLICY INSTITUTE (NCYPI) FELLOWSHIP\nNORTH COAST YOUTH POLICY INSTITUTE (NCYPI) FELLOWSHIP\n${PROSE}\nNCYPI trains fellows. NCYPI pays them.`,
      ).company,
    ).toBe('NCYPI');
    // Initials of a country are no organisation: the unit stays.
    expect(
      headline(`${PROSE}\nThe UK Office for Rail Statistics (ORS) runs it. ORS staff meet in the UK. ORS pays.`)
        .company,
    ).toBe('ORS');
  });

  it('does not take the initials of a partner or of the body that pays the stipend', () => {
    expect(
      headline(
        `${PROSE}\nHarbourGen, in partnership with the Northern Institute for Marine Study (NIMS), runs it. NIMS hosts a talk.`,
      ).company,
    ).toBeNull();
    expect(
      headline(
        `${PROSE}\nInterns are paid their allowance by the National Skills Authority (NSA). If the NSA is late, we pay.`,
      ).company,
    ).toBeNull();
  });

  it("reads a programme named as the subject of the page's opening sentence when no line gives a title", () => {
    const opening = `The Summer Internship Program (SIP) provides experience in research. ${PROSE}`;
    expect(headline(`Overview\n${opening}`).title).toBe('Summer Internship Program (SIP)');
    // A heading the subject's name opens with is the programme's name as the page writes it.
    expect(
      headline(`Harbour Scholars\n\nThe Harbour Scholars Program enables students to do research. ${PROSE}`).title,
    ).toBe('Harbour Scholars');
    // Any verb saying what the programme does.
    expect(
      headline(`Overview\nThe Harbour Data Internship Program combines paid work with mentoring. ${PROSE}`).title,
    ).toBe('Harbour Data Internship Program');
    expect(headline(`Overview\n${PROSE}\nThe Summer Internship Program (SIP) provides experience.`).title).toBeNull();
    expect(headline(`Our Summer Internship Program is great. ${PROSE}`).title).toBeNull();
    // "The Library’s Internship Program": a common noun's programme, no name.
    expect(headline(`Overview\nThe Library’s Internship Program offers students paid work. ${PROSE}`).title).toBeNull();
    expect(headline(`Overview\nThe Mayor’s Internship Program offers students paid work. ${PROSE}`).title).toBe(
      'Mayor’s Internship Program',
    );
  });

  it("reads a scheme named as the subject of the page's opening sentence, and its initials' employer", () => {
    expect(
      headline(
        `Overview #\nThe KIPA Harbour Internship Scheme offers places to students. ${PROSE} Interns join divisions of KIPA Harbour and get a certificate from KIPA Harbour.`,
      ),
    ).toEqual({ title: 'KIPA Harbour Internship Scheme', company: 'KIPA Harbour' });
    // A scheme deep in the prose names no title.
    expect(headline(`Overview #\n${PROSE}\nThe Harbour Internship Scheme offers places.`).title).toBeNull();
  });

  it("reads a role named as the subject of the page's opening sentence when no line gives a title", () => {
    expect(
      headline(
        `WHAT YOU’LL BE DOING\n\nThe Editorial Intern will support the daily operations of our newsroom. ${PROSE}`,
      ).title,
    ).toBe('Editorial Intern');
    expect(
      headline(`Overview\nThe Marketing & Communications Graphic Design Intern will contribute to campaigns. ${PROSE}`)
        .title,
    ).toBe('Marketing & Communications Graphic Design Intern');
    // Interns in general, or a role deep in the prose, name no title.
    expect(headline(`Overview\nEach Intern will support the team. ${PROSE}`).title).toBeNull();
    expect(headline(`Overview\n${PROSE}\nThe Editorial Intern will support the newsroom.`).title).toBeNull();
  });

  it('reads an employer introducing itself without the article that opens its sentence', () => {
    expect(
      headline(`${PROSE}\nThe Student Conservation Association is the largest provider of conservation programs.`)
        .company,
    ).toBe('Student Conservation Association');
    expect(headline(`${PROSE}\nThe Harbor Bank is a community bank in Ohio.`).company).toBe('Harbor Bank');
    // Without the article, a sentence about students names no employer.
    expect(headline(`${PROSE}\nStudent Conservation Crews is a program for teens.`).company).toBeNull();
  });

  it('reads an employer introducing itself with a list of adjectives, or hiring "currently is"', () => {
    expect(
      headline(`${PROSE}\nThe Harbour Peace Center is a multi-issue, grassroots, volunteer-run organization.`).company,
    ).toBe('Harbour Peace Center');
    expect(
      headline(`${PROSE}\nQuillon County Community Foundation currently is hiring interns for the summer.`).company,
    ).toBe('Quillon County Community Foundation');
  });

  it('reads an employer introducing itself, not a sentence before it', () => {
    expect(
      headline(
        'People & Operations Intern\nMadrid,\nSpain\nABOUT US\nBridge for Billions is a global social enterprise on a mission to build inclusive economies. We care for People every day.',
      ),
    ).toEqual({ title: 'People & Operations Intern', company: 'Bridge for Billions' });
    expect(
      headline(`Summer Research FAQ\nYes. SPSP is an international organization that welcomes applicants.\n${PROSE}`)
        .company,
    ).toBe('SPSP');
  });

  it('does not take when a job was posted for its company', () => {
    expect(
      headline(
        `Sophomore Internship – Summer 2026\n\nYesterday London, United Kingdom\n\nOur Yesterday team ships. ${PROSE}`,
      ),
    ).toEqual({ title: 'Sophomore Internship – Summer 2026', company: null });
  });

  it('reads a title under a label on the line above, when it names a role', () => {
    const form = (value: string) =>
      `Job Details\n\nThe City is an EEO/AA Employer. Applications are taken online, by mail or in person at Human Resources.\nTitle\n${value}\nDepartment/Division\nCultural Development`;
    expect(headline(form('EVENT AND MARKETING INTERN')).title).toBe('EVENT AND MARKETING INTERN');
    expect(headline(form('Cultural Development')).title).toBeNull();
    // A job card's "Role" field does not outrank the page's own heading.
    expect(
      headline(
        `Snowflake\n\nSoftware Engineer Intern (Toronto) - Summer 2026\n\nLocation\n\nToronto\n\nRole\n\nSoftware Engineer Intern\n${PROSE}`,
      ).title,
    ).toBe('Software Engineer Intern (Toronto) - Summer 2026');
  });

  it('reads an employer a board names by its web address, or by "Company, City" with the city left out', () => {
    expect(
      headline(
        `Strategy Project Intern\nTikTok.com\nOffice\nStockholm, Sweden\nInternship\nEnabling TikTok's business. ${PROSE}`,
      ),
    ).toEqual({ title: 'Strategy Project Intern', company: 'TikTok' });
    expect(
      headline(`Product Manager Summer Intern 2026\nMicrosoft,\nDuration\n- Summer Internship\n${PROSE}`).company,
    ).toBe('Microsoft');
  });

  it('reads an employer that calls itself an EEO employer', () => {
    expect(
      headline(
        `Job Details\n\nThe City of Worcester is an EEO/AA Employer. Preference is given to residents.\n${PROSE}`,
      ).company,
    ).toBe('City of Worcester');
  });

  it('reads the employer a page asks the reader to join, when the page names it again', () => {
    expect(
      headline(
        `Next Gen Creatives\n\nJoin the Museum of London for a two-week paid work experience placement!\n\nHow will the Museum of London support you?\n${PROSE}`,
      ).company,
    ).toBe('Museum of London');
    expect(headline(`Next Gen Creatives\n\nJoin Acme Robotics for a summer placement!\n${PROSE}`).company).toBeNull();
  });

  it('reads the whole name where the page mostly writes a word after the one it found', () => {
    const about =
      'Harbor State Development is the chief economic development agency of the state. Interns at Harbor State Development work with its regional offices, and Harbor State Development pays them.';
    expect(headline(`Marketing Intern\nCompany: Harbor State\n${about}\n${PROSE}`).company).toBe(
      'Harbor State Development',
    );
    // Written alone as often as with the word, the name is whole.
    const alone =
      'Harbor State Development is the chief economic development agency of the state. Harbor State pays its interns, and Harbor State hires them each spring.';
    expect(headline(`Marketing Intern\nCompany: Harbor State\n${alone}\n${PROSE}`).company).toBe('Harbor State');
    // A programme's words after the name are not part of it.
    const programme =
      'Harbor State Summer Internship students work in its offices. The Harbor State Internship is paid, and Harbor State Interns meet weekly.';
    expect(headline(`Marketing Intern\nCompany: Harbor State\n${programme}\n${PROSE}`).company).toBe('Harbor State');
  });

  it('drops a board’s place after the role, and the article before a programme’s name', () => {
    expect(headline(`Accounting Trainee Programme 2026 (Cash Officer) – Lagos, Nigeria\n${PROSE}`).title).toBe(
      'Accounting Trainee Programme 2026 (Cash Officer)',
    );
    expect(headline(`The Aurora Internship Program\n${PROSE}`).title).toBe('Aurora Internship Program');
    // Not a place: the title keeps its last part.
    expect(headline(`Data Intern – Growth Team\n${PROSE}`).title).toBe('Data Intern – Growth Team');
  });

  it('does not take a field of the job, or news of a call for applications, for the title', () => {
    expect(
      headline(
        `Collections Interns\nReporting to: Collections Audit Officer\nContract: Fixed Term - 6 Months\n${PROSE}`,
      ).title,
    ).toBeNull();
    expect(headline(`CALL FOR SUMMER INTERNSHIP STUDENT APPLICATIONS\n${PROSE}`).title).toBeNull();
    expect(headline(`Internship type: Full-time in the Summer term\n${PROSE}`).title).toBeNull();
    expect(headline(`Research Areas\n${PROSE}`).title).toBeNull();
    expect(
      headline(`Accepting Applications for 2018 Exploration Science Summer Intern Program\n${PROSE}`).title,
    ).toBeNull();
  });

  it('does not take a field of study opening the title for the employer', () => {
    const text = `Library Science Internship\n${PROSE}\nStudents considering a Master of Library Science degree.`;
    expect(headline(text).company).toBeNull();
  });

  it('reads a role with its employer after a comma, and drops a call to apply after a dash', () => {
    expect(
      headline(`Marjorie Deane Internship, The Financial Times\n${PROSE}\nThe Financial Times hires one intern.`),
    ).toEqual({
      title: 'Marjorie Deane Internship',
      company: 'The Financial Times',
    });
    expect(headline(`Municipal Internship Program – Apply to be an intern\n${PROSE}`).title).toBe(
      'Municipal Internship Program',
    );
  });

  it('reads a role in a field even when it ends like a document’s name', () => {
    expect(headline(`Traineeship in the Directorate General Monetary Policy\n${PROSE}`).title).toBe(
      'Traineeship in the Directorate General Monetary Policy',
    );
    expect(headline(`Internship Policy\n${PROSE}`).title).toBeNull();
  });

  it('finds nothing in a page without a header', () => {
    expect(headline('')).toEqual({ title: null, company: null });
  });

  it('takes no title from a field of the posting or a news headline with a verb', () => {
    expect(headline(`Internship Period: 2023.06.19 (Mon) ~ 2023.07.21 (Fri)\n${PROSE}`).title).toBeNull();
    expect(
      headline(`Application Method: Submit documents to the Internships Administrator\n${PROSE}`).title,
    ).toBeNull();
    expect(headline(`Media Internship Programme opens for entries\n${PROSE}`).title).toBeNull();
    expect(headline(`Cancer charity becomes one of the first to pay all interns\n${PROSE}`).title).toBeNull();
  });

  it('takes no title from a news headline that says what is to happen ("interns to get ...")', () => {
    expect(headline(`Harbour city interns to receive higher allowance this summer\n${PROSE}`).title).toBeNull();
    expect(headline(`Graduate placements to open in March with 300 roles\n${PROSE}`).title).toBeNull();
    // "to" before a name or an article names whom the role serves.
    expect(headline(`Assistant to the Director (Intern)\n${PROSE}`).title).toBe('Assistant to the Director (Intern)');
    expect(headline(`Intern to Chief Financial Officer\n${PROSE}`).title).toBe('Intern to Chief Financial Officer');
  });

  it('reads the name inside a page heading that introduces it', () => {
    expect(headline(`About\nIntroduction to the Harbor Summer Internship Program\n${PROSE}`).title).toBe(
      'Harbor Summer Internship Program',
    );
    expect(headline(`Welcome to the Coastal Research Internship Programme\n${PROSE}`).title).toBe(
      'Coastal Research Internship Programme',
    );
  });

  it('takes no title from a news headline that counts the people a scheme takes', () => {
    expect(
      headline(`Harbour Town Starts Paid Placements for 2,500 Graduates, Read Details\n${PROSE}`).title,
    ).toBeNull();
    expect(headline(`Coastal Province Internship Scheme for 300 Students\n${PROSE}`).title).toBeNull();
    // A number that counts no one stays in a role's name.
    expect(headline(`Tier 2 Support Intern\n${PROSE}`).title).toBe('Tier 2 Support Intern');
  });

  it('reads a job card: the company, its tags (hours, work mode), then the place', () => {
    expect(
      headline(`Data Analyst Intern\n\nNorthwind Traders\nFull-time\nHybrid\nAustin, Texas, United States\n\n${PROSE}`),
    ).toEqual({ title: 'Data Analyst Intern', company: 'Northwind Traders' });
    // "N.A." (a bank's or a region's legal form) keeps its full stop.
    expect(
      headline(
        `Data Analyst Intern\n\nHarbor Freightways N.A.\nInternship\nOn-site\nAustin, Texas, United States\n\n${PROSE}`,
      ).company,
    ).toBe('Harbor Freightways N.A.');
  });

  it('reads a job card whose place is written country first, or whose bulleted tags say where', () => {
    expect(
      headline(
        `Back to search results\nNew\n\nField Survey Intern\n\nBrightwater Ecological Consultants\nUnited States, Oregon, Bend\n12 Canyon Road\n\n${PROSE}`,
      ),
    ).toEqual({ title: 'Field Survey Intern', company: 'Brightwater Ecological Consultants' });
    expect(
      headline(
        `Coastal Climate Intern\n\nCoastal Towns Alliance\n\n  • Internship\n  • Remote\n  • $20 / Hour\n\n${PROSE}`,
      ),
    ).toEqual({ title: 'Coastal Climate Intern', company: 'Coastal Towns Alliance' });
    // Tags that say nothing of where leave the line under the title unread.
    expect(
      headline(`Coastal Climate Intern\n\nCoastal Towns Alliance\n\n  • Internship\n  • $20 / Hour\n\n${PROSE}`)
        .company,
    ).toBeNull();
  });

  it('takes no board badge ("Urgently hiring") for the employer, and reads the company above one', () => {
    expect(headline(`Customer Success Intern\nPromoted\nUrgently hiring\nAustin, TX\n${PROSE}`).company).toBeNull();
    expect(headline(`Customer Success Intern\nLantern Health\nPromoted\nEasy Apply\nAustin, TX\n${PROSE}`)).toEqual({
      title: 'Customer Success Intern',
      company: 'Lantern Health',
    });
  });

  it("takes no recruiter's job title on a card for the employer", () => {
    expect(
      headline(
        `Marketing Intern\nMeet the hiring team\nSarah Okafor\nTalent Acquisition Partner\nNew York, NY\n${PROSE}`,
      ).company,
    ).toBeNull();
  });

  it("takes no title from a news item's byline", () => {
    expect(
      headline(`Harbor Bank announces 50 paid summer internships\nBy Dana Whitfield, Staff Writer\n${PROSE}`).title,
    ).toBeNull();
  });

  it("takes no title from a site's menu of schemes and placements", () => {
    expect(
      headline(
        `Jobs\nInternships\nGraduate Schemes\nPlacements\nSoftware Engineering Internship\nHelix Systems\nManchester\n${PROSE}`,
      ).title,
    ).toBe('Software Engineering Internship');
  });

  it('reads "<role> at <employer>" on a header line for roles other than internships', () => {
    expect(headline(`Research Assistant at Cobalt Labs\nRemote\n${PROSE}`)).toEqual({
      title: 'Research Assistant',
      company: 'Cobalt Labs',
    });
    expect(headline(`Junior Data Analyst at Harwick Trust, Leeds\n${PROSE}`)).toEqual({
      title: 'Junior Data Analyst',
      company: 'Harwick Trust',
    });
  });

  it("reads the employer from a board's link to its other openings, never the board itself", () => {
    expect(
      headline(
        `Operations Intern\nChicago, IL\n${PROSE}\nMore jobs from Lakeshore Freight\nSimilar jobs\nSales Intern\nPrairie Insurance Group\nChicago, IL`,
      ).company,
    ).toBe('Lakeshore Freight');
    expect(
      headline(`Operations Intern\nChicago, IL\n${PROSE}\nSee all the jobs at Lakeshore Freight here:`).company,
    ).toBe('Lakeshore Freight');
    expect(headline(`Operations Intern\nChicago, IL\n${PROSE}\nMore jobs from Indeed`).company).toBeNull();
  });

  it('reads a rated name above the title as the employer, where the page does not name it again', () => {
    expect(headline(`Bluefin Analytics\n3.9 ★\nMarketing Intern\nDenver, CO\nEasy Apply\n${PROSE}`)).toEqual({
      title: 'Marketing Intern',
      company: 'Bluefin Analytics',
    });
  });

  it('reads the organisation a board says posted the job, not the writer of a blog post', () => {
    expect(
      headline(
        `Accounting Intern\nPosted by Harbor Credit Union on 12 March 2026\nPortland, ME\n${PROSE} Harbor Credit Union serves Maine.`,
      ),
    ).toEqual({ title: 'Accounting Intern', company: 'Harbor Credit Union' });
    expect(
      headline(`Planning Intern\nPosted on Feb. 3, 2026 by City of Fairview\n- Fairview, OH\n${PROSE}`).company,
    ).toBe('City of Fairview');
    expect(headline(`Planning Intern\nPosted by Dana Whitfield on 3 March 2026\n${PROSE}`).company).toBeNull();
  });

  it('reads an employer described in apposition ("X, Inc., a non-profit organization based in Y, is ...")', () => {
    expect(
      headline(
        `Sales Intern\n${PROSE}\nCedar Hollow Farms, Inc., a family-owned agricultural company based in Iowa, is seeking a sales intern.`,
      ).company,
    ).toBe('Cedar Hollow Farms, Inc.');
    expect(
      headline(`Program Intern\n${PROSE}\nLumen Works, a 501(c)(3) nonprofit in Ohio, runs reading clubs for children.`)
        .company,
    ).toBe('Lumen Works');
  });

  it("reads the company from a table of fields flattened into one line, up to the next field's label", () => {
    expect(
      headline(
        `Sales Intern\nJob Title: Sales Intern, Summer 2026 Company: Quayside Payments Location: Singapore Job Type: Internship Date Posted: May 2, 2026\n${PROSE}`,
      ).company,
    ).toBe('Quayside Payments');
  });

  it('reads "At X, interns ..." as "At X, we ..." is read', () => {
    expect(
      headline(`Hardware Engineering Internship\n${PROSE}\nAt Corvid Systems, interns ship real features.`).company,
    ).toBe('Corvid Systems');
  });

  it('reads an employer that "recrute" or "recherche" interns, or "has invited applications"', () => {
    expect(headline(`Kestrel Analytique recrute un(e) Stagiaire en Marketing – Lyon\n${PROSE}`).company).toBe(
      'Kestrel Analytique',
    );
    expect(headline(`Stage marketing\n${PROSE}\nMaison Verte recherche deux stagiaires pour son équipe.`).company).toBe(
      'Maison Verte',
    );
    expect(
      headline(`Summer Internship 2026\n${PROSE}\nThe Riverside Council has invited applications from students.`)
        .company,
    ).toBe('Riverside Council');
  });

  it('reads "The city of X is offering ..." as the City of X', () => {
    expect(
      headline(`Engineering Internships\n${PROSE}\nThe city of Marlow Falls is offering two paid internships.`).company,
    ).toBe('City of Marlow Falls');
  });

  it('reads the employer before a partner named between commas ("X, in partnership with Y, has announced")', () => {
    expect(
      headline(
        `Youth Internships 2026\n${PROSE}\nThe Harlow District Council, in partnership with Brightside Training, has announced 40 internships.`,
      ).company,
    ).toBe('Harlow District Council');
  });

  it.each([
    'Banking & Financial Services',
    'Information Technology',
    'Hospitality & Tourism',
    'Non-profit',
    'Entry level',
    'Work from home',
    '12 weeks',
    'Paid',
    'Confidential',
    'Applications Closed',
    'Job ID 45821',
  ])("takes no employer from a card's category, level or status line (%s) above the place", (line) => {
    expect(headline(`Finance Intern\n${line}\nSydney NSW\n${PROSE}`)).toEqual({
      title: 'Finance Intern',
      company: null,
    });
  });

  it.each(['Confidential', 'Not disclosed', 'N/A', 'Various host organisations', 'Our client, a leading bank'])(
    'takes no employer from a company field that hides or spreads it (%s)',
    (value) => {
      expect(headline(`Marketing Intern\nCompany: ${value}\nLocation: Chicago, IL\n${PROSE}`).company).toBeNull();
    },
  );

  it('reads the employer from the initials opening the title, where the prose spells them out', () => {
    const page = (prose: string) => headline(`QITH Research Internship Award\n${PROSE}\n${prose}`).company;
    expect(page('Projects are set by QIT Harbor Faculty members.')).toBe('QIT Harbor');
    expect(page('Projects are set by the Quillon Institute of Technology Harbor.')).toBeNull();
    // A funder is not the employer.
    expect(page('The award is funded by QIT Harbor Trust.')).toBeNull();
    // Words that spell the initials on their own are as often an event's name.
    expect(page('Winners are named at the Quillon Interns Talent Hour each May.')).toBeNull();
  });

  it('reads the employer from a host label ("Host Institution: Northfield College")', () => {
    expect(
      headline(`Summer Research Programme 2027\nHost Institution: Northfield College\nStipend: $3,000\n${PROSE}`)
        .company,
    ).toBe('Northfield College');
  });

  it('reads the employer from a bare host field in a list ("- Host: Brightwater Capital")', () => {
    expect(
      headline(`Programme at a Glance\n- Host: Brightwater Capital\n- Category: Internships\n${PROSE}`).company,
    ).toBe('Brightwater Capital');
  });

  it('takes no employer from a host label that names a kind of host in the plural', () => {
    expect(
      headline(
        `Summer Research Programme 2027\n  • Host Organisation: Partner museums, archives and galleries, etc.\n${PROSE}`,
      ).company,
    ).toBeNull();
  });

  it("drops the agency in parentheses after a labelled employer's name", () => {
    expect(
      headline(`Marketing Intern\nCompany: Acme Corp (via Randstad)\nLocation: Chicago, IL\n${PROSE}`).company,
    ).toBe('Acme Corp');
  });

  it('reads the role behind an advert\'s call ("Apply now:", "Job Opening:"), never the call as its employer', () => {
    expect(headline(`Apply now: Summer Analyst Intern\n${PROSE}`).title).toBe('Summer Analyst Intern');
    expect(headline(`Job Opening: Summer Analyst Intern\n${PROSE}`)).toEqual({
      title: 'Summer Analyst Intern',
      company: null,
    });
  });

  it.each([
    'Summer Analyst Intern | Harbor Bank | LinkedIn',
    'Summer Analyst Intern - Harbor Bank - Chicago, IL - Indeed.com',
    'Harbor Bank hiring Summer Analyst Intern in Chicago, IL | LinkedIn',
    'Summer Analyst Intern job in Chicago at Harbor Bank',
    'Summer Analyst Intern @ Harbor Bank',
  ])("reads the role and its employer from a page's title line: %s", (line) => {
    expect(headline(`${line}\n${PROSE}`)).toEqual({ title: 'Summer Analyst Intern', company: 'Harbor Bank' });
  });

  it('takes no employer from the part after a role when no site name shows the line is a page title', () => {
    expect(headline(`Data Intern | Core Engineering\n${PROSE}`).company).toBeNull();
  });

  it.each([
    'About the Company\nHarbor Bank provides banking services to families across the Midwest.',
    'Company Description\nFounded in 1920, Harbor Bank serves families across the Midwest.',
    'About the employer\nHarbor Bank\nWe provide banking services to families across the Midwest.',
    "Who we are\nHarbor Bank's branches serve families across the Midwest.",
  ])('reads the employer under a heading about it: %s', (section) => {
    expect(headline(`Data Intern\nChicago, IL\n${PROSE}\n${section}`).company).toBe('Harbor Bank');
  });

  it('takes no employer from a paragraph cut off after its first word', () => {
    expect(headline(`Data Intern\nChicago, IL\n${PROSE}\nAbout Company\nThye b`).company).toBeNull();
  });

  it('reads an organisation opening a sentence about its mission or values, not one praised mid-sentence', () => {
    expect(headline(`Data Intern\nChicago, IL\n${PROSE}\nHarbor Bank's mission is to serve families.`).company).toBe(
      'Harbor Bank',
    );
    expect(headline(`Data Intern\nChicago, IL\n${PROSE}\nThe report praised Harbor Bank's values.`).company).toBeNull();
  });

  it('reads the employer under a "Company" label on the line above, not a site menu under one', () => {
    expect(headline(`Marketing Intern\nCompany\nHarbor Bank\nLocation\nChicago, IL\n${PROSE}`).company).toBe(
      'Harbor Bank',
    );
    expect(headline(`Product\nCompany\nAbout\nBlog\nMarketing Intern\n${PROSE}`).company).toBeNull();
  });

  it("reads a job card's company across its category line to the place", () => {
    expect(headline(`Marketing Intern\nHarbor Bank\nNon-profit\nChicago, IL\n${PROSE}`).company).toBe('Harbor Bank');
  });

  it('reads the subject of "is offering" after a full stop, not the names the sentence before listed', () => {
    expect(
      headline(
        `Marketing Intern\n${PROSE}\nOur partners include Brightline, Oakmere and Tessel. Tessel is offering mentors.`,
      ).company,
    ).toBe('Tessel');
    expect(headline(`Marketing Intern\n${PROSE}\nSt. Agnes Hospital is seeking a marketing intern.`).company).toBe(
      'St. Agnes Hospital',
    );
  });

  it('takes no employer from an agency seeking an intern for its client', () => {
    expect(
      headline(
        `Marketing Intern\n${PROSE}\nRandstad is seeking a marketing intern for our client, a leading bank in Chicago.`,
      ).company,
    ).toBeNull();
  });

  it("takes no title from a careers office's name", () => {
    expect(headline(`LUMEN-Careers and Placement\nThe University of Eastmoor\n${PROSE}`).title).toBeNull();
    expect(headline(`Student Career Services\n${PROSE}`).title).toBeNull();
  });

  it.each([
    `InternList\nMarketing Intern\nChicago, IL\n${PROSE}\nInternList members get alerts for roles like this.`,
    `Marketing Intern\nChicago, IL\nJobboardly\n${PROSE}\nJobboardly helps students find roles.`,
    `Student Opportunities\nMarketing Intern\nChicago, IL\n${PROSE}\nStudent Opportunities are updated weekly.`,
  ])("takes no employer from a board's banner or section by the title, though the page names it again", (page) => {
    expect(headline(page)).toEqual({ title: 'Marketing Intern', company: null });
  });

  it('reads an employer whose name has accented letters, and one that "sucht", "vergibt" or "ofrece" places', () => {
    expect(headline(`Logistics Intern\n${PROSE}\nGrünwald Logistik is seeking a logistics intern.`).company).toBe(
      'Grünwald Logistik',
    );
    expect(
      headline(`Praktikum Marketing\n${PROSE}\nStadtwerke Nordhafen sucht zwei Praktikanten für den Sommer.`).company,
    ).toBe('Stadtwerke Nordhafen');
    expect(headline(`Prácticas\n${PROSE}\nFundación Árbol Verde ofrece dos prácticas remuneradas.`).company).toBe(
      'Fundación Árbol Verde',
    );
  });

  it('takes no employer from a line repeating the field a role in a field is in', () => {
    expect(
      headline(
        `Traineeship in the Directorate General Harbour Statistics\n\nHarbour Statistics\n4411\n\nYou will join Harbour Statistics. ${PROSE}`,
      ),
    ).toEqual({ title: 'Traineeship in the Directorate General Harbour Statistics', company: null });
  });

  it('takes no postcode for the company', () => {
    expect(
      headline(`Intern - Data Engineering\n1000, Amsterdam, North Holland, Netherlands\n${PROSE}`).company,
    ).toBeNull();
  });

  it('takes the employer before a dash, and no employer from a phrase or a field of study opening the title', () => {
    expect(headline(`Newton County — GIS Internship\n${PROSE} Newton County is hiring.`)).toEqual({
      title: 'GIS Internship',
      company: 'Newton County',
    });
    expect(headline(`Fording the Gap Internships\n${PROSE} Apply to our Fording the Gap scheme.`).company).toBeNull();
    expect(headline(`Graphic Design Intern\n${PROSE} Work in graphic design, Graphic Design.`).company).toBeNull();
  });

  it('reads a title under "Internship Title:", and drops "Details" after a programme’s name', () => {
    expect(headline(`Internship Number: 374\nInternship Title: Hydrology Support Intern\n${PROSE}`).title).toBe(
      'Hydrology Support Intern',
    );
    expect(headline(`Summer Scholars Program Details\n${PROSE}`).title).toBe('Summer Scholars Program');
    expect(headline(`INTERNSHIP DETAILS\n${PROSE}`).title).toBeNull();
  });

  it('reads a title under "Scholarship Title :" or "Programme Title:", as under "Job Title:"', () => {
    expect(
      headline(
        `Scholarship opportunity\nScholarship Title :Summer Physics Scholarship\nApplications close: 29/11/2027\n${PROSE}`,
      ).title,
    ).toBe('Summer Physics Scholarship');
    expect(headline(`Programme Title: Harbor Data Fellowship\n${PROSE}`).title).toBe('Harbor Data Fellowship');
  });

  it('reads a label written in Markdown bold without its stars ("**Job title:** Data Intern")', () => {
    expect(headline(`**Job title:** Software Engineer Intern\n**Role Summary:**\n${PROSE}`).title).toBe(
      'Software Engineer Intern',
    );
    expect(headline(`**Job title**: Data Intern\n${PROSE}`).title).toBe('Data Intern');
  });

  it('takes no title from a link’s call to act or a programme’s section', () => {
    expect(headline(`Explore national fellowship and internship opportunities\n${PROSE}`).title).toBeNull();
    expect(headline(`Explore America Summer Internships\n${PROSE}`).title).toBe('Explore America Summer Internships');
    expect(headline(`Program Structure\n${PROSE}`).title).toBeNull();
  });

  it('takes the employer, not its division, from an "Employer:" label', () => {
    expect(
      headline(`Employer: Maine Department of Environmental Protection, Division of Environmental Assessment\n${PROSE}`)
        .company,
    ).toBe('Maine Department of Environmental Protection');
  });

  it('takes the employer before a colon that opens the role', () => {
    expect(headline(`Garden Route District Municipality: Internship Programme\n${PROSE}`)).toEqual({
      title: 'Internship Programme',
      company: 'Garden Route District Municipality',
    });
  });

  it('drops a board’s " in City, Region" after the role', () => {
    expect(headline(`Mechanical Engineering Intern (STRIVE Program) in Knoxville, Tennessee\n${PROSE}`).title).toBe(
      'Mechanical Engineering Intern (STRIVE Program)',
    );
    expect(headline(`Traineeship in the Directorate General Statistics\n${PROSE}`).title).toBe(
      'Traineeship in the Directorate General Statistics',
    );
  });

  it('keeps a capital "The" the page writes mid-sentence as part of the employer’s name', () => {
    const text = `About the Journal\n${PROSE} For the seventh year in a row, The Journal is offering a paid fellowship.`;
    expect(headline(text).company).toBe('The Journal');
    // Or before the short name it then goes by ("near the park, The Harbour Lab is ...").
    const short = `${PROSE}\nThe Harbour Laboratory is an independent research institution. Near the park, The Harbour Lab hosts students.`;
    expect(headline(short).company).toBe('The Harbour Laboratory');
    expect(headline(`${PROSE}\nThe Harbour Laboratory is an independent research institution.`).company).toBe(
      'Harbour Laboratory',
    );
  });

  it('unwraps an employer before a hyphen, a job offer’s label, an "information" suffix and a headline after the employer', () => {
    expect(headline(`Ontario Hockey League - Business Operations Intern (Summer 2026)\n${PROSE}`)).toEqual({
      title: 'Business Operations Intern (Summer 2026)',
      company: 'Ontario Hockey League',
    });
    expect(headline(`OFFRE DE STAGE – Chargé de projet coopération\n${PROSE}`).title).toBe(
      'Chargé de projet coopération',
    );
    expect(headline(`Summer Research Scholarships - information for students\n${PROSE}`).title).toBe(
      'Summer Research Scholarships',
    );
    expect(
      headline(`Recruitment Intern at One Acre Fund: A Smart Opening for People Operations in Kenya\n${PROSE}`),
    ).toEqual({ title: 'Recruitment Intern', company: 'One Acre Fund' });
  });

  it('drops the employer’s possessive opening the title', () => {
    expect(
      headline(
        `TheatreWorks’ Professional Internship Program\n${PROSE} TheatreWorks offers internships in every department.`,
      ),
    ).toEqual({ title: 'Professional Internship Program', company: 'TheatreWorks' });
  });

  it('reads an employer introducing itself with its initials between its name and its verb', () => {
    expect(
      headline(`Policy Intern\nThe Harbour Valley Tenants Caucus (HVTC) is seeking a policy intern. HVTC meets weekly.`)
        .company,
    ).toBe('HVTC');
    expect(
      headline(`Policy Intern\n${PROSE}\nHarbour Valley Tenants Caucus (HVTC) is a nonprofit organisation in Leeds.`)
        .company,
    ).toBe('Harbour Valley Tenants Caucus');
  });

  it('reads an employer announcing its places or offering remote ones', () => {
    expect(headline(`${PROSE}\nThe Harwich Port Trust has announced 40 internship positions.`).company).toBe(
      'Harwich Port Trust',
    );
    expect(headline(`${PROSE}\nLantern Magazine offers remote internships in editing.`).company).toBe(
      'Lantern Magazine',
    );
    // "has announced that": news of something else.
    expect(headline(`${PROSE}\nMayor Ann Reed has announced that she will run again.`).company).toBeNull();
  });

  it('reads the employer running its own programme ("X will resume its summer internship program")', () => {
    expect(
      headline(`${PROSE}\nThe Port of Harwich will resume its summer internship program after a pause.`).company,
    ).toBe('Port of Harwich');
    expect(headline(`${PROSE}\nStudents love its summer internship program.`).company).toBeNull();
  });

  it('takes the city or county a department or a board of it hires for', () => {
    expect(
      headline(
        'Summary\nThis internship supports public works projects in El Paso County, Colorado.\nThe Department of Public Works Engineering Division is seeking a motivated Engineering Intern to join its team.',
      ).company,
    ).toBe('El Paso County');
    expect(
      headline(
        'Monroe County issued the following announcement on May 19.\nThe Monroe County Board of Commissioners is seeking an Intern for a Records Retention Administrator.',
      ).company,
    ).toBe('Monroe County');
    // "the city of Ashford's summer program": the town's name read out of the city's.
    expect(
      headline('Students may apply to the city of Ashford’s 2026 Summer Intern Program. Ashford’s program is paid.')
        .company,
    ).toBe('City of Ashford');
    // The town named alone as the subject stays as the page names it.
    expect(headline('Ashford is seeking two summer interns. The City of Ashford pays them.').company).toBe('Ashford');
    // A department named with its own state or city stays the employer.
    expect(
      headline('The Texas Parks and Wildlife Department is seeking a wildlife field intern in Trinity County.').company,
    ).toBe('Texas Parks and Wildlife Department');
  });

  it('takes no title from a headline announcing a call ("Senator Lewis Accepting Applications for ...")', () => {
    expect(
      headline(
        'Senator Lewis Accepting Applications for Summer 2021 State House Internships\nSenator Jason Lewis is looking for civic-minded individuals interested in a summer internship in his State House office.',
      ).title,
    ).toBeNull();
  });

  it('takes no country for the company: "Canada · On-site" under the employer says where', () => {
    expect(
      headline(
        `Skip to content\nmimi\n\nSoftware Engineer Intern (Toronto) - Summer 2026\n\nSnowflake\n\nCanada · On-site Full-time Entry Level $43 – $49/hr 1w ago\n\nAt Snowflake, we build a cloud data platform. ${PROSE}`,
      ).company,
    ).toBe('Snowflake');
  });

  it('takes no title from a headline opening with a verb or with one after the name', () => {
    expect(
      headline(
        'Department of Science and Innovation (DSI): Invites Unemployed Graduates to Apply for the Internships 2023\nClosing Date: 26 May 2023',
      ).title,
    ).toBeNull();
    expect(
      headline(
        'DBS Prolongs Internship Programme to Create New Generation of Digital Bankers\nDBS Bank is extending its programme for another year.',
      ).title,
    ).toBeNull();
    expect(headline(`Introducing The Next Generation Internship Programme by WACSI\n${PROSE}`).title).toBeNull();
  });
});

describe('a known city after "<role> at <employer>" is where the job is, not part of the name', () => {
  it.each([
    ['Software Engineer Internship at Stripe Bengaluru', 'Software Engineer Internship', 'Stripe'],
    ['Data Analyst Intern at Deutsche Bank Frankfurt', 'Data Analyst Intern', 'Deutsche Bank'],
    ['Marketing Internship at Acme Corp London (Hybrid)', 'Marketing Internship', 'Acme Corp'],
    ['Job Application for Product Intern at Shopify Toronto', 'Product Intern', 'Shopify'],
  ])('reads %j', (line, title, company) => {
    expect(headline(`${line}\n${PROSE}`)).toEqual({ title, company });
  });

  it.each([
    ['Research Intern at University of Chicago', 'University of Chicago'],
    ['Policy Intern at Transport for London', 'Transport for London'],
    ['Finance Intern at Bank of Montreal', 'Bank of Montreal'],
    ['Engineering Intern at Toronto Hydro', 'Toronto Hydro'],
    ['Actuarial Intern at New York Life', 'New York Life'],
  ])('keeps a city that is part of the name in %j', (line, company) => {
    expect(headline(`${line}\n${PROSE}`).company).toBe(company);
  });
});

describe('a board\'s heading line "<role> / <employer> / <place>"', () => {
  it.each([
    ['Data Analyst Intern / Acme Ltd / Location: London', 'Data Analyst Intern', 'Acme Ltd'],
    [
      'Software Engineering Intern | Northwind Traders | Seattle, WA',
      'Software Engineering Intern',
      'Northwind Traders',
    ],
    ['Marketing Intern – Bluebird Media – Manchester', 'Marketing Intern', 'Bluebird Media'],
    ['Research Intern / Quill Analytics / Remote', 'Research Intern', 'Quill Analytics'],
    ['UX/UI Design Intern / Paper Crane Studio / Berlin', 'UX/UI Design Intern', 'Paper Crane Studio'],
  ])('reads %j', (line, title, company) => {
    expect(headline(`${line}\n${PROSE}`)).toEqual({ title, company });
  });

  it.each([
    // No role before the first separator: the slash is inside the title.
    'Research / Analytics Intern / London',
    // Two parts only: what follows a role may be its team, its level or its pay.
    'Software Engineer Intern – Core Engineering',
    'Internship Programme | Future Accommodation Strategy',
    // The middle part is no employer's name.
    'Marketing Intern | Summer 2026 | London',
    'Data Intern / Marketing & Communications / London',
    'Engineering Intern – Full-time – Berlin',
    'Conservation Internship – Paid – Three positions',
    // The last part is no place.
    'Data Intern / Acme Ltd / Apply by Friday',
  ])('takes no employer from %j', (line) => {
    expect(headline(`${line}\n${PROSE}`).company).toBeNull();
  });
});

describe("an employer alone on the line under the title, above a label of the job's facts", () => {
  it.each([
    ['Data Analyst Intern\nAcme Ltd\n\nLocation: London', 'Acme Ltd'],
    ['Data Analyst Intern\nAcme Ltd\nLocation: London', 'Acme Ltd'],
    ['Software Engineering Intern\nNorthwind Traders\n\nLocation: Leeds, UK', 'Northwind Traders'],
    ['Marketing Intern\nBluebird Media GmbH\n\nArbeitsort: Berlin', 'Bluebird Media GmbH'],
    ['Research Intern\nQuill Analytics\n\nJob Location: Toronto, ON', 'Quill Analytics'],
    // Another of the job's facts under its label.
    ['Technology Summer Internship 2027\nBarclays\nSalary: £36,000 pro rata', 'Barclays'],
    ['Data Analyst Intern\nAcme Ltd\nClosing date: 31/01/2027', 'Acme Ltd'],
    ['Data Analyst Intern\nAcme Ltd\nDuration: 10 weeks', 'Acme Ltd'],
  ])('reads the employer in %j', (header, company) => {
    expect(headline(`${header}\n${PROSE}`)).toEqual({ title: header.split('\n')[0], company });
  });

  it.each([
    // A team, a department or a site is where the role sits, not who hires.
    'Data Analyst Intern\nMarketing Team\n\nLocation: London',
    'Data Analyst Intern\nCore Engineering Team\n\nLocation: London',
    'Data Analyst Intern\nFinance Department\n\nLocation: London',
    'Data Analyst Intern\nResearch and Development\n\nLocation: London',
    'Data Analyst Intern\nMain Campus\n\nLocation: London',
    'Data Analyst Intern\nHeadquarters Building\n\nLocation: London',
    // A date, a kind of job, a job site or a term.
    'Data Analyst Intern\n12 March\n\nLocation: London',
    'Data Analyst Intern\nPosted 3 days ago\n\nLocation: London',
    'Data Analyst Intern\nFull-time\n\nLocation: London',
    'Data Analyst Intern\nIndeed\n\nLocation: London',
    'Data Analyst Intern\nSummer 2027\n\nLocation: London',
    // The label names no place.
    'Data Analyst Intern\nAcme Analytics\n\nLocation: to be confirmed',
    // Not right under the title.
    'Data Analyst Intern\nAcme Analytics\nFull-time\nLocation: London',
    // Above another label: a team, a term, a tagline.
    'Data Analyst Intern\nMarketing Team\nSalary: £30,000',
    'Data Analyst Intern\nSummer 2027\nDuration: 10 weeks',
    'Data Analyst Intern\nMake design accessible to all\nSalary: £30,000',
  ])('takes no employer from %j', (header) => {
    expect(headline(`${header}\n${PROSE}`).company).toBeNull();
  });
});

describe("an organisation's name alone under the title, where the description starts", () => {
  it.each([
    ['Summer Undergraduate Research Fellowship (SURF) 2027', 'California Institute of Technology'],
    ['Summer Research Internship', 'University of Toronto'],
    ['Ocean Science Summer Fellowship', 'Woods Hole Oceanographic Institution'],
    ['Data Analyst Intern', 'Northwind Traders Ltd'],
    ['Marketing Intern', 'Bluebird Media GmbH'],
    ['Research Intern', 'Harry Perkins Institute of Medical Research'],
  ])('reads the employer under %j', (title, company) => {
    expect(headline(`${title}\n${company}\n\n${PROSE}`)).toEqual({ title, company });
  });

  it.each([
    // A unit of the employer, a section's heading, a caption or a tagline is no employer.
    'Department of Physics',
    'Division of Student Affairs',
    'Marketing Team',
    'Main Campus',
    'Introduction',
    'What to Expect',
    'Bookmark This',
    'City Scape',
    'Build the Future of Design',
    // A date, a term, a job site.
    'Posted 3 days ago',
    'Summer 2027',
    'Indeed',
  ])('takes no employer from %j', (line) => {
    expect(headline(`Data Analyst Intern\n${line}\n\n${PROSE}`).company).toBeNull();
  });

  it('takes no employer from a street address under an address label', () => {
    for (const street of ['1630 Hawthorn Ave', '42 Mill Street'])
      expect(headline(`Data Analyst Intern\nAddress:\n${street}\nSpringfield, IL\n\n${PROSE}`).company).toBeNull();
  });

  it('takes no employer from a name with more header lines after it', () => {
    expect(headline(`Data Analyst Intern\nNorthwind University\nFull-time\n\n${PROSE}`).company).toBeNull();
  });
});

describe('a unit and its organisation under the title', () => {
  it.each([
    ['Department of Physics, University of Edinburgh', 'University of Edinburgh'],
    ['Institute for Quantum Computing, University of Waterloo', 'University of Waterloo'],
    ['School of Engineering, Northwind Polytechnic Institute', 'Northwind Polytechnic Institute'],
  ])('reads the organisation of %j, above prose naming the unit', (line, company) => {
    const prose = 'The School of Physics and Astronomy invites applications for its summer fellowship.';
    expect(headline(`Summer Research Fellowship 2027\n${line}\n\n${prose}`).company).toBe(company);
  });

  it.each(['Department of Physics, Edinburgh', 'School of Engineering, Main Campus'])(
    'takes no employer from a unit beside a place or a site: %j',
    (line) => {
      expect(headline(`Summer Research Fellowship 2027\n${line}\n\n${PROSE}`).company).toBeNull();
    },
  );
});

describe('the advert around a role and a province standing for its programme', () => {
  it('drops the advert\'s word after the role: "Program Intern Vacancy | Oslo Center | Nairobi, Kenya – 2024"', () => {
    expect(headline(`Program Intern Vacancy | Oslo Center | Nairobi, Kenya – 2024\n${PROSE}`)).toEqual({
      title: 'Program Intern',
      company: 'Oslo Center',
    });
  });

  it('keeps "Vacancy" where no role precedes it', () => {
    expect(headline(`Vacancy Management Officer\n${PROSE}`).title).toBe('Vacancy Management Officer');
  });

  it('takes no province for the employer: "Ontario’s Summer Employment Opportunities program provides ..."', () => {
    expect(
      headline(
        'Ontario’s Summer Employment Opportunities program provides full-time positions for students at one of their ministries.',
      ).company,
    ).toBeNull();
  });
});

describe('a breadcrumb above the heading', () => {
  it.each([
    ['Home › Research › Undergraduate Research\nSummer Research Fellowship 2027', 'Summer Research Fellowship 2027'],
    [
      'Graduate Jobs › Internships › Technology\nTechnology Summer Internship 2027',
      'Technology Summer Internship 2027',
    ],
    ['Internship › Engineering › Bangalore\nSDE Intern (6 months) - Jan 2027', 'SDE Intern (6 months) - Jan 2027'],
    ['Home / Careers / Students\nData Analyst Intern', 'Data Analyst Intern'],
  ])('is never the title: the heading under it is (%j)', (header, title) => {
    expect(headline(`${header}\nNorthwind Traders\n${PROSE}`).title).toBe(title);
  });
});

describe("a list's lead-in clause among the header lines", () => {
  it('is no title: an infinitive opening it, or a modal verb left waiting for the list', () => {
    const page = (lead: string) =>
      `Application Instructions\nSummer 2026 Application Information\nApplications are due February 15, 2026.\nEligibility Requirements\n${lead}\n- be U.S. citizens or permanent residents;\n- have at least a 3.0 GPA.`;
    expect(headline(page('To be eligible for the REU program, students must')).title).toBeNull();
    expect(headline(page('Students in the REU program must')).title).toBeNull();
    expect(headline('Research Intern, May 2027\n' + PROSE).title).toBe('Research Intern, May 2027');
  });
});

describe('a labelled role behind a bullet garbled into another script', () => {
  it('is read as the title, as behind an emoji', () => {
    const page = `Acme is hiring students for the role for Summer 2026.\nInternship Overview\nβ’ π Position: IT Software Engineer Intern\nβ’ π Location: Remote β USA\n${PROSE}`;
    expect(headline(page).title).toBe('IT Software Engineer Intern');
    // A word before the label makes it prose, not a label.
    expect(headline(`Acme is hiring.\nOur Position: Software Engineer Intern is open\n${PROSE}`).title).toBeNull();
  });
});

describe('an employer after "internships at" named once, then called by its kind', () => {
  it('is the company: "at the National Gallery of Art ... the Gallery"', () => {
    const page =
      'Graduate Curatorial Internships\n\nGraduate Curatorial Internships at the National Gallery of Art provide in-depth training for advanced students. Interns attend a weekly seminar on the functions of the Gallery.';
    expect(headline(page).company).toBe('National Gallery of Art');
    // Named once and never again: maybe a past placement, not taken.
    const once =
      'Career Stories\n\nShe held internships at the National Gallery of Art before joining our firm as an analyst in 2019.';
    expect(headline(once).company).toBeNull();
  });
});

describe('"The X Internship of the Y" with Y called by its kind again', () => {
  it('names Y as the employer', () => {
    const page =
      '- Search Jobs\n- Graduate Curatorial Internship\nOverview:\nThe Graduate Curatorial Internship of the National Museum of Wildlife Art offers hands-on training to graduate students. During their time at the Museum, the intern will catalogue objects.';
    expect(headline(page).company).toBe('National Museum of Wildlife Art');
  });
});

describe('an institution opening the title, named again in a sentence', () => {
  it('is the employer: "Harbor General Hospital Clinical Research Internship ... at the Harbor General Hospital"', () => {
    const page = `Harbor General Hospital Clinical Research Internship\n${PROSE}\nInterns spend ten weeks working with scientists at the Harbor General Hospital.`;
    expect(headline(page)).toEqual({
      title: 'Harbor General Hospital Clinical Research Internship',
      company: 'Harbor General Hospital',
    });
    // "of" joins the institution's name, not the title's next words.
    const department = `Lakeland Department of State Student Internship\n${PROSE}\nStudents learn how the work of the Lakeland Department of State is done.`;
    expect(headline(department).company).toBe('Lakeland Department of State');
  });

  it('is not taken where the prose names it only as who pays, or only on heading lines', () => {
    const funder = `Harbor Science Foundation Summer Research Program\n${PROSE}\nThe program is funded by the Harbor Science Foundation.`;
    expect(headline(funder).company).toBeNull();
    const heading = `Harbor Science Foundation Summer Research Program\n${PROSE}\nHarbor Science Foundation\nApply by March 1.`;
    expect(headline(heading).company).toBeNull();
  });
});

describe('a scheme whose interns work for many hosts', () => {
  it('takes no employer from the prose about the body that runs it', () => {
    const spread = `${PROSE}\nQuillon Youth Trust is looking for young people to join its placement scheme. Interns gain practical work experience with businesses, industry and non-profit organisations across the region.`;
    expect(headline(spread).company).toBeNull();
    const startUps = `${PROSE}\nQuillon Telecom will offer 40 paid internships at start-ups it mentors in five cities.`;
    expect(headline(startUps).company).toBeNull();
    const ministries = `${PROSE}\nThe Harbour Service Commission is recruiting interns in Ministries, Departments and State Agencies.`;
    expect(headline(ministries).company).toBeNull();
    // Its own interns, working with its partners, are its own.
    const own = `${PROSE}\nQuillon Youth Trust is looking for an intern to support our team, Interns will work with partner organisations across the region.`;
    expect(headline(own).company).toBe('Quillon Youth Trust');
  });
});

describe('header lines that name a document, a kind or a piece of news, not a role', () => {
  it('is no title: a page of criteria, a page about the kinds of a scheme', () => {
    expect(headline(`Graduate Traineeship Criteria\n${PROSE}`).title).toBeNull();
    expect(headline(`Various Kinds of Placement\n${PROSE}`).title).toBeNull();
  });

  it('is no title: a headline saying a scheme was launched', () => {
    expect(headline(`Coastal apprenticeship programme unveiled\n${PROSE}`).title).toBeNull();
  });

  it('is no title: a list item opening with a modal passive, its subject above it', () => {
    expect(headline(`Will be credited as a placement year\n${PROSE}`).title).toBeNull();
  });

  it('still reads a role named beside such words', () => {
    expect(headline(`Criteria Analyst Intern\n${PROSE}`).title).toBe('Criteria Analyst Intern');
    expect(headline(`Launch Team Intern\n${PROSE}`).title).toBe('Launch Team Intern');
  });
});

describe('a gender marker is the site’s wrapper, not part of the role', () => {
  it.each([
    ['Working Student / Intern – Computer Vision (f/m/d)', 'Working Student / Intern – Computer Vision'],
    ['Praktikant Marketing (m/w/d)', 'Praktikant Marketing'],
    ['Data Science Intern (m/f/d)', 'Data Science Intern'],
    ['Werkstudent Vertrieb (w/m/d)', 'Werkstudent Vertrieb'],
    ['Software Engineering Intern (all genders)', 'Software Engineering Intern'],
    ['Stage - Développeur Backend (H/F)', 'Stage - Développeur Backend'],
    ['Stagiaire Finance (F/H)', 'Stagiaire Finance'],
    ['Praktikum UX Design (m/w/x)', 'Praktikum UX Design'],
    // Inside the title, the words around it are kept.
    ['Werkstudent (m/w/d) Softwareentwicklung', 'Werkstudent Softwareentwicklung'],
    // A footnote star after it points to the page's note on genders: the marker's, not the role's.
    ['Praktikant Controlling (w/m/div)*', 'Praktikant Controlling'],
    ['Werkstudent IT (m/w/d)**', 'Werkstudent IT'],
  ])('reads %j as %j', (line, title) => {
    expect(headline(`${line}\n${PROSE}`).title).toBe(title);
  });

  it('points the evidence at the role without a marker that ends it', () => {
    const text = `Data Science Intern (m/f/d)\n${PROSE}`;
    const { scan, lines, bodyEnd, ending } = scanPosting(text);
    const title = findHeadline(scan, lines, bodyEnd, ending).title!;
    expect(text.slice(title.ranges[0]!.start, title.ranges[0]!.end)).toBe('Data Science Intern');
  });

  it('keeps brackets that are not a marker', () => {
    expect(headline(`UX/UI Design Intern (Remote)\n${PROSE}`).title).toBe('UX/UI Design Intern (Remote)');
    expect(headline(`Research Intern (AI/ML)\n${PROSE}`).title).toBe('Research Intern (AI/ML)');
    expect(headline(`Intern (M/EE)\n${PROSE}`).title).toBe('Intern (M/EE)');
  });

  it('takes a heading with a gender marker for the title, though it names no role by a known word', () => {
    // "(H/F)" is only printed after a role: "Stage Communication ..." is one, the marker left out.
    expect(headline(`Stage Communication sur la thématique du climat (H/F)\n\nInformations\n\n${PROSE}`).title).toBe(
      'Stage Communication sur la thématique du climat',
    );
  });
});

describe('an employer introducing itself in German, French, Spanish or Dutch', () => {
  it.each([
    [
      'Das Paul Scherrer Institut PSI ist das grösste Forschungsinstitut für Natur- und Ingenieurwissenschaften der Schweiz. Am PSI betreiben wir Spitzenforschung.',
      'PSI',
    ],
    ['Das CERN ist eine Großforschungseinrichtung in der Schweiz nahe der Grenze zu Frankreich.', 'CERN'],
    ['Die Quillon Werke sind bekannt. Quillon Analytik ist ein Technologieunternehmen aus Köln.', 'Quillon Analytik'],
    ['Harbor Conseil est une entreprise de conseil basée à Lyon.', 'Harbor Conseil'],
    // A local authority, its name joined by "de".
    [
      "La Métropole de Harbourg est une collectivité territoriale composée de 9 900 agents au service de l'agglomération.",
      'Métropole de Harbourg',
    ],
    ['Quillon Datos es una empresa de software con sede en Madrid.', 'Quillon Datos'],
    ['Stichting Harbor is een organisatie voor jongeren in Utrecht.', 'Stichting Harbor'],
  ])('reads the employer of %j', (sentence, company) => {
    expect(headline(`Praktikum Datenanalyse\n${PROSE}\n${sentence}`).company).toBe(company);
  });

  it('reads no employer from a unit of one or a sentence about the internship', () => {
    const unit = 'Das Hotlabor des PSI ist eine unabhängige Organisationseinheit, die Materialien analysiert.';
    expect(headline(`Praktikum Datenanalyse\n${PROSE}\n${unit}`).company).toBeNull();
    const stay = 'Das Praktikum ist eine gute Gelegenheit für Studierende.';
    expect(headline(`Praktikum Datenanalyse\n${PROSE}\n${stay}`).company).toBeNull();
  });
});

describe('a name followed by its initials, unbracketed', () => {
  it('is the initials the page then uses, as "(PSI)" in brackets is', () => {
    expect(
      headline(
        `Summer Internship\n${PROSE}\nThe Paul Scherrer Institute PSI is the largest research institute in Switzerland. At PSI we do research.`,
      ).company,
    ).toBe('PSI');
  });

  it('does not name the initials it chose as another candidate', () => {
    const { scan, lines, bodyEnd, ending } = scanPosting(
      `Summer Internship\n${PROSE}\nThe Paul Scherrer Institute PSI is the largest research institute in Switzerland. At PSI we do research.`,
    );
    const found = findHeadline(scan, lines, bodyEnd, ending);
    expect(found.company?.value).toBe('PSI');
    expect(found.companyOthers).toEqual([]);
  });

  it('keeps the name when the capitals are its legal form or the page does not use them again', () => {
    expect(
      headline(`Summer Internship\n${PROSE}\nThe Acme Group AG is a company in Zug. AG shares rose.`).company,
    ).toBe('Acme Group AG');
    expect(
      headline(`Summer Internship\n${PROSE}\nThe Paul Scherrer Institute PSI is the largest research institute.`)
        .company,
    ).toBe('Paul Scherrer Institute PSI');
  });
});

describe('a name in a legal form on the short line right above the title, or right under it', () => {
  it.each([
    ['Nordwerk Robotics AG\nPraktikum Robotik (m/w/d)\nStandort: Augsburg', 'Nordwerk Robotics AG'],
    ['Halden Analytics GmbH\nWerkstudent Data Science\nVergütung: 18 € pro Stunde', 'Halden Analytics GmbH'],
    ['Lumeo Systems SE\nInternship Embedded Software\nDuration: 6 months', 'Lumeo Systems SE'],
    ['Brightwater Ltd\nMarketing Intern\nPay: £12 per hour', 'Brightwater Ltd'],
    ['Vela Finance S.A.\nStage Analyste Crédit (H/F)\nDurée : 6 mois', 'Vela Finance S.A.'],
    ['Polder Data B.V.\nStagiair Data Engineering\nDuur: 5 maanden', 'Polder Data B.V.'],
    // Japanese writes the legal form before or after the name (a Japanese title is not read yet).
    ['株式会社ミライラボ\nSoftware Engineering Intern\nLocation: Tokyo', '株式会社ミライラボ'],
    ['ミライラボ株式会社\nData Science Intern\nLocation: Osaka', 'ミライラボ株式会社'],
    // Internshala sets the employer under the title (tester34).
    [
      'Web Development Internship\nAcme Learning Technologies Private Limited\nWork from home\nStart date\nImmediately',
      'Acme Learning Technologies Private Limited',
    ],
    ['Marketing Intern\nBrightwater Ltd\nPay: £12 per hour', 'Brightwater Ltd'],
  ])('reads %j', (text, company) => {
    expect(headline(`${text}\n${PROSE}`).company).toBe(company);
  });

  // Every form that ends a name read this way, as a name writes it.
  it.each([
    'AG',
    'SE',
    'KG',
    'KGaA',
    'GmbH',
    'gGmbH',
    'GmbH & Co. KG',
    'gGmbH & Co. KG',
    'Ltd',
    'Ltd.',
    'Limited',
    'Inc',
    'Inc.',
    'Corp',
    'Corp.',
    'LLC',
    'LLP',
    'PLC',
    'plc',
    'Pty Ltd',
    'Pty Ltd.',
    'S.A.',
    'SAS',
    'SARL',
    'B.V.',
    'N.V.',
    'Oy',
    'AB',
    'ASA',
    'A/S',
  ])('reads a name ending in "%s" above the title', (form) => {
    expect(headline(`Nordwerk Robotics ${form}\nPraktikum Robotik (m/w/d)\nStandort: Augsburg\n${PROSE}`).company).toBe(
      `Nordwerk Robotics ${form}`,
    );
  });

  // Forms only the comparison of names leaves out, and forms written in another case: no name is read.
  it.each(['Co.', 'Pvt', 'SA', 'BV', 'NV', 'SRL', 'Ltda', 'S/A', 'Corporation', 'L.L.C.', 'gmbh', 'LTD', 'Llc', 'Plc'])(
    'reads no name ending in "%s" above the title',
    (form) => {
      expect(
        headline(`Nordwerk Robotics ${form}\nPraktikum Robotik (m/w/d)\nStandort: Augsburg\n${PROSE}`).company,
      ).toBeNull();
    },
  );

  it('takes no name without a legal form, nor one below a line between it and the title', () => {
    expect(headline(`Nordwerk Robotics\nPraktikum Robotik (m/w/d)\nStandort: Augsburg\n${PROSE}`).company).toBeNull();
    expect(
      headline(`Nordwerk Robotics AG\nKarriere\nPraktikum Robotik (m/w/d)\nStandort: Augsburg\n${PROSE}`).company,
    ).toBeNull();
  });
});
