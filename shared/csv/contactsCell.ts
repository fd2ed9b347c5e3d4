// Contacts in one cell, one per line: the name, then role, email, phone and notes when they are
// not empty ("Ana Ruiz | role: University recruiter | email: ana@pinterest.com"). A contact
// with nothing in it but spaces is left out: its blank line would not be read back, and two of
// them would leave a cell that is only a line break.
import type { Contact } from '../application';
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
