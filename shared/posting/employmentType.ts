// Internship, co-op, part-time or full-time, read from the posting itself: its title first, then
// an "Employment type" label, then its own text. When several apply ("part-time internship"),
// the most specific wins: co-op, internship, part-time, full-time.
import type { EmploymentType } from '../application';
import type { Finding } from './finding';
import type { TextRange } from './postingDraft';
import { lineAround, type TextLine } from './textSpans';

const OTHER_SCHEME = String.raw`(?:graduate|apprenticeship|placement|traineeship)s?`;
const LIST_JOIN = String.raw`\s*(?:,\s*(?:or|and|&)?|or|and|&|\/)\s*`;
/**
 * "any of our Graduate or internship schemes", "internships and graduate jobs", "graduate,
 * placement, and internship schemes": an internship in a list of the employer's kinds of scheme,
 * of any length, read where the internship word starts.
 */
const IN_SCHEMES_LIST = String.raw`(?<=\b${OTHER_SCHEME}${LIST_JOIN})intern(?:ship)?s?(?:${LIST_JOIN}${OTHER_SCHEME})*\s+(?:schemes|programmes|programs|jobs|roles|positions|opportunities)\b|intern(?:ship)?s?(?:${LIST_JOIN}${OTHER_SCHEME})+\s+(?:schemes|programmes|programs|jobs|roles|positions|opportunities)\b`;
/** The internship word of such a list, in the page's heading; the look back runs only at an "intern" (linear time). */
const LISTED_INTERNSHIP = new RegExp(String.raw`\b(?=intern)(?=${IN_SCHEMES_LIST})intern(?:ship)?s?`, 'i');

