// What is picked for the offer comparison: ids in the UI store, read against the read model so
// that an application deleted since is dropped quietly, and kept in the database so that the
// comparison is as it was left after a restart too.
import { useEffect, useMemo } from 'react';
import { z } from '@shared/zod';
import type { Application } from '@shared/application';
import { COMPARE_LIMIT, comparedName } from '@shared/compare/compareOffers';
import { useData } from '../../db/DataContext';
import { readSetting, writeSetting, type SettingDefinition } from '../../db/settings';
import { useApplicationLookup } from '../../model/queries';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';

/** The picks (the dashboard may pick every offer, more than the comparison shows at once). */
export const compareSelectionSetting: SettingDefinition<string[]> = {
  key: 'compareSelection',
  schema: z.array(z.string().min(1).max(200)).max(1_000),
  fallback: [],
};

/** Reads the picks kept from last time once, then keeps each change of them. */
export function useKeptCompareSelection(): void {
  const { db } = useData();
  useEffect(() => {
    let stopped = false;
    let kept: readonly string[] | null = null;
    const keep = (ids: readonly string[]) => {
      kept = ids;
      writeSetting(db, compareSelectionSetting, [...ids]).catch(showError);
    };
    void readSetting(db, compareSelectionSetting).then((stored) => {
      if (stopped) return;
      const { compareIds, compareChanged } = useUiStore.getState();
      // A pick made while the database answered wins over the one kept from last time.
      kept = stored;
      if (compareIds.length === 0) compareChanged(stored);
      else keep(compareIds);
    }, showError);
    const unsubscribe = useUiStore.subscribe(({ compareIds }) => {
      if (kept !== null && compareIds !== kept) keep(compareIds);
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [db]);
}

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
