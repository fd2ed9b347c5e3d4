import { describe, expect, it } from 'vitest';
import { scanPosting } from '@shared/posting/pageNoise';
import { findHeadline, headerLines } from '@shared/posting/headline';
import { findWorkMode } from '@shared/posting/workMode';

function workMode(text: string) {
  const { scan, lines, bodyEnd } = scanPosting(text);
  return findWorkMode(scan, headerLines(lines, bodyEnd));
}
const mode = (text: string) => workMode(text).workMode?.value ?? null;

describe('findWorkMode', () => {
  it.each([
    ['Can I work remotely during the internship?\nYes, the internship is hybrid.', 'hybrid'],
    ['The internship requires on-site work; remote work is not supported.', 'onsite'],
    ['Most employees work a hybrid schedule. Interns join us for ten weeks.', null],
    ['We are building a community on the road, but also a community in the office.', null],
    ['Most employees work a hybrid schedule. Interns work on-site.', 'onsite'],
  ] as const)('reads only what is said of this role in "%s" (%s)', (text, expected) => {
    expect(mode(text)).toBe(expected);
  });

  it.each([
    ['This role is onsite in Austin.', 'onsite'],
    // The marker after a place, abroad.
    ['Standort: München, Deutschland (vor Ort)', 'onsite'],
    ['Lieu : Lyon (présentiel)', 'onsite'],
    ['Ubicación: Madrid (híbrido)', 'hybrid'],
    ['Local: Recife, PE (remoto)', 'remote'],
    // A Portuguese or Spanish page's field (issue 13).
    ['Modelo de trabalho: Híbrido', 'hybrid'],
    ['Modalidade: Remoto', 'remote'],
    ['Formato de trabalho: Presencial', 'onsite'],
    ['Modalidad: Remoto', 'remote'],
    ['Modalidad de trabajo: híbrido', 'hybrid'],
    // Said in prose, "remoto" is no field.
    ['Oferecemos atendimento remoto aos clientes da região.', null],
    ['You will work on-site at our lab.', 'onsite'],
    ['This is an in-office role.', 'onsite'],
    ['Work is in person at the field station.', 'onsite'],
    ['We work in the office five days a week.', 'onsite'],
    ['This is not a remote position.', 'onsite'],
    ['Work from office, Monday to Friday.', 'onsite'],
    ['This is a fully remote position.', 'remote'],
    ['We are a remote-first company.', 'remote'],
    ['You can work from home anywhere in the US.', 'remote'],
    ['WFH with a monthly stipend for internet.', 'remote'],
    ['The program will be conducted virtually for six weeks.', 'remote'],
    ['Apply to our virtual internship program for students.', 'remote'],
    // A step of the hiring, or part of the work, done online is no arrangement of the job.
    ['Interviews will be conducted virtually.', null],
    ['Plan on conducting pre and post lab work virtually.', null],
    ['Hybrid working: 3 days a week in our London office, the rest from home.', 'hybrid'],
    ['Expect to be in the office 2 days per week.', 'hybrid'],
    ['Staff Machine Learning Scientist. SF Bay Area - Hybrid (3 days / week onsite).', 'hybrid'],
  ] as const)('reads "%s" as %s', (text, expected) => {
    expect(mode(text)).toBe(expected);
  });

  it.each([
    ['#LI-HYBRID', 'hybrid'],
    ['#LI-Remote', 'remote'],
    ['#LI-Onsite', 'onsite'],
    ['Workplace type: Remote', 'remote'],
    ['Location Type: On-site', 'onsite'],
    ['Seattle, WA (Hybrid)', 'hybrid'],
  ] as const)('takes the explicit marker "%s"', (marker, expected) => {
    expect(mode(`Some text about the team.\n${marker}`)).toBe(expected);
  });

  it('lets an explicit marker decide, and notes the prose that disagrees', () => {
    const found = workMode(
      'Our summer internships will be located either remote or hybrid in San Francisco.\n' +
        'This role may require in-person collaboration.\n#LI-HYBRID',
    );
    expect(found.workMode?.value).toBe('hybrid');
    expect(found.notes).toHaveLength(1);
    expect(found.notes[0]).toMatch(
      /^The page also says 'remote' \(".*located either remote or hybrid.*"\); 'hybrid' comes from "#LI-HYBRID"\.$/,
    );
  });

  it('takes a header line that only says how the job is done', () => {
    expect(mode('Product Design Intern\nRemote — United States\nAbout us')).toBe('remote');
    expect(mode('Backend Intern\nHybrid · Toronto\nAbout us')).toBe('hybrid');
  });

  it("takes a header line's last field that is only a work mode, in Portuguese and Spanish too", () => {
    expect(mode('Estágio em Dados\nStone Co. · São Paulo, SP · Híbrido\nSobre a vaga')).toBe('hybrid');
    expect(mode('Becario de Datos\nAcme · Madrid | Remoto\nSobre el puesto')).toBe('remote');
    expect(mode('Estágio em Dados\nStone Co. · Presencial\nSobre a vaga')).toBe('onsite');
    // A field that says more than the mode is not one.
    expect(mode('Estágio em Suporte\nStone Co. · Atendimento remoto\nSobre a vaga')).toBeNull();
  });

  it('takes a header line that is only a work mode, in Portuguese and Spanish too', () => {
    expect(mode('Estágio em Dados\nStone Co.\nHíbrido\nSobre a vaga')).toBe('hybrid');
    expect(mode('Becario de Datos\nAcme\nRemoto – Madrid\nSobre el puesto')).toBe('remote');
    // A line that says more than the mode is not one.
    expect(mode('Estágio em Suporte\nStone Co.\nRemoto atendimento ao cliente\nSobre a vaga')).toBeNull();
  });

  it('reads "home office" as remote where it is the work model of a Portuguese or Spanish page', () => {
    expect(mode('Estágio em Dados\nModelo de trabalho: Home office\nSobre a vaga e a empresa')).toBe('remote');
    expect(mode('Estágio em Dados\nRegime: home office\nA bolsa é de R$ 1.500 para quem cursa a graduação.')).toBe(
      'remote',
    );
    expect(
      mode('Estágio em Marketing\nSobre a vaga\nO estágio é 100% home office, com carga horária de 6 horas por dia.'),
    ).toBe('remote');
    expect(
      mode('Pasantía en Datos\nModalidad: Home Office\nBuscamos estudiantes de la carrera de sistemas para el área.'),
    ).toBe('remote');
  });

  it("never reads the UK's Home Office, a government department, as working from home", () => {
    expect(
      mode(
        'Policy Intern, Home Office\nThe Home Office is the lead government department for immigration and ' +
          'passports, drug policy, crime and policing. Interns join the department for 12 weeks in London.',
      ),
    ).toBeNull();
    expect(mode('Policy Intern\nCivil Service · Home Office\nAbout the role')).toBeNull();
    expect(mode('Policy Intern\nThis internship is 100% Home Office funded and based in Croydon.')).toBeNull();
    expect(mode('Policy Intern\nRegime: Home Office sponsorship of the applicant is required.')).toBeNull();
  });

  it('gives no work mode for a page that contradicts itself, and names both sides', () => {
    const found = workMode('This is a fully remote position.\nThis role is on-site in Austin, TX, five days a week.');
    expect(found.workMode).toBeNull();
    expect(found.notes).toHaveLength(1);
    expect(found.notes[0]).toMatch(
      /^Page says both 'remote' \("This is a fully remote position\."\) and 'on-site' \("This role is on-site in Austin, TX.*"\)\.$/,
    );
  });

  it('reads in person for part of the time as hybrid, as it reads days a week', () => {
    expect(mode('Interns must be able to work in-person at the Utica lab at least 60% of the time.')).toBe('hybrid');
    expect(mode('Interns work on-site half of the time.')).toBe('hybrid');
    expect(mode('Interns are in the office 40 percent of their time.')).toBe('hybrid');
    expect(mode('Interns work in person some days and from home on others.')).toBe('hybrid');
    expect(mode('The intern will be on-site part of the week.')).toBe('hybrid');
    expect(mode('Interns work 50% of the time in the office.')).toBe('hybrid');
    expect(mode('Interns must work in person at least 3 days/week at our office.')).toBe('hybrid');
    // All the time is on-site; a share of the time spent on a task says nothing of where.
    expect(mode('Interns must work in-person at the Utica lab 100% of the time.')).toBe('onsite');
    expect(mode('Interns spend 50% of their time on fieldwork and report in person to the lead.')).toBe('onsite');
    expect(mode('Interns spend 50% of their time on analysis.')).toBeNull();
  });

  it('reads at home for part of the time as hybrid, so it is no remote beside a stated hybrid', () => {
    const tfl =
      'Where: London/Hybrid\nUp to 50% of time can be spent working from home over a 4-week period. ' +
      'Hybrid working arrangements may alter subject to business requirements.';
    expect(workMode(tfl)).toMatchObject({ workMode: { value: 'hybrid' }, notes: [] });
    expect(workMode('Workplace type: Hybrid\nUp to 50% of time can be spent working from home.').notes).toEqual([]);
    expect(mode('Up to 50% of time can be spent working from home over a 4-week period.')).toBe('hybrid');
    expect(mode('Interns can work from home part of the week.')).toBe('hybrid');
    expect(mode('Interns work remotely half of the time.')).toBe('hybrid');
    expect(mode('Interns can work 2 days a week from home.')).toBe('hybrid');
    // All of the time at home is remote; a share of the time spent on a task says nothing of where.
    expect(mode('Interns work from home 100% of the time.')).toBe('remote');
    expect(mode('Interns spend 50% of their time on analysis and work remotely.')).toBe('remote');
  });

  it('gives no work mode when the page offers both remote and hybrid', () => {
    expect(workMode('Internships are either remote or hybrid, depending on the team.').notes[0]).toMatch(
      /^Page says both 'remote'/,
    );
  });

  it('gives no work mode for a choice that includes hybrid, nor for an in-person orientation', () => {
    expect(mode('Internships may be in-person, virtual, or hybrid. Paid interns receive $15/hour.')).toBeNull();
    expect(mode('Interns attend a mandatory in-person, all-day orientation in Annapolis.')).toBeNull();
    expect(mode('Research projects may be conducted in virtual, hybrid, or on-campus formats.')).toBeNull();
    expect(mode('This internship is hybrid, with two days a week in the office.')).toBe('hybrid');
  });

  it('gives no work mode when projects are some remote and some face to face', () => {
    expect(
      mode('DIPC offers 13 theoretical projects, most of them in REMOTE mode, and 5 FACE-TO-FACE projects.'),
    ).toBeNull();
  });

  it('does not count occasional in-person events against a remote job', () => {
    expect(mode('This is a fully remote role. We meet in person for a quarterly offsite.')).toBe('remote');
    expect(mode('Fully remote. Final interviews are in-person.')).toBe('remote');
  });

  it('does not read a step of the hiring held in person as the work’s arrangement', () => {
    expect(
      mode('If shortlisted, we will invite you to an assessment centre, which we hope to do in person.'),
    ).toBeNull();
    expect(mode('Candidates attend a selection day in person in Leeds.')).toBeNull();
    expect(mode('The role is in person at our Leeds office. Interviews follow an assessment day.')).toBe('onsite');
  });

  it('does not read remote in other senses', () => {
    expect(mode('Experience with remote sensing data.')).toBeNull();
    expect(mode('Our interns fly remote-controlled drones over the reservoir.')).toBeNull();
    expect(mode('Interns will test remotely operated vehicles at the dock.')).toBeNull();
    expect(mode('Interns will visit remote communities across the north.')).toBeNull();
    expect(mode('This internship is fully remote.')).toBe('remote');
  });

  it('does not read on-site describing something else as the job’s place', () => {
    expect(mode('Coordinate creative assets for digital and on-site campaigns.')).toBeNull();
    expect(mode('Conduct periodic on-site visits to airport facilities.')).toBeNull();
    expect(mode('Interns work on-site at our lab.')).toBe('onsite');
    expect(mode('This is an on-site position.')).toBe('onsite');
    // "here" and "there" say where the work is, as "at" does.
    expect(mode('The program is 8 weeks long, and is fully in person here on campus.')).toBe('onsite');
    expect(mode('Interns work in person there with the curators.')).toBe('onsite');
  });

  it('does not take what may be possible for the arrangement, only what the clause states', () => {
    expect(mode('This position will require in-office presence. Hybrid work schedules may be possible later on.')).toBe(
      'onsite',
    );
    expect(
      mode('We plan on holding this program in person, although it may be possible to shift to virtual research.'),
    ).toBe('onsite');
  });

  it('does not take applying in person for working in person', () => {
    expect(
      mode(
        'Please note the following application options for this position:\n  • Applicants are Encouraged to Apply Online\n  • By Mailing to the Department of Human Resources\n  • In Person at Human Resources',
      ),
    ).toBeNull();
    expect(mode('Apply online by March 1. The internship is in person at our Boston lab.')).toBe('onsite');
  });

  it('points its evidence at the words that say it', () => {
    const text = 'About the job.\nThis role is hybrid: in our Seattle office three days a week.';
    const found = workMode(text).workMode!;
    expect(found.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['hybrid', 'office three days a week']);
  });

  it('says nothing when the page says nothing', () => {
    expect(workMode('A posting about data pipelines.')).toEqual({ workMode: null, notes: [] });
  });

  it('takes no work mode from the office beside field work', () => {
    expect(mode('Interns will split their time between in-office work and field work.')).toBeNull();
    expect(
      mode(
        'The intern will map species in the field and work with staff to organize field data and develop reports in office.',
      ),
    ).toBeNull();
    expect(mode('This position will require in-office presence.')).toBe('onsite');
  });

  it('takes no work mode from meetings in person as needed, office-based projects, or a choice with Zoom', () => {
    expect(mode('All candidates must be available to cover in-person meetings in the county as needed.')).toBeNull();
    expect(mode('The intern will support a variety of field-based and office-based projects.')).toBeNull();
    expect(
      mode('Check-ins can be done on Zoom, on an online platform of your choice, or if possible, in person.'),
    ).toBeNull();
    expect(mode('This is an office-based internship in Leeds.')).toBe('onsite');
  });

  it.each([
    ['On site, operations executes venue and team logistics at each match.', null],
    ['The training is in-person for people living in Abuja.', null],
    ['Interns work in person at the field station.', 'onsite'],
    ['The summer program is held in person.', 'onsite'],
    ['- Modality: In Person', 'onsite'],
  ] as const)('below the header, takes on-site only where the sentence names the job: "%s" (%s)', (text, expected) => {
    const page = `Operations Intern\nThe league’s operations team runs every match of the season, from the venue and the teams’ travel to the broadcast and the fans.\n${text}`;
    expect(mode(page)).toBe(expected);
  });

  it('still counts on-site said in passing against remote work', () => {
    const page = `Operations Intern\nThe league’s operations team runs every match of the season, from the venue and the teams’ travel to the broadcast and the fans.\nInterns work remotely. On site, operations executes venue logistics.`;
    expect(mode(page)).toBeNull();
  });

  it('takes no work mode from an aside that hedges it ("remotely, if necessary")', () => {
    expect(mode('Fellows will attend (remotely, if necessary) periodic meetings with their mentors.')).toBeNull();
  });

  it('takes no work mode from what may happen ("operations may occur remotely")', () => {
    expect(
      mode(
        'Due to Covid-19 precautions, operations may occur remotely for part or all of the duration of the internship.',
      ),
    ).toBeNull();
    expect(mode('Interns work remotely for the whole internship.')).toBe('remote');
  });
});

