import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { appOriginFor } from '../../electron/main/appOrigin';
import { guardSessionPermissions, guardWebContents, permissionAllowed } from '../../electron/main/webContentsGuards';

type Listener = (event: { preventDefault: () => void; defaultPrevented: boolean }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, url: string) => {
    const e = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    listeners.get(event)?.(e, url);
    return e.defaultPrevented;
  };
  return {
    contents: contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
    fire,
    open: (url: string) => openHandler!({ url }),
  };
}

describe('navigation and new windows', () => {
  it('stops every navigation and opens web links in the browser instead', () => {
    const opened: string[] = [];
    const page = fakeContents();
    guardWebContents(page.contents, (url) => opened.push(url));
    expect(page.fire('will-navigate', 'https://example.com/job')).toBe(true);
    expect(page.fire('will-navigate', 'app://internship-tracker/other.html')).toBe(true);
    expect(page.fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(page.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(page.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(page.fire('will-attach-webview', '')).toBe(true);
    expect(opened).toEqual(['https://example.com/job']);
  });

  it('denies every new window, sending only web and mail links out', () => {
    const opened: string[] = [];
    const page = fakeContents();
    guardWebContents(page.contents, (url) => opened.push(url));
    for (const url of [
      'https://example.com/',
      'mailto:a@example.com',
      'file:///C:/Windows/calc.exe',
      'smb://host/share',
      'about:blank',
    ]) {
      expect(page.open(url), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/', 'mailto:a@example.com']);
  });
});

describe('permissions', () => {
  const origin = appOriginFor(undefined, true);

  it('lets the app keep its database and copy text, nothing else', () => {
    expect(permissionAllowed('persistent-storage', 'app://internship-tracker/index.html', origin)).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'app://internship-tracker', origin)).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
      'fullscreen',
      'unknown',
    ]) {
      expect(permissionAllowed(permission, 'app://internship-tracker/index.html', origin), permission).toBe(false);
    }
  });

  it('gives nothing to pages from elsewhere', () => {
    expect(permissionAllowed('persistent-storage', 'https://evil.example', origin)).toBe(false);
    expect(permissionAllowed('persistent-storage', 'file:///tmp/x.html', origin)).toBe(false);
  });

  it('wires the session’s request, check, device and display-media handlers to refuse', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = new Proxy(
      {},
      { get: (_t, name: string) => (handler: (...args: never[]) => unknown) => void (handlers[name] = handler) },
    );
    guardSessionPermissions(session as unknown as Session, origin);

    const answers: boolean[] = [];
    const request = handlers.setPermissionRequestHandler as unknown as (
      contents: { getURL: () => string },
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void;
    request({ getURL: () => 'app://internship-tracker/index.html' }, 'media', (granted) => answers.push(granted), {});
    request({ getURL: () => 'https://evil.example/' }, 'persistent-storage', (granted) => answers.push(granted), {
      requestingUrl: 'https://evil.example/',
    });
    request(
      { getURL: () => 'app://internship-tracker/' },
      'persistent-storage',
      (granted) => answers.push(granted),
      {},
    );
    expect(answers).toEqual([false, false, true]);

    const check = handlers.setPermissionCheckHandler as unknown as (
      c: null,
      permission: string,
      origin: string,
    ) => boolean;
    expect(check(null, 'geolocation', 'app://internship-tracker')).toBe(false);
    expect((handlers.setDevicePermissionHandler as unknown as () => boolean)()).toBe(false);
    let streams: unknown = 'unanswered';
    (handlers.setDisplayMediaRequestHandler as unknown as (r: unknown, cb: (s: unknown) => void) => void)(
      {},
      (s) => (streams = s),
    );
    expect(streams).toEqual({});
  });
});
