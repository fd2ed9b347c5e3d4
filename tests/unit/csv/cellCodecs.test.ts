import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS } from '@shared/application';
import {
  readCohorts,
  readDeadlines,
  readLabelledLine,
  readLocations,
  readTags,
  writeCohorts,
  writeDeadlines,
  writeLabelledLine,
  writeLocations,
  writeTags,
} from '@shared/csv/cellCodecs';
import { calendarDateArb, instantArb, nonBlankArb, textArb } from '../arbitraries';

describe('locations and tags', () => {
  it('writes one location per line, commas inside one kept readable, as the README promises list cells (tester28)', () => {
    const cell = writeLocations(['Bengaluru', 'Pune', 'San Francisco, CA']);
    expect(cell).toBe('Bengaluru\nPune\nSan Francisco, CA');
    expect(readLocations(cell)).toEqual(['Bengaluru', 'Pune', 'San Francisco, CA']);
  });

  it('reads back the semicolons older exports wrote between locations', () => {
    expect(readLocations('San Francisco, CA; New York, NY')).toEqual(['San Francisco, CA', 'New York, NY']);
  });

  it('escapes a semicolon inside a location', () => {
    expect(readLocations(writeLocations(['Lab; Building 4', 'Remote']))).toEqual(['Lab; Building 4', 'Remote']);
  });

  it('reads locations a spreadsheet put on separate lines', () => {
    expect(readLocations('Seattle, WA\r\nPalo Alto, CA\n')).toEqual(['Seattle, WA', 'Palo Alto, CA']);
  });

  it('keeps a backslash that escapes nothing, as in foreign text', () => {
    expect(readTags('C:\\Users, ml')).toEqual(['C:\\Users', 'ml']);
  });

  it('splits tags on commas and semicolons', () => {
    expect(writeTags(['ml', 'big tech'])).toBe('ml, big tech');
    expect(readTags('ml; big tech,  summer ')).toEqual(['ml', 'big tech', 'summer']);
  });

  it('gives back any trimmed locations and tags exactly', () => {
    fc.assert(
      fc.property(fc.array(nonBlankArb(15)), (items) => {
        expect(readLocations(writeLocations(items))).toEqual(items);
        expect(readTags(writeTags(items))).toEqual(items);
      }),
    );
  });
});

describe('cohorts', () => {
  it('writes one cohort per line with its label in brackets', () => {
    expect(
      writeCohorts([
        { start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
        { start: '2026-06-15', end: '2026-09-04', label: '' },
      ]),
    ).toBe('2026-05-18 to 2026-08-07 (May cohort)\n2026-06-15 to 2026-09-04');
  });

  it('keeps a label with a Unicode line separator, which regular expressions treat as a line end', () => {
    const cohorts = [{ start: '2026-05-18', end: '2026-08-07', label: 'May\u2028cohort' }];
    expect(readCohorts(writeCohorts(cohorts))).toEqual({ ok: true, value: cohorts });
  });

  it('names the line it cannot read', () => {
    expect(readCohorts('2026-05-18 to 2026-08-07\nsometime in June')).toEqual({ ok: false, bad: 'sometime in June' });
    expect(readCohorts('2026-02-30 to 2026-08-07')).toEqual({ ok: false, bad: '2026-02-30 to 2026-08-07' });
  });

  it('gives back any cohorts exactly, labels with brackets and line breaks included', () => {
    const cohort = fc.record({ start: calendarDateArb, end: calendarDateArb, label: textArb(20) });
    fc.assert(
      fc.property(fc.array(cohort, { maxLength: 4 }), (cohorts) => {
        expect(readCohorts(writeCohorts(cohorts))).toEqual({ ok: true, value: cohorts });
      }),
    );
  });
});

describe('deadlines', () => {
  it('writes the date, the kind, whether it is done and the label', () => {
    expect(
      writeDeadlines([
        { at: '2026-02-10T17:00:00-08:00', kind: 'assessment', label: 'HackerRank', done: true },
        { at: '2026-03-15', kind: 'offer-response', label: '', done: false },
      ]),
    ).toBe('2026-02-10T17:00:00-08:00 Assessment due (done): HackerRank\n2026-03-15 Offer response due');
  });

  it('writes no label that only repeats its kind', () => {
    expect(
      writeDeadlines([
        { at: '2026-03-15', kind: 'offer-response', label: 'offer response due', done: false },
        { at: '2026-03-17', kind: 'other', label: 'Deadline', done: true },
      ]),
    ).toBe('2026-03-15 Offer response due\n2026-03-17 Deadline (done)');
  });

  it('reads the kind as the app names it, in any case, and as the codes older exports wrote', () => {
    expect(
      readDeadlines('2026-03-15 Offer response due: Answer Ana\n2026-03-16 interview\n2026-03-17 Deadline'),
    ).toEqual({
      ok: true,
      value: [
        { at: '2026-03-15', kind: 'offer-response', label: 'Answer Ana', done: false },
        { at: '2026-03-16', kind: 'interview', label: '', done: false },
        { at: '2026-03-17', kind: 'other', label: '', done: false },
      ],
    });
    expect(readDeadlines('2026-03-15 offer-response (done): Answer Ana\n2026-03-16 APPLICATION DEADLINE')).toEqual({
      ok: true,
      value: [
        { at: '2026-03-15', kind: 'offer-response', label: 'Answer Ana', done: true },
        { at: '2026-03-16', kind: 'application', label: '', done: false },
      ],
    });
  });

  it('names a line with an unknown kind', () => {
    expect(readDeadlines('2026-03-15 coffee chat')).toEqual({ ok: false, bad: '2026-03-15 coffee chat' });
  });

  it('gives back any deadlines exactly', () => {
    const deadline = fc.record({
      at: fc.oneof(calendarDateArb, instantArb),
      kind: fc.constantFrom(...DEADLINE_KINDS),
      label: textArb(20),
      done: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(deadline, { maxLength: 4 }), (deadlines) => {
        expect(readDeadlines(writeDeadlines(deadlines))).toEqual({ ok: true, value: deadlines });
      }),
    );
  });
});

describe('labelled lines', () => {
  it('writes the parts that hold something, each after its label', () => {
    expect(
      writeLabelledLine('Ana', [
        ['role', 'Recruiter'],
        ['email', ''],
        ['notes', 'a | b'],
      ]),
    ).toBe('Ana | role: Recruiter | notes: a \\| b');
  });

  it('reads the head and the parts, spaces inside values kept', () => {
    expect(readLabelledLine('Ana  | role:  Recruiter  | notes: a \\| b', ['role', 'notes'])).toEqual({
      head: 'Ana ',
      parts: { role: ' Recruiter ', notes: 'a | b' },
    });
  });

  it('refuses a part with an unknown label or one given twice', () => {
    expect(readLabelledLine('Ana | mood: great', ['role'])).toBeNull();
    expect(readLabelledLine('Ana | role: a | role: b', ['role'])).toBeNull();
  });
});
