// "Have I already got this one?": two applications are the same when company, role and term
// match, ignoring case, spacing and how accented letters are encoded.
import type { Application } from '../application';

function squash(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function duplicateKey(app: Pick<Application, 'company' | 'role' | 'term'>): string {
  // A separator no name contains, so ("a b", "c") and ("a", "b c") stay apart.
  return [app.company, app.role, app.term].map(squash).join('\u0000');
}
