// Realistic, reproducible applications in bulk for the benchmark, screenshots and tests: a
// student's tracker over several years. Terms run from four years back to next year, so dates
// lie in the past and the future: old internships are over (accepted, declined, rejected,
// ghosted, many of them archived), this season's are in the pipeline, next year's are on the
// wishlist. Past deadlines are mostly done, some left open; some deadlines carry a time.
//
// The same seed gives the same applications, and the first n of a longer list are the n of a
// shorter one, so a benchmark can seed 10,000 and import the next 9,000. Company, role and term
// never repeat within a list: a duplicate is only ever one made on purpose.
import { addDays, format } from 'date-fns';
import type { Application, ApplicationEvent, Deadline, WorkMode } from '../../shared/application';
import { newApplication } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';
import { withStageChange } from '../../shared/stageHistory';
import { parseTerm } from '../../shared/term';

const COMPANIES = [
  'Pinterest',
  'Stripe',
  'Figma',
  'Datadog',
  'Shopify',
  'Nestlé',
  'Airbnb',
  'Notion',
  'Atlassian',
  'Spotify',
  'Canva',
  'Duolingo',
  'Cloudflare',
  'Snowflake',
  'Rippling',
  'Ramp',
  'Palantir',
  'Jane Street',
  'Two Sigma',
  'Bloomberg',
  'Microsoft',
  'Google',
  'Meta',
  'Apple',
  'Amazon',
  'NVIDIA',
  'Tesla',
  'SpaceX',
  'Zillow',
  'Wayfair',
  'Société Générale',
  'Siemens',
  'Bosch',
  'SAP',
  'Zalando',
  'Klarna',
  'Adyen',
  'Booking.com',
  'ASML',
  'Philips',
  'Unilever',
  'L’Oréal',
  'Dassault Systèmes',
  'Criteo',
  'Mistral AI',
  'DeepMind',
  'Arm',
  'Revolut',
  'Monzo',
  'Wise',
  'Ocado',
  'Citadel',
  'Hudson River Trading',
  'Optiver',
  'IMC Trading',
  'Goldman Sachs',
  'Morgan Stanley',
  'McKinsey & Company',
  'Boston Consulting Group',
  'Deloitte',
];

const ROLES = [
  'Software Engineering Intern',
  'Machine Learning Intern',
  'Data Science Intern',
  'Product Design Intern',
  'Security Engineering Intern',
  'Quant Research Intern',
  'Infrastructure Intern',
  'Mobile Engineering Intern',
  'Backend Engineering Intern',
  'Frontend Engineering Intern',
  'Product Management Intern',
  'Research Scientist Intern',
  'Data Engineering Intern',
  'Site Reliability Intern',
  'Hardware Engineering Intern',
  'Business Analyst Intern',
];

const CITIES = [
  'San Francisco, CA',
  'Palo Alto, CA',
  'New York, NY',
  'Seattle, WA',
  'Austin, TX',
  'Boston, MA',
  'Toronto, ON',
  'London, UK',
  'Paris, France',
  'Zürich, Switzerland',
  'München, Germany',
  'Amsterdam, Netherlands',
];

const MODES: WorkMode[] = ['onsite', 'hybrid', 'remote'];
const TAGS = ['dream', 'referral', 'big-tech', 'finance', 'visa', 'remote-ok'];
const NOTES = [
  'Referral from a friend on the team.',
  'Recruiter reached out on LinkedIn.',
  'Met them at the career fair; ask about the return offer rate.',
  'Needs a cover letter and a transcript.',
  'Résumé v3 (ML focus).',
  'Hiring manager: research on recommender systems.',
];

/** Where each season's internships start (month, day) and how long they run. */
const SEASONS = [
  { name: 'Winter', month: 0, day: 6, weeks: 16 },
  { name: 'Spring', month: 3, day: 1, weeks: 12 },
  { name: 'Summer', month: 4, day: 18, weeks: 12 },
  { name: 'Fall', month: 8, day: 2, weeks: 16 },
] as const;

/** Four years back to next year. */
const YEARS_BACK = 4;
const YEARS = YEARS_BACK + 2;
const COMBINATIONS = COMPANIES.length * ROLES.length * SEASONS.length * YEARS;
/** Coprime with COMBINATIONS: i -> i * STRIDE mod COMBINATIONS visits every combination once. */
const STRIDE = 7919;

