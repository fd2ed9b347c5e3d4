import { describe, expect, it } from 'vitest';
import { comparablePostingText, MIN_POSTING_CHARS, postingFingerprint } from '@shared/samePosting';

const PAGE =
  'Data Intern\nAcme · Toronto, ON\nAbout Acme: we build scheduling software for clinics, used by 900 ' +
  'clinics to book two million appointments a year. Interns join a team of six for twelve weeks, with a ' +
  'mentor and a project of their own.\nApply by March 1, 2026.\n';
const print = (text: string) => postingFingerprint(comparablePostingText(text));

describe('the same posting text', () => {
  it('is the same page whatever its spacing, case and Unicode form', () => {
    const again = `  ${PAGE.toUpperCase().replace(/\n/g, '\r\n\r\n').replace(/ /g, '\u00a0 ')}\t`.normalize('NFD');
    expect(comparablePostingText(again)).toBe(comparablePostingText(PAGE));
    expect(print(again)).toBe(print(PAGE));
  });

  it('is another page when one line differs, or text is left out or added at the end', () => {
    const others = [PAGE.replace('Data Intern', 'Design Intern'), PAGE.slice(0, -2), `${PAGE}Share this job`];
    for (const other of others) expect(print(other)).not.toBe(print(PAGE));
  });

  it('names no posting when it is a line typed by hand', () => {
    expect(print('Data intern at Acme')).toBeNull();
    expect(print('x'.repeat(MIN_POSTING_CHARS - 1))).toBeNull();
    expect(print('x'.repeat(MIN_POSTING_CHARS))).not.toBeNull();
  });
});
