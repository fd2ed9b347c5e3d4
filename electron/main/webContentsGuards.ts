// What no page may do: navigate the window away, open new windows, attach <webview>s, or use
// device permissions. Links to the web or to mail open outside the app instead.
import type { Session, WebContents } from 'electron';
import { isAppUrl, type AppOrigin } from './appOrigin';
import { externalUrl } from '@shared/externalUrl';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applied to every web contents the app creates (app 'web-contents-created'). */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const sendOut = (url: string) => {
    const parsed = externalUrl(url);
    if (parsed.ok) openExternal(parsed.value);
  };
  // Client-side routing never fires these; any real navigation is a link or an attack.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    sendOut(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url);
    return { action: 'deny' };
  });
}

/**
 * Permissions the app's own pages may use: keeping their database when the disk is low, and
 * copying text. Everything else (camera, location, clipboard reading, notifications: reminders
 * are shown by the main process) is refused, and nothing from elsewhere gets anything.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string, origin: AppOrigin): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, origin);
}

type GuardedSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>;

export function guardSessionPermissions(session: GuardedSession, origin: AppOrigin): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl ?? contents.getURL(), origin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin, origin),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}
