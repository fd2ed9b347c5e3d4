// The applications the views' browser tests open the app on, shared with the README's screenshots
// (tests/screenshots/readme.spec.ts) so that the pictures show the data the tests check: the
// board's season, the calendar's month, the dashboard's search (tests/support/handMadeSearch.ts)
// made busier, and the table the offers (tests/support/threeOffers.ts) are compared from.
import type { Application, ApplicationEvent } from '../../shared/application';
import { newApplication, type ApplicationFields } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';
import { parseTerm } from '../../shared/term';
import { anEvent as event } from './anEvent';
import { generateApplications } from './generateApplications';
import { HAND_MADE_NOW, handMadeSearch } from './handMadeSearch';
import { globex, initech, northwind } from './threeOffers';

/** Monday, March 2, 2026, 10:00 in Los Angeles (already Tuesday morning in Tokyo): the board's and calendar's now. */
export const SEASON_NOW = new Date('2026-03-02T10:00:00-08:00');

// ---------------------------------------------------------------------------------------------
// The board

/**
 * Realistic data for the board: 61 applications across the pipeline, with excitement and tags,
 * one of them on the wishlist with its deadline to apply this week.
 */
export function boardSeason(): Application[] {
  const TAGS = [['dream'], ['fintech'], ['ml', 'referral'], [], ['remote-ok'], []];
  const generated = generateApplications(60, SEASON_NOW, 11).map((app, i) => ({
    ...app,
    excitement: (i % 5) + 1,
    tags: TAGS[i % TAGS.length]!,
    term: parseTerm('Summer 2026'),
  }));
  const dueThisWeek = anApplication(
    'due-this-week',
    {
      company: 'Duolingo',
      term: parseTerm('Summer 2026'),
      excitement: 4,
      tags: ['remote-ok'],
      deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-05', label: '', done: false }],
    },
    'wishlist',
  );
  return [...generated, dueThisWeek];
}

// ---------------------------------------------------------------------------------------------
// The calendar

/** An hour's event, unless a test says otherwise. */
const anEvent = (id: string, start: string, fields: Partial<ApplicationEvent> = {}): ApplicationEvent =>
  event(id, start, { durationMinutes: 60, ...fields });

function anApplication(id: string, fields: Partial<ApplicationFields>, stage = 'applied'): Application {
  return newApplication(
    { role: 'Software Engineering Intern', ...fields },
    { id, now: '2026-02-10T09:00:00-08:00', stage: stageById(DEFAULT_PIPELINE, stage)! },
  );
}

/**
 * The calendar's Stripe: an assessment due without a time (on March 16 everywhere), an interview at
 * 17:30 in Los Angeles, which is 09:30 the next morning in Tokyo, and a cohort starting March 30.
 */
export const STRIPE = anApplication('stripe', {
  company: 'Stripe',
  deadlines: [{ id: 'oa', kind: 'assessment', at: '2026-03-16', label: '', done: false }],
  events: [anEvent('tech', '2026-03-19T17:30:00-07:00')],
  cohorts: [{ id: 'spring', start: '2026-03-30', end: '2026-06-19', label: '' }],
});

/** A believable month of a student's season for the calendar, Stripe's among it. */
export function calendarSeason(): Application[] {
  return [
    STRIPE,
    anApplication(
      'pinterest',
      {
        company: 'Pinterest',
        role: "Master's Machine Learning Internship 2026 (USA)",
        events: [
          anEvent('oa', '2026-03-05T17:00:00-08:00', { kind: 'online-assessment' }),
          anEvent('screen', '2026-03-12T10:00:00-07:00', { kind: 'phone-screen' }),
        ],
        followUp: { on: '2026-03-09', note: 'Thank the recruiter', done: false },
      },
      'online-assessment',
    ),
    anApplication('figma', {
      company: 'Figma',
      role: 'Product Design Intern',
      deadlines: [
        { id: 'portfolio', kind: 'assessment', at: '2026-03-04T23:59:00-08:00', label: 'Portfolio review', done: true },
        { id: 'apply', kind: 'application', at: '2026-03-20', label: '', done: false },
      ],
    }),
    anApplication(
      'datadog',
      {
        company: 'Datadog',
        events: [
          anEvent('superday', '2026-03-24T09:00:00-07:00', { kind: 'final-round' }),
          anEvent('behavioural', '2026-03-10T14:00:00-07:00', { kind: 'behavioural', outcome: 'cancelled' }),
        ],
      },
      'technical-interview',
    ),
    anApplication(
      'shopify',
      {
        company: 'Shopify',
        deadlines: [{ id: 'offer', kind: 'offer-response', at: '2026-03-27T17:00:00-07:00', label: '', done: false }],
        cohorts: [{ id: 'may', start: '2026-05-04', end: '2026-08-21', label: '' }],
      },
      'offer',
    ),
    anApplication('notion', {
      company: 'Notion',
      events: [anEvent('info', '2026-03-11T18:00:00-07:00', { kind: 'info-session' })],
      followUp: { on: '2026-03-18', note: '', done: false },
    }),
    anApplication('cloudflare', {
      company: 'Cloudflare',
      role: 'Systems Engineering Intern',
      deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-18', label: '', done: false }],
    }),
    anApplication('canva', {
      company: 'Canva',
      role: 'Frontend Engineering Intern',
      events: [anEvent('oa', '2026-03-18T16:00:00-07:00', { kind: 'online-assessment' })],
    }),
    // Two more on March 18, so that its cell has more than fits.
    // Not applied to yet: its deadline to apply is open.
    anApplication(
      'ramp',
      {
        company: 'Ramp',
        deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-18', label: '', done: false }],
      },
      'wishlist',
    ),
    anApplication('zillow', {
      company: 'Zillow',
      events: [anEvent('screen', '2026-03-18T10:00:00-07:00', { kind: 'phone-screen' })],
    }),
    ...generateApplications(26, SEASON_NOW, 11),
  ];
}

// ---------------------------------------------------------------------------------------------
// The dashboard (at tests/support/handMadeSearch.ts's HAND_MADE_NOW)

/**
 * The hand-made search in a busier season: generated applications still waiting for an answer.
 * (Generated ones further on moved the day they went out, which would read as answers on the
 * same day.)
 */
export function busierHandMadeSearch(): Application[] {
  const waiting = generateApplications(120, HAND_MADE_NOW, 11).filter((app) => app.phase === 'applied');
  return [...handMadeSearch(), ...waiting];
}

// ---------------------------------------------------------------------------------------------
// The offer comparison (at tests/support/threeOffers.ts's NOW)

/** The three offers of tests/support/threeOffers.ts and two applications that are not offers, so the table has more than the offers in it. */
export function offersAmongOthers(): Application[] {
  return [
    northwind(),
    globex(),
    initech(),
    newApplication(
      { company: 'Acme', role: 'Security Intern', locations: ['Denver, CO'] },
      { id: 'acme', now: '2026-02-01T09:00:00-08:00' },
    ),
    newApplication(
      { company: 'Umbrella', role: 'Biotech Data Intern', locations: ['Boston, MA'] },
      { id: 'umbrella', now: '2026-02-02T09:00:00-08:00', stage: { id: 'applied', phase: 'applied' } },
    ),
  ];
}