describe('a label that names work mode states it by its value', () => {
  it.each([
    ['Marketing Intern\nRemote Status: On-site\nLocation: Chicago, IL', 'onsite'],
    ['Marketing Intern\nRemote status: Hybrid', 'hybrid'],
    ['Data Intern\nRemote policy: In-office', 'onsite'],
    ['Data Intern\nRemote: No\nLocation: Leeds', 'onsite'],
    ['Data Intern\nRemote: Yes', 'remote'],
    ['Data Intern\nRemote work: Not available', 'onsite'],
    ['Data Intern\nRemote Work Allowed: No', 'onsite'],
    ['Data Intern\nWork arrangement: On-site', 'onsite'],
    ['Data Intern\nRemote Status: Fully Remote', 'remote'],
  ] as const)('reads "%s" as %s, with no note of a clash', (text, expected) => {
    const found = workMode(text);
    expect(found.workMode?.value ?? null).toBe(expected);
    expect(found.notes).toEqual([]);
  });

  // Below the header (which ends at the first paragraph), where a line alone is no marker.
  const below = (fields: string) =>
    workMode(
      'Data Intern\nYou will build data pipelines with the analytics team over twelve weeks this summer, ' +
        'and present your work to the whole company.\n' +
        fields,
    );

  it.each([
    // A board prints the label on one line and its value on the next, often with a blank between.
    ['Location\n\nUnited Kingdom, London\n\nLocation Type\n\nOn-site\n\nDepartment', 'onsite'],
    ['Workplace type\nIn-office\n', 'onsite'],
  ] as const)('reads the value on the line under its label in %j as %s', (fields, expected) => {
    const found = below(fields);
    expect(found.workMode?.value ?? null).toBe(expected);
    expect(found.notes).toEqual([]);
  });

  it('lets the value under its label decide against the prose, and notes the prose', () => {
    const found = below('Location type\nHybrid\n\nThis is a fully remote position.');
    expect(found.workMode?.value).toBe('hybrid');
    expect(found.notes).toHaveLength(1);
  });

  it.each([
    // The line under the label says more than a work mode: it is no field's value.
    'Location Type\nOn-site lunches are provided every Friday.\n',
    // A label's words ending a line of prose are no label, nor a mode word opening the next line.
    'We will discuss your preferred work type\nOn-site\n',
    // A value two blank lines down belongs to no label.
    'Location Type\n\n\nOn-site\n',
  ])('reads no work mode from a line that only follows a label-like line: %j', (fields) => {
    expect(below(fields).workMode).toBeNull();
  });

  it('still notes a page that says remote elsewhere against the label', () => {
    const found = workMode('Data Intern\nRemote Status: On-site\n\nThis is a fully remote position.');
    expect(found.workMode?.value).toBe('onsite');
    expect(found.notes).toHaveLength(1);
  });

  it.each(['We support remote work: yes, for most staff on Fridays.', 'Remote sensing: yes, you will learn it.'])(
    'reads no work mode from a sentence that only looks like a label: "%s"',
    (text) => {
      expect(mode(text)).toBeNull();
    },
  );
});

