// Errors the data layer raises for the UI to show; each message is meant for the user.
import type { Application } from '@shared/application';
import { fieldsInWords } from '@shared/mergeEdit';
import type { FieldIssue } from '@shared/validateApplication';

export class ValidationFailedError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this.name = 'ValidationFailedError';
  }
}

export class StorageFullError extends Error {
  constructor() {
    super('There is no room left to save on this disk. Nothing was changed. Free up some disk space and try again.');
    this.name = 'StorageFullError';
  }
}

export class NotFoundError extends Error {
  constructor(id: string) {
    super(`The application ${id} no longer exists. It may have been deleted in another window.`);
    // Not 'NotFoundError': Dexie re-wraps an error thrown in a transaction whose name is one of
    // its own (IndexedDB's) error names, and callers would lose `instanceof`.
    this.name = 'ApplicationNotFoundError';
  }
}

/**
 * An undo refused because a later change to the same field stands in its way: it can be done
 * once that later change is undone, so its message keeps offering it.
 */
export class ChangedSinceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangedSinceError';
  }
}

/**
 * A save refused, writing nothing, because a field it changes was changed by another write since
 * the form opened (another tab of the web build): `stored` is the record as it is now.
 */
export class ChangedElsewhereError extends Error {
  constructor(
    readonly stored: Application,
    readonly fields: (keyof Application)[],
  ) {
    super(`${stored.company} was changed elsewhere meanwhile (${fieldsInWords(fields)}), so this was not saved.`);
    this.name = 'ChangedElsewhereError';
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, possibly wrapped by Dexie. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { inner?: unknown }).inner) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}
