// Hostile pages for the posting parser, 10,000 seeded cases: pieces of real postings (work
// modes, money, dates, places, links) mixed with every kind of separator, HTML tags and
// nesting, entities and arbitrary Unicode. The parser never throws, and every value it proposes
// points at text that is really there, at the offsets it states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '@shared/posting/htmlText';
import { parsePosting } from '@shared/posting/parsePosting';
import { DRAFT_FIELDS, type PostingDraft } from '@shared/posting/postingDraft';

const RUNS = { numRuns: 10_000, seed: 20261202 };

const POSTING_WORDS = fc.constantFrom(
  'Software Engineer Intern',
  'Machine Learning Internship 2026',
  'Pinterest',
  'Acme Corp Inc.',
  'About Acme',
  'Acme is an equal opportunity employer',
  'At Acme, we build',
  'Company: Initech',
  'Job title: Data Intern',
  'San Francisco, CA',
  'Palo Alto, CA, United States',
  'Location: New York, NY',
  'Remote',
  'Hybrid',
  'On-site',
  '(Hybrid)',
  '#LI-Remote',
  'Workplace type: On-site',
  '3 days a week in the office',
  '$11,000/month',
  '$25 - $45 per hour',
  '€2.500/Monat',
  'USD 120K',
  'May 18, 2026 – Aug 7, 2026',
  'Jun 15 - Sep 4, 2026',
  '2026-05-18',
  '12 weeks',
  'twelve-week',
  'Apply by May 1',
  'Deadline: 2026-03-01',
  'Summer 2026',
  'Fall 2026 co-op',
  'Full-time',
  'We do not sponsor visas',
  'Visa sponsorship available',
  'https://example.com/jobs/123?src=li',
  'www.example.org/careers',
  'Similar jobs',
  'Show more',
  '…',
);
const SEPARATORS = fc.constantFrom(
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  ' · ',
  ' | ',
  '\u2028',
  '\u00a0',
  '\u0000',
  '. ',
  ', ',
  '\n\n',
  ': ',
);
const MARKUP = fc.constantFrom(
  '<div>',
  '</div>',
  '<li>',
  '</li>',
  '<br>',
  '<p>',
  '</p>',
  '<h1>',
  '</h1>',
  '<script>',
  '</script>',
  '<nav>',
  '</nav>',
  '<span hidden>',
  '</span>',
  '<a href="https://example.com/x">',
  '</a>',
  '&amp;',
  '&#x41;',
  '&nbsp;',
  '&bogus;',
  '<!--',
  '-->',
  '<',
  '>',
  '<script type="application/ld+json">{"@type":"JobPosting","title":"Intern"',
);
const piece = fc.oneof(
  { arbitrary: POSTING_WORDS, weight: 5 },
  { arbitrary: SEPARATORS, weight: 4 },
  { arbitrary: MARKUP, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
  // repetition and nesting
  {
    arbitrary: fc
      .tuple(fc.constantFrom('<div>', '\n', 'Remote ', '$1,000 ', '[', '<li>'), fc.nat({ max: 60 }))
      .map(([u, n]) => u.repeat(n)),
    weight: 1,
  },
);
const page = fc
  .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', '', '<!doctype html><html><body>'))
  .map(([pieces, prefix]) => prefix + pieces.join(''));

/** Every range lies inside the text and holds something; array fields have one per item. */
function expectEvidenceInText(draft: PostingDraft) {
  for (const field of DRAFT_FIELDS) {
    const ranges = draft.evidence[field];
    if (ranges === undefined) continue;
    expect(ranges.length, field).toBeGreaterThan(0);
    for (const { start, end } of ranges) {
      expect(Number.isInteger(start) && Number.isInteger(end), field).toBe(true);
      expect(0 <= start && start < end && end <= draft.text.length, `${field} ${start}-${end}`).toBe(true);
      expect(draft.text.slice(start, end).trim(), field).not.toBe('');
    }
  }
  if (draft.evidence.locations) expect(draft.evidence.locations).toHaveLength(draft.locations.length);
  if (draft.evidence.cohorts) expect(draft.evidence.cohorts).toHaveLength(draft.cohorts.length);
}

describe('the posting parser under hostile pages', () => {
  it('never throws, and every proposed value points at text that is there', () => {
    fc.assert(
      fc.property(page, (input) => {
        const draft = parsePosting(input);
        expectEvidenceInText(draft);
        const structured = draft.notes.some((n) => n.includes('structured data'));
        // Copied text (not HTML) is what the evidence indexes, unchanged.
        if (!looksLikeHtml(input)) expect(draft.text).toBe(input);
        // Text copied from the page is proposed exactly as the page has it, at its offsets.
        for (const field of ['company', 'title', 'postingUrl'] as const) {
          const range = draft.evidence[field]?.[0];
          if (range && !structured) expect(draft.text.slice(range.start, range.end), field).toBe(draft[field]);
        }
      }),
      RUNS,
    );
  }, 300_000);
});
