// Where the job is: the cities in the posting's header (the board's location line), under a
// "Location(s)" label, and in sentences about where the work happens ("hybrid in San Francisco,
// Palo Alto, New York or Seattle offices"). Countries alone and "Remote" are not cities.
import type { Finding } from './finding';
import { COUNTRIES, REGION_CODES, REGION_NAMES } from './placeNames';
import {
  ADMINISTRATIVE_AREA,
  countriesNamedIn,
  countryNamed,
  explicitPlaces,
  knownCityPlaces,
  placesIn,
  type Place,
} from './places';
import { lineAround, sentenceAround, type TextLine } from './textSpans';

// French, German and Spanish pages label it "Lieu de stage", "Arbeitsort", "Ubicación".
export const LOCATION_LABEL =
  /^(?:(?:(?:job|work|office|primary)\s*[-–]?\s*)?(?:locations?|city|town)(?:\s*\(s\))?(?: of (?:the )?(?:role|position|job))?|duty station|place of (?:work|assignment|employment)|lieu(?: de (?:travail|stage)| du (?:poste|stage))?|arbeitsort|einsatzort|dienstort|standort|ort|ubicaci[oó]n|lugar(?: de trabajo)?|standplaats|locatie|werklocatie)\s*[:–-]\s*/i;
/** "Locations", "Program Location", "LOCATION OF POSITION", "Lieu de travail": a heading over the place. */
const HEADING =
  /^(?:(?:job|work|office|program(?:me)?|internship)\s+)?locations?(?:\s*\(s\))?(?:\s+of\s+(?:the\s+)?(?:position|role|job|internship))?\s*:?$|^(?:lieu de (?:travail|stage)|arbeitsort|einsatzort)\s*:?$/i;
/** "Job LocationPune, Maharashtra": a copied table's label glued to its value (case-sensitive). */
const GLUED_LABEL = /^(?:(?:Job|Work|Office|Training|Internship) )?Location(?=[A-Z])/;
/** A job's name where the place should be: "Communication and Administration Internship". */
const ROLE_IN_VALUE = /\b(?:internships?|interns?|traineeships?|trainees?)\b/i;
const OTHER_LABEL = /^(?:based in|office|where)\s*:\s*/i;
/**
 * "Headquarters: Chicago, IL", "Offices: London, Paris, Berlin", "Company address: …": a board's
 * facts about the employer, not where this job is.
 */
const EMPLOYER_FACT_LABEL =
  /^(?:headquarters|head[^\S\n]*office|hq|offices|founded|registered[^\S\n]+office|corporate[^\S\n]+(?:office|headquarters)|company[^\S\n]+(?:address|location|headquarters|hq))[^\S\n]*[:–-]/i;
/**
 * "Place of work Frankfurt am Main, Germany": a copied table's label and value, a space apart.
 * "Place of employment : Brussels" is the same label (the European Parliament's traineeship card).
 */
const SPACED_LABEL = /^(?:place of (?:work|assignment|employment)|duty station|(?:job|work) location)\s+(?=\p{Lu})/iu;
// `(?<!\w)` before a letter finds the word starts `\b` would, and V8 tries it at every position of
// the page many times faster than `\b` under the `iu` flags (so NOT_THERE too).
const WORK_PLACE_CUE =
  /(?<!\w)(?:located|based|offices?|hybrid|on-?site|in[- ]office|in[- ]person|relocate|locations?|headquarters|laborator(?:y|ies)|teams?\s+in|intern(?:ship)?s?\s+in|placed\s+(?:at|in)|work(?:ing)?\s+(?:in|at)|(?:take|takes|taking)\s+place\s+in)\b/giu;
/** "work in" cues a place only before a name: under /i, \p{Lu} matches any letter, so the case is checked apart. */
const WORK_IN = /^work/i;
const NAME_NEXT = /^[^\S\n]+\p{Lu}/u;
/** "Candidates residing in Pune", "must be residents of Chicago": where applicants live, not where the job is. */
const RESIDENCE_BEFORE =
  /\b(?:resid(?:e|es|ing|ent|ents)|liv(?:e|es|ing)|domiciled)[^\S\n]+(?:in|of|within)[^\S\n]+(?:the[^\S\n]+)?$/i;
