import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFailedPageHtml, loadFailedPageUrl } from '../../electron/main/loadFailedPage';
import { pageRecovery, type PageRecovery } from '../../electron/main/pageRecovery';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

let events: string[];
let recovery: PageRecovery;
/** The page as Electron would run it: each reload that crashes on load reports a failure. */
let crashesOnLoad: boolean;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-01T09:00:00Z') });
  events = [];
  crashesOnLoad = true;
  recovery = pageRecovery({
    now: () => Date.now(),
    timers: { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as number) },
    reload: () => {
      events.push(`reload at ${Date.now() - Date.parse('2026-03-01T09:00:00Z')} ms`);
      if (crashesOnLoad) recovery.failed('crashed');
    },
    showFailurePage: () => events.push(`failure page at ${Date.now() - Date.parse('2026-03-01T09:00:00Z')} ms`),
    log: () => {},
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a page that crashes', () => {
  it('is reloaded after 1 s, 2 s, 4 s, 8 s and 16 s, then shows the failure page instead of reloading forever', () => {
    recovery.failed('crashed');
    vi.advanceTimersByTime(60 * MINUTE);
    expect(events).toEqual([
      'reload at 1000 ms',
      'reload at 3000 ms',
      'reload at 7000 ms',
      'reload at 15000 ms',
      'reload at 31000 ms',
      'failure page at 31000 ms',
    ]);
  });

  it('is not reloaded before its wait is over', () => {
    recovery.failed('crashed');
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['reload at 1000 ms']);
  });

  it('counts two reports of one failure (did-fail-load, then render-process-gone) as one', () => {
    crashesOnLoad = false;
    recovery.failed('did not load');
    recovery.failed('the page stopped');
    vi.advanceTimersByTime(MINUTE);
    expect(events).toEqual(['reload at 1000 ms']);
  });

  it('is reloaded after 1 s each time when it crashes only now and then', () => {
    crashesOnLoad = false;
    for (let i = 0; i < 20; i += 1) {
      recovery.failed('crashed');
      vi.advanceTimersByTime(10 * MINUTE);
    }
    expect(events).toHaveLength(20);
    expect(events.every((event) => event.startsWith('reload'))).toBe(true);
    expect(events[19]).toBe(`reload at ${19 * 10 * MINUTE + SECOND} ms`);
  });

  it('waits longer again only for failures close together', () => {
    crashesOnLoad = false;
    recovery.failed('crashed');
    vi.advanceTimersByTime(2 * SECOND);
    recovery.failed('crashed');
    vi.advanceTimersByTime(10 * MINUTE);
    recovery.failed('crashed');
    vi.advanceTimersByTime(MINUTE);
    expect(events).toEqual([
      'reload at 1000 ms',
      'reload at 4000 ms',
      `reload at ${2 * SECOND + 10 * MINUTE + SECOND} ms`,
    ]);
  });

  it('is not reloaded once its window is closed', () => {
    recovery.failed('crashed');
    recovery.dispose();
    recovery.failed('crashed');
    vi.advanceTimersByTime(MINUTE);
    expect(events).toEqual([]);
  });
});

describe('the failure page', () => {
  const html = loadFailedPageHtml({ backupsDir: '/home/<ana>/Internship Tracker/backups', reloads: 5 });

  it('says the window failed to load, what to do, and where the backups are', () => {
    expect(html).toContain('The window could not load');
    expect(html).toContain('Quit Internship Tracker');
    expect(html).toContain('open it again');
    expect(html).toContain('Automatic backups are in <code>/home/&lt;ana&gt;/Internship Tracker/backups</code>');
  });

  it('is static: no script, nothing fetched, a policy that allows neither', () => {
    expect(html).not.toMatch(/<script|\son\w+=|src=|href=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(loadFailedPageUrl({ backupsDir: '/b', reloads: 5 })).toMatch(/^data:text\/html;charset=utf-8,/);
    expect(decodeURIComponent(loadFailedPageUrl({ backupsDir: '/b', reloads: 5 }).split(',')[1]!)).toBe(
      loadFailedPageHtml({ backupsDir: '/b', reloads: 5 }),
    );
  });
});
