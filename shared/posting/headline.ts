// The posting's title and company. Job pages open with a header (title, often printed twice;
// then the company and location, sometimes glued together: "PinterestSan Francisco, CA");
// labels ("Company: ...") and the prose ("About Pinterest", "Pinterest is an equal opportunity
// employer") confirm or stand in for it. Every place that could name the title or the company
// gives a candidate with a score for where it sits; the best one wins and the others are kept, so
// the review can say the reading was a choice.
import { MONTH_NAMES } from '../calendarDate';
import { withoutTrailingTerm } from '../term';
import { LEGAL_FORM_ENDING_NAME } from '../legalForms';
import { findDates } from './dateMentions';
import type { Finding } from './finding';
import { isJobSiteBanner } from './jobSites';
import { LOCATION_LABEL } from './locations';
import { JOB_WORD } from '../jobWords';
import { CAPITAL, LETTER } from './latinLetters';
import { REGION_NAMES } from './placeNames';
import { countryNamed, explicitPlaces, knownCityPlaces, placesIn } from './places';
import { escapeRegExp, matchesOnLinesWith, PARAGRAPH_LENGTH, type TextLine } from './textSpans';

const MAX_HEADER_LINES = 12;

/** Header lines that are never a title: page furniture, dates, counts, ratings, pay. */
const NOT_TITLE =
  /^(?:job details|full job description|job description|about (?:the |this |our )?(?:job|role|position|program(?:me)?|company|team|us|internship|opportunity|organi[sz]ation)\b|overview|description|job summary|summary|apply for this (?:job|position)|posted\b|reposted\b|date posted|\d+\+?\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|over \d+ applicants|\d+ applicants|\d(?:\.\d)?\s*(?:★|out of 5)|careers?\b|jobs? at\b|open (?:positions|roles))/i;
