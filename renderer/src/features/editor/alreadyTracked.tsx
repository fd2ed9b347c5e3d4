// "You already track this", before an application is added by hand or from a pasted posting: the
// same application as shared/sameApplication.ts defines it (company, role, term and posting address
// however they are written), archived ones included.
import { useMemo } from 'react';
import type { Application } from '@shared/application';
import { stageLabel } from '@shared/pipeline';
import { postingsMatch, sameApplicationKey, termsMatch } from '@shared/sameApplication';
import { parseTerm } from '@shared/term';
import { useApplications, usePipeline } from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import type { EditorDraft } from './editorDraft';

/** Applications by their key, read once so each keystroke in the form is a lookup. */
export function indexApplications(apps: readonly Application[]): ReadonlyMap<string, Application[]> {
  const index = new Map<string, Application[]>();
  for (const app of apps) {
    const key = sameApplicationKey(app.company, app.role);
    index.set(key, [...(index.get(key) ?? []), app]);
  }
  return index;
}

export function sameApplications(
  index: ReadonlyMap<string, Application[]>,
  { company, role, term, postingUrl }: Pick<Application, 'company' | 'role' | 'term' | 'postingUrl'>,
): Application[] {
  if (company.trim() === '' || role.trim() === '') return [];
  return (index.get(sameApplicationKey(company, role)) ?? []).filter(
    (app) => termsMatch(app.term, term) && postingsMatch(app.postingUrl, postingUrl),
  );
}

/** Applications already tracked that a form's company, role, term and posting address match. */
export function useAlreadyTracked(draft: Matched | null) {
  const apps = useApplications(draft !== null);
  const index = useMemo(() => indexApplications(apps), [apps]);
  return draft ? sameApplications(index, { ...draft, term: parseTerm(draft.term) }) : [];
}

type Matched = Pick<EditorDraft, 'company' | 'role' | 'term' | 'postingUrl'>;

/**
 * Whether a form holds more than the fields that matched an application already tracked: what
 * opening that one instead would throw away.
 */
export function holdsMoreThanTheMatch<T extends Matched>(draft: T, opened: T): boolean {
  const rest = (d: T) => JSON.stringify({ ...d, company: '', role: '', term: '', postingUrl: '' });
  return rest(draft) !== rest(opened);
}

/**
 * "You already track this: …", with the way to it. `leave` closes the form to open it, asking
 * first when the form holds work (useDiscardConfirmation's requestLeave).
 */
export function AlreadyTracked({ same, leave }: { same: readonly Application[]; leave: (open: () => void) => void }) {
  const pipeline = usePipeline();
  const dialogClosed = useUiStore((s) => s.dialogClosed);
  const applicationOpened = useUiStore((s) => s.applicationOpened);
  const filtersChanged = useUiStore((s) => s.filtersChanged);
  const existing = same[0];
  if (!existing) return null;

  function openExisting() {
    if (existing!.archivedAt !== null) filtersChanged({ showArchived: true });
    applicationOpened(existing!.id);
    dialogClosed();
  }

  return (
    <>
      <p className="duplicate-warning" role="alert">
        You already track this: {existing.company} — {existing.role} ({stageLabel(pipeline, existing)}
        {existing.archivedAt ? ', archived' : ''}){same.length > 1 ? `, and ${same.length - 1} more like it` : ''}.
      </p>
      <button type="button" onClick={() => leave(openExisting)}>
        Open it
      </button>
    </>
  );
}
