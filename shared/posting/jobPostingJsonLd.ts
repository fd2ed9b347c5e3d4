// Reads a schema.org JobPosting from a page's JSON-LD (<script type="application/ld+json">),
// which job sites embed for search engines. When present it is more reliable than the prose
// for title, company, locations, salary, deadline and employment type.
import type { EmploymentType, Pay, PayPeriod } from '../application';
import { isWebUrl } from '../application';
import { isCalendarDate, type CalendarDate } from '../calendarDate';
import { decodeEntities } from './htmlEntities';
import { REGION_NAMES } from './placeNames';

export interface StructuredPosting {
  title: string | null;
  company: string | null;
  /** "City, Region" per job location with a city. */
  locations: string[];
  /** jobLocationType TELECOMMUTE. */
  remote: boolean;
  pay: Omit<Pay, 'raw'> | null;
  deadline: CalendarDate | null;
  employmentType: EmploymentType | null;
  url: string | null;
}

type Json = Record<string, unknown>;

const LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json\b/i;
const PERIODS: Record<string, PayPeriod> = { HOUR: 'hour', WEEK: 'week', MONTH: 'month', YEAR: 'year' };
const EMPLOYMENT: Array<[EmploymentType, RegExp]> = [
  ['internship', /^INTERN(?:SHIP)?$/],
  ['part-time', /^PART[_ -]?TIME$/],
  ['full-time', /^FULL[_ -]?TIME$/],
];

export function readJobPosting(html: string): StructuredPosting | null {
  for (const source of ldJsonScripts(html)) {
    const posting = findJobPosting(parseJson(source), 0);
    if (posting) return fromJobPosting(posting);
  }
  return null;
}

/**
 * The contents of each `<script type="application/ld+json">`. Found by moving forward through
 * the page, never by a pattern that rescans the rest of it from every `<script` (quadratic on
 * a page of unclosed script tags); a tag or script that never ends ends the search.
 */
function* ldJsonScripts(html: string): Generator<string> {
  const open = /<script\b/gi;
  const close = /<\/script\b/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tagEnd = html.indexOf('>', m.index);
    if (tagEnd < 0) return;
    close.lastIndex = tagEnd;
    const end = close.exec(html);
    if (!end) return;
    if (LD_TYPE.test(html.slice(m.index, tagEnd))) yield html.slice(tagEnd + 1, end.index);
    open.lastIndex = end.index + end[0].length;
  }
}

function parseJson(source: string): unknown {
  const cleaned = source
    .trim()
    .replace(/^(?:<!--|\/\*<!\[CDATA\[\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\]\]>\*\/|\]\]>)$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

/** The JobPosting node: top level, in an array, in @graph, or nested (mainEntity). */
function findJobPosting(node: unknown, depth: number): Json | null {
  if (depth > 6) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findJobPosting(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = asRecord(node);
  if (!record) return null;
  const type = record['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return record;
  for (const value of Object.values(record)) {
    const found = findJobPosting(value, depth + 1);
    if (found) return found;
  }
  return null;
}

function fromJobPosting(posting: Json): StructuredPosting {
  const organisation = posting.hiringOrganization;
  const validThrough = text(posting.validThrough)?.slice(0, 10) ?? null;
  const url = text(posting.url);
  return {
    title: text(posting.title),
    company: typeof organisation === 'string' ? text(organisation) : text(asRecord(organisation)?.name),
    locations: list(posting.jobLocation).flatMap(location),
    remote: list(posting.jobLocationType).some((t) => text(t)?.toUpperCase() === 'TELECOMMUTE'),
    pay: salary(posting.baseSalary ?? posting.estimatedSalary),
    deadline: validThrough && isCalendarDate(validThrough) ? validThrough : null,
    employmentType: employmentType(list(posting.employmentType).flatMap((t) => text(t) ?? [])),
    url: url && isWebUrl(url) ? url : null,
  };
}

function location(place: unknown): string[] {
  const address = asRecord(place)?.address ?? place;
  if (typeof address === 'string') return text(address) ? [text(address)!] : [];
  const a = asRecord(address);
  const city = text(a?.addressLocality);
  if (!a || !city) return [];
  const regionName = text(a.addressRegion);
  const country = text(a.addressCountry) ?? text(asRecord(a.addressCountry)?.name);
  const region = regionName ? (REGION_NAMES[regionName] ?? regionName) : country;
  return [region ? `${city}, ${region}` : city];
}

function salary(value: unknown): Omit<Pay, 'raw'> | null {
  const amount = asRecord(Array.isArray(value) ? value[0] : value);
  if (!amount) return null;
  const currency = text(amount.currency)?.toUpperCase();
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return null;
  const quantity = asRecord(amount.value);
  const single = quantity ? number(quantity.value) : number(amount.value);
  const min = number(quantity?.minValue) ?? single;
  const max = number(quantity?.maxValue) ?? single;
  if (min === null && max === null) return null;
  const unit = text(quantity?.unitText ?? amount.unitText)?.toUpperCase();
  const [low, high] = [min ?? max!, max ?? min!].sort((a, b) => a - b);
  return { min: low!, max: high!, currency, period: (unit && PERIODS[unit]) || null };
}

function employmentType(values: string[]): EmploymentType | null {
  const upper = values.map((v) => v.toUpperCase());
  for (const [kind, pattern] of EMPLOYMENT) if (upper.some((v) => pattern.test(v))) return kind;
  return null;
}

function asRecord(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const decoded = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return decoded === '' ? null : decoded;
}

function number(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
}
