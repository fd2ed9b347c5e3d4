// Three offers paid three ways, each best at something, for the comparison's unit, component and
// browser tests; amounts chosen so every figure can be worked out by hand (40 h/week, 52
// weeks/year, 12 months/year):
//
// Northwind: $50 an hour for 16 weeks is $2,000 a week, $8,666.67 a month, $32,000 in all; a
//   $1,000 monthly housing stipend over 16 weeks is 1,000 × 12 / 52 × 16 = $3,692.31; a $5,000
//   bonus. Total value $40,692.31. Answer by Sat Mar 7 (3 days after Mar 4). Sponsors visas.
// Globex: $9,000 a month over its chosen cohort, Jun 1 – Aug 21 (82 days, 12 weeks), is
//   9,000 × 12 / 52 = $2,076.92 a week, $51.92 an hour, $24,923.08 in all; housing $500 a week
//   × 12 = $6,000; a $600 gym allowance. Total value $31,523.08. Answer by Sat Mar 14, 17:00.
// Initech: $30,000 for 10 weeks is $3,000 a week, $75 an hour, $13,000 a month; $4,000 housing
//   in all, $1,500 relocation, a $5,000 bonus. Total value $40,500. Its answer was due Mar 2.
import type { Application } from '../../shared/application';
import { newApplication } from '../../shared/newApplication';

/** Wednesday, Mar 4, 2026, 10:00 in Los Angeles. */
export const NOW = new Date('2026-03-04T10:00:00-08:00');

const OFFER_STAGE = { id: 'offer', phase: 'offer' as const };

export function northwind(): Application {
  return newApplication(
    {
      company: 'Northwind',
      role: 'Backend Intern',
      workMode: 'remote',
      locations: ['Anywhere in the US'],
      durationWeeks: 16,
      pay: { min: 50, max: 50, currency: 'USD', period: 'hour', raw: '$50/hr' },
      deadlines: [{ id: 'answer', kind: 'offer-response', at: '2026-03-07', label: '', done: false }],
      offer: {
        currency: 'USD',
        offeredOn: '2026-02-28',
        housing: { type: 'stipend', amount: 1000, period: 'month' },
        relocation: null,
        signOnBonus: 5000,
        other: [],
        responseDeadlineId: 'answer',
        returnOfferProspects: '',
      },
      sponsorship: 'offers',
      excitement: 3,
      notes: 'Small team, lots of ownership.',
    },
    { id: 'northwind', now: '2026-02-28T09:00:00-08:00', stage: OFFER_STAGE },
  );
}

export function globex(): Application {
  return newApplication(
    {
      company: 'Globex',
      role: 'Data Science Intern',
      workMode: 'hybrid',
      locations: ['Chicago, IL', 'Austin, TX'],
      cohorts: [
        { id: 'june', start: '2026-06-01', end: '2026-08-21', label: 'June start' },
        { id: 'late', start: '2026-06-15', end: '2026-09-04', label: '' },
      ],
      chosenCohortId: 'june',
      pay: { min: 9000, max: 9000, currency: 'USD', period: 'month', raw: '$9,000 per month' },
      deadlines: [
        { id: 'apply', kind: 'application', at: '2026-01-15', label: '', done: true },
        { id: 'answer', kind: 'offer-response', at: '2026-03-14T17:00:00-07:00', label: '', done: false },
      ],
      offer: {
        currency: 'USD',
        offeredOn: '2026-03-01',
        housing: { type: 'stipend', amount: 500, period: 'week' },
        relocation: null,
        signOnBonus: null,
        other: [{ id: 'gym', label: 'Gym allowance', amount: 600 }],
        responseDeadlineId: 'answer',
        returnOfferProspects: '',
      },
      sponsorship: 'does-not-offer',
      excitement: 5,
    },
    { id: 'globex', now: '2026-03-01T09:00:00-08:00', stage: OFFER_STAGE },
  );
}

export function initech(): Application {
  return newApplication(
    {
      company: 'Initech',
      role: 'Platform Intern',
      workMode: 'onsite',
      locations: ['Austin, TX'],
      durationWeeks: 10,
      pay: { min: 30000, max: 30000, currency: 'USD', period: 'total', raw: '$30,000 for the summer' },
      deadlines: [{ id: 'answer', kind: 'offer-response', at: '2026-03-02', label: '', done: false }],
      offer: {
        currency: 'USD',
        offeredOn: '2026-02-20',
        housing: { type: 'stipend', amount: 4000, period: 'total' },
        relocation: 1500,
        signOnBonus: 5000,
        other: [],
        responseDeadlineId: 'answer',
        returnOfferProspects: '',
      },
      sponsorship: 'unknown',
      excitement: 4,
    },
    { id: 'initech', now: '2026-02-20T09:00:00-08:00', stage: OFFER_STAGE },
  );
}
