// A cell holding the company and the role together, as a Trello card's name or a sheet's one
// title column does: "Stripe - Software Engineering Intern", "Datadog: SWE Intern", "Google |
// STEP Intern", "Software Engineer Intern at Meta", "SWE Intern @ Ramp"; and the marks shared lists
// put on a company or a role ("🔥 Databricks", "Data Science Intern 🛂").
import type { Sponsorship } from '../application';
import { JOB_WORD } from '../jobWords';
import { comparableName } from '../normalizeWord';
import { stageWordOf } from './vocabularyWords';

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
 * A role cell that also names the row's company, which a column of its own gives ("SWE Intern @
 * Stripe", "Stripe - SWE Intern", "Stripe: SWE Intern" at Stripe): the role without it; null when
 * the cell names no other company than the row's, or another ("Software Engineer - Stripe Connect").
 * Companies compare as duplicates compare them, so "DATADOG" is Datadog.
 */
export function roleWithoutCompany(role: string, company: string): string | null {
  const split = splitCompanyAndRole(role);
  return split !== null && comparableName(split.company) === comparableName(company) ? split.role : null;
}

/** A short first part of a name, then a spaced dash or bar, or a colon: "Offer - ", "Apply: ". */
const OPENING = /^([^-–—|:]{1,30}?)(?:\s+[-–—|]\s+|:\s+)(.+)$/;

/**
 * A role opened by a status or action word, as a board's cards are named ("Offer - Two Sigma",
 * "Apply: Citadel SWE intern", "Interview - Stripe - SWE Intern"): the rest; null unless the whole
 * first part is a status word other trackers use and names no kind of work ("Research: Applied
 * Scientist Intern" is a role). The status column says where the application stands.
 */
export function roleAfterStatus(role: string): string | null {
  const opening = OPENING.exec(role.trim());
  if (opening === null) return null;
  const [, first, rest] = opening as unknown as [string, string, string];
  return isStatusAlone(first) ? rest.trim() : null;
}

/**
 * Whether a text is a status word other trackers use and nothing else ("Applied", "Offer"), not
 * a word that also names a kind of work or a team ("Research", "Test").
 */
export function isStatusAlone(text: string): boolean {
  return stageWordOf(text) !== null && !namesKindOfWork(text) && !ALSO_A_FIELD.test(text.trim());
}

/** Status words that also name a field or team a role belongs to: "Test - Automation Engineer Intern". */
const ALSO_A_FIELD =
  /^(?:tests?|testing|assessments?|assignments?|case stud(?:y|ies)|projects?|ideas?|drafts?|planning)$/i;

/**
 * A role as duplicates compare it beside its company, without the company's name at its start
 * or end ("Stripe SWE Intern", "SWE Intern at Stripe" at Stripe are "swe intern"): a card may
 * name the company, another card of the same posting not.
 */
export function roleBesideCompany(role: string, company: string): string {
  const name = comparableName(role);
  const own = comparableName(company);
  if (own === '') return name;
  const escaped = own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const around = new RegExp(
    `^${escaped}(?:\\s*[-–—|:]\\s*|\\s+)|(?:\\s*[-–—|]\\s*|\\s+(?:at|@)\\s+|\\s*@\\s*)${escaped}$`,
    'g',
  );
  const stripped = name.replace(around, '').trim();
  return stripped === '' ? name : stripped;
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
