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
