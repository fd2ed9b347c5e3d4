// The posting's title and company. Job pages open with a header (title, often printed twice;
// then the company and location, sometimes glued together: "PinterestSan Francisco, CA");
// labels ("Company: ...") and the prose ("About Pinterest", "Pinterest is an equal opportunity
// employer") confirm or stand in for it.
import type { Finding } from './finding';
import { isJobSiteBanner } from './jobSites';
import { CAPITAL } from './latinLetters';
import { explicitPlaces, knownCityPlaces } from './places';
import { PARAGRAPH_LENGTH, type TextLine } from './textSpans';

const MAX_HEADER_LINES = 12;

const JOB_WORD =
  /\b(?:intern(?:ship)?s?|co-?op|engineer(?:ing)?|developer|analyst|scientist|designer|researcher|research|assistant|associate|specialist|manager|coordinator|consultant|technician|trainee|apprentice|fellow(?:ship)?|student|graduate|programmer|architect|administrator|officer|representative|advisor|strategist|writer|editor|marketing|sales|product|data|software|hardware|finance|accountant|operations|clerk|tutor|teacher|werkstudent|placement)\b/i;
/** Header lines that are never a title: page furniture, dates, counts, ratings, pay. */
const NOT_TITLE =
  /^(?:job details|full job description|job description|about the (?:job|role|position)|overview|description|job summary|summary|apply for this (?:job|position)|posted\b|reposted\b|date posted|\d+\+?\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|over \d+ applicants|\d+ applicants|\d(?:\.\d)?\s*(?:★|out of 5)|careers?\b|jobs? at\b|open (?:positions|roles))/i;
const MONEY_OR_DATE = /[$£€₹]|\b(?:USD|CAD|GBP|EUR|INR)\b|\b\d{4}-\d{2}-\d{2}\b/;
const RATING = /\s*\d(?:\.\d)?\s*(?:★|out of 5 stars?)\s*$/;

export interface Headline {
  title: Finding<string> | null;
  company: Finding<string> | null;
  /** The page's header lines (before the first paragraph). */
  header: TextLine[];
}

export function headerLines(lines: TextLine[], bodyEnd: number): TextLine[] {
  const header: TextLine[] = [];
  for (const line of lines) {
    if (line.start >= bodyEnd || line.content.length >= PARAGRAPH_LENGTH || header.length >= MAX_HEADER_LINES) break;
    if (line.content !== '') header.push(line);
  }
  return header;
}

export function findHeadline(scan: string, lines: TextLine[], bodyEnd: number): Headline {
  const header = headerLines(lines, bodyEnd);
  const announced = greenhouseHeading(header) ?? hiringAnnouncement(lines);
  const title = announced?.title ?? labelled(lines, TITLE_LABEL) ?? titleFromHeader(header);
  const titleAt = title?.ranges[0]!.start ?? -1;
  const titleIndex = header.findIndex((l) => l.contentStart <= titleAt && titleAt < l.contentStart + l.content.length);
  const company =
    announced?.company ??
    labelled(lines, COMPANY_LABEL) ??
    (titleIndex >= 0 ? companyFromHeader(scan, header, titleIndex, title!.value) : null) ??
    careersBanner(scan, header) ??
    companyFromProse(scan, lines);
  return { title: title && company ? withoutCompanySuffix(title, company.value) : title, company, header };
}

const TITLE_LABEL = /^(?:job title|position title|title|position|role)\s*:\s*/i;
const COMPANY_LABEL = /^(?:company(?: name)?|employer|organi[sz]ation|hiring (?:company|organi[sz]ation))\s*:\s*/i;

function labelled(lines: TextLine[], label: RegExp): Finding<string> | null {
  for (const line of lines) {
    const m = label.exec(line.content);
    if (!m) continue;
    const value = line.content.slice(m[0].length).trim();
    if (value === '' || value.length > 100 || /[.!?]$/.test(value)) continue;
    const start = line.contentStart + line.content.indexOf(value, m[0].length);
    return { value, ranges: [{ start, end: start + value.length }] };
  }
  return null;
}

/** Greenhouse pages copy as "Job Application for <title> at <company>". */
function greenhouseHeading(header: TextLine[]): { title: Finding<string>; company: Finding<string> | null } | null {
  for (const line of header) {
    const m = /^job application for (.+?) at (.+)$/i.exec(line.content);
    if (!m) continue;
    const titleStart = line.contentStart + 'job application for '.length;
    const companyStart = line.contentStart + line.content.length - m[2]!.length;
    return {
      title: { value: m[1]!, ranges: [{ start: titleStart, end: titleStart + m[1]!.length }] },
      company: { value: m[2]!, ranges: [{ start: companyStart, end: companyStart + m[2]!.length }] },
    };
  }
  return null;
}

