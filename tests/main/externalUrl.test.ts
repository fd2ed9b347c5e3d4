import { describe, expect, it, vi } from 'vitest';
import { externalUrl, openExternalUrl } from '../../electron/main/externalUrl';

describe('opening links outside the app', () => {
  it('opens web and mail links, normalised by the URL parser', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    expect(await openExternalUrl('https://www.pinterestcareers.com/jobs/?id=1#x', open)).toEqual({
      ok: true,
      value: null,
    });
    expect(await openExternalUrl('HTTP://Example.COM', open)).toEqual({ ok: true, value: null });
    expect(await openExternalUrl('mailto:recruiter@example.com?subject=Hi', open)).toEqual({ ok: true, value: null });
    expect(open.mock.calls.map(([url]) => url)).toEqual([
      'https://www.pinterestcareers.com/jobs/?id=1#x',
      'http://example.com/',
      'mailto:recruiter@example.com?subject=Hi',
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'Only web and email links can be opened (got javascript:).'],
    ['JaVaScRiPt:alert(1)', 'Only web and email links can be opened (got javascript:).'],
    ['file:///etc/passwd', 'Only web and email links can be opened (got file:).'],
    ['data:text/html,<script>alert(1)</script>', 'Only web and email links can be opened (got data:).'],
    ['smb://attacker.example/share', 'Only web and email links can be opened (got smb:).'],
    ['vbscript:msgbox', 'Only web and email links can be opened (got vbscript:).'],
    ['ms-msdt:/id%20PCWDiagnostic', 'Only web and email links can be opened (got ms-msdt:).'],
    [' https://example.com', 'The link contains spaces or invisible characters, so it was not opened.'],
    ['https://example.com\n', 'The link contains spaces or invisible characters, so it was not opened.'],
    ['java\tscript:alert(1)', 'The link contains spaces or invisible characters, so it was not opened.'],
    ['java\u0000script:alert(1)', 'The link contains spaces or invisible characters, so it was not opened.'],
    ['https://exa\u200bmple.com', 'The link contains spaces or invisible characters, so it was not opened.'],
    ['https://example.com/\u202egnp.exe', 'The link contains spaces or invisible characters, so it was not opened.'],
    ['https://bank.example@attacker.example/', 'Links with a user name or password in them are not opened.'],
    ['//example.com/path', 'Not a valid link.'],
    ['example.com', 'Not a valid link.'],
    ['https://', 'Not a valid link.'],
    ['', 'Not a link that can be opened.'],
    [`https://example.com/${'a'.repeat(2_000)}`, 'Not a link that can be opened.'],
  ])('refuses %j and opens nothing', async (raw, error) => {
    const open = vi.fn(async (_url: string) => undefined);
    expect(await openExternalUrl(raw, open)).toEqual({ ok: false, error });
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses what is not text at all', () => {
    for (const raw of [undefined, null, 42, { href: 'https://example.com' }, ['https://example.com']]) {
      expect(externalUrl(raw)).toEqual({ ok: false, error: 'Not a link that can be opened.' });
    }
  });
});
