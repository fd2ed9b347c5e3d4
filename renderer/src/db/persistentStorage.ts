// Asks the browser engine to keep our database even when the disk runs low. Electron grants it;
// a browser may say no, which the Settings screen then explains.
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
