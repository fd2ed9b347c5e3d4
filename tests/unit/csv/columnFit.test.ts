import { describe, expect, it } from 'vitest';
import { proposeColumns } from '@shared/csv/columnFit';
import { applicationsToCsv } from '@shared/csv/csvExport';
import { readCsvText, type CsvTable } from '@shared/csv/readCsvText';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { aPinterestApplication } from '../core/pinterestApplication';

function tableOf(text: string): CsvTable {
  const read = readCsvText(text);
  if (!read.ok) throw new Error(read.error);
  return read.table;
}

const propose = (text: string) => proposeColumns(tableOf(text), DEFAULT_PIPELINE);

describe('proposeColumns', () => {
  it('keeps a column whose values mostly fit, so a typo is reported on its line', () => {
    const { mapping, notes } = propose('Company,Role,Deadline\nA,x,1/20/2026\nB,x,31/31/2026\nC,x,\n');
    expect(mapping).toEqual(['company', 'role', 'deadline']);
    expect(notes).toEqual([]);
  });

  it('does not count empty cells, dashes or N/A against a column', () => {
    const { mapping } = propose('Company,Role,Deadline\nA,x,N/A\nB,x,-\nC,x,2/1/2026\nD,x,—\n');
    expect(mapping).toEqual(['company', 'role', 'deadline']);
  });

  it('offers as notes a column of yes and no where a work mode was expected', () => {
    const { mapping, notes } = propose('Company,Role,Work mode\nA,x,Yes\nB,x,No\nC,x,Hybrid\n');
    expect(mapping).toEqual(['company', 'role', 'notes']);
    expect(notes).toEqual([
      {
        column: 2,
        message:
          "'Work mode' does not hold work modes (on-site, hybrid, remote) (for example 'Yes'), so it is offered as notes: each value goes into the notes as 'Work mode: …'. Choose Work mode to read it as that instead.",
      },
    ]);
  });

  it('reads yes and no as the work mode where the column asks "Remote?"', () => {
    expect(propose('Company,Role,Remote\nA,x,Yes\nB,x,No\nC,x,Hybrid\n')).toMatchObject({
      mapping: ['company', 'role', 'workMode'],
      notes: [],
    });
  });

  it('gives the field of a column that does not fit to the next column named for it that does', () => {
    // A spreadsheet's checkbox "Applied?" before its "Date Applied".
    const { mapping, notes } = propose(
      'Company,Role,Applied?,Date Applied,Applied on\nA,x,TRUE,1/10/2026,\nB,x,FALSE,,\nC,x,TRUE,12/20/2025,\n',
    );
    expect(mapping).toEqual(['company', 'role', 'notes', 'appliedAt', null]);
    expect(notes.map((note) => note.column)).toEqual([2]);
    // Not to a column named for it whose values do not fit either.
    expect(propose('Company,Role,Applied?,Applied on\nA,x,TRUE,yes\n').mapping).toEqual([
      'company',
      'role',
      'notes',
      null,
    ]);
  });

  it('offers as notes a cover letter column that holds the letters themselves', () => {
    const letter = `"Dear hiring team, ${'I am writing to apply. '.repeat(30)}"`;
    const { mapping, notes } = propose(`Company,Role,Cover letter\nA,x,${letter}\nB,x,v2\nC,x,${letter}\n`);
    expect(mapping).toEqual(['company', 'role', 'notes']);
    expect(notes[0]!.message).toMatch(/^'Cover letter' does not hold a name or a short note \(up to 500 characters\)/);
  });

  it('keeps ratings in words, stars and 1–10 as excitement', () => {
    expect(propose('Company,Role,Interest\nA,x,High\nB,x,★★★\nC,x,8\n').mapping).toEqual([
      'company',
      'role',
      'excitement',
    ]);
    expect(propose('Company,Role,Interest\nA,x,Love it\nB,x,ask again in May\n').mapping).toEqual([
      'company',
      'role',
      'notes',
    ]);
  });

  it('takes our own export as it is', () => {
    const csv = applicationsToCsv([aPinterestApplication({ resumeVersion: 'x'.repeat(500) })], {
      pipeline: DEFAULT_PIPELINE,
      now: new Date(2026, 1, 5),
    });
    const { preset, notes } = proposeColumns(tableOf(csv), DEFAULT_PIPELINE);
    expect([preset, notes]).toEqual(['own-export', []]);
  });

  it('looks at a stage history against the pipeline', () => {
    const { mapping } = propose('Company,Role,History\nA,x,applied then rejected\nB,x,ghosted\n');
    expect(mapping).toEqual(['company', 'role', 'notes']);
    expect(propose('Company,Role,History\nA,x,2026-01-05 Applied\n').mapping).toEqual([
      'company',
      'role',
      'stageHistory',
    ]);
  });

  it("reads German, French and Spanish names of the work's start and end as the cohort", () => {
    for (const [start, end] of [
      ['Beginn', 'Ende'],
      ['Startdatum', 'Enddatum'],
      ['Praktikumsbeginn', 'Praktikumsende'],
      ['Début', 'Fin'],
      ['Date de début', 'Date de fin'],
      ['Fecha de inicio', 'Fecha de fin'],
      ['From', 'To'],
      ['Von', 'Bis'],
      ['Desde', 'Hasta'],
    ]) {
      const { mapping } = propose(`Company,Role,${start},${end}\nA,x,01.03.2027,31.08.2027\nB,x,,\n`);
      expect(mapping, `${start}/${end}`).toEqual(['company', 'role', 'cohortStart', 'cohortEnd']);
    }
  });

  it("leaves a 'Fin', 'From' or 'To' that holds no dates alone, so it does not become a cohort", () => {
    expect(propose('Company,Role,Début,Fin\nA,x,01/03/2027,oui\nB,x,,non\n').mapping).toEqual([
      'company',
      'role',
      'notes',
      null,
    ]);
    expect(propose('Company,Role,From,To\nA,x,LinkedIn,ana@example.com\n').mapping).toEqual([
      'company',
      'role',
      null,
      null,
    ]);
    // One end with dates is no cohort: it stays unread, not offered as notes.
    expect(propose('Company,Role,From,To\nA,x,1/3/2027,ana@example.com\n').mapping).toEqual([
      'company',
      'role',
      null,
      null,
    ]);
  });

  it('proposes a column of web addresses as the posting link, whatever its name', () => {
    // SimplifyJobs' table names its link column "Application"; other lists say "Apply".
    for (const name of ['Application', 'Apply', 'Apply here', 'Where']) {
      const { mapping } = propose(
        `Company,Role,${name},Age\nLeidos,SWE Intern,https://leidos.wd5.myworkdayjobs.com/x/R-00183721?utm_source=Simplify&ref=Simplify,5d\nLeidos,SWE Intern,https://leidos.wd5.myworkdayjobs.com/x/R-00183722,5d\nAcme,x,,1d\n`,
      );
      expect(mapping, name).toEqual(['company', 'role', 'postingUrl', null]);
    }
  });

  it("proposes a column of mostly addresses as the posting link, among notes and the lists' closed marks", () => {
    // SimplifyJobs writes 🔒 in its "Application" column for each closed posting.
    const simplify = propose(
      'Company,Role,Application,Age\nStride,AI Intern,https://jobs.example.com/1,14d\nLeidos,SWE Intern,🔒,20d\nRamp,SWE Intern,https://jobs.ashbyhq.com/ramp/1,3d\nPlaid,DS Intern,🔒,30d\nFigma,Design Intern,https://boards.greenhouse.io/figma/jobs/5,2d\n',
    );
    expect(simplify.mapping).toEqual(['company', 'role', 'postingUrl', null]);
    expect(simplify.notes).toEqual([]);
    const noted = propose(
      'Company,Role,Apply\nA,x,https://a.example/1\nB,x,applied via referral\nC,x,https://c.example/1\nD,x,N/A\nE,x,https://e.example/1\n',
    );
    expect(noted.mapping).toEqual(['company', 'role', 'postingUrl']);
    // Fewer than two thirds of addresses, or only two among notes, are not a link column.
    const rows = Array.from({ length: 6 }, (_, i) => `C${i},x,https://jobs.example.com/${i}\n`).join('');
    const notes = Array.from({ length: 4 }, (_, i) => `D${i},x,closed\n`).join('');
    expect(propose(`Company,Role,Apply\n${rows}${notes}`).mapping).toEqual(['company', 'role', null]);
    expect(
      propose('Company,Role,Apply\nA,x,https://a.example/1\nB,x,https://b.example/1\nC,x,ask Sam\n').mapping,
    ).toEqual(['company', 'role', null]);
  });

  it('leaves addresses alone when another column is the posting link or the name says they are another page', () => {
    expect(propose('Company,Role,Link,Apply\nA,x,https://a.example/1,https://a.example/apply/1\n').mapping).toEqual([
      'company',
      'role',
      'postingUrl',
      null,
    ]);
    // Trello's own card page, a recruiter's profile, an attachment.
    for (const name of ['Card URL', 'Recruiter', 'LinkedIn', 'Attachment Links', 'Company website']) {
      const { mapping } = propose(`Company,Role,${name}\nA,x,https://trello.com/c/abc\nB,x,https://trello.com/c/def\n`);
      expect(mapping[2], name).not.toBe('postingUrl');
    }
    // Names without their scheme could be anything (a company's domain).
    expect(propose('Company,Role,Site\nA,x,stripe.com\nB,x,figma.com\n').mapping).toEqual(['company', 'role', null]);
  });

  it("proposes a column of date ranges as the cohorts, as Notion's 'Internship dates' and 'Dates'", () => {
    for (const name of ['Internship dates', 'Dates', 'Zeitraum']) {
      const { mapping } = propose(
        `Company,Role,${name}\nStripe,x,"May 24, 2027 → August 13, 2027"\nFigma,x,"June 1, 2027 – August 20, 2027"\nC,x,\n`,
      );
      expect(mapping, name).toEqual(['company', 'role', 'cohorts']);
    }
  });

  it('proposes a column of ranges as the cohorts when one of them is a single day', () => {
    const { mapping } = propose(
      'Company,Role,Internship dates\nStripe,x,"June 1, 2027 → June 1, 2027"\nFigma,x,"June 7, 2027 → August 20, 2027"\nRamp,x,"June 14, 2027 → August 27, 2027"\n',
    );
    expect(mapping).toEqual(['company', 'role', 'cohorts']);
    // Mostly hours within one day, with one running over days: still no term of work.
    expect(
      propose(
        'Company,Role,Dates\nA,x,"January 28, 2027 10:00 AM → 11:00 AM"\nB,x,"February 2, 2027 9:00 AM → 9:30 AM"\nC,x,"February 5, 2027 → February 6, 2027"\n',
      ).mapping,
    ).toEqual(['company', 'role', null]);
  });

  it('leaves ranges alone that are within one day, named for something else, or beside cohort columns', () => {
    // An info session's hour is no term of work.
    expect(propose('Company,Role,Info session\nA,x,"October 20, 2026 10:00 AM → 10:45 AM"\n').mapping).toEqual([
      'company',
      'role',
      null,
    ]);
    for (const name of ['Application window', 'Interview window', 'Assessment period', 'Offer deadline range']) {
      const { mapping } = propose(`Company,Role,${name}\nA,x,"November 1, 2026 → November 15, 2026"\n`);
      expect(mapping[2], name).not.toBe('cohorts');
    }
    expect(
      propose('Company,Role,Start date,End date,Dates\nA,x,2027-06-01,2027-08-31,"June 1, 2027 → August 31, 2027"\n')
        .mapping,
    ).toEqual(['company', 'role', 'cohortStart', 'cohortEnd', null]);
  });
});

