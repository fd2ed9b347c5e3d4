// Where the app's own pages come from: a custom `app://` scheme in production (the Electron
// security checklist advises against file://), the electron-vite dev server in development.
// Only pages from here may navigate the window or call the desktop API.

export const APP_SCHEME = 'app';
export const APP_HOST = 'internship-tracker';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppOrigin {
  /** The http(s) origin of the dev server, only while developing. */
  devServerOrigin: string | null;
}

/** The dev server origin from electron-vite's ELECTRON_RENDERER_URL, never in a packaged app. */
export function appOriginFor(rendererUrl: string | undefined, isPackaged: boolean): AppOrigin {
  if (isPackaged || !rendererUrl) return { devServerOrigin: null };
  const url = new URL(rendererUrl);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'http:' || !local)
    throw new Error(`The dev server must be on this machine over http (got ${rendererUrl})`);
  return { devServerOrigin: url.origin };
}

/** True for a page of the app itself. */
export function isAppUrl(raw: string, origin: AppOrigin): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // `app:` is not a special scheme to the URL parser, so its origin reads "null": compare parts.
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST && url.username === '' && url.password === '';
  return origin.devServerOrigin !== null && url.origin === origin.devServerOrigin;
}
