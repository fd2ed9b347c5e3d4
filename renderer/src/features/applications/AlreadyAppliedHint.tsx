// Answers "have I applied here already?" while the user types a company into search.
import type { Ref } from 'react';
import { stageLabel } from '@shared/pipeline';
import { usePipeline } from '../../model/queries';
import { useUiStore } from '../../state/uiStore';
import { searchKey, shownTextOf, type TableRow } from '../../model/tableRows';

const LISTED = 3;

/** The hint answers only once the search is a likely start of a company's name. */
export const HINT_MIN_LENGTH = 2;

/**
 * Whether every word of the search is in what the table shows of one of its rows besides the
 * company (a role, stage, term, place, work mode or tag: "SWE", "offer", "remote", "dublin"): the
 * table answers it, and no company of that name was looked for.
 */
function shownInTable(rows: readonly TableRow[], search: string): boolean {
  const words = searchKey(search).split(/\s+/).filter(Boolean);
  return rows.some((row) => {
    const text = shownTextOf(row);
    return words.every((word) => text.includes(word));
  });
}

/**
 * `shown`: the rows the table shows for the search.
 * `tableEmpty`: the table shows nothing for this search alone, so the no-match answer speaks for
 * both (the table then says nothing of its own).
 */
export function AlreadyAppliedHint({
  matches,
  shown,
  search,
  tableEmpty,
  emptyTableMessage,
}: {
  matches: readonly TableRow[];
  shown: readonly TableRow[];
  search: string;
  tableEmpty: boolean;
  /** The no-match answer, when it speaks for the table: it takes the focus meant for the table. */
  emptyTableMessage?: Ref<HTMLParagraphElement>;
}) {
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  const editorOpened = useUiStore((s) => s.editorOpened);
  const pipeline = usePipeline();
  if (search.trim().length < HINT_MIN_LENGTH) return null;

  if (matches.length === 0) {
    if (!tableEmpty && shownInTable(shown, search)) return null;
    return (
      <p
        ref={tableEmpty ? emptyTableMessage : undefined}
        tabIndex={tableEmpty ? -1 : undefined}
        className="already-applied"
        role="status"
      >
        {tableEmpty
          ? `No application matches “${search.trim()}”.`
          : `No company matches “${search.trim()}” yet; the applications shown mention it in their notes.`}{' '}
        {/* The form opens with the company searched for. */}
        <button type="button" className="link-button" onClick={() => editorOpened(null, search.trim())}>
          Add one
        </button>
      </p>
    );
  }
  const companies = new Set(matches.map((m) => m.app.company));
  return (
    <p className="already-applied known" role="status">
      Already tracking {matches.length} {matches.length === 1 ? 'application' : 'applications'} at{' '}
      {[...companies].slice(0, LISTED).join(', ')}
      {companies.size > LISTED ? ' and others' : ''}:{' '}
      {matches.slice(0, LISTED).map((m, i) => (
        <span key={m.app.id}>
          {i > 0 && '; '}
          <button type="button" className="link-button" onClick={() => applicationSelected(m.app.id)}>
            {m.app.role} ({stageLabel(pipeline, m.app)}
            {m.app.archivedAt ? ', archived' : ''})
          </button>
        </span>
      ))}
      {matches.length > LISTED && ` and ${matches.length - LISTED} more`}
    </p>
  );
}
