import { describe, expect, it } from 'vitest';
import { readJobPosting } from '@shared/posting/jobPostingJsonLd';

const page = (json: unknown, type = 'application/ld+json') =>
  `<html><head><script type="${type}">${JSON.stringify(json)}</script></head><body></body></html>`;

const posting = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Data Analytics Intern &amp; Apprentice',
  hiringOrganization: { '@type': 'Organization', name: 'Meridian Grid' },
  jobLocation: [
    {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
    },
    {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'London',
        addressCountry: { '@type': 'Country', name: 'United Kingdom' },
      },
    },
    { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'US' } },
  ],
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'usd',
    value: { '@type': 'QuantitativeValue', minValue: 32, maxValue: '38', unitText: 'HOUR' },
  },
  validThrough: '2026-02-27T23:59:59-06:00',
  employmentType: ['FULL_TIME', 'INTERN'],
  url: 'https://meridiangrid.wd5.myworkdayjobs.com/en-US/careers/job/R-10482',
};

describe('readJobPosting', () => {
  it('reads the fields a draft needs', () => {
    expect(readJobPosting(page(posting))).toEqual({
      title: 'Data Analytics Intern & Apprentice',
      company: 'Meridian Grid',
      locations: ['Austin, TX', 'London, United Kingdom'],
      remote: false,
      pay: { min: 32, max: 38, currency: 'USD', period: 'hour' },
      deadline: '2026-02-27',
      employmentType: 'internship',
      url: 'https://meridiangrid.wd5.myworkdayjobs.com/en-US/careers/job/R-10482',
    });
  });

  it('finds the posting in an @graph, an array or a page entity', () => {
    for (const wrapped of [
      { '@graph': [{ '@type': 'WebPage' }, posting] },
      [{ '@type': 'Organization' }, posting],
      { '@type': 'WebPage', mainEntity: posting },
    ]) {
      expect(readJobPosting(page(wrapped))?.title).toBe('Data Analytics Intern & Apprentice');
    }
  });

  it('reads a single salary value, a yearly unit and a salary without a unit', () => {
    const salary = (baseSalary: unknown) => readJobPosting(page({ ...posting, baseSalary }))?.pay;
    expect(salary({ currency: 'GBP', value: { value: 2600, unitText: 'MONTH' } })).toEqual({
      min: 2600,
      max: 2600,
      currency: 'GBP',
      period: 'month',
    });
    expect(salary({ currency: 'USD', value: { minValue: 120000, maxValue: 145000, unitText: 'YEAR' } })?.period).toBe(
      'year',
    );
    expect(salary({ currency: 'EUR', value: 2100 })).toEqual({ min: 2100, max: 2100, currency: 'EUR', period: null });
    expect(salary({ value: 2100 })).toBeNull();
  });

  it('reads TELECOMMUTE as remote work and maps employment types', () => {
    const read = readJobPosting(page({ ...posting, jobLocationType: 'TELECOMMUTE', employmentType: 'PART_TIME' }));
    expect(read?.remote).toBe(true);
    expect(read?.employmentType).toBe('part-time');
    expect(readJobPosting(page({ ...posting, employmentType: 'CONTRACTOR' }))?.employmentType).toBeNull();
  });

  it('ignores a validThrough or url that is not what it should be', () => {
    const read = readJobPosting(page({ ...posting, validThrough: 'soon', url: 'javascript:alert(1)' }));
    expect(read?.deadline).toBeNull();
    expect(read?.url).toBeNull();
  });

  it('skips broken JSON and other structured data, and finds a posting in a later script', () => {
    const html = `<script type="application/ld+json">{ "broken": </script>${page({ '@type': 'Organization', name: 'X' })}${page(posting)}`;
    expect(readJobPosting(html)?.company).toBe('Meridian Grid');
  });

  it('reads nothing from a page without a JobPosting', () => {
    expect(readJobPosting('<p>No structured data</p>')).toBeNull();
    expect(readJobPosting(page(posting, 'application/json'))).toBeNull();
  });
});
