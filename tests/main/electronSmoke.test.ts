// Launches the built desktop app in real Electron and checks what only a real window can show.
// It runs where the Electron binary, a build (npm run build) and a display exist; elsewhere it
// is skipped and says why. CI does not depend on it: the binary is downloaded from GitHub,
// outside the npm registry, and is not available everywhere.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '@shared/desktopApi';
import { electronBinary } from '../../electron/launcher/start.mjs';

const root = path.resolve(__dirname, '../..');
const binary = electronBinary(path.join(root, 'node_modules', 'electron'));
const built = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'].every((f) =>
  existsSync(path.join(root, f)),
);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const skipReason = !binary
  ? 'the Electron binary is not installed (it is downloaded from GitHub, outside the npm registry)'
  : !built
    ? 'the app is not built (run npm run build first)'
    : !hasDisplay
      ? 'there is no display (run it under xvfb-run)'
      : null;
if (skipReason) console.info(`Electron smoke test skipped: ${skipReason}.`);

/** The page's global object, as seen from code evaluated in it. */
type PageGlobal = { desktop?: DesktopApi; require?: unknown; process?: unknown; location: { href: string } };

describe('the desktop app in real Electron', () => {
  it.skipIf(skipReason !== null)(
    `opens one secure window on app:// with the desktop API and nothing else${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    async () => {
      const userData = await mkdtemp(path.join(tmpdir(), 'smoke-user-data-'));
      const app = await _electron.launch({ executablePath: binary!, args: [root, `--user-data-dir=${userData}`] });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        expect(page.url()).toMatch(/^app:\/\/internship-tracker\//);
        expect(await page.title()).toBe('Internship Tracker');

        // contextBridge refuses to expose anything without context isolation, so `desktop`
        // being there also shows the window is isolated.
        const exposed = await page.evaluate(() => {
          const w = globalThis as unknown as PageGlobal;
          return { require: typeof w.require, process: typeof w.process, desktop: Object.keys(w.desktop ?? {}).sort() };
        });
        expect(exposed.require).toBe('undefined');
        expect(exposed.process).toBe('undefined');
        expect(exposed.desktop).toContain('applyReminderChanges');
        expect(await page.evaluate(() => (globalThis as unknown as PageGlobal).desktop!.getDesktopSettings())).toEqual({
          ok: true,
          value: { closeToTray: true, openAtLogin: false, trayHintShown: false },
        });

        expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

        const before = page.url();
        await page.evaluate(() => {
          (globalThis as unknown as PageGlobal).location.href = 'https://example.com/';
        });
        await page.waitForTimeout(500);
        expect(page.url()).toBe(before);
      } finally {
        await app.close();
        await rm(userData, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
