// The sample offered on the empty screen: the Pinterest posting from the design's reference case.
import type { CalendarDate } from './calendarDate';
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

/**
 * The sample as of `today`: the 2026 posting, moved on by whole years once its first cohort has
 * started, so that what it shows (dates ahead, reminders, the next date) is ahead of the student.
 */
export function sampleApplicationOn(today: CalendarDate): ApplicationFields {
  const firstStart = SAMPLE_APPLICATION.cohorts[0]!.start;
  let years = 0;
  while (laterBy(firstStart, years) <= today) years++;
  if (years === 0) return SAMPLE_APPLICATION;
  const year = SAMPLE_APPLICATION.term!.year! + years;
  return {
    ...SAMPLE_APPLICATION,
    role: SAMPLE_APPLICATION.role.replace(String(SAMPLE_APPLICATION.term!.year), String(year)),
    term: { ...SAMPLE_APPLICATION.term!, year },
    cohorts: SAMPLE_APPLICATION.cohorts.map((c) => ({
      ...c,
      start: laterBy(c.start, years),
      end: laterBy(c.end, years),
    })),
  };
}

/** The same day `years` later (the sample's days are none of them February 29). */
function laterBy(date: CalendarDate, years: number): CalendarDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
