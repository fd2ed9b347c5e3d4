// The local database's name, in a module of its own: the start-up script reads the database
// before the app (and Dexie) has loaded.
export const DATABASE_NAME = 'internship-tracker';
