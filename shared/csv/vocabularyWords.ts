// The words other trackers and spreadsheets use for our vocabularies (status, work mode,
// employment type, priority), matched case-, spacing- and punctuation-insensitively.
import type { EmploymentType, Priority, Status, WorkMode } from '../application';

/** "Offer received!" -> "offer received". */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lookup<T extends string>(table: Record<T, readonly string[]>): (text: string) => T | null {
  const byWord = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    byWord.set(normalizeWord(value), value);
    for (const word of words) byWord.set(normalizeWord(word), value);
  }
  return (text) => byWord.get(normalizeWord(text)) ?? null;
}

/** Status words; a word not listed is unknown (the importer warns and picks a default). */
export const statusFromWord = lookup<Status>({
  wishlist: [
    'wish list',
    'bookmarked',
    'bookmark',
    'saved',
    'interested',
    'to apply',
    'not applied',
    'not yet applied',
    'planned',
    'planning',
    'idea',
    'watching',
    'researching',
    'draft',
    'prospect',
  ],
  applied: [
    'application sent',
    'application submitted',
    'submitted',
    'sent',
    'in review',
    'under review',
    'pending',
    'waiting',
    'awaiting response',
    'apply',
  ],
  assessment: [
    'online assessment',
    'oa',
    'coding challenge',
    'coding test',
    'test',
    'take home',
    'assignment',
    'hackerrank',
    'codesignal',
    'case study',
  ],
  interviewing: [
    'interview',
    'interviews',
    'interviewed',
    'interview scheduled',
    'phone screen',
    'screening',
    'phone interview',
    'technical interview',
    'onsite interview',
    'final round',
    'superday',
  ],
  offer: ['offer received', 'offered', 'got offer', 'offer extended', 'offer pending'],
  accepted: ['accepted offer', 'offer accepted', 'hired', 'signed'],
  rejected: ['rejection', 'not selected', 'no offer', 'unsuccessful', 'denied'],
  withdrawn: ['withdrew', 'withdraw', 'withdrew application', 'application withdrawn'],
  declined: ['declined offer', 'offer declined', 'turned down offer', 'turned down'],
  ghosted: ['no response', 'no reply', 'never heard back', 'no answer'],
});

export const workModeFromWord = lookup<WorkMode>({
  onsite: ['on site', 'on-site', 'in office', 'in-office', 'in person', 'in-person', 'office'],
  hybrid: ['partly remote', 'flexible'],
  remote: ['fully remote', 'remote first', 'wfh', 'work from home'],
});

export const employmentTypeFromWord = lookup<EmploymentType>({
  internship: ['intern', 'internship', 'summer internship'],
  'co-op': ['coop', 'co op', 'cooperative education'],
  'part-time': ['part time', 'parttime'],
  'full-time': ['full time', 'fulltime', 'new grad'],
});

const priorityWord = lookup<Priority>({
  low: ['lowest', 'meh'],
  // 0 is an unrated excitement in spreadsheet trackers.
  normal: ['medium', 'mid', 'average', 'default', '0'],
  high: ['highest', 'top', 'dream', 'urgent'],
});

/**
 * Priority words, or an excitement rating of 1–5 (numbers or stars, as spreadsheet trackers
 * keep it): 4–5 is high, 3 normal, 1–2 low.
 */
export function priorityFromWord(text: string): Priority | null {
  const trimmed = text.trim();
  const stars = /^[★⭐*]+$/u.test(trimmed) ? [...trimmed].length : null;
  const rating = stars ?? (/^[1-5](\.0+)?$/.test(trimmed) ? Number(trimmed) : null);
  if (rating !== null && rating >= 1 && rating <= 5) return rating >= 4 ? 'high' : rating === 3 ? 'normal' : 'low';
  return priorityWord(trimmed);
}
