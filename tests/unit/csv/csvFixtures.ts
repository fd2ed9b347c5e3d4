// Reads the small CSV files in tests/fixtures/csv.
import { readFileSync } from 'node:fs';

export function csvFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');
}
