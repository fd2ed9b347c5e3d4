// The posting corpus in tests/fixtures/postings: each page beside the `.expected.json` a careful
// reader wrote for it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectedDraftSchema, type ExpectedDraft } from './draftComparison';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/postings/', import.meta.url));

export interface PostingFixture {
  name: string;
  /** The page file, relative to the fixture folder. */
  file: string;
  input: string;
  expected: ExpectedDraft;
}

export function loadPostingFixtures(): PostingFixture[] {
  const files = readdirSync(FIXTURE_DIR);
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((expectedFile) => {
      const name = expectedFile.slice(0, -'.expected.json'.length);
      const pages = files.filter((f) => f === `${name}.txt` || f === `${name}.html`);
      if (pages.length !== 1)
        throw new Error(`${expectedFile}: expected one ${name}.txt or ${name}.html beside it, found ${pages.length}`);
      const file = pages[0]!;
      return {
        name,
        file,
        input: readFileSync(FIXTURE_DIR + file, 'utf8'),
        expected: expectedDraftSchema.parse(JSON.parse(readFileSync(FIXTURE_DIR + expectedFile, 'utf8'))),
      };
    });
}
