// What is picked for the offer comparison: ids in the UI store, read against the read model so
// that an application deleted since is dropped quietly.
import { useMemo } from 'react';
import type { Application } from '@shared/application';
import { COMPARE_LIMIT, comparedName } from '@shared/compare/compareOffers';
import { useApplicationLookup } from '../../model/queries';
import { useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';

/** The picked applications that still exist, in the order they were picked (more than the limit when the dashboard picked them). */
export function usePickedApplications(): Application[] {
  const compareIds = useUiStore((s) => s.compareIds);
  const lookup = useApplicationLookup();
  return useMemo(() => compareIds.map(lookup).filter((app): app is Application => app !== null), [compareIds, lookup]);
}

/**
 * Puts an application into the comparison or takes it out. A fifth is refused with a message
 * saying why; ids of applications deleted since are dropped on the way.
 */
export function compareToggled(
  app: Pick<Application, 'id' | 'company' | 'role'>,
  exists: (id: string) => boolean,
): void {
  const { compareIds, compareChanged } = useUiStore.getState();
  const kept = compareIds.filter(exists);
  if (kept.includes(app.id)) return compareChanged(kept.filter((id) => id !== app.id));
  if (kept.length >= COMPARE_LIMIT) {
    useToastStore.getState().toastShown({
      message: `Up to ${COMPARE_LIMIT} applications can be compared at once: untick one to add ${comparedName(app)}.`,
      tone: 'info',
    });
    return;
  }
  compareChanged([...kept, app.id]);
}
