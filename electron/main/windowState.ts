// The window's size and position, remembered between runs and put back only where it is
// fully visible: a display may have been unplugged or changed resolution since.
import type { Rectangle } from 'electron';
import { z } from '@shared/zod';

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_SIZE = { width: 720, height: 480 };

const savedSchema = z.object({
  x: z.number().int().finite(),
  y: z.number().int().finite(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof savedSchema>;

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function fitInto(rect: Rectangle, area: Rectangle): Rectangle {
  const width = clamp(rect.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(rect.height, Math.min(MIN_SIZE.height, area.height), area.height);
  return {
    width,
    height,
    x: clamp(rect.x, area.x, area.x + area.width - width),
    y: clamp(rect.y, area.y, area.y + area.height - height),
  };
}

function centredIn(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const fitted = fitInto({ x: area.x, y: area.y, ...size }, area);
  return {
    ...fitted,
    x: area.x + Math.round((area.width - fitted.width) / 2),
    y: area.y + Math.round((area.height - fitted.height) / 2),
  };
}

/**
 * Where to open the window: the saved place moved and shrunk into the display it mostly was
 * on, or centred on the primary display when it is on none of them (or nothing valid was saved).
 */
export function restoreWindowState(
  saved: unknown,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): { bounds: Rectangle; maximized: boolean } {
  const parsed = savedSchema.safeParse(saved);
  if (!parsed.success) return { bounds: centredIn(DEFAULT_SIZE, primaryWorkArea), maximized: false };
  const { maximized, ...rect } = parsed.data;
  let best: Rectangle | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(rect, area);
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
  }
  return { bounds: best ? fitInto(rect, best) : centredIn(rect, primaryWorkArea), maximized };
}

/** What to save: the normal (unmaximised) bounds and whether the window was maximised. */
export function windowStateToSave(normalBounds: Rectangle, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}

/** The parts of a window that first showing it uses. */
export interface RevealedWindow {
  maximize(): void;
  show(): void;
  once(event: 'ready-to-show' | 'show', listener: () => void): unknown;
}

/**
 * Shows a new window once it is drawn, maximised as it was left. One started hidden (at login,
 * in the tray) is maximised only when it is first shown: maximize() shows a hidden window.
 */
export function revealWindow(win: RevealedWindow, { maximized, hidden }: { maximized: boolean; hidden: boolean }) {
  if (hidden) {
    if (maximized) win.once('show', () => win.maximize());
    return;
  }
  if (maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
}