describe('a benefit, a lesson or a place to live is no work mode', () => {
  it.each([
    // A benefit or a possibility offered.
    'Benefits: hybrid working, a pension and 25 days of holiday.',
    'Perks include a home office stipend and remote work options.',
    'We offer flexible hours, with the option to work from home.',
    // Something else done from afar.
    'You will help teachers support remote learning in rural schools.',
    'Interns attend remote workshops on Fridays.',
    // Where one lives or eats.
    'Housing is provided on-site for every intern.',
    'Participants live on-site in the field station dormitory.',
    'Lunch is served on-site.',
  ])('reads nothing from %j', (text) => {
    expect(mode(text)).toBeNull();
  });

  it('still reads the arrangement said beside them', () => {
    expect(mode('This is an on-site internship, and housing is provided.')).toBe('onsite');
    expect(mode('Interns live nearby and work on-site at the farm.')).toBe('onsite');
    expect(mode('This role is fully remote. Benefits include a laptop.')).toBe('remote');
  });
});

describe('hybrid said of a thing', () => {
  it.each([
    'Acme makes hybrid cloud storage simple for hospitals.',
    'You will help plan our hybrid events programme.',
    'The lab breeds hybrid crops for dry climates.',
    'Our hybrid workforce spans five countries.',
  ])('is no work mode: %j', (text) => {
    expect(mode(text)).toBeNull();
  });

  it('still reads a hybrid role', () => {
    expect(mode('This internship is hybrid, with two days a week in the office.')).toBe('hybrid');
    expect(mode('The role is hybrid in Denver.')).toBe('hybrid');
    expect(mode('We work a hybrid schedule.')).toBe('hybrid');
  });
});

