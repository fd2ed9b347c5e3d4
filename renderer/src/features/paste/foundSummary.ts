// One line on what the parser found so far, shown (and announced) while the user pastes or types.
import type { PostingDraft } from '@shared/posting/postingDraft';

const count = (n: number, word: string) => (n === 1 ? word : `${n} ${word}s`);

export function foundSummary(posting: PostingDraft): string {
  const found = [
    posting.company !== null && 'company',
    posting.title !== null && 'role',
    posting.source !== null && 'job site',
    posting.employmentType !== null && 'type',
    posting.term !== null && 'term',
    posting.workMode !== null && 'work mode',
    posting.locations.length > 0 && count(posting.locations.length, 'location'),
    posting.pay !== null && 'pay',
    posting.pay?.hoursPerWeek !== undefined && 'hours a week',
    posting.durationWeeks !== null && 'duration',
    posting.cohorts.length > 0 && count(posting.cohorts.length, 'cohort'),
    posting.deadline !== null && 'deadline',
    posting.postingUrl !== null && 'link',
    posting.sponsorship !== null && 'visa sponsorship',
  ].filter((word) => word !== false);
  return found.length === 0 ? 'Nothing found yet.' : `Found ${found.join(', ')}.`;
}