/** Section headings and page furniture that are never a title, even with a job word in them. */
const SECTION_HEADING =
  /^(?:[\p{L}&'’-]+\s+){0,2}(?:details|overview|description|summary|information|info|highlights|eligibility|requirements|qualifications|responsibilities|duties|benefits|perks|compensation|salary|pay|stipend|locations?|dates|timeline|faqs?|frequently asked questions|process|contact|deadlines?|housing|areas|topics|fields|structure|schedule|format|announcements?|goals|objectives|aims|purpose|activities|expectations|outcomes)$|^(?:duration|length|dates?|location|eligibility|stipend|salary|pay|benefits|requirements|responsibilities|timeline|deadline|details|overview|description|nature|scope|scheme|terms|conditions|rules)\s+(?:of|for)\s+(?:the\s+)?(?:internships?|program(?:me)?s?|positions?|roles?|jobs?|placements?|traineeships?|fellowships?|work|stay|project)$/iu;
const CHROME_TITLE =
  /^(?:apply\b|applying\b|how to apply\b|step \d|website\b|(?:background|hero|header|banner) image\b)|\b(?:photo|image|logo|banner|icon|picture)$/i;
/**
 * "Paid Summer Internships", "College Internships", "Recent Master Programs": a heading over many
 * roles (or a site's menu), no role's name; a programme's own name is longer ("Explore America
 * Summer Internships").
 */
const GENERIC_LISTING =
  /^(?:(?:paid|unpaid|summer|fall|spring|winter|student|graduate|undergraduate|current|open|available|our|\d{4})\s+)*(?:[\p{L}&'’-]+\s+){0,2}(?:internships|interns|jobs|positions|opportunities|programs|programmes|openings|vacancies|roles|traineeships|schemes|placements|apprenticeships)$/iu;
/**
 * "Summer Internship Program Application Opens", "Application Process Now Open for X", "Call for
 * Summer Internship Student Applications", "Senator Lewis Accepting Applications for Summer 2021
 * State House Internships": news of a call, not a role.
 */
const APPLICATIONS_NEWS =
  /\b(?:applications?|registrations?|enrol(?:l?ment)?s?)(?:\s+(?:process|period|window|portal))?\s+(?:(?:is|are)\s+)?(?:now\s+)?(?:open(?:s|ed)?|clos(?:e[sd]?|ing))\b|\bnow (?:open|accepting)\b|\baccepting applications\b|\bcall for\b.*\bapplications?$/i;
/**
 * "Information Technology Research Academy", "CEDARS-Careers and Placement": an organisation's or an
 * office's name, without a role beside it.
 */
const ORGANISATION_NAME =
  /^[^,–—|@:-]+\b(?:academy|institute|university|college|council|commission|agency|ministry|department|laborator(?:y|ies)|foundation|society|association|corporation|authority)$|^[^,–—|@:]*\b(?:cent(?:er|re)|institute|office|school|museum|library|hospital|division|department|laborator(?:y|ies)|council|commission|agency|ministry|foundation|society|association|academy|college|university)\s+(?:for|of)\s+(?![^,–—|@:]*\b(?:intern(?:ship)?s?|co-?op|trainee|fellow(?:ship)?|assistant|analyst|engineer|developer|program(?:me)?|position|placement|scholars?)\b)[^,–—|@:]+$|\bcampus$|\bcareers?[^\S\n]+(?:and|&)[^\S\n]+placements?$|\bcareers?[^\S\n]+(?:services?|cent(?:er|re)|office)$/i;
/** "Software Internships in Berlin", "Jobs at Acme": a heading over many roles. */
const LISTING_OF_PLACE =
  /\b(?:internships|jobs|positions|opportunities|vacancies|openings|roles)\s+(?:in|near|for|at|with)\b/i;
/**
 * A title names a role; a line opening with a pronoun or a verb is a sentence or a call ("We are
 * looking for ...", "Invites Unemployed Graduates to Apply", "Introducing The Next Generation ...").
 */
const NOT_A_NOUN_PHRASE =
  /^(?:we|we['’]re|our|you|you['’]ll|your|i|join|looking|are|is|do|does|how|why|what|when|where|who|find|search|browse|this|these|here|there['’]?s?|it['’]s|see|view|save|share|back to|dear|hi|hello|invites|introducing|announcing|presenting|by(?=\s))\b/i;
/**
 * A document's or an article's name, not a role's: "Summer Internship Funding Application",
 * "Guide to 2026 Summer Programs", "6 Awesome Summer Internship Programs", "Key Responsibilities
 * and Required Skills for Software Intern", "Full-time Internship Criteria", "Different Types of
 * Traineeship" (a page about the kinds of a scheme).
 */
const DOCUMENT_TITLE =
  /^(?:guide\b|tips\b|how to\b|top \d|\d{1,2}\s|(?:key\s+)?(?:responsibilities|requirements|qualifications|skills|duties)\b|(?:allowances?|stipends?|salar(?:y|ies)|pay|compensation|benefits)\s+(?:for|of)\b|(?:(?:different|other|various)\s+)?(?:types|kinds)\s+of\b)|\b(?:application|form|guide|handbook|checklist|report|guidelines|polic(?:y|ies)|faqs?|tips|resources|funding|criteria)$/i;
/** "Traineeship in the Directorate General Monetary Policy": a role in a field, which may end like a document's name. */
const ROLE_IN_A_FIELD =
  /^(?:[\p{L}-]+\s+){0,3}?(?:intern(?:ship)?|trainee(?:ship)?|fellow(?:ship)?|placement|co-?op)s?\s+(?:in|on)\s+/iu;
/**
 * "An internship does not mean free labour", "X Programme opens for entries", "DBS Prolongs
 * Internship Programme to Create ...": a headline with a
 * verb is a sentence, not a role's name. Lowercase or capitalised, never all capitals: "IS
 * Intern" is Information Systems.
 */
const FINITE_VERB =
  /\s(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Dd]oes|[Dd]o|[Dd]id|[Cc]an|[Ww]ill|[Ss]hould|[Nn]ot|[Ii]sn['’]t|[Dd]oesn['’]t|[Dd]on['’]t|[Ww]on['’]t|[Bb]ecomes|[Oo]pens|[Ll]aunches|[Aa]nnounces|[Ii]nvites|[Uu]nveils|[Ss]eeks|[Ww]elcomes|[Ii]ntroduces|[Oo]ffers|[Ee]xtends|[Ee]xpands|[Pp]rolongs|[Hh]osts|[Rr]eturns|[Cc]alls)\s/;
/**
 * "Nakuru County interns to get Sh15,000 monthly pay", "New graduate traineeships to start with
 * 800 roles": a news headline's "to" and a verb say what is to happen. Before an article or a
 * name, "to" says whom a role serves ("Assistant to the Director").
 */
/**
 * "Internship program for students available in Valenzuela City", "247Moneybox 2017 summer
 * internship programme launch", "Graduate traineeship scheme launched": a news headline saying a
 * scheme is on offer or has begun, not a role's name.
 */
const AVAILABILITY_NEWS =
  /\s(?:(?:is|are|now)\s+)?available\s+(?:in|at|to|for|from|now)\b|\slaunch$|\s(?:launched|announced|unveiled|opened|extended)$/i;
const HEADLINE_INFINITIVE =
  /\sto\s(?!(?:the|a|an|our|your|their|its|his|her|this|these|those|all|each|every|one)\b)\p{Ll}/u;
/**
 * "Lagos Begins Internship Programmes for 4,000 Graduates", "300 Youths to Get Paid Internships":
 * a headline counts the people a scheme takes; a role's name counts no one.
 */
const HEADCOUNT =
  /\b\d{1,3}(?:,\d{3})+\b|\b\d+[^\S\n]+(?:graduates|students|youths?|young people|people|interns|trainees|applicants|beneficiaries)\b/i;
/**
 * "To be eligible for the REU program, students must": a clause that opens with an infinitive or
 * leaves a modal verb waiting for the rest of its sentence (a list's lead-in), not a role's name.
 * Lower-case only: "May" is a month. A modal opening a passive ("Can be counted as a co-op work
 * term", a list item whose subject is above it) is a clause too.
 */
const CLAUSE_LEAD_IN =
  /^To\s+\p{Ll}|\s(?:must|shall|may|might|cannot|could|would)(?:\s|$)|^(?:[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Mm]ust|[Ss]hould|[Mm]ay|[Mm]ight|[Ss]hall)\s+(?:not\s+)?be\s/u;
function isDatedLine(content: string): boolean {
  return /\bdeadline\b/i.test(content) || findDates(content).some((d) => d.date.year !== null);
}
/** "RESEARCH", "Marketing": a field or a menu's heading on its own, no role. */
const LONE_FIELD =
  /^(?:research|data|marketing|sales|product|software|hardware|finance|operations|graduate|student|engineering|program(?:me)?s?)$/i;
/** "Reporting to: Collections Audit Officer", "Contract: Fixed Term": a field of the job, not its name. */
const FIELD_LABEL =
  /^(?:reporting to|reports? to|line manager|supervisor|contract(?: type)?|(?:internship|job|position|employment) type|salary|hours|working hours|department|division|directorate|team|grade|band|closing date|start date|(?:job|internship|position|vacancy|posting) (?:id|ref(?:erence)?|number|no\.?|#)|ref(?:erence)?(?: no\.?| number)?|requisition(?: id)?|vacancy (?:id|number)|(?:(?:internship|program(?:me)?|application|training|work) )?(?:period|dates?|duration|deadline|stipend|allowance|eligibility)|application (?:method|process|procedure|form|link)|how to apply)\s*:/i;
// "Rs40,000": a rupee amount, its sign glued to the figure, is money too.
const MONEY_OR_DATE = /[$£€₹]|\b(?:USD|CAD|GBP|EUR|INR)\b|\bRs\.?[^\S\n]?\d|\b\d{4}-\d{2}-\d{2}\b/;
const RATING = /\s*\d(?:\.\d)?\s*(?:★|out of 5 stars?)\s*$/;
const RATING_ALONE = /^\s*\d(?:\.\d)?\s*(?:★|out of 5 stars?)\s*$/;

export interface Headline {
  title: Finding<string> | null;
  company: Finding<string> | null;
  /** Other values the page offered for the title and the company, best first. */
  titleOthers: string[];
  companyOthers: string[];
  /** The page's header lines (before the first paragraph). */
  header: TextLine[];
}

/** A possible value and how much where it sits says it is the one (higher is surer). */
interface Candidate {
  finding: Finding<string>;
  score: number;
}

export function headerLines(lines: TextLine[], bodyEnd: number): TextLine[] {
  const header: TextLine[] = [];
  for (const line of lines) {
    if (line.start >= bodyEnd || line.content.length >= PARAGRAPH_LENGTH || header.length >= MAX_HEADER_LINES) break;
    if (line.content !== '') header.push(line);
  }
  return header;
}

export function findHeadline(
  scan: string,
  lines: TextLine[],
  bodyEnd: number,
  ending: TextLine | null = null,
): Headline {
  const header = headerLines(lines, bodyEnd);
  const greenhouse = greenhouseHeading(scan, header);
  const hiring = greenhouse ? null : hiringAnnouncement(scan, lines);
  const announced = greenhouse ?? hiring;
  const wrapped = titleFromHeader(scan, header);
  const titles: Candidate[] = [];
  const companies: Candidate[] = [];
  const add = (list: Candidate[], finding: Finding<string> | null | undefined, score: number) => {
    if (finding) list.push({ finding, score });
  };
  // "We're hiring: Gameplay Programmer Intern!" heads a social post; "Acme is hiring a Marketing
  // Intern for Spring 2027! Help run our social channels." is a sentence of the description, a
  // worse title than the page's own title line.
  // A title line naming the role a sentence announces ("Data Intern – Summer 2027" over "We are
  // hiring a Data Intern for our team.") is the page's own heading for it.
  const labelledTitle = labelled(lines, TITLE_LABEL);
  const headed = [labelledTitle, wrapped?.title].some(
    (line) => line && hiring && roleKey(line.value) === roleKey(hiring.title.value),
  );
  add(titles, announced?.title, hiring?.runsOn || headed ? 80 : 100);
  add(titles, labelledTitle, 95);
  add(titles, wrapped?.title, 90);
  // Below the header's title: a lone "Role" may head a field of a job card ("Role\nSoftware Engineer Intern").
  add(titles, labelAbove(lines, TITLE_LABEL_ALONE), 85);
  if (titles.length === 0) add(titles, programSubject(scan, lines), 40);
  const title = best(titles);

  const titleAt = title?.finding.ranges[0]!.start ?? -1;
  const titleIndex = header.findIndex((l) => l.contentStart <= titleAt && titleAt < l.contentStart + l.content.length);
  add(companies, announced?.company, 100);
  add(
    companies,
    named(withoutSubunit(labelled(lines, COMPANY_LABEL, GLUED_COMPANY_LABEL) ?? labelInRow(scan, lines))),
    95,
  );
  add(companies, wrapped?.company, 90);
  if (title && !wrapped?.company) add(companies, roleAtLine(scan, header, title.finding.value), 75);
  if (titleIndex >= 0) add(companies, companyFromHeader(scan, header, titleIndex, title!.finding.value), 80);
  for (const next of [header[titleIndex - 1], header[titleIndex + 1]])
    if (titleIndex >= 0 && next) add(companies, legalNameBesideTitle(scan, next), 80);
  add(companies, careersBanner(scan, header), 70);
  add(companies, logoBanner(scan, header), 70);
  add(companies, postedBy(scan, header), 85);
  add(companies, named(companyUnderLabel(scan, lines)), 90);
  add(companies, boardLinkToEmployer(scan, lines, ending), 60);
  // "paid internships at tech companies": a scheme placing its interns with many hosts names the
  // body that runs it in its prose, not their employer.
  if (!HOSTS_SPREAD.test(scan)) {
    for (const candidate of companyFromProse(scan, lines)) companies.push(candidate);
    add(companies, definedOrganisation(scan), 35);
    // The name opening a programme's title is as often its funder or its own name ("NSERC
    // Undergraduate Student Research Awards") as the employer: it counts where the page also names
    // the employer so, and then ranks above the prose.
    const owner = title ? ownerInTitle(scan, title.finding) : null;
    if (owner && companies.some((c) => sameName(c.finding.value, owner.value))) add(companies, owner, 65);
    if (title) add(companies, institutionOpeningTitle(scan, title.finding), 30);
    if (title) add(companies, spelledOutInitials(scan, title.finding), 30);
  }
  const company = best(companies);

  const shortened = title
    ? withoutGenderMarker(
        scan,
        withoutArticle(
          withoutPlaceSuffix(scan, company ? withoutCompany(title.finding, company.finding.value) : title.finding),
        ),
      )
    : null;
  // "Internship | Irving, TX" without its place: the one word names no role or programme of its own.
  const titleFinding = shortened && BARE_GENERIC.test(shortened.value) ? null : shortened;
  const companyFinding = company
    ? notCutShort(
        scan,
        withTheInName(
          scan,
          byItsShortName(
            scan,
            ofLocalGovernment(
              scan,
              initialsBeforeName(scan, initialsAfterName(scan, withoutBracketedNote(company.finding))),
            ),
          ),
        ),
      )
    : null;
  return {
    title: titleFinding,
    company: companyFinding,
    titleOthers: others(titles, titleFinding, title),
    // Nor the name as proposed, where it became its short form ("PSI" of "Paul Scherrer Institut PSI").
    companyOthers: others(
      companies,
      company?.finding ?? null,
      companyFinding ? { finding: companyFinding, score: 0 } : null,
    ),
    header,
  };
}

/**
 * "internships at tech companies", "placements with host organisations", "work experience with
 * businesses, industry and non-profit organisations", "interns in Ministries, Departments, State
 * Agencies": the interns work for many hosts.
 */
const HOSTS_SPREAD =
  /\b(?:internships?|placements?|placed|work[^\S\n]+experience)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:with|at|in|across)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:companies|businesses|organi[sz]ations|employers|start-?ups|agencies|non-?profits|firms)\b|\binterns[^\S\n]+in[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?[Mm]inistries\b/i;

/**
 * "year in a row, The Journal is offering", "at The Jackson Laboratory": a capital "The" in the
 * middle of a sentence is part of the name, also where it stands before the short name the page
 * then uses ("The Jackson Laboratory is ..." and "the park, The Jackson Lab is ...").
 */
function withTheInName(scan: string, company: Finding<string>): Finding<string> {
  if (/^the\s/i.test(company.value)) return company;
  const named = theInName(company.value);
  const m = named.exec(scan);
  if (!m) {
    const first = company.value.split(/\s+/)[0]!;
    const short = theInName(first);
    const at = scan.indexOf(`The ${company.value}`);
    if (first.length < 3 || at < 0 || !short.test(scan)) return company;
    return { value: `The ${company.value}`, ranges: [{ start: at, end: at + 4 + company.value.length }] };
  }
  const value = `The ${company.value}`;
  const start = m.index + m[0].length - value.length;
  return { value, ranges: [{ start, end: m.index + m[0].length }] };
}

/**
 * "The" and the name after a lower-case letter or a comma and a space. The letter before is looked
 * behind for, so the search runs to each "The" rather than trying a Unicode class at every position.
 */
const theInName = (name: string) => new RegExp(`(?<=[\\p{Ll},][^\\S\\n])The[^\\S\\n]${escapeRegExp(name)}\\b`, 'u');

/** Words that may follow an employer's name without being part of it. */
const AFTER_NAME_NOT_NAME =
  /^(?:summer|spring|fall|autumn|winter|research|internships?|interns?|programs?|programmes?|careers?|jobs?|students?|scholars?|fellows(?:hip)?s?|team|staff|offers?|is|are|has|will|and|of|for|the|\d+)$/i;

/**
 * "Empire State" under a card's "Company" label where the page goes on about "Empire State
 * Development", "ETH" cut from "ETH Zurich": where most of the times the page writes the name it
 * writes the same capitalised word after it, that word is part of the name.
 */
function notCutShort(scan: string, company: Finding<string>): Finding<string> {
  const after = new RegExp(
    `(?<![\\p{L}\\d])${escapeRegExp(company.value)}(?![\\p{L}\\d])(?:[^\\S\\n]+(\\p{Lu}[\\p{L}'’.&-]*)(?![\\p{L}'’.&-]|[^\\S\\n]+\\p{Lu}))?`,
    'gu',
  );
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of scan.matchAll(after)) {
    // "ETH Zurich Summer Internship": two capitalised words after the name, either may end it.
    if (!m[1] && /^[^\S\n]+\p{Lu}/u.test(scan.slice(m.index + m[0].length))) continue;
    total++;
    const word = m[1]?.replace(/\.$/, '');
    if (word && !AFTER_NAME_NOT_NAME.test(word)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const [word, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!word || count! < 2 || count! * 2 <= total) return company;
  const longer = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(company.value)}[^\\S\\n]+${escapeRegExp(word)}`, 'u');
  const first = longer.exec(scan);
  if (!first) return company;
  return { value: first[0].replace(/\s+/g, ' '), ranges: [{ start: first.index, end: first.index + first[0].length }] };
}

/** "City of Burlingame", "El Paso County": a local government, the employer of its departments. */
const LOCAL_GOVERNMENT =
  /\b(?:(?:City|Town|Village|County|Borough)[^\S\n]+of[^\S\n]+[\p{Lu}][\p{Ll}]+(?:[^\S\n-][\p{Lu}][\p{Ll}]+)?|[\p{Lu}][\p{Ll}]+(?:[^\S\n][\p{Lu}][\p{Ll}]+)?[^\S\n]+County)\b/gu;
const NOT_A_PLACE_WORD = /^(?:The|This|That|Each|Every|Our|Your|Any|Per|Two|Home|Host|Member)\b/;
/** A unit of a government, not the government: "Department of Public Works Engineering Division", "City Administration". */
const GOVERNMENT_UNIT =
  /^(?:(?:the\s+)?(?:Department|Division|Office|Bureau|Section)\s+of\b|(?:City|County|Town)\s+(?:Administration|Manager|Clerk)\b)/i;
/** "Monroe County Board of Commissioners": the county, then one of its bodies. */
const BODY_AFTER_GOVERNMENT =
  /^\s+(?:Board of (?:Commissioners|Supervisors)|Commissioners|Administration|Department\b|Division\b|Office\b)/;

/**
 * "The Department of Public Works Engineering Division is seeking ..." on a page that names El
 * Paso County, "The Monroe County Board of Commissioners is seeking": a department or a board of a
 * city or county hires for it, so the city or county is the employer.
 */
function ofLocalGovernment(scan: string, company: Finding<string>): Finding<string> {
  const government = localGovernmentNamed(scan, company);
  if (government) return government;
  LOCAL_GOVERNMENT.lastIndex = 0;
  const own = LOCAL_GOVERNMENT.exec(company.value);
  if (
    own &&
    own.index === 0 &&
    !NOT_A_PLACE_WORD.test(own[0]) &&
    BODY_AFTER_GOVERNMENT.test(company.value.slice(own[0].length))
  ) {
    const start = company.ranges[0]!.start;
    return { value: own[0], ranges: [{ start, end: start + own[0].length }] };
  }
  if (!GOVERNMENT_UNIT.test(company.value)) return company;
  LOCAL_GOVERNMENT.lastIndex = 0;
  let tries = 0;
  for (let m = LOCAL_GOVERNMENT.exec(scan); m && tries++ < MAX_TRIES; m = LOCAL_GOVERNMENT.exec(scan)) {
    if (NOT_A_PLACE_WORD.test(m[0])) continue;
    return { value: m[0], ranges: [{ start: m.index, end: m.index + m[0].length }] };
  }
  return company;
}

/**
 * "the city of Huntsville's 2024 Summer Intern Program": a town's name read out of "the city of
 * X", whose lowercase words no name takes in, is its government.
 */
function localGovernmentNamed(scan: string, company: Finding<string>): Finding<string> | null {
  const { start, end } = company.ranges[0]!;
  const of = /\b(?:city|town|village|county|borough)[^\S\n]+of[^\S\n]+$/i.exec(
    scan.slice(Math.max(0, start - 20), start),
  );
  if (!of) return null;
  const from = start - of[0].length;
  const value = scan.slice(from, end);
  return { value: value[0]!.toUpperCase() + value.slice(1), ranges: [{ start: from, end }] };
}

/** The best-placed candidate; among equals, the first on the page. */
function best(candidates: Candidate[]): Candidate | null {
  let chosen: Candidate | null = null;
  for (const c of candidates) {
    if (
      !chosen ||
      c.score > chosen.score ||
      (c.score === chosen.score && c.finding.ranges[0]!.start < chosen.finding.ranges[0]!.start)
    )
      chosen = c;
  }
  return chosen;
}

const nameKey = (value: string) => value.trim().toLowerCase();

function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * The other values offered, best first, each once, none the same as the chosen value, nor as the
 * chosen candidate as the page wrote it ("Data Intern (m/w/d) - Acme" read as "Data Intern").
 */
function others(candidates: Candidate[], chosen: Finding<string> | null, written: Candidate | null = null): string[] {
  const seen = new Set([chosen, written?.finding].flatMap((f) => (f ? [nameKey(f.value)] : [])));
  const values: string[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    if (seen.has(nameKey(c.finding.value))) continue;
    seen.add(nameKey(c.finding.value));
    values.push(c.finding.value);
  }
  return values;
}

// A label and its value, on a line ("Job Title: X") or in a table row ("| 🏢 Company Name | X |").
// Before the label, marks and emoji, even a bullet garbled into letters of another script
// ("β’ π Position: X", UTF-8 read as Greek), but no Latin letter or digit.
// "**Job title:** Data Intern": a label in Markdown's bold, its closing stars before or after the colon.
const labelRow = (names: string) =>
  new RegExp(
    `^\\|?[^\\p{Script=Latin}\\d|]*(?:${names})(?:\\*{1,2}|_{1,2})?\\s*(?::|\\|)(?:\\*{1,2}|_{1,2})?\\s*`,
    'iu',
  );
const TITLE_LABELS =
  'job title|position title|internship title|project title|scholarship title|program(?:me)? title|title|position|role|job role|titre du poste|intitulé du poste|stellenbezeichnung|stellentitel|título del puesto|puesto';
const TITLE_LABEL = labelRow(TITLE_LABELS);
const TITLE_LABEL_ALONE = new RegExp(`^(?:${TITLE_LABELS})$`, 'i');
const COMPANY_LABEL = labelRow(
  'company(?: name)?|employer|organi[sz]ation|hiring (?:company|organi[sz]ation)|host(?: (?:institution|organi[sz]ation|company|employer))?|firma|unternehmen|arbeitgeber|entreprise|soci[ée]t[ée]|employeur|empresa|organismo|bedrijf|werkgever',
);

/**
 * "Company: Confidential", "Employer: Various host organisations", "Company: Our client, a leading
 * bank": a board's field that hides or spreads the employer names none. "Acme Corp (via Randstad)":
 * the agency in parentheses is not part of the name.
 */
function named(company: Finding<string> | null): Finding<string> | null {
  if (!company || PLACEHOLDER_NAME.test(company.value) || KINDS_OF_HOST.test(company.value)) return null;
  const via = /\s*\((?:via|through|posted by|recruited by)\s[^()]*\)$/i.exec(company.value);
  if (!via) return company;
  const value = company.value.slice(0, via.index);
  const start = company.ranges[0]!.start;
  return { value, ranges: [{ start, end: start + value.length }] };
}
const PLACEHOLDER_NAME =
  /^(?:confidential|not (?:disclosed|specified|available|applicable|listed)|undisclosed|unknown|n\/?a|none|tb[ac]|hidden|private|anonymous|various|multiple|several|many|our client|client|(?:an?|the)\s+\p{Ll})\b/iu;

/**
 * "Host Institution: Taiwanese academic and research institutions, laboratories, etc.": a kind of
 * host in the plural names no one employer.
 */
const KINDS_OF_HOST =
  /\b(?:institutions|organi[sz]ations|companies|firms|employers|laboratories|universities|agencies|hosts)\b|\betc\b/i;

/** "Maine Department of Environmental Protection, Division of Environmental Assessment": the employer is before the comma. */
function withoutSubunit(company: Finding<string> | null): Finding<string> | null {
  const cut =
    company && /,\s*(?:division|office|bureau|branch|unit|section|department|directorate)\b/i.exec(company.value);
  if (!company || !cut) return company;
  const value = company.value.slice(0, cut.index);
  const start = company.ranges[0]!.start;
  return { value, ranges: [{ start, end: start + value.length }] };
}

/** "Company NameAcme Corp": a copied table's label glued to its value (case-sensitive, so the value's capital shows where). */
const GLUED_COMPANY_LABEL = /^(?:Company(?: Name)?|Employer|Organi[sz]ation)(?=[A-Z])/;

function labelled(lines: TextLine[], label: RegExp, glued: RegExp | null = null): Finding<string> | null {
  for (const line of lines) {
    const m = label.exec(line.content) ?? glued?.exec(line.content);
    if (!m) continue;
    const value = line.content
      .slice(m[0].length)
      .replace(/\s*\|\s*$/, '')
      .trim();
    if (value === '' || value.length > 100 || /[.!?|]$/.test(value) || value.includes('|')) continue;
    const start = line.contentStart + line.content.indexOf(value, m[0].length);
    return { value, ranges: [{ start, end: start + value.length }] };
  }
  return null;
}

/**
 * "Job Title: Sales Intern Company: Acme Location: Singapore": a table of fields flattened into
 * one line; the company's value runs to the next field's label.
 */
const COMPANY_IN_ROW =
  /(?:^|[^\S\n])(?:Company(?: Name)?|Employer|Hiring Organi[sz]ation):[^\S\n]+([^:\n]{2,80}?)(?=[^\S\n]+(?:Location|(?:Job|Employment|Contract|Work) (?:Type|Mode)|Category|(?:Date )?Posted(?: On)?|Experience(?: Level)?|Remote Status|Salary|Pay|Compensation|Department|Industry|Sector|Deadline|Closing Date|Start Date|Duration|Job ID|Website|(?:Job )?Title|Position):[^\S\n])/;

function labelInRow(scan: string, lines: TextLine[]): Finding<string> | null {
  // A flattened table is long, so the header (which ends at the first long line) does not hold it.
  for (const line of lines.slice(0, MAX_HEADER_LINES * 2)) {
    const m = COMPANY_IN_ROW.exec(line.content);
    if (!m || m.index === 0) continue;
    const at = m.index + m[0].length - m[1]!.length;
    if (isCompanyName(scan, m[1]!, line.contentStart + at)) return range(line, at, m[1]!);
  }
  return null;
}

/**
 * "Title" on a line of its own and the role's name on the next (a copied form or definition
 * list): the value is taken only when it names a role.
 */
function labelAbove(lines: TextLine[], label: RegExp): Finding<string> | null {
  for (let i = 0; i < lines.length - 1; i++) {
    if (!label.test(lines[i]!.content)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.content === '') j++;
    const next = lines[j];
    const value = next?.content.trim() ?? '';
    if (!next || value.length > 100 || !JOB_WORD.test(value) || /[.!?:|]$/.test(value)) continue;
    const start = next.contentStart + next.content.indexOf(value);
    return { value, ranges: [{ start, end: start + value.length }] };
  }
  return null;
}

/** "Company\nAbout\nBlog": a site's menu under its "Company" heading, no employer. */
const SITE_MENU_WORD =
  /^(?:about|about us|blog|careers|press|news|newsroom|contact|contact us|team|our team|home|jobs|pricing|product|products|resources|legal|privacy|terms|partners|investors|support|help|faq|faqs|events|overview|mission)$/i;
const COMPANY_LABEL_ALONE =
  /^(?:company(?: name)?|employer|hiring organi[sz]ation|organi[sz]ation(?: name)?)[^\S\n]*:?$/i;

/** "Company" on a line of its own and the employer's name on the next (a copied definition list). */
function companyUnderLabel(scan: string, lines: TextLine[]): Finding<string> | null {
  let tries = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (!COMPANY_LABEL_ALONE.test(lines[i]!.content) || tries++ >= MAX_TRIES) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.content === '') j++;
    const next = lines[j];
    const value = next?.content.trim() ?? '';
    if (!next || value.length > 100 || /[.!?:|]$/.test(value) || SITE_MENU_WORD.test(value)) continue;
    const at = next.content.indexOf(value);
    if (isTitleCased(value) && isCompanyName(scan, value, next.contentStart + at)) return range(next, at, value);
  }
  return null;
}

/** Greenhouse pages copy as "Job Application for <title> at <company>". */
function greenhouseHeading(
  scan: string,
  header: TextLine[],
): { title: Finding<string>; company: Finding<string> | null } | null {
  for (const line of header) {
    const m = /^job application for (.+?) at (.+)$/i.exec(line.content);
    if (!m) continue;
    const titleStart = line.contentStart + 'job application for '.length;
    const companyStart = line.contentStart + line.content.length - m[2]!.length;
    return {
      title: { value: m[1]!, ranges: [{ start: titleStart, end: titleStart + m[1]!.length }] },
      company: withoutTrailingCity(scan, {
        value: m[2]!,
        ranges: [{ start: companyStart, end: companyStart + m[2]!.length }],
      }),
    };
  }
  return null;
}

// The role ends with its sentence; what follows on the line ("… for Spring 2027! Help run our
// social channels.") is kept apart.
const HIRING =
  /^(?:we['’]re|we are|now|[\p{L}&. ]{2,40} is)\s+hiring\b\s*[:!–—-]?\s*(?:an?\s+)?([^!?]+?)(?:\s+(?:at|@)\s+([^!?.]+?))?\s*(?:[!?](.*)|\.*)$/iu;

/**
 * Social posts: "We're hiring: Gameplay Programmer Intern (Summer 2026) at Brightmoor Games!";
 * `runsOn` when more sentences follow the call on its line, as in a description's prose.
 */
function hiringAnnouncement(
  scan: string,
  lines: TextLine[],
): { title: Finding<string>; company: Finding<string> | null; runsOn: boolean } | null {
  for (const line of lines.filter((l) => l.content !== '').slice(0, 20)) {
    const m = HIRING.exec(line.content);
    // "We are hiring for a variety of interns" announces no title.
    if (!m || m[1]!.length > 100 || !/^[\p{Lu}\d]/u.test(m[1]!)) continue;
    const titleStart = line.contentStart + line.content.indexOf(m[1]!);
    const role = roleNameOf(m[1]!);
    const company = m[2] !== undefined && /^\p{Lu}/u.test(m[2]) ? m[2] : null;
    const companyStart = company === null ? -1 : line.contentStart + line.content.lastIndexOf(company);
    return {
      title: { value: role, ranges: [{ start: titleStart, end: titleStart + role.length }] },
      company:
        company === null
          ? null
          : withoutTrailingCity(scan, {
              value: company,
              ranges: [{ start: companyStart, end: companyStart + company.length }],
            }),
      runsOn: (m[3] ?? '').trim() !== '',
    };
  }
  return null;
}

/** A role as compared with another: without a term at its end, case or punctuation. */
const roleKey = (title: string) =>
  withoutTrailingTerm(title)
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/** Words after which a role's name has ended, whatever follows: "Data Intern who enjoys maps". */
const ROLE_ENDED = 'who|whom|which|that|starting|beginning|based|located|working|joining|supporting|responsible';
/**
 * Words that join a role's name ("Fellow in Public Policy", "Marketing and Communications
 * Intern") or end it ("Firmware Intern for our Sensors group"), as what follows them says.
 */
const ROLE_JOINER = 'for|to|at|in|on|with|within|from|during|across|as|and|or|&|[–—-]';
const ROLE_BREAK = new RegExp(
  String.raw`[^\S\n]*,[^\S\n]*(\S+)|[^\S\n]+(?:(${ROLE_ENDED})|${ROLE_JOINER})[^\S\n]+(\S+)`,
  'g',
);
/** A word that goes on no role's name: a lower-case one ("our", "the"), a number, a season or a month ("Fall 2026"). */
const SEASON_OR_MONTH = new RegExp(`^(?:spring|summer|fall|autumn|winter|${MONTH_NAMES})(?!\\p{L})`, 'iu');
const LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;

/**
 * The role a sentence names, up to where its name ends: "Data Intern for the Winter 2027 cohort"
 * is the role "Data Intern", "Research Assistant to support our surveys" the "Research
 * Assistant"; "Fellow in Public Policy" keeps its field.
 */
function roleNameOf(words: string): string {
  ROLE_BREAK.lastIndex = 0;
  for (let m = ROLE_BREAK.exec(words); m; m = ROLE_BREAK.exec(words)) {
    const next = m[1] ?? m[3]!;
    if (m.index > 0 && (m[2] !== undefined || LOWER_OR_DIGIT.test(next) || SEASON_OR_MONTH.test(next)))
      return words.slice(0, m.index);
  }
  return words;
}

const WEB_ADDRESS = /\bhttps?:\/\/\S/i;
/** "Recent Scholarships", "More Master Programs", "Related Jobs": a site's menu of other listings. */
const MENU_OF_LISTINGS =
  /^(?:recent|latest|more|related|similar|popular|featured|trending)\s+(?:[\p{L}.&-]+\s+){0,2}[\p{L}.-]+s$/iu;

function isTitleCandidate(content: string): boolean {
  if (content.length < 3 || content.split(/\s+/).length > 14 || /[.!?:,;]$/.test(content)) return false;
  if (isJobSiteBanner(content) || NOT_TITLE.test(content) || MONEY_OR_DATE.test(content) || content.startsWith('at '))
    return false;
  if (/^(?:remote|hybrid|on-?site)\b/i.test(content) || !/^[\p{Lu}\d"“(]/u.test(content)) return false;
  // "The Wayback Machine - https://web.archive.org/...": a line carrying a web address is the
  // page's location or an archive's banner, never the role.
  if (WEB_ADDRESS.test(content)) return false;
  if (MENU_OF_LISTINGS.test(content)) return false;
  // "WEST AFRICA CIVIL SOCIETY INSTITUTE (WACSI) 2024 NEXT GENERATION INTERNSHIP PROGRAMME": a long
  // line in capitals is a post's banner or headline; a title in capitals is short ("EVENT AND
  // MARKETING INTERN").
  if (isShouted(content) && content.split(/\s+/).length > MAX_SHOUTED_TITLE_WORDS) return false;
  // Section headings, captions, "Apply to ...", and lists of fields ("Engineering · Planning · GIS").
  if (SECTION_HEADING.test(content) || CHROME_TITLE.test(content) || /·.*·/.test(content)) return false;
  // "Paid Summer Internships, Institute for Policy Studies": a listing's heading, with its host after.
  const lead = content.split(',')[0]!;
  if (GENERIC_LISTING.test(lead) || APPLICATIONS_NEWS.test(content) || ORGANISATION_NAME.test(content)) return false;
  if (LISTING_OF_PLACE.test(content) || NOT_A_NOUN_PHRASE.test(content)) return false;
  if (DOCUMENT_TITLE.test(content) && !ROLE_IN_A_FIELD.test(content)) return false;
  // "Student deadline January 27, 2025", "Posted 16 Dec 2025": a line about a date, not a role.
  if (FINITE_VERB.test(content) || HEADLINE_INFINITIVE.test(content) || HEADCOUNT.test(content)) return false;
  if (AVAILABILITY_NEWS.test(content) || CLAUSE_LEAD_IN.test(content)) return false;
  if (LONE_FIELD.test(content) || isDatedLine(content)) return false;
  // "Explore national fellowship opportunities": a link's call to act, not "Explore America
  // Internships" or "Learn and Earn Program".
  if (/^(?:[Ee]xplore|[Dd]iscover|[Ll]earn)\s+(?!and\b)\p{Ll}/u.test(content)) return false;
  // "Niveau du stage : Ingénieur – master": a field, as French pages space its colon.
  if (FIELD_LABEL.test(content) || /^[^:\n]{1,40}[^\S\n]:[^\S\n]/.test(content)) return false;
  // "Summer Research Scholarships", "International Parliamentary Scholarships": a programme of
  // paid placements named as a scholarship (a CSV cell's "Scholarship Fund" is still a company).
  // "Stage Communication sur la thématique du climat (H/F)": a gender marker is only printed
  // after a role's name.
  return JOB_WORD.test(content) || /\bscholarships?\b/i.test(content) || GENDER_MARKER_AT_END.test(content);
}

const MAX_SHOUTED_TITLE_WORDS = 5;

/** Written in capitals: letters, and no lower-case one. */
function isShouted(content: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(content) && !/\p{Ll}/u.test(content);
}

// Wrappers sites put around a title: "Closed - X", "X- Application Due March 27",
// "X Job Opening In City – Now Hiring Company", "X Job at Company, City", "Org (ABBR): X",
// "Call for Applications: X".
const STATUS_PREFIX =
  /^(?:closed|expired|archived|filled|new|job offer|vacancy|offre de stage|offre d['’]emploi|stellenangebot|(?:new[^\S\n]+)?(?:job|internship)[^\S\n]+(?:opening|opportunity|posting)|open(?:ing|[^\S\n]+position)|now[^\S\n]+hiring|hiring|apply[^\S\n]+(?:now|today)|call[^\S\n]+for[^\S\n]+(?:applications|applicants|candidates|interns|trainees))\s*[-–—:]\s*/i;
/** "Introduction to the International Internship Pilot Program", "Welcome to the X Program": a page heading round the name. */
const INTRODUCING =
  /^(?:introduction[^\S\n]+to|welcome[^\S\n]+to|overview[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?(?=\p{Lu})/iu;
/** "Horticulture Intern Posted Feb 15": a board's card puts the listing's date after the role. */
const POSTED_SUFFIX =
  /(?<=\w)\s+(?:[Rr]e)?[Pp]osted(?:\s+on)?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{4})?|\d+\+?\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|[Tt]oday|[Yy]esterday)$/u;
const DEADLINE_SUFFIX = /\s*[-–—|]\s*(?:applications? (?:are )?(?:due|deadline|close[sd]?)|apply by|deadline)\b.*$/i;
/**
 * "X Internship – Complete Job Guide for Applicants", "X 2025 | Eligibility, Stipend, How to Apply",
 * "X Program Details": a site's article wrapper.
 */
const ARTICLE_SUFFIX =
  /(?<=\w\s+(?:program(?:me)?s?|internships?|scheme|fellowships?))\s+(?:details|overview|information)$|\s+[-–—|]\s+(?:(?:a|the|complete|full|ultimate|quick)\s+)*(?:(?:job|application|career|internship)\s+)?(?:guide|details|notification|eligibility|information|how to apply|apply (?:now|online|here|today)|apply to be\b|everything you need to know)\b.*$/i;
/** "Program Intern Vacancy", "Research Assistant Job Opening": the advert's word after the role. */
const ADVERT_WORD_SUFFIX = /(?<=\w)\s+(?:job\s+)?(?:vacanc(?:y|ies)|opening)$/i;
const NOW_HIRING = /^(.+?)\s+job opening in\s+.+?\s+[–—-]\s+now hiring\s+(.+)$/i;
/** "X Job at Company, City": one job; "X Jobs at Site" heads a board's list of them. */
const JOB_AT = /^(.+?)\s+job\s+(?:in\s+[^,]+?\s+)?at\s+([^,]+?)(?:,.*)?$/i;
/** "Acme hiring Data Intern in Austin, TX": a board's page title, employer first. */
const EMPLOYER_HIRING = /^(\p{Lu}[^|]*?)(?:\s+is)?\s+hiring\s+(?:an?\s+)?(.+)$/u;
/** "Data Intern | Acme | LinkedIn", "Data Intern - Acme - Indeed.com": the site's name ending a page title. */
const SITE_SUFFIX = /\s+[|–—-]\s+([^|–—-]+)$/;
/** The words a role's name ends with, in a header line that names its employer after it. */
const ROLE_END = String.raw`[Ii]ntern(?:ship)?s?|[Pp]rogram(?:me)?|[Tt]rainee(?:ship)?|[Pp]lacement|[Ff]ellowship`;
/** An employer's name: capitalised words, with "of", "for", "and" or "&" between them. */
const employerName = (moreWords: number) =>
  String.raw`\p{Lu}[\p{L}&.'’-]*(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+)?\p{Lu}[\p{L}&.'’-]*){0,${moreWords}}`;
/** "Graduate Internship Programme at City of Cape Town for unemployed graduates": a role at its employer. */
/** Other roles a header line may name before "at" its employer: "Research Assistant at Cobalt Labs". */
const ROLE_NOUN_END = String.raw`[Aa]ssistant|[Aa]nalyst|[Ee]ngineer|[Dd]eveloper|[Ss]cientist|[Dd]esigner|[Rr]esearcher|[Ss]pecialist|[Cc]oordinator|[Aa]ssociate|[Tt]echnician|[Pp]rogrammer|[Aa]pprentice(?:ship)?|[Ss]tudent`;
const ROLE_AT = new RegExp(
  String.raw`^(.+?\b(?:${ROLE_END}|${ROLE_NOUN_END}|[Cc]o-?op))[^\S\n]+(?:at|@)[^\S\n]+((?:the[^\S\n]+)?${employerName(6)})(?=[^\S\n]+\p{Ll}|[^\S\n]*(?:[,(–—|:-]|$))`,
  'u',
);
/** "Marjorie Deane Internship, The Financial Times": a role, then "The" employer after a comma. */
const ROLE_COMMA_EMPLOYER = new RegExp(
  String.raw`^(.+?\b(?:${ROLE_END}|[Ss]cheme))[^\S\n]*,[^\S\n]*(The[^\S\n]+${employerName(5)})$`,
  'u',
);
const ORG_PREFIX = /^(.+?)\s*\(([\p{Lu}][\p{L}&.]{1,11})\)\s*:\s*(.+)$/u;
/**
 * "Newton County — GIS Internship", "Garden Route District Municipality: Internship Programme",
 * "Ontario Hockey League - Business Operations Intern (Summer 2026)": the employer, then the role.
 */
const EMPLOYER_DASH = new RegExp(
  String.raw`^(${employerName(5)})(?:[^\S\n]+[—–-]|[^\S\n]*:)[^\S\n]+(.+\b(?:${ROLE_END}|[Cc]o-?op)(?:[^\S\n]*\([^()\n]*\))?)$`,
  'u',
);

interface Wrapped {
  title: Finding<string>;
  company: Finding<string> | null;
}

/** The first header line that reads like a job title, out of any wrapper the site put round it. */
function titleFromHeader(scan: string, header: TextLine[]): Wrapped | null {
  for (const [i, line] of header.entries()) {
    if (isBreadcrumb(line, header[i + 1])) continue;
    const unwrapped = unwrap(scan, line);
    if (unwrapped && isTitleCandidate(unwrapped.title.value))
      return GENERIC_PROGRAMME.test(unwrapped.title.value)
        ? (namedProgramme(header.slice(i + 1, i + 1 + MAX_NAMING_LINES), unwrapped.title.value) ?? unwrapped)
        : unwrapped;
  }
  return null;
}

/** "Internship Programme" alone: a board's or a site's heading over the programme's own name. */
const GENERIC_PROGRAMME = /^(?:internships?|traineeships?)(?:\s+program(?:me)?s?)?$/i;
/** "Internship" alone, without even "Program": a heading's word, never a title. */
const BARE_GENERIC = /^(?:internships?|traineeships?)$/i;
const MAX_NAMING_LINES = 4;

/**
 * "Internship Programme" over "Winter Internship Programme", or over " Visiting Students
 * Internship Programme in Indian Institute of Astrophysics": the line below names the programme
 * with words of its own before the generic ones, which the title ends with.
 */
function namedProgramme(lines: TextLine[], generic: string): Wrapped | null {
  for (const line of lines) {
    const at = line.content.toLowerCase().indexOf(generic.toLowerCase());
    if (at <= 0) continue;
    const name = line.content.slice(0, at + generic.length).trim();
    const words = name.split(/\s+/).length - generic.split(/\s+/).length;
    if (words < 1 || words > 4 || !/^\p{Lu}/u.test(name) || !isTitleCandidate(name)) continue;
    const start = line.contentStart + line.content.indexOf(name);
    return { title: { value: name, ranges: [{ start, end: start + name.length }] }, company: null };
  }
  return null;
}

/** A breadcrumb's separator on its own line ("Home\n/\nData and Analytics\n/\nSummer Intern"). */
const CRUMB_SEPARATOR = /^[/>»›]$/;
const CRUMB_SPLIT = /\s[/>»›]\s/;
/** The words that name a role, not a site's section ("Data", "Graduate Jobs" name sections too). */
const ROLE_NOUN =
  /\b(?:intern(?:ship)?s?|co-?op|trainee(?:ship)?s?|fellow(?:ship)?s?|apprentice(?:ship)?s?|assistant|analyst|engineer|developer|scientist|designer|researcher|specialist|coordinator|manager|associate|officer|clerk(?:ship)?|placement|program(?:me)?|scholars?|scholarships?|werkstudent|stagiaires?|praktik(?:um|ant(?:in)?))\b/i;

/**
 * A site's path to the page is not the role: a crumb followed by a separator on its own line (the
 * last crumb, the page's own heading, may be), or a line of sections joined by " / " or " > " none
 * of which names a role ("Business / Personal Finance", "Graduate Jobs / Jobs").
 */
function isBreadcrumb(line: TextLine, next: TextLine | undefined): boolean {
  if (next && CRUMB_SEPARATOR.test(next.content)) return true;
  const parts = line.content.split(CRUMB_SPLIT);
  return parts.length >= 2 && !parts.some((part) => ROLE_NOUN.test(part));
}

function unwrap(scan: string, line: TextLine): Wrapped | null {
  let offset = STATUS_PREFIX.exec(line.content)?.[0].length ?? INTRODUCING.exec(line.content)?.[0].length ?? 0;
  // "Apply now: Data Intern" is the role behind a call to apply; "Apply for this job" is none.
  if (CHROME_TITLE.test(line.content.slice(offset))) return null;
  const unsited = withoutSiteSuffix(line.content.slice(offset));
  const pageTitle = unsited.length < line.content.length - offset;
  let text = unsited.replace(POSTED_SUFFIX, '').replace(DEADLINE_SUFFIX, '').replace(ARTICLE_SUFFIX, '');
  let company: Finding<string> | null = null;
  const named = (name: string, at: number) =>
    isCompanyName(scan, name.trim(), line.contentStart + at) ? range(line, at, name) : null;
  const employerFirst = EMPLOYER_HIRING.exec(text);
  const hiring =
    NOW_HIRING.exec(text) ??
    JOB_AT.exec(text) ??
    ROLE_AT.exec(text) ??
    ROLE_COMMA_EMPLOYER.exec(text) ??
    (employerFirst &&
    JOB_WORD.test(employerFirst[2]!) &&
    !JOB_WORD.test(employerFirst[1]!) &&
    !NOT_A_NOUN_PHRASE.test(employerFirst[1]!)
      ? [employerFirst[0], employerFirst[2]!, employerFirst[1]!]
      : null);
  const org = hiring ? null : ORG_PREFIX.exec(text);
  const dashed = hiring || org ? null : EMPLOYER_DASH.exec(text);
  if (dashed && !JOB_WORD.test(dashed[1]!) && named(dashed[1]!, offset)) {
    company = named(dashed[1]!, offset);
    offset += text.length - dashed[2]!.length;
    text = dashed[2]!;
  } else if (hiring) {
    const employer = named(hiring[2]!, offset + text.lastIndexOf(hiring[2]!));
    company = employer && withoutTrailingCity(scan, employer);
    // The role opens the line, but for "Acme hiring Data Intern", where it follows the employer.
    offset += text.indexOf(hiring[1]!);
    text = hiring[1]!;
  } else if (org) {
    company = named(org[2]!, offset + text.indexOf(`(${org[2]!})`) + 1);
    offset += text.length - org[3]!.length;
    text = org[3]!;
  } else {
    const parts =
      roleEmployerPlace(scan, line.contentStart + offset, text) ??
      (pageTitle ? roleThenEmployer(scan, line.contentStart + offset, text) : null);
    if (parts) {
      company = range(line, offset + parts.employerAt, parts.employer);
      text = parts.role;
    }
  }
  text = text.trim();
  if (JOB_WORD.test(text)) text = text.replace(ADVERT_WORD_SUFFIX, '');
  if (text === '') return null;
  return { title: range(line, offset, text), company };
}

/**
 * "Data Intern | Acme" or "Data Intern - Acme - Austin, TX" left of a site's name ("| LinkedIn"):
 * a page title names the role, then its employer, then perhaps the place.
 */
function roleThenEmployer(
  scan: string,
  start: number,
  text: string,
): { role: string; employer: string; employerAt: number } | null {
  const separator = /[^\S\n]+[|–—-][^\S\n]+/g;
  const cuts = [...text.matchAll(separator)];
  if (cuts.length < 1 || cuts.length > 2) return null;
  const role = text.slice(0, cuts[0]!.index);
  const employerAt = cuts[0]!.index + cuts[0]![0].length;
  const employer = text.slice(employerAt, cuts[1]?.index ?? text.length);
  if (!JOB_WORD.test(role) || JOB_WORD.test(employer)) return null;
  if (cuts[1]) {
    const placeAt = start + cuts[1].index + cuts[1][0].length;
    if (!placesIn(scan, placeAt, start + text.length).some((p) => p.start === placeAt)) return null;
  }
  return isCompanyName(scan, employer, start + employerAt) ? { role, employer, employerAt } : null;
}

/** A page title's last part naming a job site ("| LinkedIn", "- Indeed.com") is not the role's. */
function withoutSiteSuffix(text: string): string {
  const m = SITE_SUFFIX.exec(text);
  return m && (isJobSiteBanner(m[1]!) || /^[\w-]+\.(?:com|co\.uk|org|net|io)$/i.test(m[1]!))
    ? text.slice(0, m.index)
    : text;
}

/**
 * "Internship at Stripe Bengaluru": a known city ending the name written after "at" is where the
 * job is, not part of the employer's name. A name that needs its city keeps it ("Bank of
 * Montreal", "Transport for London").
 */
function withoutTrailingCity(scan: string, company: Finding<string>): Finding<string> {
  const { start, end } = company.ranges[0]!;
  const city = knownCityPlaces(scan, start, end).at(-1);
  if (!city || city.end !== end || city.start === start) return company;
  const name = scan.slice(start, city.start).trimEnd();
  if (/\b(?:of|for|and|the|in|&)$/i.test(name)) return company;
  return { value: name, ranges: [{ start, end: start + name.length }] };
}

/** A separator between a board's heading parts: " / ", " | ", " – " (a slash inside "UX/UI" is none). */
const HEADING_SEPARATOR = /[^\S\n]+[/|–—][^\S\n]+/g;
/** A heading's part that says where: "Location: London", "Remote". */
const PLACE_PART = /^(?:(?:job |work )?location|based in|city)\s*:|^(?:remote|hybrid|on-?site)\b/i;

/**
 * "Data Analyst Intern / Acme Ltd / Location: London", "Engineer Intern | Northwind | Seattle, WA":
 * a board's heading of role, employer and place. Only with all three: after a role alone, the
 * next part may as well be its team ("Intern – Core Engineering").
 */
function roleEmployerPlace(
  scan: string,
  start: number,
  text: string,
): { role: string; employer: string; employerAt: number } | null {
  const separators = [...text.matchAll(HEADING_SEPARATOR)];
  if (separators.length < 2) return null;
  const [first, second] = separators as [RegExpExecArray, RegExpExecArray];
  const role = text.slice(0, first.index);
  const employerAt = first.index + first[0].length;
  const employer = text.slice(employerAt, second.index);
  const placeAt = start + second.index + second[0].length;
  const placeEnd = start + (separators[2]?.index ?? text.length);
  const placed =
    PLACE_PART.test(scan.slice(placeAt, placeEnd)) ||
    placesIn(scan, placeAt, placeEnd).some((p) => p.start === placeAt);
  if (!JOB_WORD.test(role) || JOB_WORD.test(employer) || !placed) return null;
  return isCompanyName(scan, employer, start + employerAt) ? { role, employer, employerAt } : null;
}

/** The company on the lines right after the title. */
function companyFromHeader(
  scan: string,
  header: TextLine[],
  titleIndex: number,
  title: string,
): Finding<string> | null {
  const after = header.slice(titleIndex + 1, titleIndex + 5).filter((l) => l.content !== title);
  // "Department of Physics, University of Edinburgh" right under the title: the organisation the
  // unit belongs to is the employer, whatever the prose calls the unit.
  const unitOf = after[0] && UNIT_OF_EMPLOYER.exec(after[0].content);
  if (unitOf && namesAnOrganisation(unitOf[1]!) && isCompanyName(scan, unitOf[1]!, after[0]!.contentStart))
    return range(after[0]!, after[0]!.content.length - unitOf[1]!.length, unitOf[1]!);
  for (const line of after) {
    // "at Acme Corp", "Position at The Port Authority of NY & NJ": the employer of the role above.
    const at = /^((?:position|job|role|vacancy|opening)\s+)?at\s+(.+)$/i.exec(line.content);
    const atName = at?.[2];
    // A long name after "Position at" is counted by its capitalised words, as in a sentence.
    if (at && isCompanyName(scan, atName!, line.contentStart + line.content.length - atName!.length, !!at[1]))
      return withoutTrailingCity(scan, range(line, line.content.length - atName!.length, atName!));
    // "Harbor Labs · Seattle, WA (Hybrid) · Reposted 1 week ago"
    // The other parts say where or how ("Seattle, WA", "Remote"), else the line is no company's
    // ("Content + Source + Freshness • 16 Dec 2025 • 95% confidence").
    const parts = line.content.split(/\s+[·•|]\s+/);
    const placed =
      placesIn(scan, line.contentStart + parts[0]!.length, line.contentStart + line.content.length).length > 0 ||
      /\b(?:remote|hybrid|on-?site)\b/i.test(parts.slice(1).join(' '));
    if (parts.length > 1 && placed && isCompanyName(scan, parts[0]!, line.contentStart))
      return range(line, 0, parts[0]!);
    // "PinterestSan Francisco, CA, United States": the company is what precedes the place.
    const place = explicitPlaces(scan, line.contentStart, line.contentStart + line.content.length)[0];
    // Not "Walldorf, Baden-Württemberg": a place that goes on after a comma; but "Green Chimneys ,
    // Brewster, NY", a name, a comma, then a city in its US state, is a board card's company.
    const commaBefore = /,\s*$/.test(scan.slice(line.contentStart, place?.start ?? line.contentStart));
    if (place && place.start > line.contentStart && (!commaBefore || place.country === 'US')) {
      const name = scan.slice(line.contentStart, place.start).replace(/[\s,·•|–—-]+$/, '');
      if (name !== '' && isCompanyName(scan, name, line.contentStart)) return range(line, 0, name);
    }
  }
  // Indeed and career pages: the company on a line of its own, followed by the location, or
  // (Glassdoor, Wellfound) just above the title; either way the page names it again later.
  const before = header.slice(Math.max(0, titleIndex - 2), Math.max(0, titleIndex)).reverse();
  for (const [i, line] of [...after, ...before].entries()) {
    // "TikTok.com": a board names the employer by its site; "Microsoft,": by "Company, City"
    // with the city left empty, right under the title.
    const written = line.content.replace(RATING, '');
    const name = written.replace(EMPLOYER_SITE, '$1').replace(/,$/, '');
    // "Traineeship in the Directorate General Monetary Policy", then "Monetary Policy": the
    // field the role is in, repeated as the page's category.
    if (ROLE_IN_A_FIELD.test(title) && nameKey(title).endsWith(` ${nameKey(name)}`)) continue;
    // "Jobboardly", "InternList", "Student Opportunities": a board's banner or section, which its
    // pages name again.
    if (BOARD_LIKE_NAME.test(name) || GENERIC_LISTING.test(name)) continue;
    const next = i < after.length ? after.slice(i + 1).find((l) => !RATING.test(l.content)) : undefined;
    // A job card's tags may stand between its company and its place ("Full-time\nOn-site").
    const place = i < after.length ? after.slice(i + 1).find((l) => !isCardTag(l.content)) : undefined;
    // "• Internship • Remote" under the name: the card's tags say where in place of a place line.
    const tags = i < after.length ? after.slice(i + 1, place ? after.indexOf(place) : after.length) : [];
    // "Bluefin Analytics\n3.9 ★": boards rate employers, so a name over a rating is one.
    const rated = RATING_ALONE.test(header[header.indexOf(line) + 1]?.content ?? '');
    if (
      isCompanyName(scan, name, line.contentStart) &&
      isTitleCased(name) &&
      (rated ||
        (place && startsWithPlace(scan, place)) ||
        tags.some((l) => WORK_MODE_TAG.test(l.content)) ||
        mentionedLater(scan, name, line) ||
        (i === 0 && written.endsWith(',')) ||
        (i === 0 && aloneUnderTitle(scan, name, next, line === header.at(-1))))
    ) {
      return range(line, 0, name);
    }
  }
  return null;
}

/** "株式会社ミライラボ", "ミライラボ株式会社": a Japanese company's legal form, before or after its name. */
const JA_LEGAL_FORM = /^(?:株式会社|有限会社|合同会社)[^\s:：]{1,30}$|^[^\s:：]{1,30}(?:株式会社|有限会社|合同会社)$/u;
/** Longer than a company's name in its legal form on a line of its own. */
const MAX_LEGAL_NAME = 60;

/**
 * "Infineon Technologies AG" on the short line right above the title, or right under it as
 * Internshala sets "Acme Learning Technologies Private Limited": a name in a company's legal form
 * beside the title is the posting's employer, as a careers page or a pasted offer sets it.
 */
function legalNameBesideTitle(scan: string, line: TextLine): Finding<string> | null {
  const name = line.content;
  if (name.length > MAX_LEGAL_NAME) return null;
  const legal =
    JA_LEGAL_FORM.test(name) || (LEGAL_FORM_ENDING_NAME.test(name) && isCompanyName(scan, name, line.contentStart));
  return legal ? range(line, 0, name) : null;
}

/**
 * "4.1 out of 5 stars", "Full-time", "• On-site", "Nonprofit": a job card's tags and category
 * between its company and its place line.
 */
/** A name made of a board's words ("Jobboardly", "InternList", "CareerHub", "HireQuest"). */
const BOARD_LIKE_NAME =
  /^\S*(?:jobs?|careers?|intern(?!ational)|hir(?:e|ing)|recruit|vacanc|talent)\S*$|\b(?:jobs|careers|internships|vacancies)$/i;

function isCardTag(content: string): boolean {
  return RATING.test(content) || JOB_TAG.test(content) || BOARD_BADGE.test(content) || DEPARTMENT.test(content);
}
/** "Promoted", "Urgently hiring", "Easy Apply": a board's badges on a job card, which name no one. */
const BOARD_BADGE =
  /^(?:[•·*-][^\S\n]*)?(?:promoted|sponsored|featured|verified|new|urgently hiring|actively (?:hiring|recruiting)|hiring (?:now|multiple candidates)|now hiring|easy apply|quick apply|(?:be an )?early applicant|top applicant|responsive employer|actively reviewing applicants|paid|unpaid|casual|confidential|not (?:specified|disclosed)|undisclosed|applications? (?:closed|open)|closing soon|expired|closed|(?:view )?(?:company )?profile|(?:student|graduate|entry[- ]level) jobs|(?:job|vacancy|reference|ref)(?: id| no\.?| number)?[^\S\n]*#?[^\S\n]*\d[\w-]*)$/i;
/** "Talent Acquisition Partner", "Hiring Manager": a person's job on a card's recruiter block, not an employer. */
const PERSON_ROLE =
  /\b(?:partner|manager|recruiter|specialist|coordinator|director|officer|advisor|representative|consultant|assistant|associate|analyst|engineer|developer|designer|scientist|intern|administrator|generalist)$/i;
const JOB_TAG =
  /^(?:[•·*-][^\S\n]*)?(?:full[- ]time|part[- ]time|internship|contract|temporary|permanent|seasonal|remote|hybrid|on-?site|in[- ]office)$/i;
const WORK_MODE_TAG = /^(?:[•·*-][^\S\n]*)?(?:remote|hybrid|on-?site|in[- ]office)$/i;

/**
 * A name alone on the line under the title is the employer when the job's facts follow it under
 * their labels ("Location: London", "Salary: £36,000"), or, when it names an organisation, where
 * the description starts.
 */
function aloneUnderTitle(scan: string, name: string, next: TextLine | undefined, lastInHeader: boolean): boolean {
  if (!isEmployerLine(name)) return false;
  // "Graduate Internship Program\nLAGOS STATE GOVERNMENT\nApply for this job": a board's job card.
  if (next && APPLY_BUTTON.test(next.content)) return isTitleCased(name) && !isCardTag(name);
  if (next) return labelsAPlace(scan, next) || (FIELD_LABEL.test(next.content) && isTitleCased(name));
  return lastInHeader && namesAnOrganisation(name);
}

/** A board's button under a job card's title and employer. */
const APPLY_BUTTON =
  /^(?:apply(?:[^\S\n]+for[^\S\n]+this[^\S\n]+(?:job|position|role|internship))?|apply[^\S\n]+now|easy[^\S\n]+apply|quick[^\S\n]+apply)$/i;

/** "Northwind Traders", "Bank of Montreal", not a tagline in a sentence's case ("Make design accessible to all"). */
function isTitleCased(name: string): boolean {
  return name
    .split(/\s+/)
    .every(
      (word) =>
        /^[\p{Lu}\d&]/u.test(word) ||
        /^(?:of|for|and|the|at|on|in|de|du|des|la|le|van|von|der|den|zu|y|e|di|da|del|do|dos|[ld]['’]\p{Lu}.*)$/u.test(
          word,
        ),
    );
}

/** "Location: London", "Arbeitsort: Berlin": a place's label with a place right after it. */
function labelsAPlace(scan: string, line: TextLine): boolean {
  const label = LOCATION_LABEL.exec(line.content);
  if (!label) return false;
  const valueAt = line.contentStart + label[0].length;
  return placesIn(scan, valueAt, line.contentStart + line.content.length).some((p) => p.start === valueAt);
}

/** "Marketing Team", "Main Campus" or "12 March" under the title say where or when the role sits. */
function isEmployerLine(name: string): boolean {
  return !SUBUNIT_OR_SITE.test(name) && findDates(name).length === 0;
}
const SUBUNIT_OR_SITE =
  /\b(?:team|department|division|unit|section|branch|directorate|campus|site|building|headquarters|hq|floor)$/i;

/**
 * "California Institute of Technology", "Northwind Traders Ltd": a name that says it is an
 * organisation, by its kind or its legal form. Under the title, where the description starts, it
 * is the employer; "Department of Physics" is a unit of one.
 */
function namesAnOrganisation(name: string): boolean {
  return ORGANISATION_KIND.test(name) && !UNIT_OF_ORGANISATION.test(name);
}
const ORGANISATION_KIND =
  /\b(?:university|college|institute|institution|academy|laborator(?:y|ies)|foundation|society|association|council|commission|agency|authority|ministry|museum|hospital|bank|school|corporation)(?:\s+(?:of|for)\s+[^,]+)?$|\b(?:inc|ltd|llc|gmbh|ag|plc|limited|corp|co)\.?$/i;
const UNIT_OF_ORGANISATION = /^(?:the\s+)?(?:department|division|office|faculty|section|unit|branch|team)\b/i;
/** "Department of Physics, University of Edinburgh", "Institute for Quantum Computing, University of Waterloo". */
const UNIT_OF_EMPLOYER =
  /^(?:the\s+)?(?:department|division|faculty|school|college|centre|center|institute|laboratory|lab)\s+(?:of|for)\s+[^,\n]+,[^\S\n]*([^,\n]+?)[^\S\n]*$/i;

/** An employer's web address on a line of its own: "TikTok.com". */
const EMPLOYER_SITE = /^([\p{L}\d][\p{L}\d-]*)\.(?:com|org|net|io|co|ai)$/iu;

function startsWithPlace(scan: string, line: TextLine): boolean {
  const end = line.contentStart + line.content.length;
  // "United States, Maine, Scarborough": a board's place line written country first.
  const first = /^([^,]+),[^\S\n]*\p{Lu}/u.exec(line.content);
  if (first && countryNamed(first[1]!)) return true;
  // "Walldorf, Baden-Württemberg, Deutschland | Hybrid": names ending in a country (a short line:
  // the pattern is no place for a whole page pasted as one line).
  const last =
    line.content.length <= 120 &&
    /^\p{Lu}[^,|·•]*(?:,[^\S\n]*\p{Lu}[^,|·•]*){1,3},[^\S\n]*([^,|·•]+?)[^\S\n]*(?:[|·•].*)?$/u.exec(line.content);
  if (last && countryNamed(last[1]!)) return true;
  return [...explicitPlaces(scan, line.contentStart, end), ...knownCityPlaces(scan, line.contentStart, end)].some(
    (p) => scan.slice(line.contentStart, p.start).trim() === '',
  );
}

/** Legal-form abbreviations a company name may end with, full stop included. */
const LEGAL_FORM = /\b(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|S\.A|N\.V|B\.V|N\.A|PLC|Pty)\.$/i;
const NOT_A_NAME =
  /^(?:remote|hybrid|on-?site|internship|intern|co-?op|full[- ]time|part[- ]time|contract|temporary|permanent|seasonal|yesterday|today)\b/i;
/** A house number and its street ("1630 Hawthorn Ave"): where the employer is, not its name. */
const STREET_ADDRESS =
  /^\d+[A-Za-z]?\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:Ave(?:nue)?|St(?:reet)?|R(?:oa)?d|Blvd|Boulevard|Dr(?:ive)?|Lane|Ln|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy)\b\.?/u;
/** A department or a field, not an employer: "Marketing & Communications", "Research and Development". */
const DEPARTMENT =
  /^(?:(?:marketing|communications?|engineering|finance|operations|sales|product|data|legal|research|development|human resources|hr|it|design|business|strategy|policy|analytics|technology|science|administration|accounting|content|media|digital|social media|public relations|pr|machine learning|artificial intelligence|ai|ml|software|hardware|security|cybersecurity|cloud|infrastructure|web|mobile|quantitative|investment banking|audit|tax|consulting|supply chain|logistics|banking|financial services|insurance|information technology|computer science|customer service|healthcare|health ?care|health|medical|government|public sector|non-?profit|charity|hospitality|tourism|travel|real estate|property|education|training|teaching|arts?|culture|entertainment|environment(?:al)?|sustainability|construction|retail|energy|utilities|manufacturing|law|legal services|transport(?:ation)?|agriculture|food|telecommunications|pharmaceuticals?|biotech(?:nology)?|aerospace|automotive|nursing|social (?:care|work|services)|sports?|fashion|publishing|journalism|architecture|recruitment|hr ?& ?recruitment|admin(?:istrative)?|clerical|trades|services)(?:[^\S\n]*(?:&|and|,|\+|\/)[^\S\n]*|$))+$/i;

const CAREERS_BANNER = /^(?:(.+?)\s+(?:careers|jobs)|(?:careers|jobs) (?:at|@) (.+))$/i;

/** A career site's banner: "Osprey Mutual Careers", "Careers at Saffron Ledger". */
function careersBanner(scan: string, header: TextLine[]): Finding<string> | null {
  for (const line of header.slice(0, 4)) {
    const m = CAREERS_BANNER.exec(line.content);
    const name = m?.[1] ?? m?.[2];
    if (
      name &&
      isCompanyName(scan, name, line.contentStart + line.content.indexOf(name)) &&
      mentionedLater(scan, name, line)
    ) {
      return range(line, line.content.indexOf(name), name);
    }
  }
  return null;
}

/**
 * "Summer Programmer" over "Job Posting: Summer Programmer at Heritage Park Museum": another
 * header line names the same role at its employer.
 */
function roleAtLine(scan: string, header: TextLine[], title: string): Finding<string> | null {
  for (const line of header.slice(0, MAX_ROLE_AT_LINE)) {
    if (!AT_EMPLOYER.test(line.content)) continue;
    const unwrapped = unwrap(scan, line);
    if (unwrapped?.company && unwrapped.title.value.toLowerCase() === title.toLowerCase()) return unwrapped.company;
  }
  return null;
}
const MAX_ROLE_AT_LINE = 8;
const AT_EMPLOYER = /[^\S\n](?:at|@)[^\S\n]/;

/** "Citizens Logo", "U.S. Department of State (logo)": the site's own logo, its text left in the copy. */
const LOGO_TEXT = /^(.+?)[^\S\n]*(?:\([^\S\n]*logo[^\S\n]*\)|[^\S\n]logo)$/i;

/** The employer a page's own logo names, in its first lines, where the page names it again. */
function logoBanner(scan: string, header: TextLine[]): Finding<string> | null {
  for (const line of header.slice(0, MAX_LOGO_LINE)) {
    const name = LOGO_TEXT.exec(line.content.trim())?.[1];
    if (!name || /^(?:company|employer|site|brand)$/i.test(name)) continue;
    const at = line.contentStart + line.content.indexOf(name);
    if (isCompanyName(scan, name, at) && mentionedLater(scan, name, line))
      return range(line, line.content.indexOf(name), name);
  }
  return null;
}
const MAX_LOGO_LINE = 6;

/** "Posted by Harbor Credit Union", "Posted on Nov. 11, 2025 by City of Fairview on 12 March". */
const POSTED_BY =
  /^((?:job[^\S\n]+)?posted(?:[^\S\n]+on[^\S\n]+[^\n]{3,30}?)?[^\S\n]+by:?[^\S\n]+)(.+?)(?:[^\S\n]+on[^\S\n]+[^\n]{3,30})?$/i;
const NOT_A_POSTER = /^(?:admin|editor|staff|guest|team|webmaster|user)\b/i;

/**
 * The organisation a board says posted the job. A blog's "Posted by" names its writer, so the name
 * counts only where it says it is an organisation or the page names it again.
 */
function postedBy(scan: string, header: TextLine[]): Finding<string> | null {
  for (const line of header) {
    const m = POSTED_BY.exec(line.content);
    if (!m) continue;
    const name = m[2]!.replace(/[.,]$/, '');
    const start = line.contentStart + m[1]!.length;
    if (NOT_A_POSTER.test(name) || !isCompanyName(scan, name, start)) continue;
    if (namesAnOrganisation(name) || LOCAL_GOVERNMENT_NAME.test(name) || mentionedLater(scan, name, line))
      return range(line, m[1]!.length, name);
  }
  return null;
}
const LOCAL_GOVERNMENT_NAME = /^(?:City|Town|Village|County|Borough)[^\S\n]+of[^\S\n]/;

/** "More jobs from Lakeshore Freight", "See all the jobs at Acme here:": a board's link to the employer's other openings. */
const MORE_JOBS_FROM =
  /^((?:(?:see|view|browse)[^\S\n]+)?(?:more|other|all)[^\S\n]+(?:the[^\S\n]+)?(?:jobs|openings|positions|vacancies|internships)[^\S\n]+(?:at|from|by|with)[^\S\n]+)(.+?)(?:[^\S\n]+here)?[^\S\n]*[:.]?$/i;

function boardLinkToEmployer(scan: string, lines: TextLine[], ending: TextLine | null): Finding<string> | null {
  let tries = 0;
  for (const line of ending ? [...lines, ending] : lines) {
    const m = MORE_JOBS_FROM.exec(line.content);
    // Each check may read the page: a few tries keep a page of such links linear.
    if (!m || tries++ >= MAX_TRIES) continue;
    const at = m[1]!.length;
    // The line that ended the posting is blank in the scan: its name is checked against the line as written.
    const named =
      line === ending ? isCompanyName(line.content, m[2]!, at) : isCompanyName(scan, m[2]!, line.contentStart + at);
    if (named) return range(line, at, m[2]!);
  }
  return null;
}

/** A name the page could be hiring under; `start` is where it sits in the text. */
function isCompanyName(scan: string, name: string, start: number, inProse = false): boolean {
  // "1000, Amsterdam": a postcode, with no letter, names nobody.
  // In prose the name is capitalised words and the small words between them: "Department of
  // Co-operative Governance and Traditional Affairs" is seven words, four of them capitalised.
  const words = name.split(/\s+/);
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (name.length < 2 || (inProse ? capitalised : words.length) > 6 || words.length > 9) return false;
  if (name.includes(':') || !/^[\p{Lu}\d]/u.test(name)) return false;
  if (!/\p{L}/u.test(name) || STREET_ADDRESS.test(name)) return false;
  if (/[!?]$/.test(name) || (name.endsWith('.') && !LEGAL_FORM.test(name))) return false;
  // A job site's name on a header line is the site; in the prose ("At LinkedIn, we") it hires.
  if ((!inProse && isJobSiteBanner(name)) || NOT_TITLE.test(name) || MONEY_OR_DATE.test(name) || NOT_A_NAME.test(name))
    return false;
  // "Office of the Chief Information Officer" is a unit, named by its head's job.
  if (DEPARTMENT.test(name) || BOARD_BADGE.test(name) || (PERSON_ROLE.test(name) && !/\bof\b/i.test(name)))
    return false;
  // A term or a degree ("Masters, Summer 2026") is no name either.
  if (TERM_OR_DEGREE.test(name) || SECTION_HEADING.test(name)) return false;
  // "the City", "the Ministry": a common noun standing for an employer the page does not name;
  // "Plano Mayor" (of "Plano Mayor’s Internship Program") or "Mayor Ana Ruiz": a person's office
  // or its holder, not an employer.
  if (GENERIC_INSTITUTION.test(name) || PERSON_OFFICE.test(name) || OFFICEHOLDER.test(name)) return false;
  if (PROGRAMME_NAME.test(name)) return false;
  if (standsForProgramme(scan, name)) return false;
  // A place is not a company, but a company may be named after one ("New York Life"); a country
  // or a province alone ("Canada · On-site", "Ontario’s Summer Employment program") is where.
  if (countryNamed(name) || name in REGION_NAMES) return false;
  const end = start + name.length;
  if (explicitPlaces(scan, start, end).length > 0) return false;
  return !knownCityPlaces(scan, start, end).some((p) => p.start === start && /^[\s,.]*$/.test(scan.slice(p.end, end)));
}

const GENERIC_INSTITUTION =
  /^(?:the\s+)?(?:city|county|state|town|village|mayor|government|ministry|department|agency|office|university|college|school|institute|academy|council|commission|board|program(?:me)?|organi[sz]ation|company|firm|employer|centre|center|lab(?:oratory)?|district|library|museum|hospital|zoo|aquarium|mission|embassy|consulate)$/i;
/** "Student Success Jobs Program (SSJP)": initials the page gives a programme, not an employer. */
function standsForProgramme(scan: string, name: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(name)) return false;
  const at = scan.indexOf(`(${name})`);
  return at > 0 && PROGRAMME_NAME.test(scan.slice(Math.max(0, at - 40), at).trimEnd());
}

/** "Student Success Jobs Program": a programme's name, not its host's. */
const PROGRAMME_NAME = /\b(?:program(?:me)?s?|internships?|schemes?|fellowships?|initiatives?|awards?|traineeships?)$/i;
const PERSON_OFFICE = /\b(?:mayor|governor|president|dean|chancellor|provost|senator|director|secretary)$/i;
/**
 * "Punjab Chief Minister Maryam Nawaz Sharif", "Governor Ada Obi": the head of a government by
 * name announces a scheme the government runs; a legislator ("Senator Jane Doe") hires interns
 * into an own office, so is left to be an employer.
 */
const OFFICEHOLDER =
  /\b(?:[Mm]inister|[Mm]ayor|[Gg]overnor|[Pp]resident|[Pp]remier|[Cc]ommissioner|[Ss]ecretary)[^\S\n]+\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}-]*)+$/u;
const TERM_OR_DEGREE =
  /\b(?:(?:19|20)\d{2}|spring|summer|fall|autumn|winter|bachelor['’]?s?|master['’]?s?|ph\.?d|undergraduates?|graduates?)\b/i;

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
// Latin letters, not \\w, so that "Wirtschaftsförderung" or "Montréal" is one word of a name.
const NAME_WORD = `[${CAPITAL}][${LETTER}\\d_&.'’-]*`;
// At the start of the text, of a line or of a sentence. A lookbehind tried only at a capital,
// not a leading `(?:^|\n)\s*`, which would rescan a run of blank lines from each of its breaks.
const SENTENCE_START = String.raw`(?=[${CAPITAL}])(?<=(?:^|[.!?]\s|\n)\s*)`;
/**
 * The start of a sentence or of a clause after a comma ("With summer near, Shreve Library has …"),
 * or of a news item's first sentence after its dateline: "FAIRHOPE, AL — The Weeks Bay Foundation",
 * "(WCBD)- Charleston County", "Dubai: Dubai Airports", "(PTI) The University of Delhi", and the
 * stored page's " date 2023-01-15 " before it.
 */
const CLAUSE_START = String.raw`(?=[${CAPITAL}])(?<=(?:^|[.!?,;:)]\s|\n|[—–]|\s-\s|\)-|\bdate \d{4}-\d{2}-\d{2}\s)\s*)`;
/**
 * "Amazon is an equal opportunity employer", "The ECB is an inclusive employer", "Care Partners
 * in Kenya is an Equal Opportunities employer" (a country office): the employer's own statement.
 * "WMO is committed to achieving diversity", "Defence is committed to diversity and inclusion",
 * "WWF is committed to creating an inclusive environment": the same statement as a commitment.
 */
const EQUAL_OPPORTUNITY = new RegExp(
  `${SENTENCE_START}(?:The[^\\S\\n]+)?(${NAME_WORD}(?:[^\\S\\n]+(?:${NAME_WORD}|&|of|for|and|in)){0,4})[^\\S\\n]+is (?:(?:an|a|proud to be an?) (?:[Ee]qual (?:[Ee]mployment )?[Oo]pportunit(?:y|ies)|EEO\\b|EOE\\b|AA\\/EEO|[Aa]ffirmative [Aa]ction|(?:diverse and )?inclusive employer)|committed to (?:(?:achieving|promoting|building|creating|fostering|ensuring) )?(?:an? )?(?:diversity|diverse|inclusion|inclusive|equal (?:employment )?opportunit))`,
  'g',
);
/** What every equal-opportunity statement has, for finding its lines first (matchesOnLinesWith). */
const EQUAL_OPPORTUNITY_VERB = /[^\S\n]is (?:an? |proud to be an? |committed to )/g;
/** "The Mexican American Legislative Caucus (MALC) is seeking": the name's initials between it and its verb. */
const INITIALS_AFTER = String.raw`(?:[^\S\n]+\([A-Z][A-Za-z&]{1,10}\))?`;
/** A capitalised word whose full stops are inside it ("U.S."), so that "Yes. SPSP" is two sentences. */
const INNER_DOTS_WORD = `[${CAPITAL}][${LETTER}\\d_&'’*-]*(?:\\.[${LETTER}\\d_&'’*-]+)*`;
/**
 * "Bridge for Billions is a global social enterprise", "The Washington Peace Center is a multi-issue,
 * grassroots, anti-racist organization": an employer introducing itself.
 */
const SELF_DESCRIPTION = new RegExp(
  `${SENTENCE_START}(?:The[^\\S\\n]+)?(${INNER_DOTS_WORD}(?:[^\\S\\n]+(?:${INNER_DOTS_WORD}|&|of|for)){0,5}(?:,[^\\S\\n]+(?:Inc|LLC|Ltd)\\.?(?=,))?)${INITIALS_AFTER}(?:[^\\S\\n]+is|,)[^\\S\\n]+(?:a|an|the)[^\\S\\n]+(?:[\\w()-]+,?[^\\S\\n]+){0,4}?(?:company|enterprise|organi[sz]ation|firm|start-?up|business|provider|platform|agency|institution|nonprofit|non-profit|charity|bank|manufacturer|publisher|retailer|consultancy|studio|laboratory|institute|museum|foundation|association|society|newspaper|hospital)\\b`,
  'g',
);
/** What every self-description has: "is a", ", the". */
const DESCRIBED_AS = /(?:[^\S\n]is|,)[^\S\n]+(?:an?|the)[^\S\n]/g;
/**
 * The same introduction in the other languages read: "Das Paul Scherrer Institut PSI ist das
 * grösste Forschungsinstitut", "Das CERN ist eine Großforschungseinrichtung", "X est une
 * entreprise", "La Métropole de Lyon est une collectivité territoriale" (a local authority, its
 * name joined by "de"), "X es una empresa", "X is een organisatie". A German body's noun closes a
 * compound ("Forschungsinstitut", "Technologiekonzern").
 */
const SELF_DESCRIPTION_ABROAD = new RegExp(
  `${SENTENCE_START}(?:(?:Das|Die|Der|Le|La|El|De|Het)[^\\S\\n]+)?(${INNER_DOTS_WORD}(?:[^\\S\\n]+(?:${INNER_DOTS_WORD}|&|de|du|des|del|von|van)){0,5})${INITIALS_AFTER}[^\\S\\n]+(?:ist[^\\S\\n]+(?:ein|eine|einer|das|die|der)|est[^\\S\\n]+(?:une?|la|le)|es[^\\S\\n]+(?:una?|la|el)|is[^\\S\\n]+(?:een|de|het))[^\\S\\n]+(?:[\\p{L}\\d-]+,?[^\\S\\n]+){0,4}?(?:\\p{L}*(?:[Uu]nternehmen|[Ff]irma|[Oo]rganisation|[Ii]nstitut|[Ee]inrichtung|[Zz]entrum|[Ss]tiftung|[Gg]esellschaft|[Mm]useum|[Vv]erband|[Aa]gentur|[Bb]ehörde|[Hh]ochschule|[Uu]niversität|[Kk]onzern|[Vv]erlag|[Hh]ersteller|[Dd]ienstleister)|entreprise|société|institut|établissement|agence|association|fondation|banque|musée|collectivité|empresa|compañía|organización|instituto|institución|agencia|asociación|fundación|banco|museo|bedrijf|organisatie|instituut|instelling|stichting|onderneming)(?!\\p{L})`,
  'gu',
);
/** What every self-description abroad has: "ist ein", "est une", "es una", "is een". */
const DESCRIBED_AS_ABROAD =
  /[^\S\n](?:ist[^\S\n]+(?:ein|das|die|der)|est[^\S\n]+(?:un|la|le)|es[^\S\n]+(?:un|la|el)|is[^\S\n]+(?:een|de|het))/g;
const AT_COMPANY = new RegExp(
  `${SENTENCE_START}At[^\\S\\n]+(${NAME_WORD}(?:[^\\S\\n]+(?:${NAME_WORD}|&)){0,3}),?[^\\S\\n]+(?:we|our|you|[Ii]nterns?|[Ss]tudents?|[Tt]rainees?|[Ff]ellows?|[Ee]mployees|[Ss]taff|[Ee]veryone)\\b`,
  'g',
);

// A name of up to seven words, "of", "and", "for" and "&" allowed between capitalised ones.
const NAME = `${NAME_WORD}(?:(?:[^\\S\\n]+(?:of|and|for|&))?[^\\S\\n]+${NAME_WORD}){0,6}`;
/**
 * "The U.S. Department of Labor is currently seeking", "The City Council’s Data Team is seeking",
 * "One Acre Fund is looking to place a cohort of paid interns", "X currently is hiring interns", "X
 * is on the search for up to 15 interns", "Every year, X takes on a small number of summer interns",
 * "X will interview for six reporting internships", "X offers around 100 paid traineeships", "X
 * offers both unpaid internships", "X will host an online Research Programme", "X has an immediate
 * opening".
 */
const SEEKING = new RegExp(
  `(?:${CLAUSE_START}(?:The[^\\S\\n]+(?:(?:city|town|village|county|borough)[^\\S\\n]+of[^\\S\\n]+)?)?|(?<=,[^\\S\\n])the[^\\S\\n]+(?=[${CAPITAL}]))(${NAME})${INITIALS_AFTER}(?:,[^\\S\\n]+(?:in[^\\S\\n]+(?:partnership|collaboration|cooperation|association)[^\\S\\n]+with|together[^\\S\\n]+with|with[^\\S\\n]+(?:support|funding)[^\\S\\n]+from)[^,\\n]{2,80},)?[^\\S\\n]+(?:(?:(?:currently|now)[^\\S\\n]+)?(?:is|are)[^\\S\\n]+(?:currently[^\\S\\n]+|now[^\\S\\n]+)?(?:seeking|looking for|looking[^\\S\\n]+to[^\\S\\n]+(?:place|hire|recruit|take[^\\S\\n]+on)|searching for|hiring|recruiting|offering|inviting|(?:accepting|taking)[^\\S\\n]+applications|on[^\\S\\n]+the[^\\S\\n]+(?:lookout|search)|in[^\\S\\n]+search[^\\S\\n]+of|(?:excited|pleased|proud)[^\\S\\n]+to[^\\S\\n]+(?:announce|offer))|(?:offers|invites|seeks|recrute|recherche|propose|sucht|vergibt|busca|ofrece|convoca)[^\\S\\n]+(?:an?|the|two|three|four|five|six|several|(?:around|about|up[^\\S\\n]+to|over|more[^\\S\\n]+than)[^\\S\\n]+\\d+|paid|unpaid|remote|virtual|summer|\\d+|applications|internships|placements|traineeships|une?|des|deux|trois|eine?n?|zwei|ab|Praktik(?:a|um|ums|anten|antin(?:nen)?)|Werkstudent(?:en|in)?|Stipendien|una?|dos|prácticas|becas|becarios?)\\b|(?:has|have)[^\\S\\n]+(?:recently[^\\S\\n]+)?(?:opened|launched|announced|invited)[^\\S\\n]+(?:applications|an?|the|its|\\d+)|(?:has|have)[^\\S\\n]+announced[^\\S\\n]+(?:that[^\\S\\n]+)?(?:it|they)[^\\S\\n]+will[^\\S\\n]+(?:hire|offer|recruit)|(?:offers|provides|has[^\\S\\n]+allocated|will[^\\S\\n]+host)[^\\S\\n]+(?:[\\w-]+[^\\S\\n]+){1,4}?(?:internships?|traineeships?|placements?|(?:internship|intern)[^\\S\\n]+positions|(?:[Ii]nternship|[Rr]esearch)[^\\S\\n]+[Pp]rogram(?:me)?)\\b|opens[^\\S\\n]+applications|welcomes[^\\S\\n]+(?:applications|(?:[\\w/-]+[^\\S\\n]+){0,3}?(?:students|applicants|candidates|graduates)[^\\S\\n]+to[^\\S\\n]+apply)|plans[^\\S\\n]+to[^\\S\\n]+(?:hire|offer|recruit)|(?:takes|will[^\\S\\n]+take)[^\\S\\n]+on[^\\S\\n]+(?:an?|\\d+|two|three|several|up[^\\S\\n]+to)[^\\S\\n]+(?:[\\w-]+[^\\S\\n]+){0,4}?(?:interns|students|trainees)|will[^\\S\\n]+interview[^\\S\\n]+for|has[^\\S\\n]+(?:an?|the)[^\\S\\n]+(?:[\\w-]+[^\\S\\n]+)?(?:opportunit(?:y|ies)|opening|vacanc(?:y|ies)))\\b`,
  'g',
);
/** What every such sentence has: its verb's first word ("is seeking", "offers", "has opened", "will host"). */
const SEEKING_VERB =
  /[^\S\n](?:currently|now|is|are|offers|invites|seeks|recrute|recherche|propose|sucht|vergibt|busca|ofrece|convoca|has|have|provides|will|opens|welcomes|plans|takes)[^\S\n]/g;
/**
 * "The Port of Los Angeles will resume its summer internship program", "The City of Summit is
 * continuing its successful unpaid internship program": the employer running its own programme.
 */
const ITS_PROGRAM = new RegExp(
  `${CLAUSE_START}(?:The[^\\S\\n]+)?(${NAME})${INITIALS_AFTER}(?:[^\\S\\n]+[a-z]+){1,3}[^\\S\\n]+its[^\\S\\n]+(?:[\\w-]+[^\\S\\n]+){0,3}?(?:internships?|program(?:me)?s?|placements?|traineeships?|fellowships?)\\b`,
  'g',
);
const ITS = /[^\S\n]its[^\S\n]/g;
/** "American Progress’ summer 2023 internship program", "the AJGA's Virtual Intern Recruiting Week". */
// Found from the possessive, which is rare, back to the name before it: a pattern starting at
// every capital would try a name at each word of the page.
const POSSESSIVE_PROGRAM = /['’]s?[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:[Ii]nternships?|[Ii]nterns?|[Pp]rogram(?:me)?)\b/g;
const NAME_AT_END = new RegExp(`(?<![\\w'’.-])(?:(?<![Tt]he[^\\S\\n]+)|(?=[A-Z]{2,6}$))(${NAME})$`);

/** "American Progress’ summer 2023 internship program", "the AJGA's Virtual Intern Recruiting Week". */
function* ownersOfProgram(scan: string): Generator<{ index: number; name: string }> {
  POSSESSIVE_PROGRAM.lastIndex = 0;
  for (let m = POSSESSIVE_PROGRAM.exec(scan); m; m = POSSESSIVE_PROGRAM.exec(scan)) {
    const from = Math.max(0, m.index - 80, scan.lastIndexOf('\n', m.index) + 1);
    const owner = NAME_AT_END.exec(scan.slice(from, m.index));
    if (owner) yield { index: from + owner.index, name: owner[1]! };
  }
}

/** "Harbor Bank's mission is ...", "Acme’s values guide ...": an organisation opening a sentence about its purpose. */
const POSSESSIVE_MISSION =
  /['’]s?[^\S\n]+(?:mission|vision|values|purpose|culture|commitment|founders|employees|workforce|headquarters)\b/g;
const SENTENCE_BEFORE = /(?:^|[.!?][^\S\n]+|\n[^\S\n]*)$/;

function* ownersOfMission(scan: string): Generator<{ index: number; name: string }> {
  POSSESSIVE_MISSION.lastIndex = 0;
  for (let m = POSSESSIVE_MISSION.exec(scan); m; m = POSSESSIVE_MISSION.exec(scan)) {
    const from = Math.max(0, m.index - 80, scan.lastIndexOf('\n', m.index) + 1);
    const owner = NAME_AT_END.exec(scan.slice(from, m.index));
    if (!owner) continue;
    // The name opens its sentence ("At Acme, Harbor Bank's ..." is no statement of Harbor Bank's).
    const before = scan.slice(Math.max(from, from + owner.index - 3), from + owner.index);
    if (SENTENCE_BEFORE.test(before) || from + owner.index === from)
      yield { index: from + owner.index, name: owner[1]! };
  }
}

/**
 * The names `pattern` finds, in order; only on the lines where `needed` finds what every match
 * has, when it is given (for a pattern that stays on its line).
 */
function* matchesOf(pattern: RegExp, scan: string, needed?: RegExp): Generator<{ index: number; name: string }> {
  if (needed) {
    for (const m of matchesOnLinesWith(needed, pattern, scan))
      yield { index: m.index + m[0].indexOf(m[1]!), name: m[1]! };
    return;
  }
  pattern.lastIndex = 0;
  for (let m = pattern.exec(scan); m; m = pattern.exec(scan))
    yield { index: m.index + m[0].indexOf(m[1]!), name: m[1]! };
}

/**
 * "The 2026 USHG Internship Program", "The NITI Aayog Internship Scheme": an organisation's initials
 * before its programme's name.
 */
const INITIALS_OF_PROGRAM = new RegExp(
  `\\bThe[^\\S\\n]+(?:\\d{4}[^\\S\\n]+)?([A-Z]{2,6})[^\\S\\n]+(?:[A-Z][\\w-]*[^\\S\\n]+){0,4}?(?:Internship|Intern|Fellowship|Co-op)[^\\S\\n]+(?:Program(?:me)?|Scheme)\\b`,
  'g',
);
/** Initials of fields and schemes, not of employers. */
const NOT_INITIALS = /^(?:STEM|REU|NSF|GPA|USA|US|UK|EU|PHD|AI|ML|IT|HR|UX|UI|GIS|SQL|API|FAQS?|CV|SWE|HS|K12)$/i;
/**
 * "As an intern at Microsoft", "the CiS Intern Program at the California Academy of Sciences",
 * "Why Intern with Thurston County?", "Internship Programs at Tesla".
 */
const INTERN_AT = new RegExp(
  `\\b[Ii]ntern(?:s|ships?)?(?:[^\\S\\n]+[Pp]rogram(?:me)?s?)?[^\\S\\n]+(?:(?:at|with)[^\\S\\n]+(?:the[^\\S\\n]+)?|of[^\\S\\n]+the[^\\S\\n]+)(${NAME})`,
  'g',
);
/**
 * The same in the other languages read: "Das Praktikum beim Goethe-Institut Dänemark", "un stage
 * chez Airbus", "stage bij Philips", "Programa de Estágio 2023 do Sebrae", "Os estagiários do
 * Sebrae" (not "im", before which a German noun is a field: "Praktikum im Bereich Marketing").
 * "Praktikum" may end a compound ("Sommerpraktikum beim ..."): it is looked for as it stands, not
 * from every word's start.
 */
const INTERN_AT_ABROAD = new RegExp(
  `(?:[Pp]raktik(?:um|ums|ant|antin|anten|antinnen)|(?<![${LETTER}])(?:[Ss]tage|[Ss]tagiaires?|[Ee]st[áa]gios?|[Ee]stagi[áa]ri[oa]s?))(?:[^\\S\\n]+\\d{4})?[^\\S\\n]+(?:beim?|chez|bij|[dn][oa])[^\\S\\n]+(${NAME})`,
  'g',
);
/** "Interns will work at City Weekly", "a summer working at the NIH", "your time at OIST": where the interns work. */
const WORK_AT = new RegExp(
  `\\b(?:[Ww]ork|[Ww]orking|[Ss]tay|[Tt]ime)[^\\S\\n]+at[^\\S\\n]+(?:the[^\\S\\n]+)?(${NAME})`,
  'g',
);
/** "Join the Museum of London for a two-week placement", "Join The News Tribune": a call to work there. */
const JOIN = new RegExp(`${SENTENCE_START}Join[^\\S\\n]+(?:the[^\\S\\n]+)?(${NAME})`, 'g');
/**
 * "CERN, the European Organization for Nuclear Research, is ...": a name and its long form; not
 * "... Department of Commerce, the Energy Internships are focused on ...", a clause with a verb,
 * nor "Dana Ruiz, the University’s director of careers, said": a person, described by a job.
 */
const APPOSITION = new RegExp(
  `${SENTENCE_START}(?:At[^\\S\\n]+)?(${NAME}),[^\\S\\n]+the[^\\S\\n]+(?![^,\\n]{0,60}\\b(?:director|manager|officer|coordinator|president|chair(?:man|woman|person)?|head|dean|professor|spokes(?:man|woman|person)|founder|chief|minister|commissioner|mayor|governor)\\b)[${CAPITAL}](?:(?!\\b(?:is|are|was|were|will|has|have|had)\\b)[^,\\n]){2,80},`,
  'g',
);
const COMMA_THE = /,[^\S\n]+the[^\S\n]/g;
/** "Reserve Bank of India (RBI)", "Office franco-allemand pour la Jeunesse (OFAJ)": an organisation and its initials. */
const DEFINED_INITIALS = /\(([\p{Lu}][\p{Lu}\p{Ll}*&]{1,10})\)/gu;
/** "... Research (CIHR) and Social Sciences ... Council (SSHRC)": another body's initials joined to these. */
const COORDINATED_BEFORE = /\)[^\S\n]*(?:,|and|&)[^\S\n]*[^()\n]{0,80}$/;
const COORDINATED_AFTER = /^[^\S\n]*(?:,|and|&)[^\S\n]*[^()\n]{0,80}\([\p{Lu}][\p{Lu}\p{Ll}*&]{1,10}\)/u;
/** "The Public Service Commission (PSC) and the Ministry of Education have posted ...": a second body beside it. */
const BODY_AFTER =
  /^[^\S\n]*(?:,|and|&)[^\S\n]+(?:the[^\S\n]+)?(?:Ministry|Department|Office|Agency|Commission|Council|Authority|Bureau|Institute|Secretariat|Board)[^\S\n]+of\b/;
const ORGANISATION_BEFORE =
  /\b(?:Organi[sz]ation|Office|Institut(?:e|o)?|Bank|Department|Ministry|Agency|Authority|Cent(?:re|er)|Council|Commission|Laborator(?:y|ies)|Corporation|Bureau|Administration|Agence|Ministère|Ministerium|Zentrum|Secretariat|Parliament)\b(?:[^\S\n]+[^\s.,;:()]+){0,6}[^\S\n]*$/iu;
/**
 * Initials of a body that pays for the programme or works with its host, not the one that hires:
 * "funded by the National Science Foundation (NSF)", "paid the stipend by the National Industrial
 * Training Institute (NITA)", "in partnership with Ontario Institute for Cancer Research (OICR)".
 * The cue stands right before the body's name, whose capitalised words run up to its kind.
 */
/** Capitalised words, with "of", "for", "and", "on" or "&" between them, up to a body's initials. */
/** A name of at least three words, all in capitals. */
const SHOUTED_NAME = /^\p{Lu}{2,}(?:[^\S\n]+[\p{Lu}&'’.-]+){2,}[^\S\n]*$/u;
const NAME_WORDS_BEFORE = String.raw`(?:\p{Lu}[\p{L}'’.&-]*[^\S\n]+(?:(?:of|for|and|on|&)[^\S\n]+)?)`;
const FUNDER_BEFORE = new RegExp(
  String.raw`(?:\b(?:[Ff]unded|[Ss]ponsored|[Ss]upported|[Ff]inanced|[Pp]aid(?:[^\S\n]+\p{L}+){0,3}?)[^\S\n]+by|\b[Gg]rants?[^\S\n]+from|\bin[^\S\n]+(?:partnership|collaboration|cooperation)[^\S\n]+with|\b[Pp]artner(?:ed|ing)?[^\S\n]+with)[^\S\n]+(?:the[^\S\n]+)?${NAME_WORDS_BEFORE}{0,6}$`,
  'u',
);
/** "The UNDP Regional Bureau for Africa (RBA)": a unit's name opening with its organisation's initials. */
const PARENT_INITIALS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(\p{Lu}{2,6})[^\S\n]+${NAME_WORDS_BEFORE}{1,6}$`,
  'u',
);
/**
 * The organisation a page defines initials for and then calls by them, the most used first:
 * a page about a programme names its host so ("The Paul Scherrer Institute (PSI) ... at PSI").
 */
function definedOrganisation(scan: string): Finding<string> | null {
  let chosen: { initials: string; start: number; uses: number } | null = null;
  let tries = 0;
  let seen = 0;
  DEFINED_INITIALS.lastIndex = 0;
  // A page defines its host early: the first parentheses are enough, and keep a long page linear.
  for (let m = DEFINED_INITIALS.exec(scan); m && seen++ < MAX_PARENTHESES; m = DEFINED_INITIALS.exec(scan)) {
    const initials = m[1]!;
    if (!/\p{Lu}.*\p{Lu}/u.test(initials) || NOT_INITIALS.test(initials)) continue;
    const before = scan.slice(Math.max(0, m.index - 120), m.index);
    const org = ORGANISATION_BEFORE.exec(before);
    if (!org || FUNDER_BEFORE.test(before.slice(0, org.index))) continue;
    // "The Bank has an annual Vacation Internship Programme (VIP)": the initials of the programme
    // a body's sentence names, not of the body.
    if (PROGRAMME_NAME.test(before.trimEnd())) continue;
    // "the Canadian Institutes of Health Research (CIHR) and ... Council (SSHRC)", "the Commission
    // (PSC) and the Ministry of Education": several bodies named together are partners or
    // funders, none of them surely the host.
    const after = scan.slice(m.index + m[0].length, m.index + m[0].length + 100);
    if (COORDINATED_BEFORE.test(before) || COORDINATED_AFTER.test(after) || BODY_AFTER.test(after)) continue;
    // Counting reads the page: a few organisations per page keep it linear.
    if (tries++ >= MAX_TRIES) break;
    const uses = scan.split(initials).length - 2;
    // "The PSC has previously said ...", "the PSC said": a body the news quotes, not the host.
    if (onlyQuoted(scan, initials, m.index + m[0].length)) continue;
    // Defined and used once more ("the Labour Affairs Bureau (DSAL) ... DSAL's programme") is as
    // often a body the page mentions, a funder or a department of a spread scheme, as the host;
    // a host the page is about is called by its initials again and again.
    if (uses >= MIN_LATER_USES && (chosen === null || uses > chosen.uses)) {
      // A unit of an organisation the page also names alone ("at UNDP offices") works for it.
      const parent = PARENT_INITIALS_BEFORE.exec(before);
      // "WEST AFRICA CIVIL SOCIETY INSTITUTE (WACSI)": in a name written in capitals, its first
      // word is no organisation's initials.
      const owner = parent && !SHOUTED_NAME.test(parent[0]) ? parent[1] : undefined;
      chosen =
        owner && owner !== initials && !NOT_INITIALS.test(owner) && scan.split(owner).length > 2
          ? { initials: owner, start: m.index - before.length + parent!.index, uses }
          : { initials, start: m.index + 1, uses };
    }
  }
  return (
    chosen && { value: chosen.initials, ranges: [{ start: chosen.start, end: chosen.start + chosen.initials.length }] }
  );
}

/** After a body's name: it speaks ("said", "has previously said", "told"), as a news item quotes it. */
const QUOTED_AFTER = /^[^\S\n]+(?:(?:has|had)[^\S\n]+(?:\w+[^\S\n]+)?)?(?:said|says|told|stated)\b/;

/** Every use of `initials` after `from` is the subject of words of speaking. */
function onlyQuoted(scan: string, initials: string, from: number): boolean {
  let uses = 0;
  for (let at = scan.indexOf(initials, from); at >= 0 && uses < MAX_PARENTHESES; at = scan.indexOf(initials, at + 1)) {
    uses++;
    if (!QUOTED_AFTER.test(scan.slice(at + initials.length, at + initials.length + 40))) return false;
  }
  return uses > 0;
}

const MAX_PARENTHESES = 100;
/** How often a page calls its host by the initials it defined, after defining them. */
const MIN_LATER_USES = 2;

/** Words that open a sentence but never a company's name. */
const NOT_A_NAME_START =
  /^(?:We|Our|This|That|These|Those|It|They|You|Your|Each|Every|Applicants?|Students?|Interns?|Candidates?)\b/;

/**
 * "About SURF" over a page on "the SURF 2023 summer program", "(SURF) program": the heading
 * introduces the programme, which the page names as one, not its employer.
 */
function isProgrammeName(scan: string, name: string): boolean {
  return new RegExp(
    `\\b${escapeRegExp(name)}\\)?(?:[^\\S\\n]+\\d{4})?(?:[^\\S\\n]+(?:summer|fall|autumn|spring|winter))?[^\\S\\n]+(?:program(?:me)?|fellowship)s?\\b`,
    'i',
  ).test(scan);
}

/**
 * Initials the page writes as a programme's whole name, "STRIVE Program" (not "USAID program
 * issues", nor "USAID Program Office", where the initials are the organisation's).
 */
function namesItsProgramme(scan: string, initials: string): boolean {
  return new RegExp(`\\b${escapeRegExp(initials)}[^\\S\\n]+Program(?:me)?\\b(?![^\\S\\n]+[A-Z])`).test(scan);
}

/** "About the Company", "Company Description", "Who we are": a heading over the employer's own paragraph. */
const COMPANY_SECTION =
  /^(?:about[^\S\n]+(?:the[^\S\n]+)?(?:company|employer|organi[sz]ation|firm|us)|(?:company|employer|organi[sz]ation)[^\S\n]+(?:description|overview|profile|information|info|background|summary)|who[^\S\n]+we[^\S\n]+are|our[^\S\n]+(?:company|organi[sz]ation))[^\S\n]*:?$/i;
/**
 * The paragraph's subject: "Harbor Bank provides ...", "Founded in 1920, Harbor Bank serves ...";
 * a word, not a letter, after it ("Thye b" is a paragraph cut off where the copy ends).
 */
const SECTION_SUBJECT = new RegExp(
  `^(?:(?:Founded|Established|Headquartered|Based)[^,\\n]{0,60},[^\\S\\n]+)?(?:The[^\\S\\n]+)?(${NAME})${INITIALS_AFTER}(?=[^\\S\\n]+\\p{Ll}{2}|['’])`,
  'u',
);
const MAX_SECTION_NAME_WORDS = 6;

/**
 * The employer under a heading about it: a name alone on the next line ("About the employer\nHarbor
 * Bank"), or the subject of the paragraph that follows ("Company Description\nHarbor Bank provides ...").
 */
function companySection(scan: string, lines: TextLine[]): Finding<string> | null {
  for (let i = 0; i < lines.length; i++) {
    const inline = COMPANY_SECTION_INLINE.exec(lines[i]!.content);
    const subject = inline && sectionSubject(scan, lines[i]!, inline[0].length);
    if (subject) return subject;
    if (!COMPANY_SECTION.test(lines[i]!.content)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.content === '') j++;
    const next = lines[j];
    if (!next) return null;
    const alone = next.content.trim();
    if (
      alone.split(/\s+/).length <= MAX_SECTION_NAME_WORDS &&
      !/[.!?:]$/.test(alone) &&
      isTitleCased(alone) &&
      isCompanyName(scan, alone, next.contentStart + next.content.indexOf(alone))
    )
      return range(next, next.content.indexOf(alone), alone);
    return sectionSubject(scan, next, 0);
  }
  return null;
}

/**
 * "About the organization: High Desert Partnership is a non-profit organization ...": the heading
 * and its paragraph on one line.
 */
const COMPANY_SECTION_INLINE =
  /^(?:about[^\S\n]+(?:the[^\S\n]+)?(?:company|employer|organi[sz]ation|firm|us)|(?:company|employer|organi[sz]ation)[^\S\n]+(?:description|overview|profile|background|summary)|who[^\S\n]+we[^\S\n]+are)[^\S\n]*:[^\S\n]*(?=\S)/i;

/** The subject of the paragraph from `from` on its line, as the employer. */
function sectionSubject(scan: string, line: TextLine, from: number): Finding<string> | null {
  const m = SECTION_SUBJECT.exec(line.content.slice(from));
  if (!m) return null;
  const name = nameInProse(m[1]!);
  const at = from + m[0].length - m[1]!.length;
  if (NOT_A_NAME_START.test(name) || /\b(?:team|group)$/i.test(name)) return null;
  return isCompanyName(scan, name, line.contentStart + at, true) ? range(line, at, name) : null;
}

/**
 * "About Pinterest", "Pinterest is an equal opportunity employer", "At Pinterest, we ...",
 * "X is seeking", "intern at X", "X, the <long name>, ...": the company as the prose names it,
 * each way scored by how surely it names the employer.
 */
function companyFromProse(scan: string, lines: TextLine[]): Candidate[] {
  const found: Candidate[] = [];
  for (const line of lines) {
    const m = ABOUT.exec(line.content);
    const words = m?.[1]!.split(/\s+/) ?? [];
    if (m && words.length <= 5 && !NOT_A_COMPANY.has(words[0]!.toLowerCase()) && !isProgrammeName(scan, m[1]!)) {
      found.push({ finding: range(line, line.content.indexOf(m[1]!, 6), m[1]!), score: 60 });
      break;
    }
  }
  const section = companySection(scan, lines);
  if (section) found.push({ finding: section, score: 60 });
  const initials = matchesOf(INITIALS_OF_PROGRAM, scan);
  const seeking = subjectsOf(matchesOf(SEEKING, scan, SEEKING_VERB));
  const wordings: Array<[Iterable<{ index: number; name: string }>, number, boolean]> = [
    [initials, 55, false],
    [seeking, 55, false],
    [subjectsOf(matchesOf(ITS_PROGRAM, scan, ITS)), 55, false],
    [ownersOfProgram(scan), 45, true],
    [ownersOfMission(scan), 45, false],
    [subjectsOf(matchesOf(EQUAL_OPPORTUNITY, scan, EQUAL_OPPORTUNITY_VERB)), 50, false],
    [subjectsOf(matchesOf(SELF_DESCRIPTION, scan, DESCRIBED_AS)), 50, false],
    [subjectsOf(matchesOf(SELF_DESCRIPTION_ABROAD, scan, DESCRIBED_AS_ABROAD)), 50, false],
    [matchesOf(AT_COMPANY, scan), 50, false],
    [matchesOf(INTERN_AT, scan), 45, true],
    [matchesOf(INTERN_AT_ABROAD, scan), 45, true],
    [matchesOf(JOIN, scan), 45, true],
    [matchesOf(WORK_AT, scan), 40, true],
    [matchesOf(APPOSITION, scan, COMMA_THE), 45, false],
  ];
  for (const [matches, score, namedAgain] of wordings) {
    // A few tries per wording: each check may read the page once, so a page of a thousand
    // rejected names stays linear.
    let tries = 0;
    for (const m of matches) {
      if (tries++ >= MAX_TRIES) break;
      // A possessive ends the name ("Council’s Data Team"), as does a sentence's full stop.
      const name = nameInProse(m.name);
      const start = m.index;
      // "The STRIVE Internship Program" on a page that writes "(STRIVE Program)": the programme's own name.
      if (matches === initials && namesItsProgramme(scan, name)) continue;
      // "Randstad is seeking a marketing intern for our client": an agency, not the employer.
      if (matches === seeking && FOR_A_CLIENT.test(scan.slice(start, start + MAX_SENTENCE).split(/[.!?]\s/)[0]!))
        continue;
      // "The Student Conservation Association is ...": after an article, "Student" opens a name.
      const afterArticle = /\bThe[^\S\n]+$/.test(scan.slice(Math.max(0, start - 4), start));
      if (
        (NOT_A_NAME_START.test(name) && !afterArticle) ||
        /\b(?:team|group)$/i.test(name) ||
        !isCompanyName(scan, name, start, true)
      )
        continue;
      const finding = byItsShortName(scan, { value: name, ranges: [{ start, end: start + name.length }] });
      if (NOT_INITIALS.test(finding.value)) continue;
      // "an intern at the National Aquarium" may be a past placement, "Garden’s program" a
      // common noun: the employer is named again.
      if (namedAgain && !namedTwice(scan, finding.value) && !namedByItsNoun(scan, finding.value, start)) continue;
      found.push({ finding, score });
      break;
    }
  }
  return found;
}

/** "U.S.": initials each with its full stop, the last one theirs, not a sentence's. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** The last full stop after a word in a run of names; "St. Louis", "Acme Co. Ltd" keep theirs. */
const SENTENCE_BREAK = /^.*\p{L}{2}(?<!\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|Co|Inc|Ltd|Corp|No|Ste|Bros))\.\s+/su;
const FOR_A_CLIENT = /\b(?:for|on behalf of)[^\S\n]+(?:our|a|an|one of our)[^\S\n]+(?:\w+[^\S\n]+)?clients?\b/i;
const MAX_SENTENCE = 300;

/**
 * The subject of a verb after it is the last sentence's part of a name run across a full stop:
 * in "include Microsoft, Google and Amazon. Microsoft is offering" it is "Microsoft".
 */
function* subjectsOf(matches: Iterable<{ index: number; name: string }>): Generator<{ index: number; name: string }> {
  for (const m of matches) {
    const before = SENTENCE_BREAK.exec(m.name);
    yield before ? { index: m.index + before[0].length, name: m.name.slice(before[0].length) } : m;
  }
}

/**
 * "NIH Summer Internship Program", "CERN Summer Student Program": the words opening a title,
 * before its first job word, season or year, when the page also uses them alone in a sentence
 * ("at the NIH"). The longest such opening wins.
 */
function ownerInTitle(scan: string, title: Finding<string>): Finding<string> | null {
  const words = title.value.split(/\s+/);
  let owner: string | null = null;
  for (let k = 1; k < Math.min(words.length, 5); k++) {
    const word = words[k - 1]!;
    if (!/^[\p{Lu}\d]/u.test(word) || JOB_WORD.test(word) || TERM_OR_DEGREE.test(word)) break;
    const name = words.slice(0, k).join(' ');
    // "People & Operations Intern": a field joined to the next word, not an organisation;
    // "Fording the Gap Internships": a phrase, not a name.
    if (/^(?:&|and|\+|the|a|an|of|for|to|in|on|with)$/i.test(words[k] ?? '')) break;
    if (NOT_INITIALS.test(name) || FIELD_OF_STUDY.test(name) || !isCompanyName(scan, name, title.ranges[0]!.start))
      continue;
    if (usedAlone(scan, name)) owner = name;
  }
  if (owner === null) return null;
  const start = title.ranges[0]!.start;
  return { value: owner, ranges: [{ start, end: start + owner.length }] };
}

/**
 * "Massachusetts General Hospital Biomedical Research Internship Program", "U.S. Department of State
 * Student Internship": a title opening with an institution's name, its kind ("Hospital",
 * "Department") among its first words.
 */
const INSTITUTION_OPENING_TITLE = new RegExp(
  `^(?:The[^\\S\\n]+)?((?:${NAME_WORD}[^\\S\\n]+){1,3}?(?:Gallery|Museum|University|College|Institute|Commission|Agency|Ministry|Department|Library|Hospital|Foundation|Society|Academy|Council|Parliament|Bank|Zoo|Aquarium|Observatory|Laboratory|Centre|Center|Garden)(?:[^\\S\\n]+of(?:[^\\S\\n]+the)?(?:[^\\S\\n]+${NAME_WORD}){1,2})?)[^\\S\\n]+\\S`,
  'u',
);
/** The title's own words after an institution's "of" part: "Department of State Student Internship". */
const NOT_OF_THE_NAME = /^(?:of|the)$/;

/**
 * The institution a title opens with, when the prose names it again as a place or a body ("at
 * the Massachusetts General Hospital", "the workings of the European Commission") or by its kind
 * ("the Museum"); not when the prose names it only as who pays ("funded by the National Science
 * Foundation"). A programme's title is as often named after its funder as after its host, so
 * this counts only where the page names no employer otherwise.
 */
function institutionOpeningTitle(scan: string, title: Finding<string>): Finding<string> | null {
  const m = INSTITUTION_OPENING_TITLE.exec(title.value);
  if (!m) return null;
  const words = m[1]!.split(/[^\S\n]+/);
  while (JOB_WORD.test(words.at(-1)!) || TERM_OR_DEGREE.test(words.at(-1)!) || NOT_OF_THE_NAME.test(words.at(-1)!))
    words.pop();
  const name = words.join(' ');
  const { start: titleStart, end: titleEnd } = title.ranges[0]!;
  if (!isCompanyName(scan, name, titleStart)) return null;
  if (!namedInProse(scan, name, titleEnd) && !namedByItsNoun(scan, name, titleEnd)) return null;
  const start = titleStart + m[0].indexOf(name);
  return { value: name, ranges: [{ start, end: start + name.length }] };
}

/** Initials opening a title: "IITB Research Internship Award". */
const INITIALS_OPENING_TITLE = /^(\p{Lu}{3,6})[^\S\n]+\S/u;
/** Two to four capitalised words, in a sentence, that may spell the title's initials. */
const CAPITALISED_RUN = new RegExp(`${NAME_WORD}(?:[^\\S\\n]+${NAME_WORD}){1,3}`, 'gu');
const MAX_RUNS = 200;

/** "IIT Bombay" spells "IITB": a word in capitals gives all its letters, any other its first. */
const spelled = (words: string[]) => words.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w.charAt(0))).join('');

/**
 * "IITB Research Internship Award" over "specified by IIT Bombay Faculty": initials opening the
 * title that a name in the prose spells, shorter initials and a word, as the prose writes it. Not a
 * funder ("funded by"), nor words of a job or a term ("QS Internship" for "QSI").
 */
function spelledOutInitials(scan: string, title: Finding<string>): Finding<string> | null {
  const initials = INITIALS_OPENING_TITLE.exec(title.value)?.[1];
  if (initials === undefined || NOT_INITIALS.test(initials)) return null;
  const from = title.ranges[0]!.end;
  CAPITALISED_RUN.lastIndex = from;
  let runs = 0;
  for (let m = CAPITALISED_RUN.exec(scan); m && runs++ < MAX_RUNS; m = CAPITALISED_RUN.exec(scan)) {
    const words = m[0].split(/[^\S\n]+/);
    for (let k = 2; k <= words.length; k++) {
      const name = words.slice(0, k).join(' ');
      // "IIT Bombay" for "IITB": initials extended by a word; words spelling initials alone are as
      // often an event's or a meeting's ("Museums Annual Meeting" for "MAM").
      if (spelled(words.slice(0, k)) !== initials || !words.slice(0, k).some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
      if (words.slice(0, k).some((w) => JOB_WORD.test(w) || TERM_OR_DEGREE.test(w))) break;
      if (!isCompanyName(scan, name, m.index, true) || !namedInProse(scan, name, from)) break;
      return { value: name, ranges: [{ start: m.index, end: m.index + name.length }] };
    }
  }
  return null;
}

/** A lower-case word, and maybe "the", before a name: the name in a sentence, not heading a line. */
const WORD_BEFORE_NAME = /(?<!\p{L})\p{Ll}+,?[^\S\n]+(?:the[^\S\n]+)?$/u;

/** True when the prose after `from` names `name` in a sentence, other than as its funder or partner. */
function namedInProse(scan: string, name: string, from: number): boolean {
  let tries = 0;
  for (let at = scan.indexOf(name, from); at >= 0 && tries++ < MAX_TRIES; at = scan.indexOf(name, at + name.length)) {
    const before = scan.slice(Math.max(0, at - 80), at);
    if (WORD_BEFORE_NAME.test(before) && !FUNDER_BEFORE.test(before)) return true;
  }
  return false;
}

/** "Library Science Internship", "Graphic Design Intern": a field of study opening the title, no employer. */
const FIELD_OF_STUDY =
  /\b(?:science|sciences|studies|engineering|analytics|humanities|design|communications|journalism|policy|administration|accounting|economics|history|mathematics|biology|chemistry|physics|psychology)$/i;

/** True when `name` stands in a sentence on its own: after a lowercase word, before no capital. */
function usedAlone(scan: string, name: string): boolean {
  for (let at = scan.indexOf(name); at >= 0; at = scan.indexOf(name, at + 1)) {
    const before = scan.slice(Math.max(0, at - 2), at);
    const after = scan.slice(at + name.length, at + name.length + 2);
    if (/[\p{Ll},][^\S\n]$/u.test(before) && !/^[\p{L}\d]|^[^\S\n]\p{Lu}/u.test(after)) return true;
  }
  return false;
}

const MAX_TRIES = 10;

/** The word that says what kind of body a name is: "National Gallery of Art" is a gallery. */
const BODY_NOUN =
  /\b(Gallery|Museum|University|College|Institute|Commission|Agency|Ministry|Department|Library|Hospital|Foundation|Society|Academy|Council|Court|Parliament|Bank|Zoo|Aquarium|Observatory|Laboratory|Centre|Center)\b/;

/**
 * "Internships at the National Gallery of Art ... the Gallery", "at the University of Geneva ...
 * the University will recognize": a name the page then calls by its kind, capitalised as a name.
 */
function namedByItsNoun(scan: string, name: string, at: number): boolean {
  const noun = BODY_NOUN.exec(name)?.[1];
  if (noun === undefined) return false;
  return new RegExp(`\\bthe[^\\S\\n]+${noun}\\b(?![^\\S\\n]+of\\b)`).test(scan.slice(at + name.length));
}

function namedTwice(scan: string, name: string): boolean {
  const first = scan.indexOf(name);
  return first >= 0 && scan.indexOf(name, first + name.length) >= 0;
}

/**
 * A name as the prose runs on after it: a possessive ends it ("Council’s Data Team"), and so
 * does a full stop after a word ("Sciences. CiS"), but not an initial ("U.S. Department").
 */
function nameInProse(words: string): string {
  const name = words
    .replace(/['’]s?\b.*$/su, '')
    .replace(/(\p{L}{2,})(?<!\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|Co|Inc|Ltd|Corp|No|Ste|Bros))\.\s.*$/su, '$1');
  return LEGAL_FORM.test(name) || DOTTED_INITIALS.test(name) ? name : name.replace(/[.,]+$/, '');
}

/**
 * "National Institutes of Health (NIH)", where the page then says "NIH": the name the page uses.
 * An abbreviation right after the name that the page uses again on its own replaces it.
 */
/**
 * "Point Defiance Zoo & Aquarium (AZA Member)": a note in brackets after the name (several words,
 * not the name's initials) is the site's remark on the employer, no part of its name.
 */
function withoutBracketedNote(company: Finding<string>): Finding<string> {
  const m = /^(.*\S)[^\S\n]*\([^()\n]*\s[^()\n]*\)$/u.exec(company.value);
  if (!m) return company;
  const start = company.ranges[0]!.start;
  return { value: m[1]!, ranges: [{ start, end: start + m[1]!.length }] };
}

function byItsShortName(scan: string, company: Finding<string>): Finding<string> {
  const end = company.ranges[0]!.end;
  const m = /^\s*\(([\p{Lu}][\p{L}&.]{1,11})\)/u.exec(scan.slice(end, end + 16));
  if (!m || !/\p{Lu}.*\p{Lu}/u.test(m[1]!)) return company;
  const start = end + m[0].indexOf(m[1]!);
  const again = new RegExp(`\\b${m[1]!.replace(/\./g, '\\.')}\\b(?!\\))`, 'g');
  again.lastIndex = start + m[1]!.length + 1;
  if (!again.exec(scan) && scan.lastIndexOf(m[1]!, start - 1) < 0) return company;
  return { value: m[1]!, ranges: [{ start, end: start + m[1]!.length }] };
}

/** "Paul Scherrer Institut PSI": a name of capitalised words, then their initials unbracketed. */
const INITIALS_LEGAL_FORM = /^(?:AG|SA|SE|NV|BV|KG|AB|AS|OY|SL|SAS|SPA|PLC|LLC|LLP|GMBH)$/i;
const NAME_THEN_INITIALS = /^((?:\p{Lu}[\p{L}'’-]*[^\S\n]+){2,6})(\p{Lu}{2,6})$/u;

/**
 * "Das Paul Scherrer Institut PSI ist ...", where the page then says "Am PSI": the initials, the
 * name the page uses, as "(PSI)" in brackets is. Only when they spell the words before them.
 */
function initialsAfterName(scan: string, company: Finding<string>): Finding<string> {
  const m = NAME_THEN_INITIALS.exec(company.value);
  if (!m) return company;
  const initials = m[1]!
    .trim()
    .split(/\s+/)
    .map((w) => w[0])
    .join('');
  const start = company.ranges[0]!.start + m[1]!.length;
  const short = m[2]!;
  // "Acme Group AG": a company's legal form, not its initials, even where its letters fit.
  if (INITIALS_LEGAL_FORM.test(short) || initials !== short || scan.indexOf(short, start + short.length) < 0)
    return company;
  return { value: short, ranges: [{ start, end: start + short.length }] };
}

/** "ECB - European Central Bank": initials, a dash, and the name they stand for. */
const INITIALS_DASH_NAME = /^(\p{Lu}{2,6})[^\S\n]+[-–—][^\S\n]+(\p{Lu}[\p{L}\s&'’.-]{2,80})$/u;

/**
 * "Organization: ECB - European Central Bank", where the page then says "the ECB": the initials,
 * the name the page uses. Only when they are the initials of the name's capitalised words.
 */
function initialsBeforeName(scan: string, company: Finding<string>): Finding<string> {
  const m = INITIALS_DASH_NAME.exec(company.value);
  if (!m) return company;
  const initials = m[2]!
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const start = company.ranges[0]!.start;
  const short = m[1]!;
  if (initials !== short || scan.indexOf(short, start + company.value.length) < 0) return company;
  return { value: short, ranges: [{ start, end: start + short.length }] };
}

/**
 * "The Summer Internship Program (SIP) provides ...", "The NITI Aayog Internship Scheme offers ...",
 * "The Editorial Intern will support ...": a programme or a role named as a sentence's subject.
 */
/** Anchored at the opening of the page's first paragraph (sticky). */
const PROGRAM_SUBJECT = new RegExp(
  `(?:The[^\\S\\n]+)?((?:${NAME_WORD}|\\d{4})(?:[^\\S\\n]+(?:${NAME_WORD}|\\d{4}|of|in|for|and|&)){0,7}?[^\\S\\n]+(?:Program|Programme|Internships?|Fellowships?|Internship[^\\S\\n]+Award|Intern|Scheme)(?:[^\\S\\n]+\\([\\p{Lu}]{2,8}\\))?)[^\\S\\n]+(?:is|are|will|provides?|offers?|gives?|runs?|introduces?|combines|creates|focuses|aims|connects|supports|seeks|helps|prepares|enables|allows|brings)\\b`,
  'uy',
);

/** The programme the page's first paragraph opens with as its subject, the way a title would. */
function programSubject(scan: string, lines: TextLine[]): Finding<string> | null {
  // The page's opening line when it is a sentence, else its first paragraph.
  const opening = lines.find((l) => l.content !== '');
  const paragraph = lines.find((l) => l.content.length >= PARAGRAPH_LENGTH);
  const m = [opening, paragraph].reduce<RegExpExecArray | null>((found, line) => {
    if (found || !line) return found;
    PROGRAM_SUBJECT.lastIndex = line.contentStart;
    return PROGRAM_SUBJECT.exec(scan);
  }, null);
  if (!m || NOT_A_NAME_START.test(m[1]!)) return null;
  // "The Museum’s Internship Program": an institution's programme called by a common noun, no
  // name; an officer's ("The Mayor’s Internship Program") is the programme's name.
  const owner = /^([^\s'’]+)['’]s?\s/.exec(m[1]!)?.[1];
  if (owner && GENERIC_INSTITUTION.test(owner) && !PERSON_OFFICE.test(owner)) return null;
  // "Summer Scholars" heading a page that opens "The Summer Scholars Program enables ...": the
  // heading names the programme, as the page writes it there.
  if (opening && opening !== paragraph && m[1]!.toLowerCase().startsWith(`${opening.content.trim().toLowerCase()} `)) {
    const heading = opening.content.trim();
    const at = opening.contentStart + opening.content.indexOf(heading);
    return { value: heading, ranges: [{ start: at, end: at + heading.length }] };
  }
  const start = m.index + m[0].indexOf(m[1]!);
  return { value: m[1]!, ranges: [{ start, end: start + m[1]!.length }] };
}

/** "The Aurora Internship Program": a programme's name is read without the article, as in a sentence. */
function withoutArticle(title: Finding<string>): Finding<string> {
  if (!/^The\s+\S.*\b(?:Program(?:me)?s?|Internships?|Fellowships?|Scheme)$/.test(title.value)) return title;
  const skip = /^The\s+/.exec(title.value)![0].length;
  const start = title.ranges[0]!.start + skip;
  return { value: title.value.slice(skip), ranges: [{ start, end: title.ranges[0]!.end }] };
}

/**
 * "(m/w/d)", "(f/m/d)", "(H/F)", "(all genders)": the site's note that anyone may apply, printed
 * after every title it lists, not part of the role's name, with the footnote star ("(w/m/div)*")
 * that points to the page's note on it. Single letters only: "(AI/ML)" and "(M/EE)" are the role's.
 */
const GENDER_MARKER_WORDS = String.raw`\((?:[mfwdhx](?:[^\S\n]*[/|,][^\S\n]*(?:[mfwdhx]|div(?:ers)?)){1,3}|all[^\S\n]+genders?|alle[^\S\n]+geschlechter|gn\*?)\)\*{0,2}`;
const GENDER_MARKER_AT_END = new RegExp(String.raw`${GENDER_MARKER_WORDS}$`, 'iu');
const GENDER_MARKER = new RegExp(String.raw`[^\S\n]*${GENDER_MARKER_WORDS}`, 'giu');
/**
 * "Intern Software Development (f/m/d) - Walldorf": the site's wrapper goes on after the marker it
 * prints after the role's name; what it names there, after a dash, is no part of the role.
 */
const PLACE_AFTER_MARKER = new RegExp(String.raw`${GENDER_MARKER_WORDS}[^\S\n]*[-–—|][^\S\n]*([^-–—|()\n]+)$`, 'iu');

function withoutGenderMarker(scan: string, title: Finding<string>): Finding<string> {
  GENDER_MARKER.lastIndex = 0;
  if (!GENDER_MARKER.test(title.value)) return title;
  const value = title.value
    .replace(GENDER_MARKER, '')
    .replace(/[^\S\n]{2,}/g, ' ')
    .trim();
  return narrowedTo(scan, title, value);
}

/**
 * The title read as `value`, its evidence cut to the value where the page writes the value at its
 * start ("Data Intern" of "Data Intern (m/w/d)"), else the evidence it had ("Werkstudent
 * Softwareentwicklung" is written with the marker inside it).
 */
export function narrowedTo(scan: string, title: Finding<string>, value: string): Finding<string> {
  const range = title.ranges[0]!;
  const written = scan.slice(range.start, range.start + value.length);
  const ranges = written === value ? [{ start: range.start, end: range.start + value.length }] : title.ranges;
  return { value, ranges };
}

/**
 * "Accounting Trainee (Cash Officer) – Lagos, Nigeria", "Engineering Intern in Knoxville, Tennessee":
 * a board's place after the role is no part of its name.
 */
const PLACE_SUFFIX = /\s+(?:[-–—|]|in)\s+([^-–—|]+)$/;

function withoutPlaceSuffix(scan: string, title: Finding<string>): Finding<string> {
  const m = PLACE_SUFFIX.exec(title.value);
  if (!m) return title;
  const start = title.ranges[0]!.start;
  const from = start + m.index + m[0].length - m[1]!.length;
  const to = start + title.value.length;
  const places = explicitPlaces(scan, from, to);
  let rest = scan.slice(from, to);
  for (const place of places.sort((a, b) => b.start - a.start))
    rest = rest.slice(0, place.start - from) + rest.slice(place.end - from);
  if (places.length === 0 || !/^[\s,]*$/.test(rest)) return title;
  return { value: title.value.slice(0, m.index), ranges: [{ start, end: start + m.index }] };
}

/**
 * "Working Student / Intern Software Development (f/m/d) - Walldorf" over "Location: Walldorf, DE,
 * 69190": a place after the site's gender marker that the page gives as the job's place is the
 * wrapper's, not the role's. A place after the role alone is left as written: the corpus's readers
 * keep "Sales Analyst Intern, Summer 2026 - Singapore" and "Summer program in Vancouver".
 * `cities`: the cities of the places found.
 */
export function withoutLocatedPlace(
  scan: string,
  title: Finding<string> | null,
  cities: string[],
): Finding<string> | null {
  if (!title) return null;
  const range = title.ranges[0]!;
  const after = PLACE_AFTER_MARKER.exec(scan.slice(range.start, range.end));
  const suffix = PLACE_SUFFIX.exec(title.value);
  if (!after || !suffix) return title;
  const place = suffix[1]!.trim().toLowerCase();
  if (after[1]!.trim().toLowerCase() !== place || !cities.some((city) => city.toLowerCase() === place)) return title;
  const value = title.value.slice(0, suffix.index);
  return BARE_GENERIC.test(value) ? null : narrowedTo(scan, title, value);
}

/**
 * "Data Science Intern - Quill Analytics" -> "Data Science Intern", "TheatreWorks’ Professional
 * Internship Program" -> "Professional Internship Program", once the company is known.
 */
/** "Office of the Secretary General" before "(OSG)": the words the initials stand for. */
function spellsOut(words: string, initials: string): boolean {
  const capitals = words
    .split(/[^\p{L}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return capitals.toLowerCase().endsWith(initials.toLowerCase());
}

function withoutCompany(title: Finding<string>, company: string): Finding<string> {
  const name = escapeRegExp(company);
  const start = title.ranges[0]!.start;
  const possessive = new RegExp(`^${name}['’]s?\\s+(?=\\S)`, 'i').exec(title.value);
  if (possessive) {
    const value = title.value.slice(possessive[0].length);
    return { value, ranges: [{ start: start + possessive[0].length, end: start + title.value.length }] };
  }
  // "Data Intern - Acme", "Data Intern at Acme", "AU Internship Program: Finance (AfCFTA)"; not
  // "... Office of the Secretary General (OSG)", initials of the words they follow.
  const m = new RegExp(`\\s*(?:(?:[-–—|·@]|\\bat)\\s*${name}|\\(${name}\\))\\s*$`, 'i').exec(title.value);
  if (!m || m.index === 0 || (m[0].trim().startsWith('(') && spellsOut(title.value.slice(0, m.index), company)))
    return title;
  const value = title.value.slice(0, m.index);
  return { value, ranges: [{ start, end: start + value.length }] };
}
