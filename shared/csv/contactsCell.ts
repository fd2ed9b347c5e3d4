// Contacts in one cell, one per line: the name, then role, email, phone and notes when they are
// not empty ("Ana Ruiz | role: University recruiter | email: ana@pinterest.com"). A contact
// with nothing in it but spaces is left out: its blank line would not be read back, and two of
// them would leave a cell that is only a line break.
import { isEmailAddress, type Contact } from '../application';
import { escapePart, joined, lines, readLabelledLine, writeLabelledLine, type CellRead } from './cellCodecs';
import { JOB_WORD } from '../jobWords';

export type WrittenContact = Omit<Contact, 'id'>;

const PART_LABELS = ['role', 'email', 'phone', 'notes'] as const;

const isBlank = (c: WrittenContact) =>
  c.name.trim() === '' &&
  c.role.trim() === '' &&
  c.email.trim() === '' &&
  c.phone.trim() === '' &&
  c.notes.trim() === '';

export function writeContacts(contacts: readonly WrittenContact[]): string {
  return joined(
    contacts.some(isBlank) ? contacts.filter((c) => !isBlank(c)) : contacts,
    (c) =>
      writeLabelledLine(escapePart(c.name), [
        ['role', c.role],
        ['email', c.email],
        ['phone', c.phone],
        ['notes', c.notes],
      ]),
    '\n',
  );
}

export function readContacts(cell: string): CellRead<WrittenContact[]> {
  const contacts: WrittenContact[] = [];
  for (const line of lines(cell)) {
    const read = readLabelledLine(line, PART_LABELS);
    if (!read) return { ok: false, bad: line };
    contacts.push({
      name: read.head,
      role: read.parts.role ?? '',
      email: read.parts.email ?? '',
      phone: read.parts.phone ?? '',
      notes: read.parts.notes ?? '',
    });
  }
  return { ok: true, value: contacts };
}