describe('what the site prints above the posting’s title', () => {
  /** As the parser reads it: the header known, and where its title line is. */
  function onPage(text: string) {
    const { scan, lines, bodyEnd, ending } = scanPosting(text);
    const headline = findHeadline(scan, lines, bodyEnd, ending);
    return findWorkMode(scan, headline.header, headline.title?.ranges[0]!.start ?? null);
  }
  const body = 'About the role\nYou will build data pipelines with the analytics team over twelve weeks this summer.\n';

  it.each([
    // A job board's search filters, each alone on its line.
    ['Date posted\nRemote\nSalary estimate\nJob type\n\nData Engineering Intern\nAcme Bank\nLondon\n', null],
    ['What\nWhere\nRemote\nHybrid\nOn-site\n\nData Engineering Intern\nAcme Bank\nLondon\n', null],
    // A site's menu, and a filter written as a field.
    ['Jobs\nRemote jobs\nCompanies\n\nData Engineering Intern\nAcme Bank\nLondon\n', null],
    ['Workplace type: Remote\nDate posted: Any time\n\nData Engineering Intern\nAcme Bank\nLondon\n', null],
    // The same words under the title are the posting's own.
    ['Data Engineering Intern\nAcme Bank\nLondon\nRemote\n', 'remote'],
    ['Data Engineering Intern\nAcme Bank\nWorkplace type: Hybrid\n', 'hybrid'],
    // A title under its label is one field among others, in no order.
    ['Workplace type: Remote\nPosition: Data Engineering Intern\nCompany: Acme Bank\n', 'remote'],
  ] as const)('reads %j as %s', (top, expected) => {
    expect(onPage(top + body).workMode?.value ?? null).toBe(expected);
  });

  it('reads the posting’s own hybrid week, not the filter bar’s "Remote"', () => {
    const page =
      'Date posted\nRemote\nSalary estimate\nJob type\n\nData Engineering Intern\nAcme Bank\nLondon\n\n' +
      body +
      'Hybrid: we ask you to be in our London office at least 2 days a week.\n';
    const found = onPage(page);
    expect(found.workMode?.value).toBe('hybrid');
    expect(found.workMode!.ranges.map((r) => page.slice(r.start, r.end))).toEqual([
      'Hybrid',
      'office at least 2 days a week',
    ]);
    expect(found.notes).toEqual([]);
  });

  it('reads every line when no title is found in the header', () => {
    expect(onPage('Remote\n' + body).workMode?.value).toBe('remote');
  });
});

