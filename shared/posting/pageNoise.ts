// Separates the posting from the page around it. Job sites wrap a posting in navigation,
// untranslated template keys (`serp_jobs.job_card.full_time`) and "related jobs" cards from other
// companies; none of that may leak into the draft. The result is a copy of the text of the same
// length with noise blanked out (line breaks kept), so offsets found in it are offsets in the text.
import { lineAt, PARAGRAPH_LENGTH, splitLines, type TextLine } from './textSpans';

export interface PostingScan {
  /** The text with noise replaced by spaces; same length and line breaks as the text. */
  scan: string;
  /** The lines of `scan`: noise lines are empty. */
  lines: TextLine[];
  /** Where the posting ends: related jobs, footers and the like start here. */
  bodyEnd: number;
  /**
   * The heading line that ended the posting, as written ("More jobs from Lakeshore Freight"): a
   * board's link to the employer's other openings names the employer.
   */
  ending: TextLine | null;
}

/** `serp_jobs.job_card.internship`: dotted identifiers with an underscore, never prose. */
const TEMPLATE_KEY = /\b[A-Za-z]\w*(?:\.\w+)+/g;
const ENDING_TEMPLATE_KEY = /related|similar|alert|recommend|internal_linking/i;

/** Buttons and navigation that site chrome puts on lines of their own. */
const CHROME_LINES = new Set(
  (
    'skip to main content|skip to content|main content|menu|home|jobs|search|sign in|log in|sign up|' +
    'join now|register|apply|apply now|easy apply|quick apply|apply on company website|' +
    'apply on company site|save|saved|save job|share|share job|report|report job|report this job|back|' +
    'back to search|back to search results|back to jobs|view all jobs|see all jobs|all jobs|show more|' +
    'show less|see more|see less|read more|more|less|follow|message|promoted|new|actively recruiting|' +
    'be an early applicant|responses managed off linkedin|dismiss|close|print|email|copy link|' +
    'find jobs|company reviews|salary guide|find salaries|upload your resume|post a job|employers|' +
    'for employers|events|inbox|messages|notifications|career center|explore|people|saved jobs|' +
    'community|companies|salaries|interviews|articles|my jobs|like|comment|repost|send|search jobs|' +
    'search for jobs|browse jobs|job search'
  ).split('|'),
);

/**
 * One step of a breadcrumb: a few words, no sentence ("Undergraduate Research", "Get Involved",
 * the page's own "Software Engineer Intern (Summer 2027)").
 */
const CRUMB = String.raw`\p{L}[\p{L}\d&'’().-]*(?:[^\S\n]+[\p{L}\d&(][\p{L}\d&'’().-]*){0,4}`;
/**
 * "Home › Research › Undergraduate Research", "Graduate Jobs › Internships › Technology": a site's
 * path to the page, navigation like its menu. Steps joined by "›", "»" or ">", or by "/" or "|"
 * after "Home" (without it, "Data Intern / Acme Ltd / London" is a board's heading).
 */
const BREADCRUMB = new RegExp(
  String.raw`^(?:${CRUMB}(?:[^\S\n]*[›»>][^\S\n]*${CRUMB})+|home(?:[^\S\n]*[/|][^\S\n]*${CRUMB})+)[^\S\n]*[›»>/|]?$`,
  'iu',
);
const MAX_BREADCRUMB_LENGTH = 200;

/** "Similar jobs", "People also viewed", "Create job alert": where a site's own content starts. */
const LISTING_HEADING =
  /^(?:related|similar|recommended|suggested|nearby|recent|latest|newest|popular|trending|featured|more|other|top)\s+(?:[\w&'’-]+\s+){0,3}(?:jobs|positions|openings|internships|listings|opportunities|vacancies|searches)\b/i;
const COMMENTS = 'comments|commentaires|kommentare|comentarios|comentários|commenti|reacties';
/** "Create job alert", "Get job alerts": a site's offer to write when new jobs come. */
const ALERT =
  '(?:create|set up) (?:a )?job alerts?|get (?:job alerts|email updates|notified about(?: new jobs)?)|job alerts?';
const SITE_HEADING = new RegExp(
  `^(?:${[
    'people (?:also )?(?:viewed|searched)',
    'others also viewed',
    'jobs? (?:you may|you might|similar|like this|near)',
    'you (?:may|might) also like',
    // Whole lines only: "You may be interested in our lab's history" is prose.
    'you (?:may|might) (?:also )?be interested in:?$',
    'recommended for you:?$',
    'apply to (?:similar|related|more) jobs:?$',
    'jobs by (?:location|city|category|company):?$',
    '(?:see |show |explore )?more jobs',
    'explore jobs',
    `(?:${ALERT})\\b`,
    'more from this (?:employer|company)',
    'other jobs (?:at|from)',
    'browse (?:more|similar)',
    'explore collaborative articles',
    'looking for more',
    // A social post's reactions and comments.
    '\\d[\\d,.]*k?\\s+reactions?\\b',
    // A news article's readers' comments under it, headed with their count: "Commentaires (163)".
    `(?:${COMMENTS})\\s*\\(\\d[\\d,.]*\\)$`,
    `\\d[\\d,.]*\\s+(?:${COMMENTS})$`,
    'most relevant$',
  ].join('|')})`,
  'i',
);
/**
 * "Create job alert", "Get job alerts": a button. Under the posting's prose it starts the site's
 * own content; above it, among the title's lines, it is chrome like "Save job".
 */
const ALERT_BUTTON = new RegExp(`^(?:${ALERT})$`, 'i');

const FOOTER =
  /^(?:©|\(c\)\s|copyright\b)|^(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings|preferences))$/i;

const MAX_CHROME_LENGTH = Math.max(...[...CHROME_LINES].map((line) => line.length));

/** "[Image]", "[Company logo]": placeholders a copy leaves for pictures, and bracketed asides. */
const BRACKETED = /^\[[^\]]*\]$/;

