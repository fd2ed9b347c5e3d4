import { describe, expect, it } from 'vitest';
import { SAMPLE_APPLICATION, sampleApplicationOn } from '@shared/sampleApplication';
import { validateApplication } from '@shared/validateApplication';
import { newApplication } from '@shared/newApplication';

describe('the sample', () => {
  it('is the 2026 posting as it stands while its first cohort is ahead', () => {
    expect(sampleApplicationOn('2026-03-02')).toBe(SAMPLE_APPLICATION);
    expect(sampleApplicationOn('2026-05-17')).toBe(SAMPLE_APPLICATION);
  });

  it('moves on by whole years once it has started, its term and title with it', () => {
    const later = sampleApplicationOn('2026-12-05');
    expect(later.term).toEqual({ season: 'summer', year: 2027, text: '' });
    expect(later.role).toBe("Master's Machine Learning Internship 2027 (USA)");
    expect(later.cohorts.map((c) => [c.start, c.end, c.label])).toEqual([
      ['2027-05-18', '2027-08-07', 'May cohort'],
      ['2027-06-15', '2027-09-04', 'June cohort'],
    ]);
    expect(sampleApplicationOn('2027-05-18').term!.year).toBe(2028);
    expect(sampleApplicationOn('2031-01-01').cohorts[0]!.start).toBe('2031-05-18');
    // Everything else, pay and places included, is the posting's.
    expect({ ...later, role: '', term: null, cohorts: [] }).toEqual({
      ...SAMPLE_APPLICATION,
      role: '',
      term: null,
      cohorts: [],
    });
    const app = newApplication(later, { id: 'sample', now: '2026-12-05T10:00:00Z' });
    expect(validateApplication(app).ok).toBe(true);
  });
});
