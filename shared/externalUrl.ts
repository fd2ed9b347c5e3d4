// Opening links outside the app (the desktop app and the web build alike): only http(s) and mailto, only after the URL parser has read
// them, and never anything whose text hides what it is or that points back into this machine.
import { isEmailAddress } from './application';
import { EXTERNAL_LINK_PROTOCOLS, type Result } from './desktopApi';

/** The parts of a WHATWG URL read here. */
interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

// The URL parser of Node and of the browser, the same standard one; shared/ compiles without
// either's types, so it is reached through its structural type.
const URL = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/** The normalised URL to open, or why it is refused. */
export function externalUrl(raw: unknown): Result<string> {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2_000) {
    return { ok: false, error: 'Not a link that can be opened.' };
  }
  // The URL parser silently drops surrounding spaces and inner tabs or newlines
  // ("java\tscript:"), so text carrying any is refused rather than reinterpreted.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/.test(raw)) {
    return { ok: false, error: 'The link contains spaces or invisible characters, so it was not opened.' };
  }
  let url: ParsedUrl;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: 'Not a valid link.' };
  }
  if (!EXTERNAL_LINK_PROTOCOLS.has(url.protocol)) {
    return { ok: false, error: `Only web and email links can be opened (got ${url.protocol.slice(0, 20)}).` };
  }
  if (url.protocol === 'mailto:') return mailtoUrl(url);
  if (url.username !== '' || url.password !== '') {
    return { ok: false, error: 'Links with a user name or password in them are not opened.' };
  }
  if (url.hostname === '') return { ok: false, error: 'Not a valid link.' };
  if (isThisMachine(url.hostname)) {
    return { ok: false, error: 'Links to this computer or its local network services are not opened.' };
  }
  return { ok: true, value: url.href };
}

/**
 * A mail link opens a new message to one plain address: a query or headers (`?attach=`,
 * `?body=`, `?cc=`) or a list of recipients would let a page write the message for the student.
 */
function mailtoUrl(url: ParsedUrl): Result<string> {
  if (url.search !== '' || url.hash !== '' || !isEmailAddress(url.pathname)) {
    return { ok: false, error: 'Only a plain email address can be opened, without a subject, copies or attachments.' };
  }
  return { ok: true, value: `mailto:${url.pathname}` };
}

/**
 * Loopback, link-local and unspecified hosts, read from the URL parser's normal form: it has
 * already turned 2130706433, 0x7f.1 and 0177.1 into 127.0.0.1, and IPv6 into its short form.
 * (A public name that resolves to such an address cannot be caught without asking DNS.)
 */
function isThisMachine(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = ipv4Octets(host);
  if (v4) return isLocalIpv4(v4);
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host.slice(1, -1));
    if (!groups) return true; // the parser accepted it, so this cannot happen; refuse if it does
    const upperZero = groups.slice(0, 5).every((g) => g === 0);
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) carry an IPv4 address in their last 32 bits.
    if (upperZero && (groups[5] === 0xffff || groups[5] === 0)) {
      const [high, low] = [groups[6]!, groups[7]!];
      // :: and ::1 read as 0.0.0.0 and 0.0.0.1, inside 0.0.0.0/8.
      return isLocalIpv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
    }
    return (groups[0]! & 0xffc0) === 0xfe80; // fe80::/10, link-local
  }
  return false;
}

function ipv4Octets(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
}

/** 0.0.0.0/8 (this host), 127.0.0.0/8 (loopback), 169.254.0.0/16 (link-local, cloud metadata). */
function isLocalIpv4([a, b]: number[]): boolean {
  return a === 0 || a === 127 || (a === 169 && b === 254);
}

/** The eight 16-bit groups of an IPv6 address in the URL parser's form (hex, `::` allowed). */
function ipv6Groups(address: string): number[] | null {
  const [head, tail, ...rest] = address.split('::');
  if (rest.length > 0) return null;
  const read = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const before = read(head);
  const after = read(tail);
  const missing = 8 - before.length - after.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...before, ...Array<number>(missing).fill(0), ...after];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** Opens the link with `open` (shell.openExternal) when it is allowed. */
export async function openExternalUrl(raw: unknown, open: (url: string) => Promise<void>): Promise<Result<null>> {
  const parsed = externalUrl(raw);
  if (!parsed.ok) return parsed;
  await open(parsed.value);
  return { ok: true, value: null };
}
