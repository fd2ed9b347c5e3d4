// Runs before the app's code has loaded (its own script in index.html): starts reading the first
// screen's rows, so the database opens while the browser loads and compiles the app.
import { DATABASE_NAME } from './db/databaseName';
import { readFirstScreen } from './db/firstScreenRead';

window.firstScreenRead = readFirstScreen(indexedDB, DATABASE_NAME, new Date());
