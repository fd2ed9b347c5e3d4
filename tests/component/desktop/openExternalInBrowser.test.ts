import { describe, expect, it } from 'vitest';
import { openExternalInBrowser } from '../../../renderer/src/desktop/openExternalInBrowser';

/** Opens with a recorder instead of window.open. */
function opened(value: unknown) {
  const calls: unknown[][] = [];
  const result = openExternalInBrowser(value, ((...args: unknown[]) => {
    calls.push(args);
    return null;
  }) as typeof window.open);
  return { result, calls };
}

describe('opening links in the web build', () => {
  it('opens a web link in a new tab with no way back to the page', () => {
    expect(opened('https://jobs.example.com/123')).toEqual({
      result: { ok: true, value: null },
      calls: [['https://jobs.example.com/123', '_blank', 'noopener,noreferrer']],
    });
  });

  it.each([
    ['a mail link that attaches a file', 'mailto:a@b.com?attach=/etc/passwd&body=x'],
    ['a link to this machine', 'http://127.0.0.1:8080/'],
    ['a link with a user name and password', 'http://user:pw@example.com/'],
    ['a link wrapped in spaces', '  https://example.com/  '],
    ['a link wrapped in tabs', '\thttps://example.com/'],
    ['something that is not text', 42],
  ])('refuses %s, as the desktop app does, and opens nothing', (_what, value) => {
    const { result, calls } = opened(value);
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
