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

/**
 * The desktop app's page without the bridge its preload exposes: a broken install. It must not
 * pass for the web build, whose notifications Electron refuses and whose backups stay inside.
 */
export function bridgeMissing(page: { desktop?: DesktopApi; navigator: { userAgent: string } }): boolean {
  return page.desktop === undefined && /\bElectron\//.test(page.navigator.userAgent);
}

export const desktop: DesktopApi = window.desktop ?? createBrowserDesktopApi();
