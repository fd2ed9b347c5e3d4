// The sample offered on the empty screen: the Pinterest posting from the design's reference case.
import type { ApplicationFields } from './newApplication';
import { EMPTY_FIELDS } from './newApplication';

export const SAMPLE_APPLICATION: ApplicationFields = {
  ...EMPTY_FIELDS,
  company: 'Pinterest',
  role: "Master's Machine Learning Internship 2026 (USA)",
  source: 'Talent.com',
  employmentType: 'internship',
  term: { season: 'summer', year: 2026, text: '' },
  locations: ['San Francisco, CA', 'Palo Alto, CA', 'New York, NY', 'Seattle, WA'],
  workMode: 'hybrid',
  cohorts: [
    { id: 'cohort-may', start: '2026-05-18', end: '2026-08-07', label: 'May cohort' },
    { id: 'cohort-june', start: '2026-06-15', end: '2026-09-04', label: 'June cohort' },
  ],
  durationWeeks: 12,
  pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
  notes: 'Apply once within the USA or Canada; considered for multiple ML teams.',
  tags: ['ml'],
};
