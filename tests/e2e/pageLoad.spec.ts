// Loading the web build asks for nothing that is not there: no 404 in the console or the
// network panel on every start, and the tab shows the app's icon.
import { expect, test } from '../support/browserFixtures';

test('requests no URL that answers 404 while the page loads, the icon included', async ({ app }) => {
  const page = app.page;
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();

  // Headless Chromium does not always fetch the tab's icon by itself: fetch what the page names,
  // or /favicon.ico as a browser would when the page names none.
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons, 'the page names its icon').not.toEqual([]);
  for (const href of icons) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  expect(missing).toEqual([]);
});

test('loads the code of the other views and dialogs once started, so they open without waiting for it', async ({
  app,
}) => {
  const page = app.page;
  const laterCode = ['BoardView', 'CalendarView', 'DashboardView', 'CompareView', 'ReminderCentre', 'SettingsView'];
  const dialogs = ['CsvImportDialog', 'PastePostingDialog'];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const asked = (name: string) => scripts.some((path) => path.includes(`/${name}-`));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No applications yet' })).toBeVisible();
  expect([...laterCode, ...dialogs].filter(asked), 'none is asked for while the window starts').toEqual([]);

  // Once the window has started, every one is asked for in the page's idle moments.
  await expect.poll(() => [...laterCode, ...dialogs].filter((name) => !asked(name))).toEqual([]);
  const before = scripts.length;
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import from CSV' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Import from CSV' })).toBeHidden();
  await page.getByRole('button', { name: 'Paste posting' }).click();
  await expect(page.getByRole('dialog', { name: /Paste/ })).toBeVisible();
  expect(scripts.slice(before), 'opening them asked for no more code').toEqual([]);
});