const livesThere = (scan: string, place: { start: number }) =>
  RESIDENCE_BEFORE.test(scan.slice(Math.max(0, place.start - 30), place.start));
/** "The New York City Council", "Boston University": a city opening an institution's name. */
const INSTITUTION_AFTER =
  /^[^\S\n]+(?:City[^\S\n]+)?(?:Council|Department|University|College|Museum|Library|Public|Police|Transit|Authority|Board|Hospital|School)\b/;
const COMPANY_PLACE_CUE = /^(?:offices?|headquarters|located)$/i;
/** "Previous interns have been placed in Boston", "our alumni work in Austin": places the page looks back on. */
const LOOKING_BACK =
  /\b(?:previous(?:ly)?|past|former|last[^\S\n]+(?:year|summer)|alumn(?:i|ae|us|a)|(?:have|has)[^\S\n]+been[^\S\n]+placed|were[^\S\n]+placed)\b/i;
/**
 * "in Brussels, in Luxembourg or elsewhere across the European Union", "London or anywhere in the
 * UK": the places named are examples of where the work may be, not where it is.
 */
const OPEN_ENDED =
  /\bor[^\S\n]+(?:elsewhere|anywhere|(?:any|some)[^\S\n]+other[^\S\n]+(?:cities|city|locations?|places?|offices?|sites?)|other[^\S\n]+(?:cities|locations|places|offices|sites))\b/i;
const IF_BASED = /\b(?:those|anyone|whoever|if|unless|when)[^\S\n]+(?:(?:who|that)[^\S\n]+)?(?:are|is|be)?[^\S\n]*$/i;
const THIS_JOB =
  /\b(?:intern(?:s|ship)?|students?|participants?|trainees?|you|this (?:role|position|job|opportunity)|the (?:role|position|job))\b/i;
/**
 * Header lines that speak of this job: around its title, else the page's first few. A board that
 * prints the title twice, its employer's banner between, puts the job's facts under the second
 * copy ("Global Technology Summer Analyst 2026\n\nBank of America\n\nGlobal Technology Summer
 * Analyst 2026\n\nRichmond, VA +5 locations").
 */
const TITLE_LINES_BEFORE = 2;
const TITLE_LINES_AFTER = 4;

function nearTheTitle(header: TextLine[], titleAt: number | null): TextLine[] {
  const i = titleAt === null ? -1 : header.findIndex((l) => l.contentStart <= titleAt && titleAt < l.end);
  if (i < 0) return header.slice(0, TITLE_LINES_BEFORE + 1 + TITLE_LINES_AFTER);
  const copy = header.findIndex((l, k) => k > i && k <= i + 1 + TITLE_LINES_AFTER && l.content === header[i]!.content);
  return header.slice(Math.max(0, i - TITLE_LINES_BEFORE), Math.max(i, copy) + 1 + TITLE_LINES_AFTER);
}

/** "Port of Los Angeles", "University of Chicago", "Garden Club of Austin": a city inside a name. */
const INSTITUTION_BEFORE =
  /\b(?:Port|University|College|Bank|Museum|Institute|Council|Department|Government|Commonwealth|State|County|City|Archdiocese|Diocese|Club|Society|Association|Foundation|Chamber|Symphony|Orchestra|Zoo)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/;
