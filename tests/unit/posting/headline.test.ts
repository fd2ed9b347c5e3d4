import { describe, expect, it } from 'vitest';
import { findHeadline } from '@shared/posting/headline';
import { scanPosting } from '@shared/posting/pageNoise';

const PROSE =
  'We build scheduling and intake software for community clinics; it is used by 900 clinics to book more than two million appointments a year.';

function headline(text: string) {
  const { scan, lines, bodyEnd } = scanPosting(text);
  const found = findHeadline(scan, lines, bodyEnd);
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
    expect(headline(`Product Design Intern\nRemote\n${PROSE}\nAt Tidewater Health, we care.`).company).toBe(
      'Tidewater Health',
    );
  });

  it('does not take "About the job" or "About us" for a company', () => {
    expect(headline(`Product Design Intern\nAbout the job\nAbout us\n${PROSE}`).company).toBeNull();
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

  it('finds nothing in a page without a header', () => {
    expect(headline('')).toEqual({ title: null, company: null });
  });
});
