// The page cut into plain and highlighted pieces at the edges of the evidence spans.
import { describe, expect, it } from 'vitest';
import type { PostingDraft } from '@shared/posting/postingDraft';
import { evidenceSpans, textPieces } from '../../../renderer/src/features/paste/evidenceSpans';

function posting(text: string, evidence: PostingDraft['evidence']): PostingDraft {
  return {
    source: null,
    company: null,
    title: null,
    locations: [],
    workMode: null,
    employmentType: null,
    pay: null,
    durationWeeks: null,
    cohorts: [],
    deadline: null,
    deadlineTime: null,
    postingUrl: null,
    term: null,
    sponsorship: null,
    text,
    evidence,
    notes: [],
  };
}

describe('evidenceSpans', () => {
  it('lists every span of every field in page order, numbering cohorts as the form does', () => {
    const text = 'Data Intern at Acme. Runs May 4 - Aug 21 or Jun 1 - Sep 18.';
    const spans = evidenceSpans(
      posting(text, {
        cohorts: [
          { start: 26, end: 40 },
          { start: 44, end: 58 },
        ],
        company: [{ start: 15, end: 19 }],
        title: [{ start: 0, end: 11 }],
      }),
    );
    expect(spans.map((s) => [s.id, s.label, text.slice(s.start, s.end)])).toEqual([
      ['title:0', 'Role', 'Data Intern'],
      ['company:0', 'Company', 'Acme'],
      ['cohorts:0', 'Cohort 1', 'May 4 - Aug 21'],
      ['cohorts:1', 'Cohort 2', 'Jun 1 - Sep 18'],
    ]);
  });

  it('labels the term and the visa sponsorship', () => {
    const text = 'Data Intern, Summer 2026. We do not sponsor visas.';
    const spans = evidenceSpans(
      posting(text, { term: [{ start: 13, end: 24 }], sponsorship: [{ start: 29, end: 43 }] }),
    );
    expect(spans.map((s) => [s.id, s.label, text.slice(s.start, s.end)])).toEqual([
      ['term:0', 'Term', 'Summer 2026'],
      ['sponsorship:0', 'Visa sponsorship', 'do not sponsor'],
    ]);
  });

  it('leaves out empty spans', () => {
    expect(evidenceSpans(posting('Acme', { company: [{ start: 2, end: 2 }] }))).toEqual([]);
  });
});

describe('textPieces', () => {
  it('cuts overlapping spans into pieces each covered by the same spans throughout', () => {
    const text = 'Data Intern, Summer';
    const spans = evidenceSpans(
      posting(text, { title: [{ start: 0, end: 19 }], employmentType: [{ start: 5, end: 11 }] }),
    );
    const pieces = textPieces(text.length, spans);
    expect(
      pieces.map((p) => [text.slice(p.start, p.end), p.spans.map((s) => s.id), p.opens.map((s) => s.label)]),
    ).toEqual([
      ['Data ', ['title:0'], ['Role']],
      ['Intern', ['title:0', 'employmentType:0'], ['Type']],
      [', Summer', ['title:0'], []],
    ]);
  });

  it('covers the whole text, plain where nothing was found', () => {
    const text = 'About us. Pay: $40/hr. Apply now.';
    const pieces = textPieces(text.length, evidenceSpans(posting(text, { pay: [{ start: 15, end: 21 }] })));
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(pieces.map((p) => p.spans.length)).toEqual([0, 1, 0]);
    expect(textPieces(0, [])).toEqual([]);
  });
});