/** A small fast PRNG so every run generates the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stage of the default pipeline, by id. */
type StageId =
  | 'applied'
  | 'online-assessment'
  | 'phone-screen'
  | 'technical-interview'
  | 'final-round'
  | 'offer'
  | 'accepted'
  | 'rejected'
  | 'withdrawn'
  | 'declined'
  | 'ghosted';

/** How far through the pipeline an internship that is over got, the last step being where it ended. */
const ENDINGS: { weight: number; reached: StageId[] }[] = [
  { weight: 1, reached: ['applied', 'phone-screen', 'final-round', 'offer', 'accepted'] },
  { weight: 1, reached: ['applied', 'phone-screen', 'technical-interview', 'offer', 'declined'] },
  { weight: 5, reached: ['applied', 'online-assessment', 'rejected'] },
  { weight: 3, reached: ['applied', 'online-assessment', 'phone-screen', 'rejected'] },
  { weight: 5, reached: ['applied', 'ghosted'] },
  { weight: 1, reached: ['applied', 'online-assessment', 'withdrawn'] },
  // Left as they were when the season passed: the student never closed them.
  { weight: 2, reached: ['applied'] },
  { weight: 1, reached: [] },
];
/** The same for one whose application deadline has passed but whose internship has not begun. */
const GOING: { weight: number; reached: StageId[] }[] = [
  { weight: 3, reached: [] },
  { weight: 5, reached: ['applied'] },
  { weight: 2, reached: ['applied', 'online-assessment'] },
  { weight: 2, reached: ['applied', 'online-assessment', 'technical-interview'] },
  { weight: 1, reached: ['applied', 'phone-screen'] },
  { weight: 1, reached: ['applied', 'phone-screen', 'offer'] },
  { weight: 2, reached: ['applied', 'rejected'] },
];

/** Interview stages: each comes with its interview as an event. */
const INTERVIEWS: Partial<Record<StageId, ApplicationEvent['kind']>> = {
  'phone-screen': 'phone-screen',
  'technical-interview': 'technical',
  'final-round': 'final-round',
};

function weighted<T extends { weight: number }>(random: () => number, options: readonly T[]): T {
  let left = random() * options.reduce((sum, o) => sum + o.weight, 0);
  for (const option of options) {
    left -= option.weight;
    if (left < 0) return option;
  }
  return options.at(-1)!;
}

export function generateApplications(count: number, now: Date, seed = 42): Application[] {
  if (count > COMBINATIONS) throw new Error(`At most ${COMBINATIONS} distinct applications can be generated`);
  return Array.from({ length: count }, (_, i) => generateOne(i, now, seed));
}