/** "Plano ISD", "Plano Mayor’s Summer Internship Program": a city opening a longer name. */
const NAME_GOES_ON =
  /^[^\S\n]+(?!(?:City|Area|Bay|Metro|Region|Office|Offices|Campus|HQ|Headquarters|and|or)\b)\p{Lu}[\p{L}’'.]*/u;
/** A label's value that says how or how surely, not where: Indeed's "Work Location: In person". */
const NOT_A_PLACE =
  /^(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|work(?:ing)? from home|wfh|anywhere|multiple locations|various|flexible|tbd|n\/a)\b/i;
/** "Franklin County", "Keeley Park & American 1 Event Center", "Internship at India": no city's name. */
const NOT_A_CITY = /&|\b(?:county|parish|campus|building|venue|event|headquarters|internships?|jobs?)\b/i;
/** "JD House, 27 Stiemens Street, Braamfontein": a street address written out, no city's name. */
const STREET_ADDRESS =
  /\b\d+[A-Za-z]?[^\S\n]+(?:\p{Lu}[\p{L}'’.-]*[^\S\n]+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Drive|Way)\b/u;

export interface FoundLocations {
  locations: Array<Finding<string>>;
  /** Country codes of the places found (to tell which dollar a bare "$" is). */
  countries: Set<string>;
}

export function findLocations(
  scan: string,
  lines: TextLine[],
  header: TextLine[],
  titleAt: number | null = null,
): FoundLocations {
  const places: Place[] = [];
  for (const line of nearTheTitle(header, titleAt)) places.push(...placesInHeaderLine(scan, line));
  for (const { from, to, asWritten } of labelledSegments(lines)) {
    const listed = asWritten ? placesListed(scan, from, to) : null;
    if (listed) {
      places.push(...listed);
      continue;
    }
    const found = labelledPlacesIn(scan, from, to);
    // A place we do not know is taken as written only right after a place's own label, not from
    // a list under a heading, where "3 Locations" or "time type" may follow, nor after "Office:".
    places.push(...(found.length > 0 || !asWritten ? found : unknownPlaces(scan, from, to)));
  }
  // Sentences about where the work happens, each searched once even when several cues share it.
  // Header lines were read above: a company named after a city ("New York Life") sits there.
  // A header line that is a sentence ("This role will be based out of Headquarters in Mountain
  // View California.") is prose, read below with the rest.
  const firstSentence = header.findIndex((l) => /[.!?]$/.test(l.content) && l.content.split(/\s+/).length >= 6);
  const headerEnd = firstSentence < 0 ? header.length : firstSentence;
  let searchedTo = headerEnd > 0 ? header[headerEnd - 1]!.end : 0;
  WORK_PLACE_CUE.lastIndex = 0;
  for (let m = WORK_PLACE_CUE.exec(scan); m; m = WORK_PLACE_CUE.exec(scan)) {
    // "Through our work in cities such as …": the organisation's work, not where this job is.
    if (WORK_IN.test(m[0]) && !NAME_NEXT.test(scan.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const sentence = sentenceAround(scan, m.index);
    if (sentence.end <= searchedTo) continue;
    // "When in Manila is an online-based platform", "a science-based charity": a compound says
    // what kind of thing, not where this job is. (A place before the hyphen, "London-based", is
    // not read as a place at all.)
    if (/\p{L}-$/u.test(scan.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "We have offices in London and Tokyo": the company's places, unless the sentence is about this job.
    if (COMPANY_PLACE_CUE.test(m[0]) && !THIS_JOB.test(scan.slice(sentence.start, sentence.end))) continue;
    // "You could be placed in Brussels, in Luxembourg or elsewhere": examples of an open choice.
    if (
      LOOKING_BACK.test(scan.slice(sentence.start, sentence.end)) ||
      OPEN_ENDED.test(scan.slice(sentence.start, sentence.end))
    ) {
      searchedTo = sentence.end;
      continue;
    }
    // "Those based in London will receive a London weighting": a case, not where the job is.
    if (IF_BASED.test(scan.slice(Math.max(sentence.start, m.index - 24), m.index))) continue;
    const found = placesIn(scan, Math.max(sentence.start, searchedTo), sentence.end);
    places.push(...found.filter((p) => !insideAName(scan, p)).map((p) => cityBeforeArea(scan, p)));
    searchedTo = sentence.end;
  }
  // "They will not be in Boston. They will be based in Great Barrington, MA.": a city the page
  // says the job is not in is not one of its places, wherever else the page names it. Nor is
  // "München" of "Neubiberg bei München": a landmark saying where the place is.
  const notThere = citiesSaidNotToBe(scan);
  const here = places
    .filter((p) => !notThere.has(cityKey(p.city)) && !isLandmark(scan, p))
    .map((p) => inLandmarksArea(scan, p));
  // "our two sites in Irvine and Dumbarton" on a page about Scotland: not Irvine, California. Most
  // of the cities known by name alone are American, so a page set elsewhere drops those.
  const guessedAmerican = here.some((p) => p.guessed && p.country === 'US');
  if (!guessedAmerican || !setElsewhere(scan)) return merge(here);
  return merge(here.filter((p) => !(p.guessed && p.country === 'US')));
}

/** "bei", "near", "(near", ", près de": after a place's name, the word for what it is near. */
const NEAR_WORD = String.raw`(?:,[^\S\n]*|[^\S\n]+\(?)(?:near|close[^\S\n]+to|bei|nahe|in[^\S\n]+der[^\S\n]+Nähe[^\S\n]+von|près[^\S\n]+de|proche[^\S\n]+de|cerca[^\S\n]+de|vicino[^\S\n]+a)[^\S\n]+`;
/** "Neubiberg bei ", "Kirkland (near ": a name, then the word for near, before a place. */
const NAME_THEN_NEAR = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*${NEAR_WORD}$`, 'u');
/** " bei München", " (near Seattle)": where a labelled place's own name ends. */
const NEAR_THEN_NAME = new RegExp(String.raw`${NEAR_WORD}(?=\p{Lu})`, 'u');

/** "München" of "Neubiberg bei München", "Seattle" of "Kirkland (near Seattle)": a landmark, not the place. */
function isLandmark(scan: string, place: Place): boolean {
  return NAME_THEN_NEAR.test(scan.slice(Math.max(0, place.start - 60), place.start));
}

const NEAR_AFTER = new RegExp(`^${NEAR_WORD}`, 'u');

/** "Neubiberg" of "Neubiberg bei München", a place we do not know, is in its landmark's region and country. */
function inLandmarksArea(scan: string, place: Place): Place {
  if (place.country !== null) return place;
  const near = NEAR_AFTER.exec(scan.slice(place.end, place.end + 40));
  if (!near) return place;
  const at = place.end + near[0].length;
  const landmark = placesIn(scan, at, lineAround(scan, at).end).find((p) => p.start === at);
  return landmark ? { ...place, region: landmark.region, country: landmark.country } : place;
}

/** "will not be in Boston", "is not based in London": the work is not there. */
const NOT_THERE = /(?<!\w)not[^\S\n]+(?:be[^\S\n]+)?(?:(?:based|located|held)[^\S\n]+)?in[^\S\n]+(?=\p{Lu})/giu;

function citiesSaidNotToBe(scan: string): Set<string> {
  const cities = new Set<string>();
  NOT_THERE.lastIndex = 0;
  for (let m = NOT_THERE.exec(scan); m; m = NOT_THERE.exec(scan)) {
    const at = m.index + m[0].length;
    const first = placesIn(scan, at, sentenceAround(scan, at).end)[0];
    if (first && first.start === at) cities.add(cityKey(first.city));
  }
  return cities;
}

/** One key per city: accents aside, and "Frankfurt am Main", "Halle (Saale)" are Frankfurt and Halle. */
const cityKey = (city: string) =>
  city
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\S\n]+(?:(?:am|an der|ob der|im)[^\S\n]+\p{Lu}[\p{L}-]*|\(\p{Lu}[\p{L}-]*\))$/u, '')
    .toLowerCase();

function setElsewhere(scan: string): boolean {
  const named = countriesNamedIn(scan);
  return named.size > 0 && !named.has('US') && !/\bAmerican\b/.test(scan);
}

function insideAName(scan: string, place: Place): boolean {
  const after = scan.slice(place.end, place.end + 24);
  if (
    INSTITUTION_AFTER.test(after) ||
    INSTITUTION_BEFORE.test(scan.slice(Math.max(0, place.start - 24), place.start)) ||
    areaAround(scan, place)
  )
    return true;
  // "Western New York clients": a region named after a city, not the city.
  if (
    /\b(?:Western|Eastern|Northern|Southern|Upstate|Downstate|Central|North|South|East|West)[^\S\n]+$/.test(
      scan.slice(Math.max(0, place.start - 12), place.start),
    )
  )
    return true;
  // "a Plano public high school": a city as an adjective; "a student from New Delhi": where someone comes from.
  return (
    goesOnInName(scan, place) ||
    /\b(?:a|an|from)[^\S\n]+$/i.test(scan.slice(Math.max(0, place.start - 6), place.start)) ||
    livesThere(scan, place)
  );
}

/** The one name opening a value, before an area and its country: "Maroussi" of "Maroussi, Attica, Greece". */
const NAME_OPENING_VALUE = /^[^\S\n]*(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]\p{Lu}[\p{L}'’.-]*){0,2}),[^\S\n]*$/u;

/**
 * "LOCATION: Maroussi, Attica, Greece": a city, its area and its country, where the area was
 * read as the city in its country. The city is the name before the area.
 */
function cityBeforeArea(scan: string, place: Place): Place {
  if (place.country === null || place.region !== COUNTRY_NAMES.get(place.country)) return place;
  // Back to the value's start: a line break, a label's colon or a header's separator.
  const lead = scan.slice(Math.max(0, place.start - 40), place.start);
  const from = Math.max(...['\n', ':', '|', '·', '•'].map((c) => lead.lastIndexOf(c)));
  const m = from < 0 ? null : NAME_OPENING_VALUE.exec(lead.slice(from + 1));
  if (!m || isRegionWord(m[1]!) || NOT_A_PLACE.test(m[1]!)) return place;
  const start = place.start - lead.length + from + 1 + m[0].indexOf(m[1]!);
  return { start, end: place.end, city: m[1]!, region: place.city, country: place.country };
}
const COUNTRY_NAMES = new Map(Object.values(COUNTRIES).map((c) => [c.code, c.name]));

/** "(Minneapolis Area)": the area a place is in, not another place of work. */
function areaAround(scan: string, place: Place): boolean {
  return (
    /\([^\S\n]*$/.test(scan.slice(Math.max(0, place.start - 4), place.start)) &&
    /^[^\S\n]+(?:metro(?:politan)?[^\S\n]+)?area\b/i.test(scan.slice(place.end, place.end + 20))
  );
}

/** "Plano ISD", "Arlington Heights": a city written alone, going on into a longer name ("Seattle, WA" has ended). */
function goesOnInName(scan: string, place: Place): boolean {
  const goesOn = NAME_GOES_ON.exec(scan.slice(place.end, place.end + 24));
  return (
    goesOn !== null &&
    !scan.slice(place.start, place.end).includes(',') &&
    !isRegionWord(goesOn[0].trim().replace(/\.$/, ''))
  );
}

function isRegionWord(word: string): boolean {
  return word in REGION_CODES || word in REGION_NAMES || word in COUNTRIES;
}

/** Between a header line's parts: "Stripe · Seattle", "Acme Ltd / Location: London", "Bluebird – Manchester". */
const HEADER_SEPARATOR = /[·•|]|[^\S\n]+[/–—][^\S\n]+/g;

/** Header lines: "PinterestSan Francisco, CA, United States", "Stripe · Seattle, WA (Hybrid) · 2 days ago". */
function placesInHeaderLine(scan: string, line: TextLine): Place[] {
  if (EMPLOYER_FACT_LABEL.test(line.content)) return [];
  const found: Place[] = [];
  const text = scan.slice(line.contentStart, line.contentStart + line.content.length);
  let from = line.contentStart;
  for (const separator of [...text.matchAll(HEADER_SEPARATOR), null]) {
    const to = line.contentStart + (separator?.index ?? text.length);
    const explicit = explicitPlaces(scan, from, to).map((p) => cityBeforeArea(scan, p));
    const known = explicit.length > 0 ? [] : knownCityPlaces(scan, from, to);
    found.push(
      ...(explicit.length > 0
        ? explicit
        : onlyPlacesAndModes(scan, known, from, to)
          ? known
          : known.filter((p) => standsAlone(scan, p, from, to))),
    );
    if (separator) from = to + separator[0].length;
  }
  return found;
}

/** What may stand between the places of a board's place line: commas, dashes and work modes. */
const BETWEEN_PLACES =
  /^(?:[^\S\n]|[,;–—-]|\b(?:remote|hybrid|on-?site|in-office|work(?:ing)? from (?:home|office)|wfh)\b)*$/i;

/**
 * "Bengaluru, Work from home", "Bangalore, Mumbai", "Hybrid - Pune": an Indian board's place line
 * under the company lists the cities the work is in, with the modes it may be done in; every city
 * on it is a place of work (the mode is the work mode's to read).
 */
function onlyPlacesAndModes(scan: string, places: Place[], from: number, to: number): boolean {
  if (places.length === 0) return false;
  let at = from;
  for (const place of [...places, { start: to, end: to }]) {
    if (!BETWEEN_PLACES.test(scan.slice(at, place.start))) return false;
    at = place.end;
  }
  return true;
}

/** "… at Stripe ", "… at Deutsche Bank ": a role's employer, in capitalised words, right before a city. */
const EMPLOYER_BEFORE = /\bat[^\S\n]+(?:\p{Lu}[\p{L}\d&.'’-]*[^\S\n]+){1,5}$/u;

/** "Toronto", "Toronto (Hybrid)", "Engineer (Fremont)": a city a header names as the place of work. */
function standsAlone(scan: string, place: Place, from: number, to: number): boolean {
  // "Location: London" as one part of a header line.
  const before = scan.slice(from, place.start).replace(LOCATION_LABEL, '');
  const after = scan.slice(place.end, to);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  // "U.S. Dept. of Labor in Philadelphia", "Data Intern Job Opening In New York – Now Hiring Lyft".
  if (/\bin[^\S\n]+$/i.test(before) && /^\s*(?:[–—|-].*)?$/.test(after)) return !livesThere(scan, place);
  // "Internship at Stripe Bengaluru": a city ending the heading after its employer's name (not
  // "Bank of Montreal": the small word keeps the city in the name).
  if (EMPLOYER_BEFORE.test(before) && /^\s*(?:\((?:hybrid|remote|on-?site)\))?\s*$/i.test(after)) return true;
  // "Sydney NSW": a region code may follow without a comma.
  const rest = after.replace(/^[\s,-]*(?:[A-Z]{2,3}\b)?/, '');
  // "Toronto (Hybrid)", Lever's "San Francisco / Hybrid".
  return (
    /^[\s,-]*$/.test(before) &&
    /^\s*(?:\((?:hybrid|remote|on-?site)\)|\/\s*(?:hybrid|remote|on-?site))?\s*$/i.test(rest)
  );
}

/** The value after "Location:", or the list under a "Locations" heading. */
function labelledSegments(lines: TextLine[]): Array<{ from: number; to: number; asWritten: boolean }> {
  const segments: Array<{ from: number; to: number; asWritten: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const placeLabel = LOCATION_LABEL.exec(line.content);
    const label =
      placeLabel ?? OTHER_LABEL.exec(line.content) ?? GLUED_LABEL.exec(line.content) ?? SPACED_LABEL.exec(line.content);
    if (label && label[0].length < line.content.length) {
      const value = line.content.slice(label[0].length);
      // "Location: Communication and Administration Internship": a role in the place's field names no place.
      if (ROLE_IN_VALUE.test(value)) continue;
      // "Standort: Neubiberg bei München": the place is the name before what it is near.
      const near = NEAR_THEN_NAME.exec(value);
      // A value without a separator is read only for places we know: "Training LocationMEPZ Facility"
      // names no city; nor is "Office: CAO/General Counsel" a place.
      segments.push({
        from: line.contentStart + label[0].length,
        to: line.contentStart + (near && near.index > 0 ? label[0].length + near.index : line.content.length),
        asWritten: label === placeLabel,
      });
      continue;
    }
    if (!label && !HEADING.test(line.content)) continue;
    for (let j = i + 1; j < lines.length && j <= i + 10; j++) {
      const item = lines[j]!;
      if (item.content === '') {
        if (j === i + 1) continue;
        break;
      }
      if (item.content.length > 80 || item.content.endsWith(':')) break;
      segments.push({ from: item.contentStart, to: item.contentStart + item.content.length, asWritten: false });
    }
  }
  return segments;
}

/**
 * "Location: Arlington Heights": a city we know opening a longer name is not that city; nor is
 * "Plymouth, Minnesota (Minneapolis Area)" in Minneapolis.
 */
function labelledPlacesIn(scan: string, from: number, to: number): Place[] {
  return placesIn(scan, from, to)
    .filter((p) => !goesOnInName(scan, p) && !areaAround(scan, p))
    .map((p) => cityBeforeArea(scan, p));
}

const OR_AND = /[^\S\n]+(?:or|and)[^\S\n]+/gi;
/** A place's name as a label's value writes it: a few capitalised words ("Wandsworth", "Milton Keynes"). */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * "Location: Richmond or Wandsworth", "Locations: Leeds and Harrogate": places joined by "or" or
 * "and", each one a place we know or a name alone, even where we know only one of them. Null when
 * the value is not such a list ("Office of Research and Development, Washington, DC"), or ends in
 * a country whose name holds "and" ("Trinidad and Tobago").
 */
function placesListed(scan: string, from: number, to: number): Place[] | null {
  const value = scan.slice(from, to);
  const joints = [...value.matchAll(OR_AND)];
  if (joints.length === 0 || countryNamed(value.slice(value.lastIndexOf(',') + 1))) return null;
  const places: Place[] = [];
  let partFrom = from;
  for (const joint of [...joints, null]) {
    const partTo = joint ? from + joint.index : to;
    const known = labelledPlacesIn(scan, partFrom, partTo);
    const part = scan.slice(partFrom, partTo);
    // Each part is a place and nothing more: "Arts and culture organisations in Wandsworth" is no list.
    const rest = known.reduce((text, p) => text.replace(scan.slice(p.start, p.end), ''), part);
    if (known.length > 0 && /^[\s,.]*$/.test(rest)) places.push(...known);
    else if (known.length === 0 && PLACE_NAME.test(part.trim())) places.push(...unknownPlaces(scan, partFrom, partTo));
    else return null;
    if (joint) partFrom = partTo + joint[0].length;
  }
  return places;
}

/** A labelled place we do not know ("Location: Tórshavn"): taken as written, per list item. */
function unknownPlaces(scan: string, from: number, to: number): Place[] {
  const places: Place[] = [];
  for (const part of scan.slice(from, to).matchAll(/[^;|•/]+/g)) {
    const name = part[0].trim();
    const start = from + part.index! + part[0].indexOf(name);
    if (
      name === '' ||
      name.length > 40 ||
      !/^\p{Lu}/u.test(name) ||
      NOT_A_PLACE.test(name) ||
      countryNamed(name) ||
      ADMINISTRATIVE_AREA.test(name.split(',')[0]!) ||
      STREET_ADDRESS.test(name)
    )
      continue;
    // "SENRB Dakar, Senegal": an office's code in capitals before the city.
    const city = name.replace(/\s*\(.*\)$/, '').replace(/^\p{Lu}{3,}\s+(?=\p{Lu}\p{Ll})/u, '');
    places.push({ start, end: start + name.length, city, region: null, country: null });
  }
  return places;
}

function merge(places: Place[]): FoundLocations {
  const byCity = new Map<string, Place>();
  for (const place of places.sort((a, b) => a.start - b.start)) {
    if (NOT_A_PLACE.test(place.city) || NOT_A_CITY.test(place.city)) continue;
    const key = cityKey(place.city);
    const before = byCity.get(key);
    if (!before) byCity.set(key, place);
    else if (before.region === null && place.region !== null)
      byCity.set(key, { ...before, region: place.region, country: place.country });
  }
  const merged = [...byCity.values()];
  return {
    locations: merged.map((p) => ({
      value: p.region && p.region !== p.city ? `${p.city}, ${p.region}` : p.city,
      ranges: [{ start: p.start, end: p.end }],
    })),
    countries: new Set(merged.flatMap((p) => (p.country ? [p.country] : []))),
  };
}

const MAX_MENTIONS = 50;

/**
 * "ETH Zurich has opened applications ... in ETH Zurich research laboratories": a city the page
 * writes only inside its employer's name says who hires, not where the work is.
 */
export function outsideEmployerName(
  scan: string,
  locations: Array<Finding<string>>,
  employer: string | null,
): Array<Finding<string>> {
  if (!employer) return locations;
  return locations.filter((place) => {
    const city = place.value.split(',')[0]!.trim();
    if (city === '' || !employer.includes(city)) return true;
    const cityInName = employer.indexOf(city);
    let mentions = 0;
    for (let at = scan.indexOf(city); at >= 0 && mentions++ < MAX_MENTIONS; at = scan.indexOf(city, at + city.length)) {
      const nameAt = at - cityInName;
      if (scan.slice(nameAt, nameAt + employer.length) !== employer) return true;
    }
    return false;
  });
}
