// A cell holding the company and the role together, as a Trello card's name or a sheet's one
// title column does: "Stripe - Software Engineering Intern", "Datadog: SWE Intern", "Google |
// STEP Intern", "Software Engineer Intern at Meta", "SWE Intern @ Ramp"; and the marks shared lists
// put on a company or a role ("🔥 Databricks", "Data Science Intern 🛂").
import type { Sponsorship } from '../application';
import { JOB_WORD } from '../jobWords';

export interface CompanyAndRole {
  company: string;
  role: string;
}

/** "Role at Company", "Role @ Company". */
const AT = /^(.+?)\s+(?:at|@)\s+(.+)$|^(.+?)@(.+)$/i;
/** Two names between a spaced dash or bar, an unspaced long dash, or a colon. */
const BETWEEN = /^(.+?)(?:\s+[-–—|]\s+|[–—]|:\s+)(.+)$/;

const JOB_WORDS = new RegExp(JOB_WORD.source, 'gi');
const jobWordsIn = (text: string) => text.match(JOB_WORDS)?.length ?? 0;

/** Whether a name names a kind of work ("SWE Intern"), so is a role rather than a company. */
export const namesKindOfWork = (text: string) => jobWordsIn(text) > 0;

/**
 * The company and the role a cell names, or null when it names one thing. Of two names around a
 * dash, bar or colon, the one naming more kinds of work (intern, engineer, analyst …) is the
 * role; when they name as many, the company comes first, as boards and trackers write it.
 */
export function splitCompanyAndRole(text: string): CompanyAndRole | null {
  const value = text.trim();
  const between = BETWEEN.exec(value);
  if (between) {
    const first = between[1]!.trim();
    const second = between[2]!.trim();
    if (first === '' || second === '') return null;
    return jobWordsIn(first) > jobWordsIn(second) ? { company: second, role: first } : { company: first, role: second };
  }
  const at = AT.exec(value);
  if (at) {
    const role = (at[1] ?? at[3]!).trim();
    const company = (at[2] ?? at[4]!).trim();
    return role === '' || company === '' ? null : { company, role };
  }
  return null;
}

/**
 * The marks Simplify's internship lists put on an entry, which students copy with the rows: 🔥
 * (a sought-after company), 🛂 (no sponsorship), 🇺🇸 (U.S. citizenship required), 🔒 (closed)
 * and 🎓 (an advanced degree required).
 */
const LIST_MARKS = /\s*(?:🔥|🛂|🇺🇸|🔒|🎓)\s*/gu;

/** A company or role without Simplify's marks; null when it has none. */
export function withoutListMarks(name: string): string | null {
  const stripped = name.replace(LIST_MARKS, ' ').trim();
  return stripped === name || stripped === '' ? null : stripped;
}

/** A cell holding only the lists' marks: 🔒 in SimplifyJobs' "Application" column, for a closed posting. */
export function isListMarksOnly(cell: string): boolean {
  return cell.trim() !== '' && cell.replace(LIST_MARKS, '') === '';
}

/** The sponsorship a role's marks say; null when it has neither 🇺🇸 nor 🛂. */
export function sponsorshipMarkedIn(role: string): Sponsorship | null {
  if (role.includes('🇺🇸')) return 'citizenship-required';
  if (role.includes('🛂')) return 'does-not-offer';
  return null;
}
