import { describe, expect, it } from 'vitest';
import { findPostingUrl } from '@shared/posting/postingUrl';

const url = (text: string) => findPostingUrl(text)?.value ?? null;

describe('findPostingUrl', () => {
  it('takes a job board or applicant tracking address', () => {
    expect(url('Apply: https://jobs.lever.co/tidewater/4c7e2a91-0b3d/apply.')).toBe(
      'https://jobs.lever.co/tidewater/4c7e2a91-0b3d/apply',
    );
    expect(url('See https://boards.greenhouse.io/quill/jobs/5512 for details')).toBe(
      'https://boards.greenhouse.io/quill/jobs/5512',
    );
  });

  it('prefers a job board address to an earlier company careers address', () => {
    expect(url('https://acme.com/careers/data-intern then https://acme.wd1.myworkdayjobs.com/en-US/acme/job/R-1')).toBe(
      'https://acme.wd1.myworkdayjobs.com/en-US/acme/job/R-1',
    );
  });

  it('takes a company careers address that names a job', () => {
    expect(url('Apply at https://acme.com/careers/data-intern-2026 (link).')).toBe(
      'https://acme.com/careers/data-intern-2026',
    );
    expect(url('https://acme.com/apply?gh_jid=12345')).toBe('https://acme.com/apply?gh_jid=12345');
  });

  it('ignores home pages, benefits pages and privacy policies', () => {
    expect(url('Visit https://acme.com, https://acme.com/careers/benefits and https://acme.com/privacy')).toBeNull();
  });

  it('points its evidence at the address', () => {
    const text = 'Apply: https://jobs.lever.co/acme/1.';
    const found = findPostingUrl(text)!;
    expect(text.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('https://jobs.lever.co/acme/1');
  });
});
