// Long work runs off the page's thread, in real Chromium: with thousands of applications, a
// backup and a large CSV import's check run in workers, and no task of the page's thread uses
// more than 50 ms while they do (the page's PerformanceObserver for 'longtask', registered
// before, reports the tasks over 50 ms; a trace says how much of each was the page's own work).
// Job pages are read in workers too. The page's Content-Security-Policy lets it start the app's
// own workers and no others, and its Trusted Types make no string HTML or script.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { applicationsToCsv } from '../../shared/csv/csvExport';
import { DEFAULT_PIPELINE } from '../../shared/pipeline';
import { expect, test } from '../support/browserFixtures';
import { generateApplications } from '../support/generateApplications';
import { watchPageThread, type LongTask } from '../support/pageThreadTasks';
import { seedApplications } from '../support/seedDatabase';

const TRACKED = 3_000;

/** Seeds the tracker and waits until start-up's own work is done: the reminder count shows. */
async function openWithApplications(page: Page, apps: Application[]) {
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  await seedApplications(page, apps);
  await page.reload();
  await expect(page.getByRole('grid', { name: 'Applications' })).toBeVisible();
  // Planning the reminders of thousands of applications takes seconds on a busy machine.
  await expect(page.getByRole('navigation', { name: 'Views' }).getByText(/in the next 7 days/)).toBeAttached({
    timeout: 30_000,
  });
}

/** The tasks that used more than 50 ms of the page's thread: none is allowed while work runs. */
const overBudget = (tasks: LongTask[]) => tasks.filter((task) => task.cpu > 50);

const startedWorker = (page: Page, name: string) =>
  page.waitForEvent('worker', (w) => new RegExp(`/${name}\\.worker-[\\w-]+\\.js$`).test(w.url()));

test('backs up thousands of applications in a worker, no task of the page using 50 ms', async ({ page }) => {
  await openWithApplications(page, generateApplications(TRACKED, new Date()));
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups.getByText('No backups yet.')).toBeVisible();

  const watch = await watchPageThread(page);
  const worker = startedWorker(page, 'backup');
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await worker;
  await expect(backups.getByRole('row', { name: /Backed up by you/ })).toContainText('3,000 applications');
  expect(overBudget(await watch.stop())).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: 'Backed up 3,000 applications.' })).toBeVisible();
});

test('checks a large CSV file in a worker, no task of the page using 50 ms', async ({ page }, testInfo) => {
  const now = new Date();
  const tracked = generateApplications(TRACKED, now);
  await openWithApplications(page, tracked);
  // 5,000 new applications (a requisition number makes each role new), then 100 already tracked.
  const fresh = generateApplications(5_000, now, 7).map((app, i) => ({ ...app, role: `${app.role} (req. ${i})` }));
  // A file on disk, as a user chooses one: the browser reads it, no script of the test's in the page.
  const file = testInfo.outputPath('big.csv');
  await writeFile(file, applicationsToCsv([...fresh, ...tracked.slice(0, 100)], { pipeline: DEFAULT_PIPELINE, now }));
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  // Watched from the file's choice on: opening the dialog (its code loaded, the page made inert
  // behind it) is not the check.
  await expect(dialog.getByRole('button', { name: 'Choose a CSV file…' })).toBeVisible();

  const watch = await watchPageThread(page);
  const worker = startedWorker(page, 'csvImport');
  await dialog.getByLabel('Choose a CSV file…').setInputFiles(file);
  await worker;
  await expect(dialog.getByRole('status')).toHaveText('All 5,100 rows can be read; 100 are duplicates (below).', {
    timeout: 30_000,
  });
  expect(overBudget(await watch.stop())).toEqual([]);

  await expect(dialog).toContainText('big.csv: 5,100 rows, separated by commas.');
  const duplicates = dialog.getByRole('list', { name: 'Duplicate rows' });
  await expect(duplicates.getByRole('listitem').first()).toContainText('is already tracked');
  await expect(dialog.getByRole('button', { name: 'Import 5,000 applications' })).toBeEnabled();
});

