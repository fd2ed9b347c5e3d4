import { describe, expect, it } from 'vitest';
import {
  employmentTypeFromWord,
  priorityFromWord,
  statusFromWord,
  workModeFromWord,
} from '@shared/csv/vocabularyWords';

describe('statusFromWord', () => {
  it.each([
    ['Applied', 'applied'],
    ['Interview', 'interviewing'],
    ['Offer received', 'offer'],
    ['Offer Received!', 'offer'],
    ['Rejected', 'rejected'],
    ['Bookmarked', 'wishlist'],
    ['Saved', 'wishlist'],
    ['  wish-list ', 'wishlist'],
    ['Online Assessment', 'assessment'],
    ['OA', 'assessment'],
    ['Phone screen', 'interviewing'],
    ['Accepted offer', 'accepted'],
    ['Withdrew', 'withdrawn'],
    ['Declined offer', 'declined'],
    ['No response', 'ghosted'],
  ])('maps %j to %s', (word, status) => {
    expect(statusFromWord(word)).toBe(status);
  });

  it('does not guess an unknown word', () => {
    expect(statusFromWord('Pending decision by committee')).toBeNull();
  });
});

describe('other vocabularies', () => {
  it('maps work modes', () => {
    expect(workModeFromWord('On-site')).toBe('onsite');
    expect(workModeFromWord('Hybrid')).toBe('hybrid');
    expect(workModeFromWord('WFH')).toBe('remote');
    expect(workModeFromWord('Mars')).toBeNull();
  });

  it('maps employment types', () => {
    expect(employmentTypeFromWord('Intern')).toBe('internship');
    expect(employmentTypeFromWord('Co-op')).toBe('co-op');
    expect(employmentTypeFromWord('Full time')).toBe('full-time');
  });

  it('maps priorities and 1–5 excitement ratings', () => {
    expect(priorityFromWord('High')).toBe('high');
    expect(priorityFromWord('medium')).toBe('normal');
    expect(priorityFromWord('5')).toBe('high');
    expect(priorityFromWord('3')).toBe('normal');
    expect(priorityFromWord('1')).toBe('low');
    expect(priorityFromWord('0')).toBe('normal');
    expect(priorityFromWord('★★★★')).toBe('high');
    expect(priorityFromWord('7')).toBeNull();
  });
});
