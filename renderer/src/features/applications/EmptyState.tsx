import { useEffect, useLayoutEffect, useRef } from 'react';
import { toCalendarDate } from '@shared/calendarDate';
import { sampleApplicationOn } from '@shared/sampleApplication';
import { useData } from '../../db/DataContext';
import { useModelNow } from '../../model/queries';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';

export function EmptyState() {
  const { repository } = useData();
  const now = useModelNow();
  const editorOpened = useUiStore((s) => s.editorOpened);
  const applicationSelected = useUiStore((s) => s.applicationSelected);
  const pastePostingOpened = useUiStore((s) => s.pastePostingOpened);
  const csvImportOpened = useUiStore((s) => s.csvImportOpened);
  const focusRequest = useUiStore((s) => s.tableFocusRequest);
  const tableFocused = useUiStore((s) => s.tableFocused);
  const addRef = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const toastShown = useToastStore((s) => s.toastShown);

  // Deleting the last application takes the table away: the focus meant for it comes here.
  useEffect(() => {
    if (focusRequest === null) return;
    addRef.current?.focus();
    tableFocused();
  }, [focusRequest, tableFocused]);

  // Whatever fills the table (Undo of a delete, the sample, an import) takes this away: focus in
  // it goes to the table, not to the top of the page. A layout effect's cleanup runs while the
  // section is still in the page.
  useLayoutEffect(() => {
    const section = sectionRef.current;
    return () => {
      if (section?.contains(document.activeElement)) tableFocusRequested();
    };
  }, [tableFocusRequested]);

  // The sample as it would be added today: its year moves on once its first cohort has started.
  const sample = sampleApplicationOn(toCalendarDate(now));

  async function loadSample() {
    try {
      // No stage given: the first of the Saved phase, whatever the student made of Wishlist.
      const app = await repository.add(sample);
      applicationSelected(app.id);
      toastShown({ message: `Added the sample: ${app.company}.`, tone: 'info' });
    } catch (error) {
      showError(error);
    }
  }

  return (
    <section ref={sectionRef} className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No applications yet</h2>
      <p>
        Track every internship you apply to: where it stands, its deadlines, cohort dates and pay. Everything stays on
        this computer.
      </p>
      <div className="button-row">
        <button ref={addRef} type="button" className="primary" onClick={() => editorOpened(null)}>
          Add your first application
        </button>
        <button type="button" onClick={loadSample}>
          Load sample
        </button>
      </div>
      <p className="muted small">
        The sample is Pinterest’s Master’s ML internship {sample.term?.year}: two cohorts, $11,000 a month.
      </p>
      <p className="muted small">
        Have the job page open?{' '}
        <button type="button" className="link-button" onClick={pastePostingOpened}>
          Paste the posting
        </button>{' '}
        to fill in its fields. Tracking in a spreadsheet or on LinkedIn?{' '}
        <button type="button" className="link-button" onClick={csvImportOpened}>
          Import the CSV
        </button>
      </p>
    </section>
  );
}
