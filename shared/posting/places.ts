// Finds places in a stretch of page text: "City, Region" written out ("Seattle, WA",
// "Berlin, Germany"), and well-known city names on their own ("in San Francisco, Palo Alto or
// Seattle"). Also undoes the gluing job sites do when copied ("PinterestSan Francisco, CA").
import { CAPITAL, LETTER } from './latinLetters';
import type { TextRange } from './postingDraft';
import { CITIES_BY_FIRST_WORD, COUNTRIES, KNOWN_CITIES, REGION_CODES, REGION_NAMES } from './placeNames';
import { escapeRegExp } from './textSpans';

export interface Place extends TextRange {
  city: string;
  /** State/province code or country name, as shown after the city; null when unknown. */
  region: string | null;
  /** ISO country code, when known. */
  country: string | null;
  /** Named on its own ("in Irvine"): its region and country are the best-known city's of that name. */
  guessed?: true;
}

const WORD = `[${CAPITAL}][${LETTER}'’.-]*`;
const REGIONS = [...Object.keys(REGION_CODES), ...Object.keys(REGION_NAMES), ...Object.keys(COUNTRIES), 'D.C.']
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const COUNTRY_NAMES = Object.keys(COUNTRIES)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** Small words inside a city's name: "Frankfurt am Main", "Newcastle upon Tyne", "Rio de Janeiro". */
const PARTICLES = '(?:(?:am|an|der|upon|on|sur|de|del|la|do|da)[^\\S\\n])*';
const EXPLICIT = new RegExp(
  `(?<city>${WORD}(?:[^\\S\\n]${PARTICLES}${WORD}){0,4})[^\\S\\n]?,[^\\S\\n]*(?<region>${REGIONS})(?![${LETTER}])(?:,[^\\S\\n]*(?:${COUNTRY_NAMES})(?![${LETTER}]))?`,
  'g',
);
const CAPITALISED_WORD = new RegExp(`(?<![${LETTER}'’.-])${WORD}`, 'g');
const WORD_CHARACTER = new RegExp(`[${LETTER}\\d]`);
/** "CERN Summer Student Program, Switzerland": a programme or an institution before the region, no city. */
const NOT_A_CITY_NAME =
  /\b(?:program(?:me)?s?|students?|intern(?:ship)?s?|universit(?:y|ies)|institute|department|jobs?|positions?|roles?|scheme)\b/i;
/** More names after a "City, Region" pair: it was a list. */
const LIST_GOES_ON = /^,?[^\S\n]+(?:and|or)[^\S\n]+\p{Lu}|^,[^\S\n]*\p{Lu}/u;
/** Where a company name glued to a city ends: "Pinterest|San", "Inc.|Fremont". */
const GLUE = /(?<=[\p{Ll}.)])(?=\p{Lu})/gu;

/** Words that precede a city in headers and labels but are never part of one. */
const NOT_CITY = new Set(
  'hybrid remote onsite on-site office offices location locations based in at near greater downtown headquarters hq internship intern interns summer fall winter spring autumn job role position team the our work campus area metro region anywhere flexible multiple various and or'.split(
    ' ',
  ),
);

const METRO_REGION_BEFORE = /\bGreater[^\S\n]$/;

export function placesIn(scan: string, from: number, to: number): Place[] {
  const explicit = explicitPlaces(scan, from, to);
  const known = knownCityPlaces(scan, from, to).filter(
    (k) =>
      !explicit.some((e) => k.start < e.end && e.start < k.end) &&
      // "restricted to Greater Boston", "the Greater Toronto Area": a metropolitan region, no city.
      !METRO_REGION_BEFORE.test(scan.slice(Math.max(0, k.start - 8), k.start)),
  );
  return [...explicit, ...known].sort((a, b) => a.start - b.start);
}

