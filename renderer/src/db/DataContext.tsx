// Gives components the database, the repository that writes to it and the read model that
// serves every view, with the indexes the views keep. Starts the model and its minute tick.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createApplicationsModel, type ApplicationsModel } from '../model/applicationsModel';
import { createBoardView, type BoardView } from '../model/boardView';
import { createTableView, type TableView } from '../model/tableView';
import { createTagIndex, type TagIndex } from '../model/tagIndex';
import { applicationsRepository, type ApplicationsRepository } from './applicationsRepository';
import type { AppDatabase } from './db';

export interface Data {
  db: AppDatabase;
  repository: ApplicationsRepository;
  model: ApplicationsModel;
  tableView: TableView;
  boardView: BoardView;
  tags: TagIndex;
}

const DataContext = createContext<Data | null>(null);

/** Next dates run out by the minute at most (deadlines have minutes). */
const TICK_MS = 60_000;

function createData(db: AppDatabase): Data {
  const model = createApplicationsModel(db);
  const tableView = createTableView();
  const boardView = createBoardView();
  const tags = createTagIndex();
  for (const index of [tableView, boardView, tags]) model.addIndex(index);
  return { db, model, tableView, boardView, tags, repository: applicationsRepository(db, { model }) };
}

export function DataProvider({ db, children }: { db: AppDatabase; children: ReactNode }) {
  const [data] = useState(() => createData(db));
  useEffect(() => {
    void data.model.start();
    const ticker = setInterval(() => data.model.tick(new Date()), TICK_MS);
    return () => {
      clearInterval(ticker);
      data.model.stop();
    };
  }, [data]);
  return <DataContext.Provider value={data}>{children}</DataContext.Provider>;
}

export function useData(): Data {
  const data = useContext(DataContext);
  if (!data) throw new Error('useData must be used inside <DataProvider>');
  return data;
}
