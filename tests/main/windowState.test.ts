import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreWindowState, revealWindow, windowStateToSave } from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoring the window position', () => {
  it('puts the window back where it was when that is visible', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(restoreWindowState(saved, [laptop, external], laptop)).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 900 },
      maximized: true,
    });
  });

  it('centres it on the primary display when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(restoreWindowState(saved, [laptop], laptop)).toEqual({
      bounds: { x: 20, y: 0, width: 1400, height: 875 },
      maximized: false,
    });
  });

  it('moves and shrinks a window hanging off its display back inside it', () => {
    const saved = { x: 1000, y: 600, width: 2000, height: 500, maximized: false };
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 0, y: 375, width: 1440, height: 500 });
  });

  it('opens at the default size, centred, when nothing valid was saved', () => {
    for (const saved of [null, undefined, {}, { x: 'a' }, { x: 1, y: 1, width: -5, height: 10, maximized: false }]) {
      expect(restoreWindowState(saved, [laptop], laptop)).toEqual({
        bounds: {
          x: Math.round((1440 - DEFAULT_SIZE.width) / 2),
          y: Math.round((875 - DEFAULT_SIZE.height) / 2),
          ...DEFAULT_SIZE,
        },
        maximized: false,
      });
    }
  });

  it('fits a small screen even below the minimum window size', () => {
    const tiny = { x: 0, y: 0, width: 640, height: 400 };
    expect(restoreWindowState(null, [tiny], tiny).bounds).toEqual({ x: 0, y: 0, width: 640, height: 400 });
  });

  it('saves whole pixels of the unmaximised bounds', () => {
    expect(windowStateToSave({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 701,
      maximized: true,
    });
  });
});

describe('showing a new window', () => {
  /** A window that records what was done to it, showing itself when maximised as Electron's does. */
  function aWindow() {
    const events = new EventEmitter();
    const done: string[] = [];
    const win = {
      visible: false,
      maximize() {
        done.push('maximize');
        if (!win.visible) win.show();
      },
      show() {
        done.push('show');
        win.visible = true;
        events.emit('show');
      },
      once: (event: string, listener: () => void) => events.once(event, listener),
    };
    return { win, done, drawn: () => events.emit('ready-to-show') };
  }

  it('shows it once drawn, maximised as it was left', () => {
    const { win, done, drawn } = aWindow();
    revealWindow(win, { maximized: true, hidden: false });
    drawn();
    expect(win.visible).toBe(true);
    expect(done[0]).toBe('maximize');
  });

  it('keeps a window started at login hidden, maximised only once it is first shown', () => {
    const { win, done, drawn } = aWindow();
    revealWindow(win, { maximized: true, hidden: true });
    drawn();
    expect(win.visible).toBe(false);
    expect(done).toEqual([]);
    win.show(); // from the tray
    expect(done).toEqual(['show', 'maximize']);
  });
});
