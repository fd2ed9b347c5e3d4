// Reads the small CSV files in tests/fixtures/csv.
import { readFileSync } from 'node:fs';

const fixtureUrl = (name: string) => new URL(`../../fixtures/csv/${name}`, import.meta.url);

export function csvFixture(name: string): string {
  return readFileSync(fixtureUrl(name), 'utf8');
}

/** A fixture's bytes, for one saved in an encoding other than UTF-8. */
export function csvFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixtureUrl(name)));
}
