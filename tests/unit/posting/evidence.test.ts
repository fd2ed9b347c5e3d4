// Every span the parser shows as evidence must hold text that supports the value it proposes,
// checked here without the parser's own patterns.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '@shared/posting/parsePosting';
import { DRAFT_FIELDS, type PostingDraft, type TextRange } from '@shared/posting/postingDraft';
import { loadPostingFixtures } from './postingFixtures';

const MODE_WORDING = {
  remote: /remote|from home|wfh/i,
  hybrid: /hybrid|days?\b/i,
  onsite: /on-?\s?site|office|in[- ]person|not remote/i,
};
const TYPE_WORDING = {
  internship: /intern|placement|vacation program|werkstudent/i,
  'co-op': /co-?op|work term/i,
  'part-time': /part[- ]?time/i,
  'full-time': /full[- ]?time/i,
};
const SPONSORSHIP_WORDING = {
  offers: /sponsor/i,
  'does-not-offer': /sponsor|permanent resident/i,
  'citizenship-required': /citizen/i,
};
const HOURS_WORDING = /(?<![a-z])h(?:ours?|rs?)?(?![a-z])|std|stunden|heures|horas|\bore\b|\buur\b/i;
const WEEK_WORDING = /week|wk|woche|semaine|semana|settiman|semanal|hebdo/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = { four: 4, six: 6, ten: 10, eleven: 11, twelve: 12, sixteen: 16 };

/** Every number a span could mean: "11,000" is 11000; "1.650" may be 1650; "120K" is 120000. */
function amountsIn(span: string): Set<number> {
  const amounts = new Set<number>();
  for (const m of span.matchAll(/(\d[\d.,]*\d|\d)\s?([kK]\b)?/g)) {
    const factor = m[2] ? 1000 : 1;
    amounts.add(Number(m[1]!.replace(/,/g, '')) * factor);
    amounts.add(Number(m[1]!.replace(/[.,]/g, '')) * factor);
    amounts.add(Number(m[1]!.replace(/\./g, '').replace(',', '.')) * factor);
  }
  return amounts;
}

function mentionsDay(span: string, date: string): boolean {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const dayWritten = new RegExp(`(?<!\\d)0?${day}(?:st|nd|rd|th)?(?!\\d)`).test(span);
  const monthWritten =
    span.toLowerCase().includes(MONTHS[month - 1]!) || new RegExp(`(?<!\\d)0?${month}(?!\\d)`).test(span);
  return dayWritten && monthWritten;
}

function supports(draft: PostingDraft, field: (typeof DRAFT_FIELDS)[number], span: string, index: number): boolean {
  const lower = span.toLowerCase();
  switch (field) {
    case 'source':
      return (
        lower.replace(/\s/g, '').includes(draft.source!.toLowerCase().replace(/\s/g, '')) || span === draft.postingUrl
      );
    case 'company':
    case 'title':
      return lower.includes(draft[field]!.toLowerCase());
    case 'postingUrl':
      return span === draft.postingUrl;
    case 'locations':
      return lower.includes(draft.locations[index]!.split(',')[0]!.toLowerCase());
    case 'workMode':
      return MODE_WORDING[draft.workMode!].test(span);
    case 'employmentType':
      return TYPE_WORDING[draft.employmentType!].test(span);
    case 'pay': {
      const amounts = amountsIn(span);
      const { min, max, hoursPerWeek } = draft.pay!;
      // The hours a week the pay is for: their number, counted in hours a week.
      const statesHours =
        hoursPerWeek !== undefined && amounts.has(hoursPerWeek) && HOURS_WORDING.test(span) && WEEK_WORDING.test(span);
      return (amounts.has(min!) && amounts.has(max!)) || statesHours;
    }
    case 'durationWeeks': {
      const weeks = draft.durationWeeks!;
      const n = Number(/\d+/.exec(span)?.[0] ?? NUMBER_WORDS[/[a-z]+/i.exec(span)?.[0]?.toLowerCase() ?? ''] ?? NaN);
      return /week/i.test(span) ? n === weeks : /month/i.test(span) && Math.round((n * 52) / 12) === weeks;
    }
    case 'cohorts': {
      const cohort = draft.cohorts[index]!;
      return mentionsDay(span, cohort.start) && mentionsDay(span, cohort.end);
    }
    case 'deadline':
      return mentionsDay(span, draft.deadline!) && span.includes(draft.deadline!.slice(0, 4));
    case 'term': {
      // Each span names the term's season or its year.
      const { season, year } = draft.term!;
      const seasonWritten =
        season !== null && (season === 'fall' ? /fall|autumn/i : new RegExp(season, 'i')).test(span);
      const yearWritten = year !== null && (span.includes(String(year)) || /[’‘']\d\d\b/.test(span));
      return seasonWritten || yearWritten;
    }
    case 'sponsorship':
      return SPONSORSHIP_WORDING[draft.sponsorship!].test(span);
  }
}

describe.each(loadPostingFixtures())('evidence in $file', ({ input }) => {
  const draft = parsePosting(input);

  it('points inside the text it was read from', () => {
    for (const ranges of Object.values(draft.evidence)) {
      for (const r of ranges as TextRange[]) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThan(r.start);
        expect(r.end).toBeLessThanOrEqual(draft.text.length);
      }
    }
  });

  it('exists only for fields that have a value, with one range per item of a list', () => {
    for (const field of DRAFT_FIELDS) {
      const ranges = draft.evidence[field];
      if (!ranges) continue;
      const value = draft[field];
      expect(value === null || (Array.isArray(value) && value.length === 0), field).toBe(false);
      if (Array.isArray(value)) expect(ranges, field).toHaveLength(value.length);
    }
  });

  it('covers text that supports each value', () => {
    for (const field of DRAFT_FIELDS) {
      for (const [index, r] of (draft.evidence[field] ?? []).entries()) {
        const span = draft.text.slice(r.start, r.end);
        expect(
          supports(draft, field, span, index),
          `${field}: "${span}" does not support ${JSON.stringify(draft[field])}`,
        ).toBe(true);
      }
    }
  });
});
