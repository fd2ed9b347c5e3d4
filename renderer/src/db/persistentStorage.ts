// Asks the browser engine to keep our database even when the disk runs low. Electron grants it;
// a browser may say no, which Settings → Backups then explains (usePersistedStorage).
import { useEffect, useState } from 'react';
export async function requestPersistentStorage(
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** Whether the browser has promised to keep the data: null until it says. */
export function usePersistedStorage(storage: StorageManager | undefined = navigator.storage): boolean | null {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void (storage?.persisted?.() ?? Promise.resolve(false))
      .catch(() => false)
      .then((value) => current && setPersisted(value));
    return () => {
      current = false;
    };
  }, [storage]);
  return persisted;
}
