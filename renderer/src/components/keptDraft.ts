// Work typed in a view and not saved (reminder settings changed, a stage's name refused) when the
// student chooses another view (the side nav, Ctrl+1…n): kept, and there again when the view comes
// back. Until then it is still unsaved work: leaving the page asks first.
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useUiStore, type KeptDraft } from '../state/uiStore';
import { addUnsavedCheck, useUnsavedWork } from './unsavedWork';

/**
 * Drops the drafts kept of something changed or gone since their view was left (a stage renamed
 * or removed by the Undo of a message, or in another window): their view would drop them on its
 * return, or never come back for them, so they are no work to lose.
 */
function dropDraftsOfTheirPast(): void {
  const { draftsKept, draftLeft } = useUiStore.getState();
  for (const [key, kept] of Object.entries(draftsKept)) {
    if (kept.ofNow && kept.ofNow() !== kept.of) draftLeft(key, null);
  }
}

addUnsavedCheck(() => {
  dropDraftsOfTheirPast();
  return Object.keys(useUiStore.getState().draftsKept).length > 0;
});

/**
 * A draft kept under `key` when its view is left while `unsaved(draft)`. `of` is what it was made
 * from (the stored value, as text): a draft kept of something changed since is dropped, as it
 * would undo that change. `ofNow` reads that value while the view is away, null once it is gone
 * (a stage removed), so that such a draft is dropped then, not only when its view comes back.
 */
export function useKeptDraft<T>(
  key: string,
  of: string,
  fresh: () => T,
  unsaved: (draft: T) => boolean,
  ofNow?: () => string | null,
): [T, Dispatch<SetStateAction<T>>] {
  const draftLeft = useUiStore((s) => s.draftLeft);
  const [draft, setDraft] = useState(() => {
    const kept = useUiStore.getState().draftsKept[key];
    return kept?.of === of ? (kept.draft as T) : fresh();
  });
  useUnsavedWork(() => unsaved(draft));
  const leaving = useRef<() => KeptDraft | null>(() => null);
  useEffect(() => {
    leaving.current = () => (unsaved(draft) ? { draft, of, ofNow } : null);
  });
  useEffect(() => {
    // Shown again, it counts as the work on screen does.
    draftLeft(key, null);
    return () => draftLeft(key, leaving.current());
  }, [key, draftLeft]);
  return [draft, setDraft];
}
