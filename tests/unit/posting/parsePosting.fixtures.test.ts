import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { draftDifferences } from './draftComparison';
import { FIXTURE_DIR, loadPostingFixtures } from './postingFixtures';

const fixtures = loadPostingFixtures();
/** The real page the product is specified against (a copy of the shared reference fixture). */
const REFERENCE = 'pinterest-ml-intern-2026';

describe('the posting corpus', () => {
  it('holds the reference page and at least fifteen pages written for tests', () => {
    expect(fixtures.map((f) => f.name)).toContain(REFERENCE);
    expect(fixtures.filter((f) => f.name !== REFERENCE).length).toBeGreaterThanOrEqual(15);
  });

  it('marks every page written for tests as such on its first line', () => {
    for (const fixture of fixtures.filter((f) => f.name !== REFERENCE)) {
      expect(fixture.input.split('\n')[0], fixture.file).toMatch(/written for tests: not a real posting/);
    }
  });

  it('covers both HTML with JSON-LD and HTML without it', () => {
    const html = fixtures.filter((f) => f.file.endsWith('.html'));
    expect(html.some((f) => f.input.includes('application/ld+json'))).toBe(true);
    expect(html.some((f) => !f.input.includes('application/ld+json'))).toBe(true);
  });
});

describe.each(fixtures)('$file', ({ input, expected }) => {
  it('parses to what a careful reader takes from it', () => {
    expect(draftDifferences(parsePosting(input), expected)).toEqual([]);
  });
});

// The reference page is copied into the repository so a clone stands alone; where the team's
// shared folder sits beside the checkout (as in CI), the copy must still be the original.
const SHARED_REFERENCE_DIR = fileURLToPath(new URL('../../../../shared/fixtures/postings/', import.meta.url));
const sharedFolderPresent = existsSync(SHARED_REFERENCE_DIR);

describe('the copy of the reference page', () => {
  it.skipIf(!sharedFolderPresent)(
    `is byte for byte the shared original${sharedFolderPresent ? '' : ' (skipped: no shared/ folder beside this checkout)'}`,
    () => {
      for (const file of [`${REFERENCE}.txt`, `${REFERENCE}.expected.json`]) {
        expect(readFileSync(`${FIXTURE_DIR}${file}`, 'utf8'), file).toBe(
          readFileSync(`${SHARED_REFERENCE_DIR}${file}`, 'utf8'),
        );
      }
    },
  );
});
