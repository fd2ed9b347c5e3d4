// Above the table while applications are ticked for comparison: how many, and Compare / Clear.
import { COMPARE_LIMIT } from '@shared/compare/compareOffers';
import { useUiStore } from '../../state/uiStore';
import { usePickedApplications } from './compareSelection';

export function CompareSelectionBar() {
  const picked = usePickedApplications();
  const compareChanged = useUiStore((s) => s.compareChanged);
  const viewOpened = useUiStore((s) => s.viewOpened);
  const tableFocusRequested = useUiStore((s) => s.tableFocusRequested);
  const count = picked.length;
  const words =
    count === 0
      ? ''
      : count === 1
        ? '1 selected for comparison: tick one more'
        : count > COMPARE_LIMIT
          ? `${count} selected for comparison: the first ${COMPARE_LIMIT} are compared`
          : `${count} selected for comparison`;
  return (
    <div className={count === 0 ? 'compare-bar empty' : 'compare-bar'}>
      {/* Always in the page, so a screen reader hears the count change as rows are ticked. */}
      <p role="status" className="compare-count">
        {words}
      </p>
      {count > 0 && (
        <div className="button-row">
          <button type="button" className="primary" onClick={() => viewOpened('compare')}>
            Compare
          </button>
          <button
            type="button"
            onClick={() => {
              // The button goes with the bar: the keyboard goes back to the table.
              compareChanged([]);
              tableFocusRequested();
            }}
          >
            Clear
          </button>
        </div>
      )}
    </div>
  );
}
