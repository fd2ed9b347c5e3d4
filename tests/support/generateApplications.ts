// Realistic, reproducible applications in bulk for the benchmark and screenshots.
import { addDays, format } from 'date-fns';
import type { Application, WorkMode } from '../../shared/application';
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
];
const CITIES = [
  'San Francisco, CA',
  'New York, NY',
  'Seattle, WA',
  'Austin, TX',
  'Toronto, ON',
  'London, UK',
  'Remote',
];
const STAGES = [
  'wishlist',
  'applied',
  'applied',
  'online-assessment',
  'phone-screen',
  'technical-interview',
  'offer',
  'rejected',
  'ghosted',
].map((id) => stageById(DEFAULT_PIPELINE, id)!);
const MODES: WorkMode[] = ['onsite', 'hybrid', 'remote'];

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

export function generateApplications(count: number, now: Date, seed = 42): Application[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const stamp = (date: Date) => format(date, "yyyy-MM-dd'T'HH:mm:ssxxx");
  const day = (offset: number) => format(addDays(now, offset), 'yyyy-MM-dd');

  return Array.from({ length: count }, (_, i) => {
    const created = addDays(now, -Math.floor(random() * 120));
    const start = 30 + Math.floor(random() * 200);
    const monthly = 4000 + Math.round(random() * 80) * 100;
    let app = newApplication(
      {
        company: pick(COMPANIES),
        role: pick(ROLES),
        term: parseTerm('Summer 2027'),
        workMode: pick(MODES),
        locations: [pick(CITIES), pick(CITIES)].filter((c, j, all) => all.indexOf(c) === j),
        pay: {
          min: monthly,
          max: monthly,
          currency: 'USD',
          period: 'month',
          raw: `$${monthly.toLocaleString('en-US')}/month`,
        },
        durationWeeks: 12,
        cohorts: [{ id: `c${i}`, start: day(start), end: day(start + 81), label: '' }],
        deadlines: [
          { id: `d${i}`, kind: 'application', at: day(Math.floor(random() * 60) - 10), label: '', done: false },
        ],
        tags: random() < 0.3 ? ['dream'] : [],
        notes: random() < 0.2 ? 'Referral from a friend on the team.' : '',
      },
      { id: `gen-${String(i).padStart(6, '0')}`, now: stamp(created) },
    );
    const stage = pick(STAGES);
    if (stage.id !== 'wishlist') {
      const at = stamp(addDays(created, 3));
      app = withStageChange(app, { id: `m${i}`, stage, at, note: '' }, at);
    }
    return app;
  });
}