describe('a few days a week at home is hybrid, as a few days in the office is', () => {
  it.each([
    'Flexible working: mostly on site in Walldorf, with 1 day remote per week.',
    'Interns work 2 days remote a week and the rest in our Leeds office.',
    'You can work remotely two days a week.',
    'Work from home up to 2 days per week.',
    'The role allows one remote day per week.',
    'We offer 2 days of remote work per week.',
    'Interns spend two days a week working from home.',
    'Our interns work 3 days per week from home.',
  ])('reads %j as hybrid', (text) => {
    expect(mode(text)).toBe('hybrid');
  });

  it('points its evidence at the days, and counts the on-site around them as part of it', () => {
    const text = 'Flexible working: mostly on site in Walldorf, with 1 day remote per week.';
    const found = workMode(text);
    expect(found.workMode!.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['1 day remote per week']);
    expect(found.notes).toEqual([]);
  });

  it.each<[string, string | null]>([
    // All of the week, or days that are not the week's.
    ['This is a fully remote role, five days a week.', 'remote'],
    ['Interns work remotely for the first 2 days of onboarding.', 'remote'],
    // Days of something else.
    ['Remote sensing fieldwork takes 2 days per week.', null],
    ['Interns get 2 days a week of training at home base.', null],
  ])('does not read %j as hybrid', (text, expected) => {
    expect(mode(text)).toBe(expected);
  });
});