test('reads job pages in a worker: a large one as it is typed in, and a saved one as it is chosen', async ({
  page,
}) => {
  const pinterest = readFileSync('tests/fixtures/postings/pinterest-ml-intern-2026.txt', 'utf8');
  const duties = pinterest.slice(
    pinterest.indexOf("What you'll do :"),
    pinterest.indexOf('  • What we are looking for :'),
  );
  const at = pinterest.indexOf('    The salary for this position');
  // Twice the length from which the dialog parses in a worker.
  const large = pinterest.slice(0, at) + duties.repeat(Math.ceil(200_000 / duties.length)) + pinterest.slice(at);

  await page.getByRole('button', { name: 'Paste posting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a job posting' });
  const parser = startedWorker(page, 'posting');
  // In one go, as a paste arrives (fill() would type it through the editor, which takes seconds).
  await dialog.getByLabel('Paste the whole job page here').evaluate((area: HTMLTextAreaElement, text) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, large);
  await parser;
  await expect(dialog.getByRole('status')).toHaveText(/^Found company, role, /);
  await dialog.getByRole('button', { name: 'Review proposed fields' }).click();
  await expect(dialog.getByLabel('Company')).toHaveValue('Pinterest');
  await expect(dialog.getByLabel('Pay as written')).toHaveValue('$11,000 monthly');

  await dialog.getByRole('button', { name: 'Change the text' }).click();
  const reader = startedWorker(page, 'posting');
  await dialog.getByLabel('Saved job page').setInputFiles('tests/fixtures/postings/workday-meridian-grid-jsonld.html');
  await reader;
  await expect(dialog.getByLabel('Company')).toHaveValue('Meridian Grid');
});

test('the page starts only its own workers: one from a blob: URL is refused', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(`${event.effectiveDirective} ${event.blockedURI}`),
          { once: true },
        );
        try {
          new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
        } catch (error) {
          resolve(String(error));
        }
      }),
  );
  expect(refused).toMatch(/^worker-src blob/);
});

test('script sinks take only the app’s own script URLs: no HTML from a string, no worker from elsewhere', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const outcomes = await page.evaluate(() => {
    const attempts: Record<string, () => unknown> = {
      html: () => (document.createElement('div').innerHTML = '<img src=x onerror="document.title=1">'),
      // Without Trusted Types the browser would refuse it too, but as a SecurityError.
      foreignWorker: () => new Worker('https://example.com/worker.js'),
    };
    return Object.entries(attempts).map(([name, attempt]) => {
      try {
        attempt();
        return `${name}: allowed`;
      } catch (error) {
        return `${name}: ${(error as Error).name}`;
      }
    });
  });
  expect(outcomes).toEqual(['html: TypeError', 'foreignWorker: TypeError']);
});

test('the page starts and saves an application without a security policy violation on its console', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  // Saving checks the record against its schemas, made by then if not before.
  await page.getByRole('button', { name: 'Add application' }).first().click();
  const editor = page.getByRole('dialog', { name: 'New application' });
  await editor.getByLabel('Company').fill('Razorpay');
  await editor.getByLabel('Role').fill('SDE Intern');
  await editor.getByRole('button', { name: 'Add application' }).click();
  await expect(page.getByRole('grid', { name: 'Applications' }).getByRole('row', { name: /Razorpay/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the watch on the page’s thread catches a task of the page’s that keeps it busy, not the test’s own', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  const watch = await watchPageThread(page);
  // A fixed amount of work, not of time (3,000 layouts of the page: a few hundred milliseconds of
  // CPU), first in the test's own command, as Playwright's queries of the page run, then in a task
  // of the page's own.
  const keepBusy = (inPageTask: boolean) => {
    const work = () => {
      let sum = 0;
      for (let i = 0; i < 3000; i += 1) {
        document.body.style.paddingTop = `${i % 2}px`;
        sum += document.body.offsetHeight;
      }
      return sum;
    };
    return inPageTask ? new Promise<number>((resolve) => setTimeout(() => resolve(work()), 0)) : work();
  };
  await page.evaluate(keepBusy, false);
  await page.evaluate(keepBusy, true);
  const tasks = await watch.stop();
  const [own, ...others] = overBudget(tasks);
  expect(others).toEqual([]);
  expect(own!.cpu).toBeGreaterThan(50);
  expect(tasks.filter((task) => task.harness > 50)).toHaveLength(1);
});
