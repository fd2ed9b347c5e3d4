import { describe, expect, it, vi } from 'vitest';
import { externalUrl, openExternalUrl } from '@shared/externalUrl';

describe('opening links outside the app', () => {
  it('opens web and mail links, normalised by the URL parser', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    expect(await openExternalUrl('https://www.pinterestcareers.com/jobs/?id=1#x', open)).toEqual({
      ok: true,
      value: null,
    });
    expect(await openExternalUrl('HTTP://Example.COM', open)).toEqual({ ok: true, value: null });
    expect(await openExternalUrl('mailto:recruiter@example.com', open)).toEqual({ ok: true, value: null });
    expect(await openExternalUrl('http://192.168.1.20:8080/jobs', open)).toEqual({ ok: true, value: null });
    expect(open.mock.calls.map(([url]) => url)).toEqual([
      'https://www.pinterestcareers.com/jobs/?id=1#x',
      'http://example.com/',
      'mailto:recruiter@example.com',
      'http://192.168.1.20:8080/jobs',
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

  const local = 'Links to this computer or its local network services are not opened.';
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://127.0.0.1/',
    'http://127.8.9.10:3000/admin',
    'http://localhost:5173/',
    'http://LOCALHOST./',
    'http://app.localhost/',
    'http://0.0.0.0/',
    'http://0/',
    // Other spellings of 127.0.0.1 that the URL parser reads as it.
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[::127.0.0.1]/',
    'https://[fe80::1]/',
    'https://[febf:ffff::1]/',
  ])('refuses %j, which points back into this machine', (raw) => {
    expect(externalUrl(raw)).toEqual({ ok: false, error: local });
  });

  it('opens public IPv6 and IPv4 hosts that only look similar', () => {
    for (const [raw, href] of [
      ['http://[2001:db8::1]/', 'http://[2001:db8::1]/'],
      ['http://[fec0::1]/', 'http://[fec0::1]/'],
      ['http://[::ffff:8.8.8.8]/', 'http://[::ffff:808:808]/'],
      ['http://169.255.0.1/', 'http://169.255.0.1/'],
      ['http://localhost.example.com/', 'http://localhost.example.com/'],
    ]) {
      expect(externalUrl(raw)).toEqual({ ok: true, value: href });
    }
  });

  const plainMail = 'Only a plain email address can be opened, without a subject, copies or attachments.';
  it.each([
    'mailto:recruiter@example.com?attach=/etc/passwd',
    'mailto:recruiter@example.com?subject=Hi',
    'mailto:recruiter@example.com?cc=boss@example.com',
    'mailto:a@example.com,b@example.com',
    'mailto:%72ecruiter@example.com',
    'mailto:recruiter@example.com#x',
    'mailto:?to=recruiter@example.com',
    'mailto:',
    'mailto:not-an-address',
  ])('refuses the mail link %j: only a plain address is opened', (raw) => {
    expect(externalUrl(raw)).toEqual({ ok: false, error: plainMail });
  });

  it('refuses what is not text at all', () => {
    for (const raw of [undefined, null, 42, { href: 'https://example.com' }, ['https://example.com']]) {
      expect(externalUrl(raw)).toEqual({ ok: false, error: 'Not a link that can be opened.' });
    }
  });
});
