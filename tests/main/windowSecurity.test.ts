import { describe, expect, it } from 'vitest';
import { HEADER_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '@shared/contentSecurityPolicy';
import { devContentSecurityPolicy, withContentSecurityPolicy } from '../../electron/main/contentSecurityPolicy';
import { mainWindowOptions } from '../../electron/main/windowOptions';

const input = {
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
  preloadPath: '/app/out/preload/index.js',
  iconPath: '/app/assets/icon.png',
  isPackaged: true,
  backgroundColor: '#ffffff',
  dateLocale: 'en-GB',
  regionLocale: 'de-DE',
};

describe('main window options', () => {
  it('follow the Electron security checklist', () => {
    const prefs = mainWindowOptions(input).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.js',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    // Nothing on the renderer's command line but the locale its dates are written in and the regional format.
    expect(prefs?.additionalArguments).toEqual(['--date-locale=en-GB', '--region-locale=de-DE']);
  });

  it('keeps DevTools out of the packaged app only', () => {
    expect(mainWindowOptions(input).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...input, isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at the remembered place, to be shown when painted', () => {
    expect(mainWindowOptions(input)).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
  });
});

describe('content security policy', () => {
  it('allows only the app itself: no inline script, no eval, no network, no framing', () => {
    const directives = Object.fromEntries(HEADER_CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['default-src']).toBe("default-src 'none'");
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(directives['worker-src']).toBe("worker-src 'self'");
    expect(directives['connect-src']).toBe("connect-src 'self'");
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['frame-ancestors']).toBe("frame-ancestors 'none'");
    expect(directives['require-trusted-types-for']).toBe("require-trusted-types-for 'script'");
    expect(directives['trusted-types']).toBe('trusted-types default');
    expect(HEADER_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|blob:|\*/);
  });

  it('in the <meta> tag is the header policy without frame-ancestors, which only a header can carry', () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('relaxes only for the local dev server, naming it', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval' http://localhost:5173");
    expect(dev).toContain("worker-src 'self' http://localhost:5173;");
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
  });

  it('replaces a policy a response already carried, whatever its case', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'none'",
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'none'"] });
  });
});
