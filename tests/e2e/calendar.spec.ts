// The calendar end to end in Chromium: an application's date-only deadline, timed interview and
// cohort start on the right days in two time zones, the month grid by keyboard, Enter opening
// the application, axe on both views in light and dark, and screenshots of each.
import { chromium, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/browserFixtures';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import type { Application, ApplicationEvent } from '../../shared/application';
import { newApplication, type ApplicationFields } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';

// Monday, March 2, 2026 in Los Angeles (already Tuesday morning in Tokyo).
const NOW = new Date('2026-03-02T10:00:00-08:00');

const anEvent = (id: string, start: string, fields: Partial<ApplicationEvent> = {}): ApplicationEvent => ({
  id,
  kind: 'technical',
  title: '',
  start,
  durationMinutes: 60,
  location: '',
  people: '',
  notes: '',
  outcome: 'pending',
  ...fields,
});

function anApplication(id: string, fields: Partial<ApplicationFields>, stage = 'applied'): Application {
  return newApplication(
    { role: 'Software Engineering Intern', ...fields },
    { id, now: '2026-02-10T09:00:00-08:00', stage: stageById(DEFAULT_PIPELINE, stage)! },
  );
}

/**
 * Stripe: a deadline without a time (on March 16 everywhere), an interview at 17:30 in Los
 * Angeles, which is 09:30 the next morning in Tokyo, and a cohort starting March 30.
 */
const STRIPE = anApplication('stripe', {
  company: 'Stripe',
  deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-16', label: '', done: false }],
  events: [anEvent('tech', '2026-03-19T17:30:00-07:00')],
  cohorts: [{ id: 'spring', start: '2026-03-30', end: '2026-06-19', label: '' }],
});

/** A believable month of a student's season, for the screenshots. */
function aSeason(): Application[] {
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
    anApplication('ramp', {
      company: 'Ramp',
      deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-18', label: '', done: false }],
    }),
    anApplication('zillow', {
      company: 'Zillow',
      events: [anEvent('screen', '2026-03-18T10:00:00-07:00', { kind: 'phone-screen' })],
    }),
    ...generateApplications(26, NOW, 11),
  ];
}

/** Opens the app on a database holding `apps`, written before the read model loads. */
async function openWith(page: Page, apps: Application[]) {
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, apps);
  await page.reload();
  await page
    .getByRole('status')
    .filter({ hasText: `${apps.length} application` })
    .waitFor();
}

async function openCalendar(page: Page) {
  await page.keyboard.press('Control+3');
  const grid = page.getByRole('grid', { name: 'March 2026' });
  await expect(grid).toBeVisible();
  return grid;
}

const day = (page: Page, name: string) => page.getByRole('gridcell', { name: new RegExp(`^${name}`) });

let tokyoBrowser: Browser | null = null;
test.afterAll(async () => {
  await tokyoBrowser?.close();
});

test('shows a deadline, an interview and a cohort start on their days in Los Angeles and in Tokyo', async ({
  page,
  baseURL,
}) => {
  await openWith(page, [STRIPE]);
  await openCalendar(page);
  await expect(day(page, 'Monday, March 16, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Application deadline',
  );
  await expect(day(page, 'Thursday, March 19, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Technical interview, 17:30',
  );
  await expect(day(page, 'Friday, March 20, 2026, no items')).toHaveCount(1);
  await expect(day(page, 'Monday, March 30, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Internship starts',
  );
  // Weeks start on Sunday in the United States; today is marked.
  await expect(page.getByRole('columnheader').first()).toHaveAccessibleName('Sunday');
  await expect(page.locator('[aria-current="date"]')).toHaveAccessibleName(/^Monday, March 2, 2026/);

  tokyoBrowser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const tokyo = await tokyoBrowser.newContext({
    baseURL,
    timezoneId: 'Asia/Tokyo',
    locale: 'en-US',
    viewport: { width: 1360, height: 860 },
  });
  const tokyoPage = await tokyo.newPage();
  await openWith(tokyoPage, [STRIPE]);
  await openCalendar(tokyoPage);
  await expect(day(tokyoPage, 'Monday, March 16, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Application deadline',
  );
  await expect(day(tokyoPage, 'Thursday, March 19, 2026, no items')).toHaveCount(1);
  await expect(day(tokyoPage, 'Friday, March 20, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Technical interview, 09:30',
  );
  await expect(day(tokyoPage, 'Monday, March 30, 2026, 1 item').getByRole('button')).toHaveAccessibleName(
    'Stripe: Internship starts',
  );
  // It is already Tuesday there.
  await expect(tokyoPage.locator('[aria-current="date"]')).toHaveAccessibleName(/^Tuesday, March 3, 2026/);
  await tokyo.close();
});

test('moves through the month by keyboard, and Enter opens the application', async ({ page }) => {
  await openWith(page, [STRIPE]);
  await openCalendar(page);
  const focused = page.locator(':focus');

  await page.locator('[aria-current="date"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);
  await page.keyboard.press('End');
  await expect(focused).toHaveAccessibleName(/^Saturday, March 21, 2026, no items/);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);

  await page.keyboard.press('PageDown');
  await expect(page.getByRole('grid', { name: 'April 2026' })).toBeVisible();
  await expect(focused).toHaveAccessibleName(/^Thursday, April 16, 2026/);
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('grid', { name: 'March 2026' })).toBeVisible();
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);

  await page.keyboard.press('Enter');
  await expect(focused).toHaveAccessibleName('Stripe: Application deadline');
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Stripe' });
  await expect(details).toBeVisible();
  await expect(page.getByRole('grid', { name: 'March 2026' })).toBeVisible();

  // Closing the details brings focus back to the item that opened them.
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
  await expect(focused).toHaveAccessibleName('Stripe: Application deadline');
  await page.keyboard.press('Escape');
  await expect(focused).toHaveAccessibleName(/^Monday, March 16, 2026, 1 item/);
});

test('has no serious accessibility violations in either view, light or dark, and takes their screenshots', async ({
  page,
}) => {
  await openWith(page, aSeason());
  await openCalendar(page);
  await page.mouse.move(0, 0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-month-${colorScheme}.png`) });
  }

  await page.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('region', { name: 'Mar 2 – Mar 29, 2026' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-agenda-${colorScheme}.png`) });
  }

  // A day with more than fits, opened over the grid.
  await page.getByRole('button', { name: 'Month' }).click();
  await day(page, 'Wednesday, March 18, 2026, 5 items').getByRole('button', { name: '+3 more' }).click();
  // Focus goes to the first item that did not fit (whole-day ones come first, by company).
  await expect(page.locator(':focus')).toHaveAccessibleName('Ramp: Application deadline');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-day-open-${colorScheme}.png`) });
  }
  await page.keyboard.press('Escape');

  // The details beside the calendar.
  await page.getByRole('button', { name: 'Stripe: Technical interview, 17:30' }).click();
  await expect(page.getByRole('complementary', { name: 'Stripe' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join('test-results', `calendar-details-${colorScheme}.png`) });
  }
});