/** "Seattle, WA", "Palo Alto, California", "Berlin, Germany", "San Francisco, CA, United States". */
/** "Delta State", "Western Province": an area above a city. */
export const ADMINISTRATIVE_AREA = /\b(?:State|Province|Region|Territory|Governorate|Prefecture|Oblast)$/;
/** The name right before a state's comma, where it opens the value or follows a comma or a bracket. */
const CITY_BEFORE_AREA = /(?:^|[,;:(|][^\S\n]*)(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]\p{Lu}[\p{L}'’.-]*){0,3}),[^\S\n]*$/u;

export function explicitPlaces(scan: string, from: number, to: number): Place[] {
  const segment = scan.slice(from, to);
  const places: Place[] = [];
  if (!segment.includes(',')) return places;
  EXPLICIT.lastIndex = 0;
  for (let m = EXPLICIT.exec(segment); m; m = EXPLICIT.exec(segment)) {
    const written = m.groups!.region!;
    // "2 Broadway, New York, NY 10004": a street address; the city is what follows the street.
    if (/\d[^\S\n]*$/.test(segment.slice(Math.max(0, m.index - 8), m.index))) {
      EXPLICIT.lastIndex = m.index + m[0].indexOf(',') + 1;
      continue;
    }
    // "Office of Research and Development, Washington, DC": a city named like a state, in its own
    // region, after a name; the pair to read is the city and its region, not "Development, WA".
    const end = m.index + m[0].length;
    if (m[0].endsWith(written) && cityWithItsRegion(written, segment.slice(end, end + 40))) {
      EXPLICIT.lastIndex = end - written.length;
      continue;
    }
    const city = cityIn(m.groups!.city!);
    if (!city) continue;
    const known = KNOWN_CITIES.get(city.name) ?? KNOWN_CITIES.get(`${city.name} ${written}`);
    // "internships in NY, DC and SF": two regions, no city; but "New York, NY" and "New York, New
    // York" are the city in its state.
    const inItsOwnRegion = known?.region !== undefined && known.region === stateCode(written);
    if ((REGION_CODES[city.name] || REGION_NAMES[city.name]) && !inItsOwnRegion) continue;
    const regionAsCity = KNOWN_CITIES.get(written);
    const listGoesOn = LIST_GOES_ON.test(segment.slice(m.index + m[0].length));
    // "Palo Alto, New York or Seattle", "New York, Washington and San Francisco": a list of
    // cities, not Palo Alto in New York State.
    if ((regionAsCity || listGoesOn) && known?.region && known.region !== stateCode(written)) continue;
    // "eight countries: Burkina Faso, Cameroon, the Central African Republic": a list of countries.
    if (listGoesOn && !known && COUNTRIES[written]) continue;
    const region = REGION_NAMES[written] ?? COUNTRIES[written]?.name ?? stateCode(written);
    const country = REGION_CODES[region] ?? COUNTRIES[written]?.code ?? known?.country ?? null;
    const start = from + m.index + city.offset;
    // "Internship at Cargill, USA": an employer we do not know as a city, where it works.
    if (!known && /\bat[^\S\n]+$/.test(segment.slice(0, m.index + city.offset))) continue;
    // "Effurun-Warri, Delta State, Nigeria": a state is no city; the city, if any, is written before it.
    if (!known && ADMINISTRATIVE_AREA.test(city.name)) {
      const before = CITY_BEFORE_AREA.exec(segment.slice(0, m.index + city.offset));
      if (before) {
        const at = from + before.index + before[0].indexOf(before[1]!);
        places.push({ start: at, end: from + m.index + m[0].length, city: before[1]!, region: city.name, country });
      }
      continue;
    }
    places.push({ start, end: from + m.index + m[0].length, city: known?.name ?? city.name, region, country });
  }
  return places;
}

const NEXT_REGION = new RegExp(`^[^\\S\\n]*,[^\\S\\n]*(${REGIONS})(?![${LETTER}])`);

/** "Washington" before ", DC", "New York" before ", NY": a known city and its region, written as a pair. */
function cityWithItsRegion(name: string, after: string): boolean {
  const next = NEXT_REGION.exec(after)?.[1];
  if (next === undefined) return false;
  const known = KNOWN_CITIES.get(name) ?? KNOWN_CITIES.get(`${name} ${next}`);
  return known !== undefined && known.region === stateCode(next);
}

/** "Washington" and "WA" are one state, "D.C." and "DC" one district. */
const stateCode = (written: string) => REGION_NAMES[written] ?? (written === 'D.C.' ? 'DC' : written);

/** Well-known city names without a region ("in San Francisco, Palo Alto, New York or Seattle"). */
export function knownCityPlaces(scan: string, from: number, to: number): Place[] {
  const places: Place[] = [];
  CAPITALISED_WORD.lastIndex = from;
  for (let m = CAPITALISED_WORD.exec(scan); m && m.index < to; m = CAPITALISED_WORD.exec(scan)) {
    const names = CITIES_BY_FIRST_WORD.get(m[0]) ?? CITIES_BY_FIRST_WORD.get(m[0].replace(/[.,]+$/, ''));
    const name = names?.find(
      (n) => scan.startsWith(n, m!.index) && !WORD_CHARACTER.test(scan[m!.index + n.length] ?? ''),
    );
    if (!name || m.index + name.length > to) continue;
    const known = KNOWN_CITIES.get(name)!;
    places.push({
      start: m.index,
      end: m.index + name.length,
      city: known.name,
      region: known.region,
      country: known.country,
      guessed: true,
    });
    CAPITALISED_WORD.lastIndex = m.index + name.length;
  }
  return places;
}

const COUNTRY_WORD = new RegExp(`(?<![${LETTER}])(?:${COUNTRY_NAMES})(?![${LETTER}])`, 'g');

/** The codes of the countries a text names ("South West Scotland" names GB). */
export function countriesNamedIn(text: string): Set<string> {
  return new Set([...text.matchAll(COUNTRY_WORD)].map((m) => COUNTRIES[m[0]]!.code));
}

/** Recognises a country name on its own ("Canada", "UK"). */
export function countryNamed(text: string): { name: string; code: string } | null {
  return COUNTRIES[text.trim()] ?? null;
}

/**
 * The city inside the words before ", Region": the longest well-known city at the end, else the
 * part after a glued company name, else the words left after labels ("Hybrid", "Office").
 */
function cityIn(raw: string): { name: string; offset: number } | null {
  const words = [...raw.matchAll(/\S+/g)].map((w) => ({ text: w[0], at: w.index! }));
  for (let k = 0; k < words.length; k++) {
    const name = words
      .slice(k)
      .map((w) => w.text)
      .join(' ');
    if (KNOWN_CITIES.has(name)) return { name, offset: words[k]!.at };
  }
  let fallback: { name: string; offset: number } | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    // A glued company name is a few letters at least: "McAllen" is one word, not "Mc" + "Allen".
    for (const glue of [...word.text.matchAll(GLUE)].reverse().filter((g) => k > 0 || g.index! >= 3)) {
      const name = [word.text.slice(glue.index), ...words.slice(k + 1).map((w) => w.text)].join(' ');
      const candidate = { name, offset: word.at + glue.index! };
      if (KNOWN_CITIES.has(name)) return candidate;
      fallback ??= candidate;
    }
  }
  if (fallback) return fallback;
  let first = 0;
  // Labels, and codes in capitals before a city's name ("Duty Station: SENRB Dakar").
  const code = (k: number) => /^\p{Lu}{3,}$/u.test(words[k]!.text) && k + 1 < words.length;
  while (first < words.length && (NOT_CITY.has(words[first]!.text.toLowerCase()) || code(first))) first++;
  // An unknown city is at most a few words; longer runs carry a title or a name before it.
  first = Math.max(first, words.length - 3);
  const rest = words.slice(first);
  const name = rest.map((w) => w.text).join(' ');
  if (rest.length === 0 || NOT_CITY.has(rest[0]!.text.toLowerCase()) || COUNTRIES[name] || NOT_A_CITY_NAME.test(name)) {
    return null;
  }
  return { name, offset: rest[0]!.at };
}
