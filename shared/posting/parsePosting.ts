// Turns a pasted job page (copied text, or saved HTML) into proposed application fields, each
// with the text it came from. Fully offline: patterns and a few word lists, no service, no model.
// Absent facts stay null; contradictions and inferences are explained in notes.
import { findCohorts } from './cohorts';
import { findDateRanges, findDates, numericOrderOf, soleYear, yearsNamed } from './dateMentions';
import { findDeadline } from './deadline';
import { findDuration } from './duration';
import { findEmploymentType } from './employmentType';
import type { Finding } from './finding';
import { findHeadline, withoutLocatedPlace } from './headline';
import { htmlToText, looksLikeHtml } from './htmlText';
import { readJobPosting, type StructuredPosting } from './jobPostingJsonLd';
import { findSource, siteForUrl } from './jobSites';
import { findLocations, outsideEmployerName } from './locations';
import { scanPosting } from './pageNoise';
import { dollarCurrency, findPay } from './pay';
import type { DraftEvidence, DraftField, PostingDraft, TextRange } from './postingDraft';
import { findPostingUrl } from './postingUrl';
import { findSponsorship } from './sponsorship';
import { findTerm } from './term';
import { findWorkMode } from './workMode';
import { escapeRegExp } from './textSpans';
import { LIMITS } from '../application';
import { countriesOfCurrency } from '../money/regionCurrency';

export function parsePosting(input: string): PostingDraft {
  if (!looksLikeHtml(input)) return withinFormLimits(draftFromText(input));
  const draft = draftFromText(htmlToText(input));
  const structured = readJobPosting(input);
  return withinFormLimits(structured ? withStructuredData(draft, structured) : draft);
}

const inYears = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= LIMITS.years.first && year <= LIMITS.years.last;
};

/**
 * The draft without a value the application form would refuse (pay above a billion a period, a
 * date before 1970 or after 2200, a length outside one week to two years): the review proposes
 * only what can be added, and says what it left out.
 */
function withinFormLimits(draft: PostingDraft): PostingDraft {
  const next: PostingDraft = { ...draft, evidence: { ...draft.evidence }, notes: [...draft.notes] };
  const drop = (field: DraftField, note: string) => {
    delete next.evidence[field];
    next.notes.push(note);
  };
  const { pay } = draft;
  if (pay && Math.max(pay.min ?? 0, pay.max ?? 0) > LIMITS.amount) {
    next.pay = null;
    drop('pay', `Pay "${pay.raw}" is above what an application can hold, so it was left out.`);
  }
  const weeks = draft.durationWeeks;
  if (weeks !== null && (weeks < LIMITS.durationWeeks.min || weeks > LIMITS.durationWeeks.max)) {
    next.durationWeeks = null;
    drop('durationWeeks', `A length of ${weeks} weeks is outside one week to two years, so it was left out.`);
  }
  if (draft.deadline !== null && !inYears(draft.deadline)) {
    next.deadline = null;
    next.deadlineTime = null;
    drop(
      'deadline',
      `The deadline ${draft.deadline} is outside the years an application can hold, so it was left out.`,
    );
  }
  if (draft.cohorts.some((c) => !inYears(c.start) || !inYears(c.end))) {
    const kept = draft.cohorts.map((c, i) => ({ c, i })).filter(({ c }) => inYears(c.start) && inYears(c.end));
    next.cohorts = kept.map(({ c }) => c);
    const ranges = draft.evidence.cohorts;
    if (ranges) next.evidence.cohorts = kept.map(({ i }) => ranges[i]!).filter((r) => r !== undefined);
    if (kept.length === 0) delete next.evidence.cohorts;
    next.notes.push('Cohorts outside the years an application can hold were left out.');
  }
  return next;
}

