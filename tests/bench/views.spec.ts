// Opening the views beside the table with 10,000 applications loaded, each by its shortcut from
// the table: board-open (Ctrl+2 until the first card is on screen), calendar-month (Ctrl+3 until
// the month grid shows today), calendar-next-month ("Next month" until the next month's grid
// shows) and dashboard-open (Ctrl+4 until the funnel's table counts every application shown).
// The app has every row in memory by then; the baseline is the same rows read raw, one getAll in
// the same page, taking turns with the app. board-open-cold: Ctrl+2 right after a reload, as soon
// as the window is there, while the rows are still being read (reported only).
import { expect, test } from '@playwright/test';
import { generateApplications } from '../support/generateApplications';
import {
  backToToday,
  nextMonth,
  openBoard,
  openCalendar,
  openDashboard,
  showApplications,
  take,
} from '../support/userActions';
import { backUpFirst, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { quiet, timeStep } from './pageProbes';
import { rawReadAll } from './rawBaselines';

const COUNT = 10_000;
const REPEATS = 7;
const COLD_LOADS = 3;

test(`opening the board, calendar and dashboard with ${COUNT.toLocaleString('en-US')} applications`, async ({
  baseURL,
}, testInfo) => {
  const today = new Date();
  const apps = generateApplications(COUNT, today);
  // The dashboard counts every application the table shows (all time, no filter): its funnel
  // starts with all of them as saved, since every application was saved first.
  const shown = apps.filter((app) => app.archivedAt === null).length;
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page } = browser;
    await seedEmptyApp(page, apps);
    await loadSettled(page);
    await backUpFirst(page);

    const times = { board: [] as number[], month: [] as number[], next: [] as number[], dashboard: [] as number[] };
    const raw: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      await quiet(page);
      times.board.push((await timeStep(page, openBoard(page))).ms);
      await take(showApplications(page));
      await quiet(page);
      times.month.push((await timeStep(page, openCalendar(page))).ms);
      await quiet(page);
      times.next.push((await timeStep(page, nextMonth(page, today))).ms);
      await take(backToToday(page, today));
      await take(showApplications(page));
      await quiet(page);
      times.dashboard.push((await timeStep(page, openDashboard(page, shown))).ms);
      await take(showApplications(page));
      await quiet(page);
      raw.push(await rawReadAll(page));
    }

    // Cold: the window is there (the database open), the rows not all read yet.
    const cold: number[] = [];
    const coldRaw: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      await page.reload();
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
      cold.push((await timeStep(page, openBoard(page))).ms);
      // Start-up over before the raw read: the reminder plan is checked 1.5 s after start-up (and
      // written only if something changed), so quiet for longer than that.
      await quiet(page, 3_000);
      coldRaw.push(await rawReadAll(page));
    }
    expect(times.dashboard).toHaveLength(REPEATS);

    const asRead = [{ field: 'ratio', max: 1.5, against: 'a raw read of the same rows' }] as const;
    await recordMetrics(testInfo, [
      metric('board-open', { samples: times.board, baseline: raw, limits: [...asRead], note: 'Ctrl+2, warm' }),
      metric('board-open-cold', {
        samples: cold,
        baseline: coldRaw,
        note: 'Ctrl+2 at once after a reload',
      }),
      metric('calendar-month', { samples: times.month, baseline: raw, limits: [...asRead], note: 'Ctrl+3, warm' }),
      metric('calendar-next-month', {
        samples: times.next,
        baseline: raw,
        limits: [{ field: 'value_ms', max: 100 }],
      }),
      metric('dashboard-open', {
        samples: times.dashboard,
        baseline: raw,
        limits: [...asRead],
        note: 'Ctrl+4, warm',
      }),
    ]);
  } finally {
    await browser.close();
  }
});
