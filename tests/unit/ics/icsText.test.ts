import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsDuration, icsUtc, nextCalendarDate } from '@shared/ics/icsText';
import { textArb } from '../arbitraries';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('drops control characters a calendar may not hold', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Pinterest')).toBe('SUMMARY:Pinterest');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(textArb(200), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('moves a multi-byte character that would cross octet 75 to the next line', () => {
    const line = `${'x'.repeat(74)}é`;
    expect(foldLine(line)).toBe(`${'x'.repeat(74)}\r\n é`);
  });
});

describe('values', () => {
  it('writes an instant with any offset in UTC', () => {
    expect(icsUtc('2026-02-10T17:00:00-08:00')).toBe('20260211T010000Z');
  });

  it('finds the next calendar date across month and year ends', () => {
    expect(nextCalendarDate('2026-02-28')).toBe('2026-03-01');
    expect(nextCalendarDate('2028-02-28')).toBe('2028-02-29');
    expect(nextCalendarDate('2026-12-31')).toBe('2027-01-01');
  });

  it.each([
    [0, 'PT0M'],
    [-45, '-PT45M'],
    [-90, '-PT1H30M'],
    [-60, '-PT1H'],
    [-1440, '-P1D'],
    [-4320, '-P3D'],
    [-20160, '-P14D'],
    [-1500, '-P1DT1H'],
    [-1441, '-P1DT1M'],
    [-3780, '-P2DT15H'],
    [540, 'PT9H'],
  ])('writes an offset of %i minutes as %s', (minutes, duration) => {
    expect(icsDuration(minutes)).toBe(duration);
  });
});