/** A kind, its words, and whether they are only hours, which in prose must describe the job. */
const KINDS: Array<[EmploymentType, RegExp, boolean]> = [
  // \b ends at an accented letter: "coopération" is not a co-op. French "alternance" (an
  // "alternant") alternates school and company, as a co-op alternates study and work terms.
  ['co-op', /\bco-?op(?![a-zà-ÿ])|\bcooperative education\b|\balternan(?:ce|te?)s?\b/i, false],
  [
    'internship',
    // "references from previous internships" is the applicant's past, not this role. German,
    // French, Dutch and Italian pages say Praktikum, Praktikant (also inside "Sommerpraktikum",
    // where the whole word is the evidence, so the review never marks half of it), stagiaire,
    // stagiair, tirocinio; Spanish ones "(becario) en prácticas", "las prácticas" (the noun, after
    // its article), "prácticas en empresas" (not "habilidades prácticas", practical skills), and in
    // Latin America "pasantía", "pasantes".
    // "This fellowship is not an internship", "more than internships": the role set against one.
    // "any of our Graduate or internship schemes", "internships and graduate jobs": internships
    // listed beside the employer's other kinds of scheme (IN_SCHEMES_LIST), none of them named as
    // this one, unless the page's heading lists them (findEmploymentType).
    // "You will mentor our interns", "have completed at least one internship": other people's
    // internships, or the applicant's past. Portuguese pages say "estágio", "estagiários",
    // "disponibilidade para estagiar"; Hindi ones transliterate the English ("इंटर्नशिप"). Swedish
    // and Danish ones say "praktik" ("Sommarpraktik 2017", "praktikplats", "praktikophold"), Polish
    // "staż", "stażysta" (not "staż pracy", years of service), Finnish "harjoittelu",
    // "harjoittelija" (not "harjoitella", to practise), Hungarian "gyakornok", Korean "인턴",
    // Japanese "インターン" ("インターンシップ", "長期インターン", "インターン生"), Russian "стажировка"
    // and "стажёр" (not "стаж", years of service) and Bulgarian "стажант" and "стажове". Swedish
    // compounds end in "praktik" ("Sommarpraktik"); "praktiken" (the internship) only as
    // "Feriepraktiken" and "Sommarpraktiken", since German "(Geschäfts)praktiken" are practices.
    new RegExp(
      String.raw`\b(?=intern)(?!${IN_SCHEMES_LIST})(?<!\b(?:previous|past|prior|former|earlier)\s+)(?<!\b(?:not|more\s+than|rather\s+than|unlike|instead\s+of|other\s+than)\s+(?:just\s+)?(?:an?\s+|the\s+)?)(?<!\b(?:mentor(?:s|ing)?|supervis(?:e|es|ing)|manag(?:e|es|ing)|oversee(?:s|ing)?|coach(?:es|ing)?)\s+(?:our\s+|the\s+|a\s+team\s+of\s+|(?:summer|student|junior|new)\s+)*)(?<!\b(?:completed|had|held|done)\s+(?:at\s+least\s+)?(?:one|an|a|two)\s+(?:\w+\s+)?)intern(?:ship)?s?\b(?!\s+experience\s+(?:is\s+)?(?:preferred|required|desired|a\s+plus))|\b(?:industrial )?placement year\b|\bvacation (?:program(?:me)?|scheme)\b|(?<![a-zäöüß])[a-zäöüß]{0,30}?praktik(?:um|a|ant)[a-zäöüß]*|\bstagiaire?s?\b|\btirocini[oa]\b|\bpasant(?:ías?|ias?|es?)(?![a-zà-ÿ])|\b(?:en|de|las|unas|sus|estas)\s+prácticas(?![a-zà-ÿ])|\bprácticas\s+(?:en\s+empresas?|profesionales|remuneradas|becadas|académicas|extracurriculares|curriculares)(?![a-zà-ÿ])|\best(?:ági(?:os?)|agi(?:ári[oa]s?|ar))(?![a-zà-ÿ])|इंटर्न(?:शिप|्स)?(?![\u0900-\u097F])|(?<![a-zäöåæø])(?:[a-zäöåæø]{0,20}?praktik(?:plats(?:en|er)?|ophold(?:et)?|perioden?)?|(?:ferie|sommar)praktiken)(?![a-zäöåæøü])|(?<![a-ząćęłńóśźż])staż(?:e|u|y|ów|em|ach|ami|ysta|yści|ystów|ystka|ystki|ysty)?(?![a-ząćęłńóśźż])(?![^\S\n]+pracy\b)|(?<![a-zäö])[a-zäö]{0,20}?harjoittel(?:u|ij)[a-zäö]*|(?<![a-záéíóöőúüű])gyakornok[a-záéíóöőúüű]*|인턴|インターン|(?<![а-яё])(?:стажир[а-яё]*|стаж[её]р[а-яё]*|стажант[а-яё]*|стажове(?:те)?)(?![а-яё])`,
      'i',
    ),
    false,
  ],
  // A German working student ("Werkstudent", "Werkstudentin", "Werkstudent:in") works part-time
  // beside the studies: a job, not an internship.
  ['part-time', /\bwerkstudent[a-zäöüß]*/i, false],
  // Its English name ("Working Student Backend"), which in prose may be other people ("we support
  // working students"), so there it must name this job, as "part-time" must.
  ['part-time', /\bworking students?\b/i, true],
  // "a full-time student", "full-time enrolment" describe the applicant's studies, not the job.
  [
    'part-time',
    /\bpart[- ]?time\b(?!\s+(?:students?|stud(?:y|ies)|enrol(?:l?ment|led)|undergraduates?|degree))/i,
    true,
  ],
  [
    'full-time',
    /\bfull[- ]?time\b(?!\s+(?:students?|stud(?:y|ies)|enrol(?:l?ment|led)|undergraduates?|degree))/i,
    true,
  ],
];

