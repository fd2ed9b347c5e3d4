// Gives components the database and the repository that writes to it.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { applicationsRepository, type ApplicationsRepository } from './applicationsRepository';
import type { AppDatabase } from './db';

interface Data {
  db: AppDatabase;
  repository: ApplicationsRepository;
}

const DataContext = createContext<Data | null>(null);

export function DataProvider({ db, children }: { db: AppDatabase; children: ReactNode }) {
  const value = useMemo(() => ({ db, repository: applicationsRepository(db) }), [db]);
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

export function useData(): Data {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData must be used inside <DataProvider>');
  return data;
}
