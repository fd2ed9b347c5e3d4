// The renderer's only door to the desktop: the preload's API inside Electron, the browser
// implementation anywhere else.
import type { DesktopApi } from '@shared/desktopApi';
import { createBrowserDesktopApi } from './browserDesktopApi';

declare global {
  interface Window {
    /** Exposed by the Electron preload. */
    desktop?: DesktopApi;
  }
}

export const desktop: DesktopApi = window.desktop ?? createBrowserDesktopApi();