const HIRING =
  /^(?:we['’]re|we are|now|[\p{L}&. ]{2,40} is)\s+hiring\b\s*[:!–—-]?\s*(?:an?\s+)?(.+?)(?:\s+(?:at|@)\s+([^!.]+?))?\s*[!.]*$/iu;

/** Social posts: "We're hiring: Gameplay Programmer Intern (Summer 2026) at Brightmoor Games!" */
function hiringAnnouncement(lines: TextLine[]): { title: Finding<string>; company: Finding<string> | null } | null {
  for (const line of lines.filter((l) => l.content !== '').slice(0, 20)) {
    const m = HIRING.exec(line.content);
    if (!m || m[1]!.length > 100) continue;
    const titleStart = line.contentStart + line.content.indexOf(m[1]!);
    const company = m[2] !== undefined && /^\p{Lu}/u.test(m[2]) ? m[2] : null;
    const companyStart = company === null ? -1 : line.contentStart + line.content.lastIndexOf(company);
    return {
      title: { value: m[1]!, ranges: [{ start: titleStart, end: titleStart + m[1]!.length }] },
      company:
        company === null
          ? null
          : { value: company, ranges: [{ start: companyStart, end: companyStart + company.length }] },
    };
  }
  return null;
}

function isTitleCandidate(line: TextLine): boolean {
  const content = line.content;
  if (content.length < 3 || content.split(/\s+/).length > 14 || /[.!?:]$/.test(content)) return false;
  if (isJobSiteBanner(content) || NOT_TITLE.test(content) || MONEY_OR_DATE.test(content) || content.startsWith('at '))
    return false;
  if (/^(?:remote|hybrid|on-?site)\b/i.test(content)) return false;
  return true;
}

/** The first header line that reads like a job title (preferring one with a job word in it). */
function titleFromHeader(header: TextLine[]): Finding<string> | null {
  const candidates = header.filter(isTitleCandidate);
  const line = candidates.slice(0, 4).find((l) => JOB_WORD.test(l.content)) ?? candidates[0];
  if (!line) return null;
  return { value: line.content, ranges: [{ start: line.contentStart, end: line.contentStart + line.content.length }] };
}

/** The company on the lines right after the title. */
function companyFromHeader(
  scan: string,
  header: TextLine[],
  titleIndex: number,
  title: string,
): Finding<string> | null {
  const after = header.slice(titleIndex + 1, titleIndex + 5).filter((l) => l.content !== title);
  for (const line of after) {
    const at = /^at\s+(.+)$/i.exec(line.content);
    if (at && isCompanyName(scan, at[1]!, line)) return range(line, line.content.length - at[1]!.length, at[1]!);
    // "Harbor Labs · Seattle, WA (Hybrid) · Reposted 1 week ago"
    const parts = line.content.split(/\s+[·•|]\s+/);
    if (parts.length > 1 && isCompanyName(scan, parts[0]!, line)) return range(line, 0, parts[0]!);
    // "PinterestSan Francisco, CA, United States": the company is what precedes the place.
    const place = explicitPlaces(scan, line.contentStart, line.contentStart + line.content.length)[0];
    if (place && place.start > line.contentStart) {
      const name = scan.slice(line.contentStart, place.start).replace(/[\s,·•|–—-]+$/, '');
      if (name !== '' && isCompanyName(scan, name, line)) return range(line, 0, name);
    }
  }
  // Indeed and career pages: the company on a line of its own, followed by the location, or
  // (Glassdoor, Wellfound) just above the title; either way the page names it again later.
  const before = header.slice(Math.max(0, titleIndex - 2), Math.max(0, titleIndex)).reverse();
  for (const [i, line] of [...after, ...before].entries()) {
    const name = line.content.replace(RATING, '');
    const next = i < after.length ? after.slice(i + 1).find((l) => !RATING.test(l.content)) : undefined;
    if (
      isCompanyName(scan, name, line) &&
      ((next && startsWithPlace(scan, next)) || mentionedLater(scan, name, line))
    ) {
      return range(line, 0, name);
    }
  }
  return null;
}

function startsWithPlace(scan: string, line: TextLine): boolean {
  const end = line.contentStart + line.content.length;
  return [...explicitPlaces(scan, line.contentStart, end), ...knownCityPlaces(scan, line.contentStart, end)].some(
    (p) => scan.slice(line.contentStart, p.start).trim() === '',
  );
}

/** Legal-form abbreviations a company name may end with, full stop included. */
const LEGAL_FORM = /\b(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|S\.A|N\.V|B\.V|PLC|Pty)\.$/i;
const NOT_A_NAME =
  /^(?:remote|hybrid|on-?site|internship|intern|co-?op|full[- ]time|part[- ]time|contract|temporary|permanent|seasonal)\b/i;

const CAREERS_BANNER = /^(?:(.+?)\s+(?:careers|jobs)|(?:careers|jobs) (?:at|@) (.+))$/i;

/** A career site's banner: "Osprey Mutual Careers", "Careers at Saffron Ledger". */
function careersBanner(scan: string, header: TextLine[]): Finding<string> | null {
  for (const line of header.slice(0, 4)) {
    const m = CAREERS_BANNER.exec(line.content);
    const name = m?.[1] ?? m?.[2];
    if (name && isCompanyName(scan, name, line) && mentionedLater(scan, name, line)) {
      return range(line, line.content.indexOf(name), name);
    }
  }
  return null;
}

function isCompanyName(scan: string, name: string, line: TextLine): boolean {
  if (name.length < 2 || name.split(/\s+/).length > 6 || name.includes(':') || !/^[\p{Lu}\d]/u.test(name)) return false;
  if (/[!?]$/.test(name) || (name.endsWith('.') && !LEGAL_FORM.test(name))) return false;
  if (isJobSiteBanner(name) || NOT_TITLE.test(name) || MONEY_OR_DATE.test(name) || NOT_A_NAME.test(name)) return false;
  // A place is not a company, but a company may be named after one ("New York Life").
  const end = line.contentStart + name.length;
  if (explicitPlaces(scan, line.contentStart, end).length > 0) return false;
  return !knownCityPlaces(scan, line.contentStart, end).some(
    (p) => p.start === line.contentStart && /^[\s,.]*$/.test(scan.slice(p.end, end)),
  );
}

function mentionedLater(scan: string, name: string, line: TextLine): boolean {
  return scan.indexOf(name, line.contentStart + line.content.length) >= 0;
}

function range(line: TextLine, offset: number, value: string): Finding<string> {
  const start = line.contentStart + offset;
  return { value: value.trim(), ranges: [{ start, end: start + value.trim().length }] };
}

const ABOUT = /^(?:About|ABOUT)\s+([\p{Lu}\d][^\n:]{0,50}?)\s*:?$/u;
const NOT_A_COMPANY = new Set([
  'us',
  'the',
  'this',
  'our',
  'you',
  'your',
  'me',
  'company',
  'role',
  'team',
  'job',
  'position',
  'internship',
]);
const NAME_WORD = `[${CAPITAL}][\\w&.'’-]*`;
// At the start of the text, of a line or of a sentence. A lookbehind tried only at a capital,
// not a leading `(?:^|\n)\s*`, which would rescan a run of blank lines from each of its breaks.
const SENTENCE_START = String.raw`(?=[${CAPITAL}])(?<=(?:^|[.!?]\s|\n)\s*)`;
const EQUAL_OPPORTUNITY = new RegExp(
  `${SENTENCE_START}(${NAME_WORD}(?:[^\\S\\n]+(?:${NAME_WORD}|&)){0,4})[^\\S\\n]+is (?:an|a|proud to be an?) [Ee]qual (?:[Ee]mployment )?[Oo]pportunity`,
  'g',
);
const AT_COMPANY = new RegExp(
  `${SENTENCE_START}At[^\\S\\n]+(${NAME_WORD}(?:[^\\S\\n]+(?:${NAME_WORD}|&)){0,3}),[^\\S\\n]+(?:we|our|you)\\b`,
  'g',
);

/** "About Pinterest", "Pinterest is an equal opportunity employer", "At Pinterest, we ...". */
function companyFromProse(scan: string, lines: TextLine[]): Finding<string> | null {
  for (const line of lines) {
    const m = ABOUT.exec(line.content);
    const words = m?.[1]!.split(/\s+/) ?? [];
    if (m && words.length <= 5 && !NOT_A_COMPANY.has(words[0]!.toLowerCase()))
      return range(line, line.content.indexOf(m[1]!, 6), m[1]!);
  }
  for (const pattern of [EQUAL_OPPORTUNITY, AT_COMPANY]) {
    pattern.lastIndex = 0;
    const m = pattern.exec(scan);
    if (m) {
      const start = m.index + m[0].indexOf(m[1]!);
      return { value: m[1]!, ranges: [{ start, end: start + m[1]!.length }] };
    }
  }
  return null;
}

/** "Data Science Intern - Quill Analytics" -> "Data Science Intern" once the company is known. */
function withoutCompanySuffix(title: Finding<string>, company: string): Finding<string> {
  const suffix = new RegExp(`\\s*(?:[-–—|·@]|\\bat)\\s*${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  const m = suffix.exec(title.value);
  if (!m || m.index === 0) return title;
  const value = title.value.slice(0, m.index);
  const start = title.ranges[0]!.start;
  return { value, ranges: [{ start, end: start + value.length }] };
}