const FRENCH_STAGE = /^stage\s*[-–—:]|\bstage\s+(?:de|d['’]|en|chez)\s|\(stage\)/i;

const LABEL =
  /^(?:(?:employment|job|position|contract|work)\s*type|commitment|type of (?:employment|position)|schedule|type d['’]offre|type de contrat)\s*(?:[:–-]\s*|$)/i;
/** "Type d'offre\n\nStage": a French portal's kind of offer, a stage being an internship. */
const STAGE_VALUE = /^stage\b/i;

export function findEmploymentType(
  scan: string,
  lines: TextLine[],
  title: TextRange | null,
): Finding<EmploymentType> | null {
  if (title) {
    const inTitle = firstKindIn(scan, title.start, title.end);
    if (inTitle) return inTitle;
    // "Stage - Développeur Backend (H/F)": a French title's "stage" is an internship (in prose
    // the word is too often English: "at this stage", "an early-stage startup").
    const stage = FRENCH_STAGE.exec(scan.slice(title.start, title.end));
    if (stage)
      return {
        value: 'internship',
        ranges: [{ start: title.start + stage.index, end: title.start + stage.index + stage[0].length }],
      };
  }
  const listed = listedInHeading(scan, lines, title);
  if (listed) return listed;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = LABEL.exec(line.content);
    if (!label) continue;
    // The value follows the label, or sits on the next lines (LinkedIn, Indeed).
    const valueLines =
      label[0].length < line.content.length ? [line] : lines.slice(i + 1, i + 4).filter((l) => l.content !== '');
    for (const value of valueLines) {
      const from = value === line ? line.contentStart + label[0].length : value.contentStart;
      const kind = firstKindIn(scan, from, value.contentStart + value.content.length) ?? stageValue(scan, from, value);
      if (!kind) continue;
      // "Job Type: Full-Time" on a page about "the Internship Programme": the label gives the
      // hours; the page's more specific kind wins, as it would in a title.
      if (kind.value === 'full-time' || kind.value === 'part-time') {
        const specific = firstKindIn(scan, 0, scan.length, true);
        if (specific && (specific.value === 'internship' || specific.value === 'co-op')) return specific;
      }
      return kind;
    }
  }
  return firstKindIn(scan, 0, scan.length, true);
}

/**
 * An internship in a list of schemes in the page's heading, its title or else its first line,
 * which names what the page offers: "Summer internship, graduate and placement opportunities for
 * students: apply now". Below it, such a list is the employer's other schemes (IN_SCHEMES_LIST).
 */
function listedInHeading(scan: string, lines: TextLine[], title: TextRange | null): Finding<EmploymentType> | null {
  const first = lines.find((line) => line.content !== '');
  const heading =
    title ?? (first ? { start: first.contentStart, end: first.contentStart + first.content.length } : null);
  const listed = heading && LISTED_INTERNSHIP.exec(scan.slice(heading.start, heading.end));
  if (!heading || !listed) return null;
  const start = heading.start + listed.index;
  return { value: 'internship', ranges: [{ start, end: start + listed[0].length }] };
}

/** "Stage" as a French label's value: an internship. */
function stageValue(scan: string, from: number, line: TextLine): Finding<EmploymentType> | null {
  const m = STAGE_VALUE.exec(scan.slice(from, line.contentStart + line.content.length).trimStart());
  if (!m) return null;
  const start = scan.indexOf(m[0], from);
  return { value: 'internship', ranges: [{ start, end: start + m[0].length }] };
}

/**
 * In prose, "full-time" is the kind of job only beside a job word ("a full-time position") or
 * as a tag on a short line ("Full-time · Hybrid"); "work on their projects full-time for ten
 * weeks" gives the hours, not the kind.
 */
const JOB_AFTER =
  /^((?:[^\S\n]+[\p{L}\d-]+){0,2}?)[^\S\n]*(?:(?:paid|permanent|temporary|summer|salaried|hourly|entry[- ]level)[^\S\n]+)?(?:positions?|roles?|jobs?|employ(?:ee|ees|ment)|opportunit(?:y|ies)|hires?|staff|contracts?|work(?:ers?)?\b(?![^\S\n]+(?:for|on|during|in)\b)|basis|schedule|internships?|intern\b|co-?ops?|graduate|engineer|analyst|developer|offers?)\b/iu;
const TAG_LINE = 40;

/** The most specific kind a short text names ("Werkstudent Data", "Part-time Analyst"), as a tracker's role does. */
export function employmentTypeNamedIn(text: string): EmploymentType | null {
  return firstKindIn(text, 0, text.length)?.value ?? null;
}

/** The most specific kind named between `from` and `to`; in `prose`, hours are no kind. */
function firstKindIn(scan: string, from: number, to: number, prose = false): Finding<EmploymentType> | null {
  const text = scan.slice(from, to);
  for (const [kind, pattern, hours] of KINDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (prose && hours && !describesTheJob(scan, start, end)) continue;
    return { value: kind, ranges: [{ start, end }] };
  }
  return null;
}

/** "Working time Full time", "Hours: full-time": a label of the hours, not of the kind of job. */
const HOURS_LABEL = /^\s*(?:working (?:time|hours)|work(?:ing)? schedule|hours(?: per week)?|weekly hours)\b/i;

/**
 * "May lead to a full-time position", "alumni now in full-time employment", "offers of full-time
 * work", "must not hold full-time employment elsewhere", "many of our staff work part-time": a
 * job after this one, beside it, or other people's, not this one.
 */
const LATER_JOB_BEFORE =
  /\b(?:(?:lead(?:s|ing)?|led|convert(?:s|ing)?|conversion|go(?:es|ne|ing)?\s+on|went\s+on|transition(?:s|ing)?|mov(?:e|es|ing)|hired|return(?:s|ing)?)\s+(?:in)?to|offers?\s+of|(?:now|are|were|currently)\s+in|hold(?:s|ing)?(?:\s+(?:a|an|any|other|another))?|(?:staff|employees|colleagues|faculty|team\s+members)\b[^.\n]{0,20})\s+(?:an?\s+|permanent\s+|paid\s+)*$/i;
/** "Our full-time staff will mentor you": other people who work those hours. */
const OTHER_PEOPLE_AFTER = /^[^\S\n]+(?:staff|employees|colleagues|faculty|team[^\S\n]+members|workers)\b/i;
/** "On a full-time basis in research", "full-time basis during the summer": the hours of an activity. */
const BASIS_OF_ACTIVITY = /^[^\S\n]+basis[^\S\n]+(?:in|during|for|throughout|over|while)\b/i;

/**
 * "6-8 weeks full time work", "12 weeks of full-time research", "16 consecutive weeks (no breaks) on
 * a full-time basis": the hours of a stretch of time.
 */
const LENGTH_BEFORE = /\b(?:weeks?|months?)(?:(?:\s+of)?|[^.\n]{0,24}\bon\s+an?)\s*$/i;

function describesTheJob(scan: string, start: number, end: number): boolean {
  const line = lineAround(scan, start);
  const before = scan.slice(Math.max(0, start - 40), start);
  if (
    HOURS_LABEL.test(scan.slice(line.start, start)) ||
    LENGTH_BEFORE.test(before) ||
    LATER_JOB_BEFORE.test(before) ||
    BASIS_OF_ACTIVITY.test(scan.slice(end, end + 24)) ||
    OTHER_PEOPLE_AFTER.test(scan.slice(end, end + 24))
  )
    return false;
  return line.end - line.start <= TAG_LINE || jobWordAfter(scan.slice(end, end + 40));
}

/**
 * A job word right after, or after a name of up to two capitalised words ("full-time Software
 * Engineer role"); "a full-time research position" of a summer programme gives its hours. The
 * capitals are checked apart, as a case-insensitive pattern takes any letter for one.
 */
function jobWordAfter(text: string): boolean {
  const m = JOB_AFTER.exec(text);
  return m !== null && m[1]!.split(/\s+/).every((word) => word === '' || /^\p{Lu}/u.test(word));
}