function generateOne(i: number, now: Date, seed: number): Application {
  const random = mulberry32(Math.imul(seed, 0x9e3779b1) + i);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const stamp = (date: Date) => format(date, "yyyy-MM-dd'T'HH:mm:ssxxx");
  const day = (date: Date) => format(date, 'yyyy-MM-dd');
  const notAfterNow = (date: Date) => (date > now ? now : date);

  // Which company, role and term: every index its own combination.
  let combination = (i * STRIDE) % COMBINATIONS;
  const company = COMPANIES[combination % COMPANIES.length]!;
  combination = Math.floor(combination / COMPANIES.length);
  const role = ROLES[combination % ROLES.length]!;
  combination = Math.floor(combination / ROLES.length);
  const season = SEASONS[combination % SEASONS.length]!;
  const year = now.getFullYear() - YEARS_BACK + Math.floor(combination / SEASONS.length);

  // The internship's dates; a few postings name none, some have a second cohort a month later.
  const start = addDays(new Date(year, season.month, season.day), between(-10, 10));
  const weeks = season.weeks - between(0, 2) * 2;
  const cohorts = [];
  if (random() > 0.12)
    cohorts.push({ id: `c${i}-1`, start: day(start), end: day(addDays(start, weeks * 7 - 3)), label: '' });
  if (cohorts.length > 0 && random() < 0.25) {
    const later = addDays(start, 28);
    cohorts.push({ id: `c${i}-2`, start: day(later), end: day(addDays(later, weeks * 7 - 3)), label: 'Later cohort' });
  }
  const ended = addDays(start, weeks * 7);

  // Applications close two to five months before the start and were saved weeks before that.
  const deadline = addDays(start, -between(60, 150));
  const created = notAfterNow(addDays(deadline, -between(5, 60)));
  const over = now > deadline;
  const path: StageId[] =
    now > start
      ? weighted(random, ENDINGS).reached
      : over
        ? weighted(random, GOING).reached
        : random() < 0.45
          ? ['applied']
          : [];
  const withTime = random() < 0.3;
  const deadlines: Deadline[] = [
    {
      id: `d${i}-application`,
      kind: 'application',
      at: withTime
        ? stamp(new Date(deadline.getFullYear(), deadline.getMonth(), deadline.getDate(), 17))
        : day(deadline),
      label: '',
      // Mostly ticked off once past; some students leave them.
      done: over && random() < 0.8,
    },
  ];
  if (path.includes('online-assessment') || (!over && random() < 0.2)) {
    const due = addDays(deadline, between(7, 21));
    deadlines.push({
      id: `d${i}-assessment`,
      kind: 'assessment',
      at: stamp(new Date(due.getFullYear(), due.getMonth(), due.getDate(), between(9, 22))),
      label: 'Online assessment',
      done: now > due && random() < 0.85,
    });
  }
  if (path.includes('offer')) {
    const due = addDays(deadline, between(50, 70));
    deadlines.push({ id: `d${i}-offer`, kind: 'offer-response', at: day(due), label: '', done: now > due });
  }

  const monthly = 3000 + between(0, 90) * 100;
  const hourly = random() < 0.3;
  let app = newApplication(
    {
      company,
      role,
      term: parseTerm(`${season.name} ${year}`),
      workMode: pick(MODES),
      locations: [pick(CITIES), pick(CITIES)].filter((c, j, all) => all.indexOf(c) === j),
      pay: hourly
        ? {
            min: Math.round(monthly / 173),
            max: Math.round(monthly / 173),
            currency: 'USD',
            period: 'hour',
            raw: `$${Math.round(monthly / 173)}/hour`,
          }
        : {
            min: monthly,
            max: monthly,
            currency: 'USD',
            period: 'month',
            raw: `$${monthly.toLocaleString('en-US')}/month`,
          },
      durationWeeks: weeks,
      cohorts,
      chosenCohortId: cohorts.length > 1 && path.includes('offer') ? cohorts[0]!.id : null,
      deadlines,
      tags: random() < 0.35 ? [pick(TAGS)] : [],
      notes: random() < 0.3 ? pick(NOTES) : '',
      excitement: random() < 0.4 ? null : between(1, 5),
    },
    { id: `gen-${String(i).padStart(6, '0')}`, now: stamp(created) },
  );

  // Each step of the way, a few days to weeks after the last, never after now.
  let at = created;
  const events: ApplicationEvent[] = [];
  for (const [n, stageId] of path.entries()) {
    at = notAfterNow(addDays(at, stageId === 'applied' ? between(1, 5) : between(7, 25)));
    const stage = stageById(DEFAULT_PIPELINE, stageId)!;
    app = withStageChange(app, { id: `m${i}-${n}`, stage, at: stamp(at), note: '' }, stamp(at));
    const kind = INTERVIEWS[stageId];
    if (kind) {
      const on = addDays(at, between(3, 10));
      events.push({
        id: `e${i}-${n}`,
        kind,
        title: '',
        start: stamp(new Date(on.getFullYear(), on.getMonth(), on.getDate(), between(9, 16), 30)),
        durationMinutes: 45,
        location: 'https://meet.example.com/interview',
        people: 'Recruiter and an engineer from the team',
        notes: '',
        outcome: on > now ? 'pending' : 'passed',
      });
    }
  }
  if (events.length > 0) app = { ...app, events };

  // Half the internships that are over were archived a while after they ended.
  if (now > ended && random() < 0.5) {
    const archived = stamp(notAfterNow(addDays(ended, between(1, 90))));
    app = { ...app, archivedAt: archived, updatedAt: archived };
  }
  return app;
}