describe('a column named for the company and the role together', () => {
  const VALUES = 'Stripe - Software Engineering Intern\nDatadog: SWE Intern\nSWE Intern at Ramp\n';

  it.each(['Company / Role', 'Role @ Company', 'Company - Position', 'Company | Job title', 'Role at Company'])(
    "reads '%s' as a title column holding both, as Trello's Card Name",
    (header) => {
      expect(propose(`${header},Status\n${VALUES.replace(/\n/g, ',Applied\n')}`).mapping).toEqual([
        'companyAndRole',
        'stage',
      ]);
    },
  );

  it('leaves it alone when its values do not name both, or another column holds the company or the role', () => {
    expect(propose('Company / Role,Status\nStripe,Applied\nRamp,Applied\n').mapping).toEqual([null, 'stage']);
    expect(propose(`Company / Role,Role\n${VALUES.replace(/\n/g, ',x\n')}`).mapping).toEqual([null, 'role']);
    expect(propose(`Company,Company - Position\n${VALUES.replace(/^|\n(?=.)/g, (m) => m + 'A,')}`).mapping).toEqual([
      'company',
      null,
    ]);
  });

  it.each(['Start / End date', 'Location / Remote?', 'Company / Deadline'])(
    "leaves '%s' alone: its parts name two other fields",
    (header) => {
      expect(propose(`Company,Role,${header}\nA,x,${VALUES.split('\n')[0]}\n`).mapping).toEqual([
        'company',
        'role',
        null,
      ]);
    },
  );
});
