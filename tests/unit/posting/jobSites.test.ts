import { describe, expect, it } from 'vitest';
import { findSource, siteForUrl } from '@shared/posting/jobSites';
import { scanPosting } from '@shared/posting/pageNoise';

function source(text: string, url: string | null = null) {
  const { scan, lines } = scanPosting(text);
  return (
    findSource(
      scan,
      lines.filter((l) => l.content !== ''),
      url,
    )?.value ?? null
  );
}

describe('findSource', () => {
  it('reads the site banner below a long first line', () => {
    const long = `• Resume Scoring: ${'our matching evaluates your CV before you apply for this job role '.repeat(2)}`;
    expect(source(`${long}\nUnited States Jobs Expertini\nData Intern\nWe build things.`)).toBe('Expertini');
    expect(source('Logo of Huzzle\nData Intern\nWe build things.')).toBe('Huzzle');
  });

  it.each([
    'Talent.com',
    'LinkedIn',
    'indeed',
    'Glassdoor',
    'Handshake',
    'Wellfound',
    'ZipRecruiter',
    'SEEK',
    'Built In',
  ])('reads the site named at the top of the page: %s', (site) => {
    expect(source(`${site}\nData Intern\nAcme\nWe build things.`)?.toLowerCase()).toBe(site.toLowerCase());
  });

  it('reads "Powered by" anywhere on the page', () => {
    expect(source('Data Intern\nAcme\nWe build things.\nPowered by Greenhouse')).toBe('Greenhouse');
    expect(source('Data Intern\nAcme\nWe build things.\nJobs powered by Lever')).toBe('Lever');
  });

  it("reads the site from the posting's address", () => {
    expect(source('Data Intern\nAcme', 'https://jobs.lever.co/acme/123')).toBe('Lever');
  });

  it('does not take a site named in a sentence, or common words, for the source', () => {
    expect(source('Data Intern\nFollow us on LinkedIn and Glassdoor for news about our team and products.')).toBeNull();
    expect(source('Data Intern\nA typical workday involves a lever and a handshake.')).toBeNull();
  });

  it('does not take a role named after the common word for a site ("Greenhouse") for its banner', () => {
    expect(source('Spring Greenhouse Internship\nRiverbend Farm\nWe grow vegetables.')).toBeNull();
    expect(source('Potting Shed Traineeship\ngreenhouse and nursery\nWe grow vegetables.')).toBeNull();
  });
});

describe('siteForUrl', () => {
  it('knows job boards and applicant tracking systems by host', () => {
    expect(siteForUrl('https://boards.greenhouse.io/acme/jobs/42')).toBe('Greenhouse');
    expect(siteForUrl('https://acme.wd5.myworkdayjobs.com/en-US/careers/job/R-1')).toBe('Workday');
    expect(siteForUrl('https://www.linkedin.com/jobs/view/123')).toBe('LinkedIn');
    expect(siteForUrl('https://acme.com/careers/42')).toBeNull();
  });
});
