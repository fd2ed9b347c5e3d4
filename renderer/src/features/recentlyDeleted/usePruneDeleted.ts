// Forgets applications deleted more than 30 days ago, once a start, after the first screen
// (IndexedDB answers requests in order, and the table's first rows come first).
import { useEffect } from 'react';
import { useAfterStartup } from '../../components/useAfterStartup';
import { useData } from '../../db/DataContext';
import { showError } from '../../state/toastStore';

export function usePruneDeleted(): void {
  const { repository } = useData();
  const started = useAfterStartup();
  useEffect(() => {
    if (started) repository.pruneDeleted().catch(showError);
  }, [started, repository]);
}