const EMAIL_IN = /(?:mailto:)?([A-Za-z0-9._'+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/;
const PHONE_IN = /\+?\(?\d[\d ().-]{5,}\d/;
/** Numbers shaped like a phone's that are a date or a span of years ("2026-05-12", "2019-2023"). */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$|^\d{4}\s*-\s*\d{4}$/;
const ASIDE = /\(([^()]*)\)/;
/** What is left around a name once its address is out: "<>", "()", a dash or comma at its ends. */
const LEFT_OVER = /\(\s*\)|<\s*>/g;
const EDGES = /^[\s|,;:–—-]+|[\s|,;:–—-]+$/g;

/**
 * A contact as people type one into a sheet's cell, "Priya Shah (recruiter) priya@stripe.com",
 * "Sam Lee <sam@figma.com>", "Chris Wu, +1 (415) 555-0100": the address and a phone number (7 to
 * 15 digits, not a date) taken out of the name, what is in brackets as the role, or as the name when nothing
 * else is ("careers@arup.com (Campus team)").
 */
export function readContactText(text: string): Omit<WrittenContact, 'notes'> {
  let rest = text;
  const take = (pattern: RegExp, fits: (found: string) => boolean): string => {
    const match = pattern.exec(rest);
    const found = (match?.[1] ?? match?.[0] ?? '').trim();
    if (!match || !fits(found)) return '';
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
    return found;
  };
  const email = take(EMAIL_IN, isEmailAddress);
  const phone = take(PHONE_IN, (found) => {
    const digits = found.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 && !DATE_LIKE.test(found);
  });
  const aside = take(ASIDE, (found) => found !== '');
  const left = rest.replace(LEFT_OVER, ' ').replace(/\s+/g, ' ').replace(EDGES, '');
  const { name, role } = aside === '' ? nameAndRole(left) : { name: left, role: aside };
  return name === '' ? { name: role, role: '', email, phone } : { name, role, email, phone };
}

/**
 * Words of a job at the company, not of a person's name: the kinds of work roles name
 * (JOB_WORD: "engineer", "manager", "intern"), and the people who hire.
 */
const HIRING_WORD =
  /^(?:recruit\w*|talent|sourc(?:er|ing)|hr|rh|human|resources|people|hiring|director|lead|head|partner|campus|university|relations|team|alumn\w*|mentor|founder|ceo|cto|vp|president|personalabteilung|ressources|humaines|recursos|humanos)$/i;
const isRoleWord = (word: string) => HIRING_WORD.test(word) || JOB_WORD.test(word);
const CONNECTOR = /^(?:of|and|&|at|the|for|de|des|du|la|le)$/i;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Whether a text names a job rather than a person: "recruiter at Stripe", "Hiring manager", "HR team". */
function namesARole(text: string): boolean {
  const words = wordsOf(text.replace(/[^\p{L}\p{N}&\s]+/gu, ' '));
  const at = words.findIndex((word) => /^at$/i.test(word));
  // What follows "at" is the company: "recruiter at Stripe".
  const own = at > 0 ? words.slice(0, at) : words;
  return own.some(isRoleWord) && own.every((word) => isRoleWord(word) || CONNECTOR.test(word));
}

/**
 * A name written with the person's job, as people type them into a sheet: "Priya Shah -
 * recruiter", "Sam Lee, Recruiter", "Recruiter: Jane Doe".
 */
function nameAndRole(text: string): { name: string; role: string } {
  const after = /^(.+?)\s*(?:\s[-–—]|,)\s+(.+)$/u.exec(text);
  if (after && namesARole(after[2]!) && !namesARole(after[1]!)) return { name: after[1]!, role: after[2]! };
  const before = /^([^:]+):\s*(.+)$/u.exec(text);
  if (before && namesARole(before[1]!) && !namesARole(before[2]!)) return { name: before[2]!, role: before[1]! };
  return { name: text, role: '' };
}

/** Words between a name's parts ("van der Berg", "de la Cruz", "bin Rashid al Saud"). */
const NAME_PARTICLES = new Set(
  'van von der den de del della la le du da das dos di do ten ter bin ibn binti al el y e'.split(' '),
);

/**
 * Words of a note about meeting someone that no name is made of ("talked to", "emailed recruiter
 * through portal", "met at the booth"). Names that are also words (Will, May, Rose) are not here.
 */
const NOTE_WORDS = new Set(
  [
    'to through via about with for on in the a an is was has had',
    'not no yet after before during my me i we our they them someone somebody recruiter recruiters portal',
    'fair booth session website online linkedin email inbox',
  ]
    .join(' ')
    .split(' '),
);
/** A note's verbs, which say it is one wherever they stand ("Emailed recruiter", "Talked to Mike"). */
const NOTE_VERBS = new Set(
  'talked spoke chatted emailed messaged texted called met contacted reached replied heard sent applied asked pinged connected waiting followed'.split(
    ' ',
  ),
);

/**
 * Whether what a contact cell gives as the name reads as a person's: a few words (particles not
 * counted), no digits or sentence marks, none of a note's verbs ("talked", "Emailed …") and none
 * of its other words in lower case ("to", "through portal"). A name typed in lower case ("priya shah"), in
 * another script, or with particles is one; when unsure, it is a name, as one lost is worse than
 * a note stored as a name.
 */
export function readsAsName(text: string): boolean {
  if (/[!?;…]/.test(text)) return false;
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  if (words.some((word) => /\d/.test(word))) return false;
  if (words.filter((word) => !NAME_PARTICLES.has(word.toLowerCase())).length > 5) return false;
  // Other note words only in lower case: an initial ("A. J. Styles") or a capital is a name's.
  return !words.some((word) => {
    const lower = word.toLowerCase();
    return NOTE_VERBS.has(lower) || (NOTE_WORDS.has(lower) && word === lower);
  });
}
