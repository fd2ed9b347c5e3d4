import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DataProvider } from './db/DataContext';
import { openDatabase } from './db/db';
import { requestPersistentStorage } from './db/persistentStorage';
import './styles/app.css';

const db = openDatabase();
void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider db={db}>
      <App />
    </DataProvider>
  </StrictMode>,
);