function draftFromText(text: string): PostingDraft {
  const { scan, lines, bodyEnd, ending } = scanPosting(text);
  const headline = findHeadline(scan, lines, bodyEnd, ending);
  const postingUrl = findPostingUrl(scan);
  // The site's banner is among the page's first lines, even when a long line comes before it.
  const topLines = lines.filter((l) => l.content !== '');
  const named = findSource(scan, topLines, postingUrl?.value ?? null);
  // A job site that is the employer (LinkedIn hiring an intern) is not where the page came from.
  const source = named && named.value.toLowerCase() === headline.company?.value.toLowerCase() ? null : named;
  const { locations, countries } = findLocations(
    scan,
    lines,
    headline.header,
    headline.title?.ranges[0]!.start ?? null,
  );
  const places = outsideEmployerName(scan, locations, headline.company?.value ?? null);
  const title = withoutLocatedPlace(
    scan,
    headline.title,
    places.map((p) => p.value.split(',')[0]!.trim()),
  );
  const pay = findPay(scan, { dollar: dollarCurrency(scan, countries) });
  // "07/06/2027" is 7 June on a page set in London, as its places tell a bare "$" from the dollars.
  // A page that names no place is set where its pay's currency is paid ("R$": Brazil; a bare "$"
  // beside "Australian citizen": Australia, as the pay reads it); a currency of countries that
  // write dates in different orders (the US dollar's, the euro's: Lithuania's) settles none.
  const placed = countries.size > 0 ? countries : countriesOfCurrency(pay.pay?.value.currency ?? '');
  const dates = findDates(scan, numericOrderOf(placed));
  const pageYear = soleYear(scan);
  const pageYears = yearsNamed(scan);
  const duration = findDuration(scan);
  const ranges = findDateRanges(scan, dates);
  const cohorts = findCohorts(scan, ranges, pageYear, pageYears, { dates, length: duration.duration });
  const deadline = findDeadline(scan, dates, pageYears, ranges);
  const workMode = findWorkMode(scan, headline.header, headline.title?.ranges[0]!.start ?? null);
  // The title line as the page writes it, place and all, says what kind of job and term it is.
  const employmentType = findEmploymentType(scan, lines, headline.title?.ranges[0] ?? null);
  const term = findTerm(scan, headline.title?.ranges[0] ?? null, cohorts.writtenYear, headline.header[0] ?? null);
  const sponsorship = findSponsorship(scan);

  const evidence: DraftEvidence = {};
  const single = <T>(field: DraftField, finding: Finding<T> | null): T | null => {
    if (finding && finding.ranges.length > 0) evidence[field] = finding.ranges;
    return finding ? finding.value : null;
  };
  const many = <T>(field: DraftField, findings: Array<Finding<T>>): T[] => {
    if (findings.length > 0) evidence[field] = findings.map((f) => f.ranges[0]!);
    return findings.map((f) => f.value);
  };
  return {
    source: single('source', source),
    company: single('company', headline.company),
    title: single('title', title),
    locations: many('locations', places),
    workMode: single('workMode', workMode.workMode),
    employmentType: single('employmentType', employmentType),
    pay: single('pay', pay.pay),
    durationWeeks: single('durationWeeks', duration.duration),
    cohorts: many('cohorts', cohorts.cohorts),
    deadline: single('deadline', deadline.deadline),
    deadlineTime: deadline.time,
    postingUrl: single('postingUrl', postingUrl),
    term: single('term', term.term),
    sponsorship: single('sponsorship', sponsorship.sponsorship),
    text,
    evidence,
    notes: [
      ...choiceNotes('Company', headline.company, headline.companyOthers),
      ...choiceNotes('Title', title, headline.titleOthers),
      ...workMode.notes,
      ...pay.notes,
      ...cohorts.notes,
      ...deadline.notes,
      ...duration.notes,
      ...term.notes,
      ...sponsorship.notes,
    ],
  };
}

const MAX_NAMED_OTHERS = 3;