/**
 * "Intern awardees at the 2014 PGRP Symposium. From left to right: ...", printed twice: a picture's
 * caption and its alternative text, sentences ending in a full stop, or followed by the picture's
 * credit ("... named after Dr Abdul Qadeer Khan. Screengrab via YouTube/PTV News"). A card's
 * repeated title is no sentence.
 */
const MIN_CAPTION_WORDS = 6;
const isCaption = (content: string) => /[.!?](?:\s|$)/.test(content) && content.split(/\s+/).length > MIN_CAPTION_WORDS;

/** A job card's snippet: a truncated description followed by its "show more" link. */
const CARD_SNIPPET = /(?:\.\.\.|…)\s*(?:show more|read more|see more)/i;

export function scanPosting(text: string): PostingScan {
  const lines = splitLines(text);
  const blank: Array<[number, number]> = [];
  let bodyEnd = text.length;
  let endingLine: TextLine | null = null;
  let contentLines = 0;
  let proseSeen = false;
  let previous: string | null = null;
  let previousStart = 0;

  /** Lines partly blanked out: their content is read again from the scan. */
  const touched: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const content = line.content;
    if (content === '') continue;
    const keys = content.includes('_') ? templateKeys(content) : [];
    const bare = keys.length > 0 && keys.reduce((rest, key) => rest.replace(key.text, ''), content).trim() === '';
    const pastHeader = proseSeen || contentLines >= 4;
    const alertButton = !proseSeen && ALERT_BUTTON.test(content);
    if (
      !alertButton &&
      pastHeader &&
      (endsPosting(content, keys) || (proseSeen && content === previous && content.length >= 8 && !isCaption(content)))
    ) {
      // A repeated line is a job card's title (sites print it twice); the card starts there.
      bodyEnd = content === previous ? previousStart : line.start;
      if (content !== previous) endingLine = line;
      break;
    }
    // A page pasted without line breaks is one long line: cut it at the key that ends the posting.
    const ending = keys.find((key) => key.index >= PARAGRAPH_LENGTH && ENDING_TEMPLATE_KEY.test(key.text));
    if (ending) {
      bodyEnd = line.contentStart + ending.index;
      break;
    }
    if (
      bare ||
      BRACKETED.test(content) ||
      alertButton ||
      (content.length <= MAX_CHROME_LENGTH && CHROME_LINES.has(content.toLowerCase())) ||
      (content.length <= MAX_BREADCRUMB_LENGTH && BREADCRUMB.test(content))
    ) {
      blank.push([line.contentStart, line.contentStart + content.length]);
      touched.push(index);
      continue;
    }
    for (const key of keys)
      blank.push([line.contentStart + key.index, line.contentStart + key.index + key.text.length]);
    if (keys.length > 0) touched.push(index);
    contentLines++;
    if (content.length >= PARAGRAPH_LENGTH) proseSeen = true;
    previous = content;
    previousStart = line.start;
  }
  blank.push([bodyEnd, text.length]);
  const scan = blankOut(text, blank);
  const scanLines = lines.map((line) => (line.start >= bodyEnd ? { ...line, content: '' } : line));
  for (const index of touched) scanLines[index] = lineAt(scan, lines[index]!.start, lines[index]!.end);
  return { scan, lines: scanLines, bodyEnd, ending: endingLine };
}

function templateKeys(content: string): Array<{ index: number; text: string }> {
  const keys: Array<{ index: number; text: string }> = [];
  TEMPLATE_KEY.lastIndex = 0;
  for (let m = TEMPLATE_KEY.exec(content); m; m = TEMPLATE_KEY.exec(content)) {
    if (m[0].includes('_')) keys.push({ index: m.index, text: m[0] });
  }
  return keys;
}

function endsPosting(content: string, keys: Array<{ text: string }>): boolean {
  if (keys.some((k) => ENDING_TEMPLATE_KEY.test(k.text))) return true;
  if (content.length <= 60 && !/[.:]$/.test(content) && (LISTING_HEADING.test(content) || SITE_HEADING.test(content))) {
    return true;
  }
  if (content.length <= 100 && FOOTER.test(content)) return true;
  return (content.includes('…') || content.includes('...')) && CARD_SNIPPET.test(content);
}

function blankKeepingLineBreaks(segment: string): string {
  return segment
    .split('\n')
    .map((part) => ' '.repeat(part.length))
    .join('\n');
}

function blankOut(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), blankKeepingLineBreaks(text.slice(from, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
