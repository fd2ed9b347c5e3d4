// The desktop app's page without its preload's bridge says so, instead of running as the web build.
import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '@shared/desktopApi';
import { bridgeMissing } from '../../../renderer/src/desktop/desktop';

const ELECTRON =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) internship-tracker/0.1.0 Chrome/140.0.7339.133 Electron/45.5.0 Safari/537.36';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe('bridgeMissing', () => {
  it('is true only in Electron without the bridge', () => {
    expect(bridgeMissing({ navigator: { userAgent: ELECTRON } })).toBe(true);
    expect(bridgeMissing({ desktop: {} as DesktopApi, navigator: { userAgent: ELECTRON } })).toBe(false);
    expect(bridgeMissing({ navigator: { userAgent: CHROME } })).toBe(false);
  });
});