/** Where the page offered more than one value, the review says the reading was a choice. */
function choiceNotes(field: 'Company' | 'Title', chosen: Finding<string> | null, others: string[]): string[] {
  if (chosen === null || others.length === 0) return [];
  const named = others
    .slice(0, MAX_NAMED_OTHERS)
    .map((o) => `"${o}"`)
    .join(', ');
  return [`${field} chosen among ${others.length + 1} candidates on the page; it also names ${named}.`];
}

/**
 * Lays a page's JSON-LD JobPosting over the draft read from its text. Evidence stays where the
 * visible text says the same thing; a value only the structured data holds has none.
 */
function withStructuredData(draft: PostingDraft, data: StructuredPosting): PostingDraft {
  const next: PostingDraft = { ...draft, evidence: { ...draft.evidence }, notes: [...draft.notes] };
  const taken: DraftField[] = [];
  const tookFrom = (field: DraftField, ranges: TextRange[] | null | undefined) => {
    if (ranges && ranges.length > 0) next.evidence[field] = ranges;
    else delete next.evidence[field];
    taken.push(field);
  };
  /** The text's evidence, when the text read the same value. */
  const ifSame = (field: DraftField, same: boolean) => (same ? draft.evidence[field] : null);

  if (data.title !== null) {
    next.title = data.title;
    next.notes = next.notes.filter((n) => !n.startsWith('Title chosen among'));
    tookFrom('title', locate(draft.text, data.title));
  }
  if (data.company !== null) {
    next.company = data.company;
    next.notes = next.notes.filter((n) => !n.startsWith('Company chosen among'));
    tookFrom('company', locate(draft.text, data.company));
  }
  if (data.locations.length > 0) {
    next.locations = data.locations;
    const ranges = data.locations.map((l) => locate(draft.text, l.split(',')[0]!)?.[0]);
    tookFrom('locations', ranges.every((r) => r !== undefined) ? (ranges as TextRange[]) : null);
  }
  if (data.remote) {
    next.workMode = 'remote';
    tookFrom('workMode', ifSame('workMode', draft.workMode === 'remote'));
  }
  // schema.org has no co-op; a co-op title outranks the structured INTERN.
  if (data.employmentType !== null && draft.employmentType !== 'co-op') {
    next.employmentType = data.employmentType;
    tookFrom('employmentType', ifSame('employmentType', draft.employmentType === data.employmentType));
  }
  if (data.pay !== null) {
    const p = draft.pay;
    const same = p !== null && p.min === data.pay.min && p.max === data.pay.max && p.period === data.pay.period;
    // The hours a week the text states are the job's whichever pay is taken.
    const hours = p?.hoursPerWeek === undefined ? {} : { hoursPerWeek: p.hoursPerWeek };
    next.pay = { ...data.pay, raw: same ? p.raw : payText(data.pay), ...hours };
    tookFrom('pay', ifSame('pay', same));
  }
  if (data.deadline !== null) {
    next.deadline = data.deadline;
    // The time written beside another date is not this date's.
    if (draft.deadline !== data.deadline) next.deadlineTime = null;
    tookFrom('deadline', ifSame('deadline', draft.deadline === data.deadline));
  }
  if (data.url !== null) {
    next.postingUrl = data.url;
    tookFrom('postingUrl', locate(draft.text, data.url));
    const site = siteForUrl(data.url);
    if (draft.source === null && site !== null) {
      next.source = site;
      tookFrom('source', null);
    }
  }
  if (taken.length > 0) next.notes.push(`Taken from the page's structured data (JSON-LD): ${taken.join(', ')}.`);
  return next;
}

function locate(text: string, value: string): TextRange[] | null {
  const m = new RegExp(escapeRegExp(value), 'i').exec(text);
  return m ? [{ start: m.index, end: m.index + m[0].length }] : null;
}

function payText(pay: NonNullable<StructuredPosting['pay']>): string {
  const amount = pay.min === pay.max ? `${pay.min}` : `${pay.min}–${pay.max}`;
  return `${pay.currency} ${amount}${pay.period ? ` per ${pay.period}` : ''}`;
}
