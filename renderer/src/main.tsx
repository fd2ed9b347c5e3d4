import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeMissing } from './app/BridgeMissing';
import { DatabaseGate } from './app/DatabaseGate';
import { askBeforeLeavingUnsavedWork } from './components/unsavedWork';
import { DataProvider } from './db/DataContext';
import { requestPersistentStorage } from './db/persistentStorage';
import { bridgeMissing } from './desktop/desktop';
import { trustOnlyOwnScripts } from './trustedTypes';
import './styles/app.css';

// Before anything can reach a script sink (no module does while loading).
trustOnlyOwnScripts(window);
void requestPersistentStorage();
askBeforeLeavingUnsavedWork(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {bridgeMissing(window) ? (
      <BridgeMissing />
    ) : (
      <DatabaseGate>
        {(db) => (
          <DataProvider db={db}>
            <App />
          </DataProvider>
        )}
      </DatabaseGate>
    )}
  </StrictMode>,
);
