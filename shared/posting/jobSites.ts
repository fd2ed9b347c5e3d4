// The job site a page was copied from: named at the top of the page ("Talent.com", "LinkedIn"),
// in a "Powered by Greenhouse" line, or in the posting's address.
import type { Finding } from './finding';
import type { TextLine } from './textSpans';

interface JobSite {
  name: string;
  /** How the page names it. Common words (Lever, Workday, Monster) only match capitalised. */
  named: RegExp;
  host: RegExp;
}

const JOB_SITES: JobSite[] = [
  { name: 'Talent.com', named: /\btalent\.com\b/i, host: /(?:^|\.)talent\.com$/ },
  { name: 'LinkedIn', named: /\blinked ?in\b/i, host: /(?:^|\.)linkedin\.com$/ },
  { name: 'Indeed', named: /\bindeed\b/i, host: /(?:^|\.)indeed\.[a-z.]+$/ },
  { name: 'Glassdoor', named: /\bglassdoor\b/i, host: /(?:^|\.)glassdoor\.[a-z.]+$/ },
  { name: 'Handshake', named: /\bhandshake\b/i, host: /(?:^|\.)joinhandshake\.com$/ },
  { name: 'Greenhouse', named: /\bGreenhouse\b/, host: /(?:^|\.)greenhouse\.io$/ },
  { name: 'Lever', named: /\bLever\b/, host: /(?:^|\.)lever\.co$/ },
  { name: 'Workday', named: /\bWorkday\b/, host: /(?:^|\.)myworkdayjobs\.com$|(?:^|\.)workday\.com$/ },
  { name: 'Wellfound', named: /\bwellfound\b|\bangellist\b/i, host: /(?:^|\.)wellfound\.com$|(?:^|\.)angel\.co$/ },
  { name: 'ZipRecruiter', named: /\bziprecruiter\b/i, host: /(?:^|\.)ziprecruiter\.[a-z.]+$/ },
  { name: 'Monster', named: /\bMonster\b/, host: /(?:^|\.)monster\.[a-z.]+$/ },
  { name: 'SimplyHired', named: /\bsimply ?hired\b/i, host: /(?:^|\.)simplyhired\.[a-z.]+$/ },
  { name: 'Built In', named: /\bBuilt ?In\b/, host: /(?:^|\.)builtin\.com$/ },
  { name: 'Ashby', named: /\bAshby\b/, host: /(?:^|\.)ashbyhq\.com$/ },
  { name: 'SmartRecruiters', named: /\bsmartrecruiters\b/i, host: /(?:^|\.)smartrecruiters\.com$/ },
  { name: 'iCIMS', named: /\bicims\b/i, host: /(?:^|\.)icims\.com$/ },
  { name: 'Jobvite', named: /\bjobvite\b/i, host: /(?:^|\.)jobvite\.com$/ },
  { name: 'Workable', named: /\bWorkable\b/, host: /(?:^|\.)workable\.com$/ },
  { name: 'WayUp', named: /\bwayup\b/i, host: /(?:^|\.)wayup\.com$/ },
  { name: 'RippleMatch', named: /\bripplematch\b/i, host: /(?:^|\.)ripplematch\.com$/ },
  { name: 'Internshala', named: /\binternshala\b/i, host: /(?:^|\.)internshala\.com$/ },
  { name: 'Naukri', named: /\bnaukri\b/i, host: /(?:^|\.)naukri\.com$/ },
  { name: 'SEEK', named: /\bSEEK\b|\bseek\.com/, host: /(?:^|\.)seek\.com(?:\.au)?$|(?:^|\.)seek\.co\.nz$/ },
  { name: 'Reed', named: /\breed\.co\.uk\b/i, host: /(?:^|\.)reed\.co\.uk$/ },
  { name: 'Totaljobs', named: /\btotaljobs\b/i, host: /(?:^|\.)totaljobs\.com$/ },
  { name: 'StepStone', named: /\bstepstone\b/i, host: /(?:^|\.)stepstone\.[a-z.]+$/ },
  { name: 'Welcome to the Jungle', named: /\bwelcome to the jungle\b/i, host: /(?:^|\.)welcometothejungle\.com$/ },
  { name: 'WaterlooWorks', named: /\bwaterlooworks\b/i, host: /(?:^|\.)waterlooworks\.uwaterloo\.ca$/ },
  { name: 'Job Bank', named: /\bJob Bank\b/, host: /(?:^|\.)jobbank\.gc\.ca$/ },
  { name: 'Huzzle', named: /\bhuzzle\b/i, host: /(?:^|\.)huzzle\.app$/ },
  { name: 'Expertini', named: /\bexpertini\b/i, host: /(?:^|\.)expertini\.com$/ },
];

/** Lines at the top of a page that are short enough to be a site's name or banner. */
const TOP_LINES = 4;
const MAX_BANNER_WORDS = 6;
const POWERED_BY = /\b(?:powered by|jobs by|via|posted (?:on|via))\s+/gi;

/** A role's words: a line naming one is a title ("Spring Greenhouse Internship"), not a site's banner. */
const ROLE_WORD = /\b(?:intern(?:s|ship)?|trainee(?:ship)?|apprentice(?:ship)?)\b/i;

/** True for a line that only names a job site ("Talent.com", "LinkedIn Jobs"). */
export function isJobSiteBanner(content: string): boolean {
  return (
    content.split(/\s+/).length <= MAX_BANNER_WORDS &&
    JOB_SITES.some((site) => site.named.test(content)) &&
    !/[.!?]\s/.test(content) &&
    !ROLE_WORD.test(content)
  );
}

export function findSource(scan: string, lines: TextLine[], postingUrl: string | null): Finding<string> | null {
  for (const line of lines.slice(0, TOP_LINES)) {
    if (!isJobSiteBanner(line.content)) continue;
    const found = firstSiteIn(line.content);
    if (found) return { value: found.site.name, ranges: [at(line.contentStart + found.index, found.length)] };
  }
  POWERED_BY.lastIndex = 0;
  for (let m = POWERED_BY.exec(scan); m; m = POWERED_BY.exec(scan)) {
    const from = m.index + m[0].length;
    const found = firstSiteIn(scan.slice(from, from + 40));
    if (found && found.index === 0) return { value: found.site.name, ranges: [at(from, found.length)] };
  }
  const site = postingUrl ? siteForUrl(postingUrl) : null;
  if (site && postingUrl) {
    const index = scan.indexOf(postingUrl);
    return { value: site, ranges: index >= 0 ? [at(index, postingUrl.length)] : [] };
  }
  return null;
}

/** The job site an address belongs to ("https://jobs.lever.co/..." -> "Lever"). */
export function siteForUrl(url: string): string | null {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
  return (host && JOB_SITES.find((s) => s.host.test(host))?.name) || null;
}

function firstSiteIn(text: string): { site: JobSite; index: number; length: number } | null {
  let best: { site: JobSite; index: number; length: number } | null = null;
  for (const site of JOB_SITES) {
    const m = site.named.exec(text);
    if (m && (best === null || m.index < best.index)) best = { site, index: m.index, length: m[0].length };
  }
  return best;
}

function at(start: number, length: number) {
  return { start, end: start + length };
}
