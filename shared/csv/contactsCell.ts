// Contacts in one cell, one per line: the name, then role, email, phone and notes when they are
// not empty ("Ana Ruiz | role: University recruiter | email: ana@pinterest.com"). A contact
// with nothing in it but spaces is left out: its blank line would not be read back, and two of
// them would leave a cell that is only a line break.
import { isEmailAddress, type Contact } from '../application';
import { escapePart, joined, lines, readLabelledLine, writeLabelledLine, type CellRead } from './cellCodecs';

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
  const role = take(ASIDE, (found) => found !== '');
  const name = rest.replace(LEFT_OVER, ' ').replace(/\s+/g, ' ').replace(EDGES, '');
  return name === '' ? { name: role, role: '', email, phone } : { name, role, email, phone };
}
