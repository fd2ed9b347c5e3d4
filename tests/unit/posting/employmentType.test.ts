import { describe, expect, it } from 'vitest';
import { findEmploymentType } from '@shared/posting/employmentType';
import { scanPosting } from '@shared/posting/pageNoise';

function employmentType(text: string, title: string | null = null) {
  const { scan, lines } = scanPosting(text);
  const at = title === null ? -1 : text.indexOf(title);
  return findEmploymentType(scan, lines, at < 0 ? null : { start: at, end: at + title!.length })?.value ?? null;
}

describe('findEmploymentType', () => {
  it.each([
    ['Firmware Developer Co-op (Winter 2027)', 'co-op'],
    ['Software Engineering Intern', 'internship'],
    ["Master's Machine Learning Internship 2026", 'internship'],
    ['Summer Vacation Program – Civil Engineering', 'internship'],
    ['Library Systems Assistant (Part-Time, Student)', 'part-time'],
    ['Part-Time Data Analyst Intern', 'internship'],
    ['Associate Engineer (Full-time)', 'full-time'],
    ['Sommerpraktikum 2026 – BALDER-Projekt', 'internship'],
    ['Offre de stage : stagiaire en communication', 'internship'],
    ['Tirocinio curriculare in marketing', 'internship'],
    // A working student's job is a part-time one beside the studies; alternance alternates school
    // and company, as a co-op does.
    ['Werkstudent (m/w/d) Softwareentwicklung', 'part-time'],
    ['Werkstudentin Data Analytics', 'part-time'],
    ['Werkstudent / Praktikant (m/w/d) Marketing', 'internship'],
    ['Working Student Backend Engineering (m/f/d)', 'part-time'],
    ['Alternance - Développeur Web (H/F)', 'co-op'],
    ['Développeuse en alternance', 'co-op'],
  ] as const)('reads the title "%s" as %s', (title, expected) => {
    expect(employmentType(`${title}\nSome text.`, title)).toBe(expected);
  });

  it('points its evidence at the whole word a German internship word is part of', () => {
    const text = 'Praktikant (m/w/d) Marketing\nEin Pflichtpraktikum im Sommer.';
    const { scan, lines } = scanPosting(text);
    const found = findEmploymentType(scan, lines, { start: 0, end: 28 })!;
    expect(found.value).toBe('internship');
    expect(found.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Praktikant']);
    const inProse = findEmploymentType(scanPosting('Ein Pflichtpraktikum im Sommer.').scan, [], null);
    expect(inProse?.ranges.map((r) => 'Ein Pflichtpraktikum im Sommer.'.slice(r.start, r.end))).toEqual([
      'Pflichtpraktikum',
    ]);
  });

  it("reads a working student's job in the page's text as part-time", () => {
    expect(employmentType('Softwareentwicklung\nWir suchen eine:n Werkstudent:in für 20 Stunden pro Woche.')).toBe(
      'part-time',
    );
  });

  it('leaves "working students" in prose alone: other people, or the hours of a study', () => {
    expect(
      employmentType('Analyst\nOur programme supports working students with flexible hours and mentoring.', 'Analyst'),
    ).toBeNull();
  });

  it('reads an employment type label, with its value on the same or the next line', () => {
    expect(employmentType('Analyst\nEmployment type: Internship\n', 'Analyst')).toBe('internship');
    expect(employmentType('Analyst\nJob type\nPart-time\nFixed term contract\n', 'Analyst')).toBe('part-time');
    // A French portal's "Type d'offre", whose value "Stage" is an internship.
    expect(
      employmentType("Chargé de communication\n\nType d'offre\n\nStage\n\nFamille de métier\n\nCommunication\n"),
    ).toBe('internship');
    expect(employmentType('Analyst\nCommitment\nFull-time\n', 'Analyst')).toBe('full-time');
  });

  it("reads the posting's own text when title and labels say nothing", () => {
    expect(employmentType('Analyst\nThis is a full-time role based in New York.', 'Analyst')).toBe('full-time');
    expect(employmentType('Summer Analyst\nOur 10-week summer internship for students.', 'Summer Analyst')).toBe(
      'internship',
    );
  });

  it("does not read the applicant's studies as the job's hours", () => {
    expect(
      employmentType('Programme\nYou are a full-time student at the undergraduate level.', 'Programme'),
    ).toBeNull();
    expect(employmentType('Programme\nOpen to part-time students. It is a full-time role.', 'Programme')).toBe(
      'full-time',
    );
  });

  it('does not read the hours of a stretch of weeks as the kind of job', () => {
    expect(
      employmentType('Bursaries\nThis will fund 6-8 weeks full time work at most Universities.', 'Bursaries'),
    ).toBeNull();
    const award =
      'Awards\nDuration of the Award:  16 consecutive weeks (no breaks) on a full-time basis, between May and August, 2027.';
    expect(employmentType(award, 'Awards')).toBeNull();
    // A permanent job's "on a full-time basis" is still its kind.
    expect(employmentType('Analyst\nThis permanent position is offered on a full-time basis.', 'Analyst')).toBe(
      'full-time',
    );
  });

  it('reads "full-time" before a job word as the kind of job only across a capitalised name, not any words', () => {
    const reu =
      'REU Program\nPlease note that this REU program provides you a full-time research position, so you may not attend classes.';
    expect(employmentType(reu, 'REU Program')).toBeNull();
    expect(employmentType('Analyst\nThis is a full-time Software Engineer role in Austin.', 'Analyst')).toBe(
      'full-time',
    );
  });

  it('does not read a label of the hours as the kind of job', () => {
    expect(
      employmentType('Traineeship\nType of contract Traineeship\nWorking time Full time', 'Traineeship'),
    ).toBeNull();
    expect(employmentType('Analyst\nFull time', 'Analyst')).toBe('full-time');
  });

  it('does not take a summer student programme the page never calls an internship for one', () => {
    expect(employmentType('Summer Student Programme\nStudents join a team.', 'Summer Student Programme')).toBeNull();
    expect(employmentType('Programme\nTwo letters from lecturers or previous internships.', 'Programme')).toBeNull();
  });

  it('does not read a co-op inside another word', () => {
    expect(employmentType('Chargé de mission\nLa coopération franco-allemande.', 'Chargé de mission')).toBeNull();
  });

  it('does not read job types from related-job cards after the posting', () => {
    const text =
      'Analyst\nA role on our data team, working with SQL every day and shipping dashboards that matter to the whole company, from sales to support.\nSimilar jobs\nData Intern\nPart-time';
    expect(employmentType(text, 'Analyst')).toBeNull();
  });

  it('does not read template keys such as serp_jobs.job_card.internship', () => {
    expect(employmentType('Analyst\nserp_jobs.job_card.internship\n', 'Analyst')).toBeNull();
  });

  it('reads "Job Type: Full-Time" on an internship programme\'s page as the hours of an internship', () => {
    expect(
      employmentType(
        'Closing Date: 26 May 2023\nJob Type: Full-Time\nLocation: South Africa\nThe Internship Programme provides unemployed graduates with work experience.',
      ),
    ).toBe('internship');
    expect(employmentType('Job Type: Full-Time\nWe are hiring a data engineer for our platform team.')).toBe(
      'full-time',
    );
  });
});

describe('Spanish internships', () => {
  it.each([
    'El becario en prácticas percibirá una ayuda de 600 euros al mes.',
    'Programa de prácticas en empresas para estudiantes.',
    'Ofrecemos prácticas remuneradas de seis meses.',
    'Las prácticas becadas se realizarán durante los meses de julio y agosto.',
    // The noun after its article, with no word of its own after it.
    'Las prácticas, según la convocatoria, se realizarán en el ámbito de la atención a la dependencia.',
    // Latin American Spanish: "pasantía", "pasantes".
    'La universidad ofrece pasantías rentadas a sus estudiantes.',
    'Los pasantes recibirán un estímulo mensual.',
  ])('reads %j as an internship', (text) => {
    expect(findEmploymentType(text, [], null)?.value).toBe('internship');
  });

  it('reads no internship from practical skills ("habilidades prácticas")', () => {
    expect(findEmploymentType('Buscamos habilidades prácticas y trabajo en equipo.', [], null)).toBeNull();
    expect(findEmploymentType('Las clases prácticas se imparten los lunes.', [], null)).toBeNull();
  });
});

describe('Portuguese and Hindi internships', () => {
  it.each([
    'Os candidatos selecionados vão receber bolsa de estágio.',
    'A Caixa abre processo seletivo para estagiários em 15 cidades.',
    'É preciso possuir disponibilidade para estagiar por seis meses.',
    // Hindi writes the English word in Devanagari: "internship", "interns".
    'इस इंटर्नशिप के लिए आवेदन करें।',
    'चयनित इंटर्न्स को मानदेय मिलेगा।',
  ])('reads %j as an internship', (text) => {
    expect(findEmploymentType(text, [], null)?.value).toBe('internship');
  });

  it('reads no internship from other words that start alike ("estagnação", "इंटर्नल")', () => {
    expect(findEmploymentType('A economia passa por estagnação.', [], null)).toBeNull();
    expect(findEmploymentType('यह इंटर्नल ऑडिट है।', [], null)).toBeNull();
  });
});

describe('Nordic, Polish, Finnish, Hungarian and Korean internships', () => {
  it.each([
    'Sommarpraktik 2019 är indelad i treveckorsperioder.',
    'Vi söker en praktikant till vår kommunikationsavdelning.',
    'Et praktikophold i København varer fem måneder.',
    'Wszyscy stażyści otrzymają wynagrodzenie za miesiąc.',
    'Staż musi trwać 480 godzin.',
    'Kesäharjoittelu kestää kaksi viikkoa.',
    'Harjoittelijalle maksetaan palkkaa.',
    'Az Alapítvány gyakornoki programja ősszel indul.',
    '서울시는 청년인턴 300명을 모집합니다.',
  ])('reads %j as an internship', (text) => {
    expect(findEmploymentType(text, [], null)?.value).toBe('internship');
  });

  it.each([
    // Round 39: Swedish compounds ending in "praktik", as "Sommarpraktik" does.
    'Feriepraktik - vårt alternativ till sommarjobb för ungdomar.',
    'Feriepraktiken sker i fasta tvåveckorsperioder.',
    // Russian "стажировка", "стажёр" and Bulgarian "стажант", "стажове".
    'На семимесячную стажировку приглашаются студенты.',
    'Стажеры познакомятся с работой правительства.',
    'Ще бъдат открити 241 позиции за стажанти.',
    'Държавната администрация стартира програма за летни студентски стажове.',
  ])('reads %j as an internship', (text) => {
    expect(findEmploymentType(text, [], null)?.value).toBe('internship');
  });

  it('reads no internship from Russian years of service ("стаж работы")', () => {
    expect(findEmploymentType('Требуется стаж работы не менее 3 лет.', [], null)).toBeNull();
  });

  it('reads no internship from German practices ("Praktiken"), where Swedish "praktiken" is one', () => {
    expect(findEmploymentType('Wir lehnen unfaire Geschäftspraktiken ab.', [], null)).toBeNull();
    expect(findEmploymentType('Du kennst bewährte Praktiken der Softwareentwicklung.', [], null)).toBeNull();
  });

  it.each(['令和8年度夏季インターンシップを実施します。', '長期インターン生を募集しています。'])(
    'reads Japanese %j as an internship',
    (text) => {
      expect(findEmploymentType(text, [], null)?.value).toBe('internship');
    },
  );

  it('reads no internship from years of service ("staż pracy"), practising ("harjoitella") or practitioners', () => {
    expect(findEmploymentType('Wymagany staż pracy: 3 lata.', [], null)).toBeNull();
    expect(findEmploymentType('Kandydat ze stażem pracy w IT.', [], null)).toBeNull();
    expect(findEmploymentType('Voit harjoitella ruotsia töissä.', [], null)).toBeNull();
    expect(findEmploymentType('Erfahrene Praktiker leiten das Seminar.', [], null)).toBeNull();
  });
});

describe('a kind of job said of another job, or of an activity', () => {
  it.each([
    // The role set against an internship.
    'This fellowship is not an internship: fellows lead their own project.',
    'The studentship offers more than an internship.',
    'Unlike internships, these awards are paid by the department.',
    // A job after this one.
    'The fellowship may lead to a full-time position after graduation.',
    'Many past fellows have gone on to full-time employment at the lab.',
    'Our alumni are now in full-time employment across the sector.',
    // The hours of an activity.
    'Award holders are engaged on a full-time basis in research during the award.',
    // A job beside this one, or other people's hours.
    'Applicants must not hold full-time employment elsewhere during the award.',
    'Applicants currently in full-time employment are not eligible.',
    'Many of our staff work part-time.',
    'Our full-time staff will mentor award holders.',
    // A stretch of work is no co-op by itself.
    'Award holders must stay for the whole summer work term of 16 weeks.',
  ])('reads no kind from %j', (text) => {
    expect(employmentType(`Summer Research Award\n${text}`)).toBeNull();
  });

  it('still reads the kind the page gives its own role', () => {
    expect(employmentType('Summer Research Award\nThis is a full-time position for ten weeks.')).toBe('full-time');
    expect(employmentType('Summer Research Award\nThe award is an internship in our lab.')).toBe('internship');
    expect(employmentType('Summer Research Award\nA co-op work term with our lab.')).toBe('co-op');
  });
});

describe('interns who are other people, or the applicant’s past', () => {
  it.each([
    'You will mentor our interns and review their code.',
    'The analyst will supervise summer interns in the lab.',
    'Applicants should have completed at least one internship.',
    'Internship experience preferred.',
  ])('give no kind to a role that is none: %j', (text) => {
    expect(employmentType(`Data Analyst\nJoin the analytics team. ${text}`)).toBeNull();
  });

  it('still reads the role’s own internship', () => {
    expect(employmentType('Data Analyst\nThis internship lets you mentor new users of our app.')).toBe('internship');
    expect(employmentType('Data Analyst\nOur interns supervise their own projects.')).toBe('internship');
  });
});

describe('internships listed beside the employer’s other schemes', () => {
  it('are not the kind of a graduate scheme’s page', () => {
    const page =
      'Job Description - Projects & Programme Graduate Scheme\nPosition Type - Full Time\nPlease Note: We only allow one application for any of our Graduate or internship schemes per year.';
    expect(employmentType(page)).toBe('full-time');
    expect(employmentType('Graduate Analyst\nWe run apprenticeship, placement and internship programmes.')).toBeNull();
    expect(employmentType('Graduate Analyst\nSee our internships and graduate jobs in start-ups.')).toBeNull();
  });

  it('are not the kind when the list has three or more schemes, with or without its last comma', () => {
    for (const list of [
      'graduate, placement, and internship schemes',
      'graduate, placement and internship schemes',
      'graduate, placement, or internship schemes',
      'graduate, internship, and placement programmes',
      'internship, graduate, and apprenticeship opportunities',
    ])
      expect(employmentType(`Graduate Analyst\nWe run ${list} across the UK.`), list).toBeNull();
  });

  it('still read an internship the page names as its own, or one scheme named alone', () => {
    expect(
      employmentType(
        'Position Type - Full Time\nWe only allow one application for any of our Graduate or internship schemes. This internship runs for 10 weeks.',
      ),
    ).toBe('internship');
    expect(employmentType('Data Analyst\nApply to our summer internship programme today.')).toBe('internship');
    expect(employmentType('Data Analyst\nWe take graduate or internship applicants.')).toBe('internship');
  });

  it('read an internship a list in the page’s heading names: the heading is what the page offers', () => {
    const heading =
      'Summer internship, graduate and placement opportunities for students: apply now for our 10-week summer programme';
    expect(employmentType(heading)).toBe('internship');
    expect(employmentType(`${heading}\nWe are hiring across the UK.`)).toBe('internship');
    const titled = 'Summer Internship, Graduate and Placement Opportunities\nApply now for our 10-week programme.';
    expect(employmentType(titled, 'Summer Internship, Graduate and Placement Opportunities')).toBe('internship');
    // Below the heading, the same list is the employer's other schemes.
    expect(
      employmentType('Graduate Analyst\nSummer internship, graduate and placement opportunities run all year.'),
    ).toBeNull();
  });
});
